"""`redact evaluate`: score the redactor (or vanilla Presidio) on a gold-annotated corpus.

Not a release: nothing is redacted for anyone, so nothing is written to the release log.
The output is labels and numbers only; document text and span text are never printed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from redact.cli.common import configure_logging, handle_errors
from redact.evaluate.corpus import parse_where
from redact.evaluate.promise_report import format_promise, format_summary
from redact.evaluate.promise_run import NOT_SCORED, builtin_policy_names, evaluate_policies
from redact.evaluate.report import format_table
from redact.evaluate.run import ENGINES, evaluate_corpus

PROMISE_HELP = (
    "Score what the policy promises: must-go recall and leak rate over the spans it removes, "
    "subject kept, meaning kept, precision; by role and by label."
)


def _check_where(items: list[str] | None) -> list[str] | None:
    """Reject a malformed --where while parsing (a usage error, exit 2)."""
    try:
        parse_where(items or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return items


def _check_engine(name: str) -> str:
    if name not in ENGINES:
        raise typer.BadParameter(f"must be one of {', '.join(ENGINES)}")
    return name


@handle_errors
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="JSONL corpus: {id, text, spans: [...]}/line.")],
    policy: Annotated[
        str, typer.Option("--policy", "-p", help="Built-in policy name or path to a YAML policy.")
    ] = "social-media",
    label: Annotated[
        list[str] | None, typer.Option("--label", "-l", help="Score only this label (repeat).")
    ] = None,
    where: Annotated[
        list[str] | None,
        typer.Option(
            help="Score only spans whose FIELD is one of the values: FIELD=V1,V2 (repeat).",
            callback=_check_where,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Read only the first N documents.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy model name (default: $REDACT_MODEL or the built-in).")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            help="redact (ours, under --policy) or vanilla (Presidio defaults).",
            callback=_check_engine,
        ),
    ] = "redact",
    promise: Annotated[bool, typer.Option("--promise", help=PROMISE_HELP)] = False,
    all_policies: Annotated[
        bool, typer.Option("--all-policies", help="--promise under every built-in policy.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log timings.")] = False,
) -> None:
    """Print strict recall and leak rate per gold label, token precision and throughput.

    A span is recalled when every letter and digit of it lies in a removed region.
    It leaks when its text, or a word of 3+ characters of it, is still a word of the output.
    Token precision counts touched words inside a gold span of any label, filters aside.

    With --promise (or --all-policies) a span's type, `role` and `kind` decide what the policy
    promises about it: spans it removes must go, the subject's names stay where it keeps the
    subject, MEANING spans (diagnoses, codes, medications...) stay. The document's `subject`
    names go to the redactor.

    Example:
        redact evaluate synth_dataset_v2.jsonl --policy social-media
        redact evaluate sample_data/devset/devset.jsonl --promise --policy court-subpoena
        redact evaluate sample_data/devset/devset.jsonl --all-policies --json
        redact evaluate tab_echr_144.jsonl --where identifier_type=DIRECT,QUASI --json
        redact evaluate wnut17_test.jsonl --label person --label location --engine vanilla
    """
    configure_logging(verbose)
    if promise or all_policies:
        if engine != "redact" or label or where:
            raise typer.BadParameter(
                "--promise scores our redactor on every span", param_hint="--promise"
            )
        _print_promises(corpus, policy, all_policies, model, limit, as_json)
        return
    filters = parse_where(where or [])
    report = evaluate_corpus(corpus, policy, label, filters, model, limit, engine)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(format_table(report))


def _print_promises(
    corpus: Path,
    policy: str,
    all_policies: bool,
    model: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """One promise table per policy (and a summary when there are several), or their JSON."""
    names = builtin_policy_names() if all_policies else (policy,)
    reports = evaluate_policies(corpus, names, model, limit)
    if as_json:
        payload = {r.policy: r.to_dict() for r in reports}
        typer.echo(json.dumps(payload if all_policies else reports[0].to_dict(), indent=2))
        return
    tables = [format_promise(r) for r in reports]
    if all_policies:
        tables.append(format_summary(reports))
        tables += [f"not scored: {name}: {why}" for name, why in sorted(NOT_SCORED.items())]
    typer.echo("\n\n".join(tables))
