"""`redact note`: a clinician's single note, redacted for one purpose and logged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from redact.cli.common import (
    configure_logging,
    default_actor,
    handle_errors,
    read_text,
)
from redact.cli.corrections import CorrectionsOption, KeepOption, RedactOption, corrections_of
from redact.cli.papers import (
    ClientSummaryOption,
    UnderSealOption,
    client_name,
    seal_request,
    write_summary,
)
from redact.cli.purpose import require_purpose
from redact.disclose import disclose_note
from redact.documents.atomic import write_bytes_atomic
from redact.documents.layout import IMAGE_SUFFIXES, PDF_SUFFIX
from redact.errors import DocumentReadError, RedactError
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields, check_required
from redact.release import LogLocation, describe, log_location
from redact.release.client_summary import SummaryFacts
from redact.release.under_seal import SealRequest, stamped
from redact.result import subject_names

if TYPE_CHECKING:
    from redact.documents.docx_note import DocxNote
    from redact.documents.pages import PagesOutcome
    from redact.redactor import Redactor

PurposeOption = Annotated[
    str | None,
    typer.Option(
        "--purpose", "-p", help="Required: built-in policy name or path to a YAML policy."
    ),
]
SubjectOption = Annotated[
    list[str] | None,
    typer.Option("--subject", "-s", help="Name or alias of the person the release is about."),
]
RecipientOption = Annotated[str | None, typer.Option(help="Who receives the release.")]
RecipientAddressOption = Annotated[
    str | None,
    typer.Option(help="The recipient's address, for the accounting of disclosures (optional)."),
]
AuthorityOption = Annotated[
    str | None, typer.Option(help="Legal authority: subpoena, order, consent reference.")
]
SubjectRefOption = Annotated[
    str | None, typer.Option("--subject-ref", help="Agency client id of the subject (not a name).")
]
ActorOption = Annotated[str | None, typer.Option(help="Who releases (default: login name).")]
LogOption = Annotated[
    str | None,
    typer.Option(
        help="Release log: a file, or postgresql://... for an agency's shared log "
        "(default: $REDACT_LOG or the user data dir)."
    ),
]
ModelOption = Annotated[
    str | None, typer.Option(help="spaCy model name (default: $REDACT_MODEL or the built-in).")
]


def _is_pages(file: str) -> bool:
    suffix = Path(file).suffix.lower()
    return file != "-" and (suffix == PDF_SUFFIX or suffix in IMAGE_SUFFIXES)


def _redacted_pages(
    file: str, redactor: Redactor, subject: list[str] | None, quiet: bool = False
) -> PagesOutcome:
    """A PDF or image redacted and read back (`redact.documents.pages`), before any logging;
    its pages counted on stderr as they are read unless `quiet` (`redact.cli.page_lines`)."""
    from redact.cli.page_lines import PageLines
    from redact.documents.page_count import pages_counted_by
    from redact.documents.pages import redact_pages

    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        raise DocumentReadError(f"cannot read {file}: {exc.strerror}") from None
    names = subject_names(subject)
    lines = None if quiet else PageLines()
    try:
        with pages_counted_by(lines):
            return redact_pages(
                data, file, Path(file).suffix, lambda text: redactor.redact(text, names)
            )
    finally:
        if lines is not None:
            lines.close()


def _is_docx(file: str) -> bool:
    return file != "-" and Path(file).suffix.lower() == ".docx"


def _redacted_docx(file: str, redactor: Redactor, subject: list[str] | None) -> DocxNote:
    """A .docx redacted as one text and written back into its layout, before any logging."""
    from redact.documents.docx_note import redact_docx_note

    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        raise DocumentReadError(f"cannot read {file}: {exc.strerror}") from None
    names = subject_names(subject)
    return redact_docx_note(data, file, lambda text: redactor.redact(text, names))


def _facts(
    recipient_address: str | None, seal: SealRequest | None
) -> dict[str, str | int | bool | None] | None:
    """What the log adds for a note: the recipient's address, the request for a seal."""
    facts: dict[str, str | int | bool | None] = {}
    if recipient_address:
        facts["recipient_address"] = recipient_address
    if seal is not None:
        facts["under_seal"] = True
    return facts or None


