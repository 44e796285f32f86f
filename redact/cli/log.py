"""`redact log`: read, verify and checkpoint the release log; account for disclosures; trace."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from redact.cli.common import default_actor, fail, handle_errors
from redact.documents.atomic import write_text_atomic
from redact.release import (
    LogLocation,
    ReleaseEntry,
    ReleaseStore,
    VerifyReport,
    describe,
    log_location,
    open_release_log,
)
from redact.release.accounting import accounting as accounting_rows
from redact.release.accounting import default_since, to_csv, to_html
from redact.release.agency_key import load_agency_key, write_new_key
from redact.release.approval import sign_off_of
from redact.release.breach import breach_draft, breach_report
from redact.release.breach import to_csv as breach_csv
from redact.release.breach import to_html as breach_html
from redact.release.records import APPROVED, REJECTED, STAGED
from redact.release.summary import release_summary
from redact.release.trace import MIN_SCORE, read_found
from redact.release.trace import trace as trace_found

app = typer.Typer(help="Read and verify the release log.", no_args_is_help=True)

LogOption = Annotated[
    str | None,
    typer.Option(
        help="Release log: a file, or postgresql://... (default: $REDACT_LOG or the user data dir)."
    ),
]


class AccountingFormat(StrEnum):
    """Output formats of `redact log accounting`."""

    CSV = "csv"
    HTML = "html"


def entry_line(entry: ReleaseEntry) -> str:
    """One line per release for `redact log list`."""
    total = sum(entry.counts.values())
    to = f" to {entry.recipient}" if entry.recipient else ""
    if entry.stage == APPROVED:
        return (
            f"#{entry.id:<5} {entry.time}  {entry.purpose:<20} approves staged #{entry.staged_id}"
            f"{to}: released, approved by {entry.actor}"
        )
    if entry.stage == REJECTED:
        return (
            f"#{entry.id:<5} {entry.time}  {entry.purpose:<20} rejects staged #{entry.staged_id}"
            f"{to}: not released, rejected by {entry.actor}"
        )
    staged = " [staged, not released]" if entry.stage == STAGED else ""
    return (
        f"#{entry.id:<5} {entry.time}  {entry.purpose:<20} {len(entry.documents)} doc(s), "
        f"{total} redactions{to} by {entry.actor}{staged}"
    )


def _existing_log(log: str | None) -> LogLocation:
    location = log_location(log)
    if isinstance(location, Path) and not location.exists():
        raise fail(f"no release log at {location}", 2)
    return location


def _open(log: str | None) -> ReleaseStore:
    return open_release_log(_existing_log(log))


@app.command("list")
@handle_errors
def list_entries(
    log: LogOption = None,
    limit: Annotated[int | None, typer.Option(help="Show only the last N releases.")] = None,
) -> None:
    """List releases, oldest first.

    Example:
        redact log list --limit 20
    """
    with _open(log) as release_log:
        entries = release_log.entries()
    for entry in entries[-limit:] if limit else entries:
        typer.echo(entry_line(entry))


class ShowFormat(StrEnum):
    """Output formats of `redact log show`."""

    TEXT = "text"
    JSON = "json"


@app.command("show")
@handle_errors
def show(
    entry_id: Annotated[int, typer.Argument(help="Release id (see `redact log list`).")],
    log: LogOption = None,
    output_format: Annotated[
        ShowFormat, typer.Option("--format", help="text (readable) or json (the full entry).")
    ] = ShowFormat.TEXT,
) -> None:
    """Show one release: who, why, to whom, what kinds, hashes; never text.

    Example:
        redact log show 3 --format json
    """
    with _open(log) as release_log:
        entry = release_log.get(entry_id)
        approval = None
        if entry.stage == STAGED:
            approval = sign_off_of(release_log.iter_entries(since_id=entry.id), entry.id)
    if output_format is ShowFormat.JSON:
        typer.echo(json.dumps(asdict(entry), indent=2, ensure_ascii=False, default=dict))
    else:
        typer.echo(release_summary(entry, approval=approval), nl=False)


@app.command("verify")
@handle_errors
def verify(
    log: LogOption = None,
    head: Annotated[
        str | None,
        typer.Option(help="A head hash kept elsewhere; proves nothing after it was cut."),
    ] = None,
    key: Annotated[
        Path | None,
        typer.Option(
            help="The agency key file (default: $REDACT_LOG_KEY); proves the chain was not "
            "recomputed and no release was cut off the end."
        ),
    ] = None,
) -> None:
    """Recompute the hash chain; exit 0 when intact, 1 naming the first bad entry.

    It says what it proved: without a checkpoint (--head) or the agency key (--key), a
    tail cut off the log or a chain recomputed after an edit cannot be detected.

    Example:
        redact log verify --head 3f5a...e9 --key /etc/redact/agency.key
    """
    location = _existing_log(log)
    with open_release_log(location) as release_log:
        given = None
        if key is not None:
            given = load_agency_key(key, location if isinstance(location, Path) else None)
        report = release_log.verify(head=head, key=given)
    if not report.ok:
        raise fail(f"release log is not intact: {report.reason}", 1)
    after = ""
    if report.entries_after_head is not None:
        after = f"; checkpoint found, {report.entries_after_head} release(s) after it"
    typer.echo(f"ok: {report.entries} release(s), chain intact{after}")
    typer.echo(f"redact: {verify_scope(report, head is not None)}", err=True)


def verify_scope(report: VerifyReport, with_head: bool) -> str:
    """What a successful `verify` proved, and what it could not, in words."""
    if report.keyed:
        proved = (
            "checked under the agency key: no entry was edited, removed, reordered or "
            "recomputed, and nothing was cut off the end (restoring an older copy of the "
            "whole log needs a checkpoint to be seen)"
        )
    else:
        proved = (
            "no entry was edited, removed or reordered in place; a chain recomputed after an "
            "edit cannot be detected without the agency key (--key)"
        )
    if with_head:
        return proved + "; nothing logged up to the checkpoint was cut off or rewritten"
    if report.keyed:
        return proved
    return (
        proved + "; a tail cut off the log, or an emptied log, cannot be detected without a "
        "checkpoint (--head) or the agency key"
    )


@app.command("keygen")
@handle_errors
def keygen(
    path: Annotated[Path, typer.Argument(help="Where to write the new key (owner-only).")],
) -> None:
    """Create an agency key file that makes the release log's chain keyed.

    Keep it outside the log's folder and point `$REDACT_LOG_KEY` at it for every command
    that writes the log; from the next release on, the chain cannot be recomputed, or its
    end cut off, without the key. Keep a copy somewhere safe: without it the log can no
    longer be appended to or verified.

    Example:
        redact log keygen /etc/redact/agency.key
    """
    created = write_new_key(path)
    typer.echo(f"agency key {created.key_id} written to {path}; set REDACT_LOG_KEY={path}")


@app.command("checkpoint")
@handle_errors
def checkpoint(log: LogOption = None) -> None:
    """Print the hash of the last release: keep it elsewhere (printed, mailed to the
    compliance officer) and `redact log verify --head HASH` later proves nothing logged up
    to it was cut off or rewritten.

    Example:
        redact log checkpoint
    """
    with _open(log) as release_log:
        head = release_log.head()
        count = release_log.size()
    if head is None:
        raise fail(f"release log {describe(_existing_log(log))} is empty: nothing to keep", 1)
    typer.echo(head)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    typer.echo(f"redact: head of {count} release(s) at {stamp}", err=True)


@app.command("accounting")
@handle_errors
def accounting(
    subject_ref: Annotated[
        str, typer.Option("--subject-ref", help="Agency client id the accounting is for.")
    ],
    since: Annotated[
        str | None,
        typer.Option(help="First day (YYYY-MM-DD); default: six years ago, as HIPAA requires."),
    ] = None,
    output_format: Annotated[
        AccountingFormat, typer.Option("--format", help="csv or html.")
    ] = AccountingFormat.CSV,
    log: LogOption = None,
) -> None:
    """An accounting of disclosures about one client (45 CFR 164.528), to stdout.

    One row per release about the client: date, recipient and address, what kinds of
    information went out (from the policy and counts, never the text), purpose, authority,
    and who approved it when it was staged. Staged releases still awaiting approval follow,
    marked as not disclosed.

    Example:
        redact log accounting --subject-ref CL-20931 --format html > accounting.html
    """
    today = datetime.now(UTC).date()
    try:
        first = date.fromisoformat(since) if since else default_since(today)
    except ValueError:
        raise fail("--since: use YYYY-MM-DD", 2) from None
    with _open(log) as release_log:
        rows = accounting_rows(release_log.iter_entries(), subject_ref, first)
    if output_format is AccountingFormat.HTML:
        typer.echo(to_html(rows, subject_ref, first, today), nl=False)
    else:
        typer.echo(to_csv(rows), nl=False)


@app.command("trace")
@handle_errors
def trace(
    files: Annotated[list[Path], typer.Argument(help="Found documents (.txt .md .docx).")],
    min_score: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Report matches scoring at least this.")
    ] = MIN_SCORE,
    log: LogOption = None,
) -> None:
    """Name the release(s) a found document most likely came from, with a similarity score.

    An identical copy matches exactly; a re-flowed copy or an excerpt matches by the
    fingerprint each release keeps of its redacted text. Exits 1 if a file matches nothing.

    Example:
        redact log trace found-on-facebook.txt
    """
    unmatched = 0
    with _open(log) as release_log:
        for path in files:
            found = read_found(path)
            matches = trace_found(release_log.iter_entries(), found, min_score=min_score)
            if not matches:
                unmatched += 1
                typer.echo(f"{path}: no match in the release log")
            for match in matches:
                how = "exact copy" if match.exact else f"{match.shared}/{match.compared} shared"
                to = f" to {match.recipient}" if match.recipient else ""
                typer.echo(
                    f"{path}: release #{match.release_id} ({match.time[:10]}, {match.purpose}"
                    f"{to}) document {match.doc_id}: score {match.score:.2f} ({how})"
                )
    if unmatched:
        raise typer.Exit(1)


@app.command("breach")
@handle_errors
def breach(
    files: Annotated[list[Path], typer.Argument(help="Copies found where they should not be.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for breach-report.csv and .html.")
    ] = Path("breach-report"),
    discovered: Annotated[
        str | None, typer.Option(help="Date the breach was discovered (default: today).")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Who writes the report.")] = None,
    log: LogOption = None,
) -> None:
    """Trace found copies to their releases and write a report for the privacy officer.

    Which releases and documents, which clients (agency references), what kinds of
    information, who received them and when, and the notification deadline (60 days from
    discovery). Never any text. The report itself is logged.

    Example:
        redact log breach found-on-facebook.txt --discovered 2026-03-02 --out breach-2026-03
    """
    day = date.fromisoformat(discovered) if discovered else datetime.now(UTC).date()
    with _open(log) as release_log:
        traced = []
        hashes = []
        for path in files:
            found = read_found(path)
            hashes.append(hashlib.sha256(found.data).hexdigest())
            traced.append((path.name, trace_found(release_log.iter_entries(), found)))
        wanted = {m.release_id for _, matches in traced for m in matches}
        entries = {e.id: e for e in release_log.iter_entries() if e.id in wanted}
        report = breach_report(entries, traced, day)
        report_csv = breach_csv(report)
        out.mkdir(parents=True, exist_ok=True)
        write_text_atomic(out / "breach-report.csv", report_csv, mode=0o600)
        write_text_atomic(out / "breach-report.html", breach_html(report), mode=0o600)
        entry = release_log.append(breach_draft(report, default_actor(actor), hashes, report_csv))
    releases = ", ".join(f"#{row.release_id}" for row in report.rows) or "none"
    typer.echo(
        f"{len(report.rows)} release(s) affected ({releases}); clients: "
        f"{', '.join(report.clients) or 'none recorded'}; notify by "
        f"{report.notify_by.isoformat()}; report in {out} (logged as #{entry.id})"
    )
    if report.unmatched:
        typer.echo(f"redact: {len(report.unmatched)} file(s) matched no release", err=True)
