"""`redact batch`: a records request over folders and tables, as one logged release."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from pipelines.guard import DEFAULT_MAX_DOCUMENT_CHARS
from pipelines.runner import run_batch
from pipelines.spec import BatchSpec, Engine, Scope, TableOptions
from redact.cli.approve import staged_end, staging_requested
from redact.cli.batch_summary import exit_code, summary_lines
from redact.cli.common import (
    PackageOption,
    PasswordFileOption,
    configure_logging,
    default_actor,
    fail,
    handle_errors,
)
from redact.cli.corrections import CorrectionsOption, KeepOption, RedactOption, corrections_of
from redact.cli.interrupt import resume_hint_on_interrupt
from redact.cli.note import (
    ActorOption,
    AuthorityOption,
    LogOption,
    ModelOption,
    PurposeOption,
    RecipientAddressOption,
    RecipientOption,
    SubjectOption,
    SubjectRefOption,
)
from redact.cli.papers import (
    ClientSummaryOption,
    CourtLetterOption,
    UnderSealOption,
    check_paper_paths,
    client_name,
    seal_request,
    write_letter,
    write_summary,
)
from redact.cli.purpose import announce_warnings, require_purpose
from redact.documents.column_kinds import load_declarations, parse_declarations
from redact.errors import ReleaseLogError
from redact.policy.columns import ColumnKind
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields, check_required
from redact.release import log_location
from redact.release.client_summary import SummaryFacts
from redact.release.court_letter import LetterFacts
from redact.release.package import PackageRequest
from redact.release.under_seal import COVER_NAME
from redact.transform.pseudonym import ReleaseKey


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter("use YYYY-MM-DD", param_hint=option) from None


def _column_kinds(pairs: list[str] | None, path: Path | None) -> tuple[tuple[str, ColumnKind], ...]:
    """Declared column kinds: the --columns file, then --column-kind options over it."""
    declared = load_declarations(path) if path is not None else {}
    declared.update(parse_declarations(pairs or ()))
    return tuple(declared.items())


def _package(target: Path | None, password_file: Path | None) -> PackageRequest | None:
    """The sealed-package request: the password from a file, or typed at a terminal."""
    if target is None:
        if password_file is not None:
            raise fail("--password-file needs --package", 2)
        return None
    if password_file is not None:
        try:
            password = password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError):
            raise fail(f"--password-file: cannot read {password_file}", 2) from None
    elif sys.stdin.isatty():
        password = typer.prompt("Package password", hide_input=True, confirmation_prompt=True)
    else:
        raise fail("--package needs --password-file (no terminal to type a password in)", 2)
    try:
        return PackageRequest(target, password)
    except ReleaseLogError as exc:
        raise fail(exc.message, 2) from None


@handle_errors
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Folders and files: .txt .md .docx .pdf, scans (.png .jpg .tif), "
            ".csv .xlsx .jsonl .parquet"
        ),
    ],
    purpose: PurposeOption = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (new or empty).")] = Path(
        "out"
    ),
    subject: SubjectOption = None,
    recipient: RecipientOption = None,
    recipient_address: RecipientAddressOption = None,
    authority: AuthorityOption = None,
    subject_ref: SubjectRefOption = None,
    actor: ActorOption = None,
    log: LogOption = None,
    text_column: Annotated[
        list[str] | None, typer.Option(help="Table column(s) to redact (default: text).")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(help="Table column with the document id.")
    ] = None,
    subject_column: Annotated[
        str | None, typer.Option(help="Table column with each row's subject names (; separated).")
    ] = None,
    date_column: Annotated[
        str | None, typer.Option(help="Table column with each row's date (for --from/--to).")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="First day of the requested period (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Last day of the requested period (YYYY-MM-DD).")
    ] = None,
    note_type_column: Annotated[
        str | None, typer.Option(help="Table column with the note type.")
    ] = None,
    note_type: Annotated[
        list[str] | None, typer.Option(help="Release only these note types (repeatable).")
    ] = None,
    client_column: Annotated[
        str | None,
        typer.Option(
            help="Table column with the client id: with --subject-ref, other clients' rows are "
            "left out; without it, each row's client id is logged for the accounting.",
        ),
    ] = None,
    column_kind: Annotated[
        list[str] | None,
        typer.Option(
            help="A table column's kind, COLUMN=KIND (text, date, identifier, person, "
            "category; repeatable). Undeclared columns are inferred from their names and values.",
        ),
    ] = None,
    columns: Annotated[
        Path | None,
        typer.Option(
            "--columns", dir_okay=False, help="YAML file mapping table column names to kinds."
        ),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    engine: Annotated[
        Engine, typer.Option(help="local: this machine; dask: a Dask cluster (needs redact[dask]).")
    ] = Engine.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://HOST:8786); without it --engine dask starts "
            "a local cluster of --workers processes."
        ),
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            hidden=True,
            help="Advanced: use this file's bytes (at least 16) as the release key, to reproduce "
            "a release exactly. Pseudonyms then link across releases that share the key.",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run in the same --out.")
    ] = False,
    chunk_rows: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Table rows per chunk. Default: a sixteenth of the batch's rows, "
            "between 100 and 2,000.",
        ),
    ] = None,
    review_limit: Annotated[
        int, typer.Option(min=0, help="Documents shown on the review page.")
    ] = 1000,
    accept_risk: Annotated[
        bool, typer.Option(help="Release documents even at high residual risk (logged).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    package: PackageOption = None,
    password_file: PasswordFileOption = None,
    opaque_names: Annotated[
        bool,
        typer.Option(
            help="Name outputs doc-0001.txt, doc-0002.docx... (the mapping back is only on "
            "the review page) instead of their input names with identifiers removed."
        ),
    ] = False,
    max_document_chars: Annotated[
        int,
        typer.Option(
            min=1,
            help="Longest document to redact; a longer one is a failed row and the batch goes on.",
        ),
    ] = DEFAULT_MAX_DOCUMENT_CHARS,
    model: ModelOption = None,
    stage: Annotated[
        bool,
        typer.Option(
            "--stage",
            help="Write everything but log the release as staged: nothing is released until "
            "a reviewer runs `redact approve OUT`. Policies with approval: required always stage.",
        ),
    ] = False,
    preview: Annotated[
        bool,
        typer.Option(
            help="Write everything to --out marked as a preview; release and log nothing. "
            "The same command without it then releases, replacing the preview."
        ),
    ] = False,
    keep: KeepOption = None,
    redact: RedactOption = None,
    corrections: CorrectionsOption = None,
    under_seal: UnderSealOption = False,
    client_summary: ClientSummaryOption = None,
    court_letter: CourtLetterOption = None,
) -> None:
    """Redact a folder or table export for one purpose, as one logged release.

    Writes the redacted files under --out with their relative names (names redacted like the
    text), manifest.csv (the released documents, for the recipient), and for the agency only
    (owner-only, never sent) manifest.NOT-FOR-RELEASE.csv (every document: released, failed
    or out-of-scope, with reasons) and review.NOT-FOR-RELEASE.html, showing every change,
    for checking before sending. Exits 1 if any document failed or none was released (a
    run that releases nothing logs nothing). --preview writes the same, marked as a preview,
    and logs nothing; the same command without it then releases into the same --out.

    Example:
        redact batch sample_data/request --purpose court-subpoena --out out/request
            --subject "Ana Julia Dias" --recipient "Family Court" --authority "Order 24-JV-0192"
    """
    configure_logging(False)
    if (date_from or date_to) and not date_column:
        raise typer.BadParameter("--from/--to need --date-column", param_hint="--date-column")
    if scheduler and engine is not Engine.DASK:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine is Engine.DASK:  # Dask's own start-up chatter is INFO; warnings still show
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if note_type and not note_type_column:
        raise typer.BadParameter("--note-type needs --note-type-column", param_hint="--note-type")
    loaded = load_policy(require_purpose(purpose))
    if preview and package is not None:
        raise fail("--package seals a release; a preview is not one (run without --preview)", 2)
    fields = ReleaseFields(default_actor(actor), recipient, authority, subject_ref)
    check_required(loaded.policy, fields)
    check_paper_paths(out, client_summary, court_letter)
    seal = seal_request(under_seal, fields)
    staging = staging_requested(loaded.policy, stage) and not preview  # a preview logs nothing
    sealed = None if staging else _package(package, password_file)  # sealed on approval
    spec = BatchSpec(
        inputs=tuple(inputs),
        out_dir=out,
        policy=loaded,
        fields=fields,
        subject=tuple(subject or ()),
        tables=TableOptions(
            tuple(text_column or ["text"]),
            id_column,
            subject_column,
            date_column,
            note_type_column,
            client_column,
            chunk_rows,
            column_kinds=_column_kinds(column_kind, columns),
        ),
        scope=Scope(
            _day(date_from, "--from"),
            _day(date_to, "--to"),
            frozenset(note_type or ()),
            frozenset([subject_ref] if client_column and subject_ref else []),
        ),
        model=model,
        workers=workers,
        resume=resume,
        review_limit=review_limit,
        accept_risk=accept_risk,
        engine=engine,
        scheduler=scheduler,
        key=ReleaseKey(key_file.read_bytes()) if key_file else None,
        opaque_names=opaque_names,
        max_document_chars=max_document_chars,
        preview=preview,
        corrections=corrections_of(keep, redact, corrections),
        seal=seal,
    )
    log_path = log_location(log)
    announce_warnings(loaded.policy, lambda line: typer.echo(line, err=True))
    with resume_hint_on_interrupt(out):
        report = run_batch(
            spec,
            log_path,
            quiet=quiet,
            package=sealed,
            extra={"recipient_address": recipient_address} if recipient_address else None,
            notice=lambda line: typer.echo(line, err=True),
            stage=staging,
        )
    period = (spec.scope.date_from, spec.scope.date_to)
    write_summary(
        client_summary,
        SummaryFacts(loaded.policy, fields, client_name(subject), period, {}, report.released),
    )
    write_letter(
        court_letter,
        LetterFacts(loaded.policy, fields, period, report.released, seal is not None),
    )
    if seal is not None:
        typer.echo(f"under seal: notice in each released document; cover {out / COVER_NAME}",
                   err=True)  # fmt: skip
    if report.staged:
        return staged_end(report, out, loaded.policy, log, package, password_file)
    for line in summary_lines(report, log_path, package, preview):
        typer.echo(line, err=True)
    if report.failed:
        typer.echo(
            f"redact: {report.failed} document(s) failed; see {report.agency_manifest}", err=True
        )
    if exit_code(report):
        raise typer.Exit(exit_code(report))