def summary_line(counts: dict[str, int], entry_id: int, log_path: LogLocation) -> str:
    """`redacted 9: PERSON 5, DATE_TIME 3, PHONE_NUMBER 1 · release #4 logged in PATH`."""
    total = sum(counts.values())
    parts = ", ".join(f"{kind} {n}" for kind, n in counts.items()) or "nothing found"
    return f"redacted {total}: {parts} · release #{entry_id} logged in {describe(log_path)}"


@handle_errors
def note(
    file: Annotated[str, typer.Argument(help="Note file, or - for standard input.")] = "-",
    purpose: PurposeOption = None,
    subject: SubjectOption = None,
    recipient: RecipientOption = None,
    recipient_address: RecipientAddressOption = None,
    authority: AuthorityOption = None,
    subject_ref: SubjectRefOption = None,
    actor: ActorOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help="text, or json (text, findings, warnings, release id).")
    ] = "text",
    log: LogOption = None,
    model: ModelOption = None,
    accept_risk: Annotated[
        bool, typer.Option(help="Release even at high residual risk (recorded in the log).")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log timings.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No page progress for a PDF or scan.")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="For a PDF, page image or .docx: write the redacted file here (a new "
            "PDF, an image in the input's format, or a .docx with its layout kept).",
        ),
    ] = None,
    keep: KeepOption = None,
    redact: RedactOption = None,
    corrections: CorrectionsOption = None,
    under_seal: UnderSealOption = False,
    client_summary: ClientSummaryOption = None,
) -> None:
    """Redact one note for a purpose, log the release, print the result.

    The redacted note goes to stdout; a one-line summary of what was removed goes to stderr.

    Example:
        redact note visit.txt --purpose consultation
        redact note - --purpose court-subpoena --subject "Maria Alvarez"
            --recipient "Family Court" --authority "Subpoena 24-JV-0192" < visit.txt
        redact note scan.pdf --purpose consultation --out scan.redacted.pdf
        redact note letter.docx --purpose consultation --out letter.redacted.docx
    """
    configure_logging(verbose)
    if output_format not in {"text", "json"}:
        raise typer.BadParameter("must be 'text' or 'json'", param_hint="--format")
    loaded = load_policy(require_purpose(purpose))
    fields = ReleaseFields(default_actor(actor), recipient, authority, subject_ref)
    check_required(loaded.policy, fields)
    seal = seal_request(under_seal, fields)
    log_path = log_location(log)
    corrected = corrections_of(keep, redact, corrections)
    from redact.redactor import Redactor  # not at import: `redact batch` shares our options

    redactor = Redactor(loaded, model=model, corrections=corrected)
    pages: PagesOutcome | DocxNote | None = None
    if _is_pages(file):
        pages = _redacted_pages(file, redactor, subject, quiet)
    elif _is_docx(file):
        if out is not None and out.suffix.lower() != ".docx":
            raise typer.BadParameter("must end in .docx for a .docx input", param_hint="--out")
        pages = _redacted_docx(file, redactor, subject)
    if out is not None and pages is None:
        raise typer.BadParameter("only for a PDF, page image or .docx input", param_hint="--out")
    text = pages.original if pages is not None else read_text(file)
    disclosure = disclose_note(
        text,
        source=file,
        redactor=redactor,
        fields=fields,
        log_path=log_path,
        subject=subject,
        extra=_facts(recipient_address, seal),
        accept_risk=accept_risk,
    )
    result = disclosure.result
    if out is not None and pages is not None:
        if result.text != pages.result.text:
            raise RedactError("the redaction changed between two runs; nothing released")
        output = stamped(out.name, pages.output, seal) if seal is not None else None
        write_bytes_atomic(out, output or pages.output)
    write_summary(
        client_summary,
        SummaryFacts(loaded.policy, fields, client_name(subject), counts=result.counts,
                     documents=1),
    )  # fmt: skip
    if output_format == "json":
        payload = {
            "text": result.text,
            "findings": [f.to_dict() for f in result.findings],
            "warnings": list(result.warnings),
            "release_id": disclosure.entry.id,
        }
        if seal is not None:
            payload["under_seal_notice"] = seal.text()
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        notice = seal.text() + "\n" if seal is not None else ""
        typer.echo(notice + result.text, nl=not result.text.endswith("\n"))
    if pages is not None and pages.note:
        typer.echo(f"redact: {pages.note}", err=True)
    for warning in result.warnings:
        typer.echo(f"redact: warning: {warning}", err=True)
    typer.echo(summary_line(result.counts, disclosure.entry.id, log_path), err=True)
