"""`redact policies`: what each built-in purpose does, in words and as a table of rules."""

from __future__ import annotations

import textwrap
from typing import Annotated

import typer

from redact.cli.common import handle_errors
from redact.entities import ENTITY_TYPES
from redact.findings import Action
from redact.policy.columns import ColumnAction, ColumnKind, plan_column, refuses_unknown
from redact.policy.loader import builtin_names, load_policy
from redact.policy.model import Policy, Rule

app = typer.Typer(help="List and describe purpose policies.", no_args_is_help=True)


def describe_rule(rule: Rule) -> str:
    """A rule in words: 'generalize (month)', 'mask (keep last 4)'."""
    if rule.action is Action.GENERALIZE:
        details = [
            f"to {rule.granularity}" if rule.granularity else "",
            f"{rule.band}-year bands" if rule.band else "",
            f"over {rule.over} -> {rule.over + 1}+" if rule.over else "",
        ]
        detail = ", ".join(d for d in details if d)
        return f"generalize ({detail})" if detail else "generalize"
    if rule.action is Action.MASK:
        return f"mask (keep last {rule.keep_last})"
    return rule.action.value


def describe_columns(policy: Policy) -> list[tuple[str, str]]:
    """What each kind of table column becomes, in words."""
    rows = []
    for kind in ColumnKind:
        plan = plan_column(policy, kind.value, kind)
        detail = f" (to {plan.granularity})" if plan.action is ColumnAction.GENERALIZE else ""
        rows.append((kind.value, f"{plan.action.value}{detail}"))
    unknown = "refused (stops the run)" if refuses_unknown(policy) else "redacted as text"
    return [*rows, ("(unknown kind)", unknown)]


def describe_policy(policy: Policy) -> str:
    """The full description printed by `redact policies show`."""
    lines = [f"{policy.name} (v{policy.version}): {policy.title}", ""]
    lines += [*textwrap.wrap(policy.description.strip(), 88), ""]
    lines.append(f"score threshold: {policy.threshold}")
    lines.append(f"subject of the request: {'kept' if policy.keep_subject else 'redacted'}")
    lines.append(
        f"professionals' names: {'kept' if policy.professionals == 'keep' else 'redacted'}"
    )
    lines.append(
        f"the agency's name and address: {'kept' if policy.agency == 'keep' else 'redacted'}"
    )
    required = ", ".join(policy.required_fields) or "none"
    lines.append(f"required release fields: {required}")
    lines += ["", "entity type               action"]
    lines += [f"  {t:<24}{describe_rule(policy.rule_for(t))}" for t in ENTITY_TYPES]
    lines.append(f"  {'(any other type)':<24}{describe_rule(policy.rule_for('__unknown__'))}")
    lines += ["", "table column kind         action"]
    lines += [f"  {kind:<24}{action}" for kind, action in describe_columns(policy)]
    for warning in policy.warnings:
        lines += ["", *textwrap.wrap(f"warning: {warning}", 88)]
    return "\n".join(lines)


@app.command("list")
@handle_errors
def list_policies() -> None:
    """List the built-in policies with their one-line titles.

    Example:
        redact policies list
    """
    for name in builtin_names():
        policy = load_policy(name).policy
        typer.echo(f"{name:<22}{policy.title}")


@app.command("show")
@handle_errors
def show(
    name: Annotated[str, typer.Argument(help="Built-in policy name or path to a YAML policy.")],
) -> None:
    """Describe a policy: when to use it, what it does to each entity type, what it requires.

    Example:
        redact policies show court-subpoena
    """
    typer.echo(describe_policy(load_policy(name).policy))
