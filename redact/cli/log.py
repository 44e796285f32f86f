"""`redact log`: read and verify the release log."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from redact.cli.common import fail, handle_errors, resolve_log_path
from redact.release import ReleaseEntry, ReleaseLog

app = typer.Typer(help="Read and verify the release log.", no_args_is_help=True)

LogOption = Annotated[
    Path | None, typer.Option(help="Release log (default: $REDACT_LOG or the user data dir).")
]


def entry_line(entry: ReleaseEntry) -> str:
    """One line per release for `redact log list`."""
    total = sum(entry.counts.values())
    to = f" to {entry.recipient}" if entry.recipient else ""
    return (
        f"#{entry.id:<5} {entry.time}  {entry.purpose:<20} {len(entry.documents)} doc(s), "
        f"{total} redactions{to} by {entry.actor}"
    )


def _existing_log(log: Path | None) -> Path:
    path = resolve_log_path(log)
    if not path.exists():
        raise fail(f"no release log at {path}", 2)
    return path


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
    with ReleaseLog.open(_existing_log(log)) as release_log:
        entries = release_log.entries()
    for entry in entries[-limit:] if limit else entries:
        typer.echo(entry_line(entry))


@app.command("show")
@handle_errors
def show(
    entry_id: Annotated[int, typer.Argument(help="Release id (see `redact log list`).")],
    log: LogOption = None,
) -> None:
    """Show one release in full, as JSON: who, why, what kinds, hashes; never text.

    Example:
        redact log show 3
    """
    with ReleaseLog.open(_existing_log(log)) as release_log:
        entry = release_log.get(entry_id)
    typer.echo(json.dumps(asdict(entry), indent=2, ensure_ascii=False, default=dict))


@app.command("verify")
@handle_errors
def verify(
    log: LogOption = None,
    head: Annotated[
        str | None,
        typer.Option(help="A head hash kept elsewhere; proves nothing after it was cut."),
    ] = None,
) -> None:
    """Recompute the hash chain; exit 0 when intact, 1 naming the first bad entry.

    Example:
        redact log verify
    """
    with ReleaseLog.open(_existing_log(log)) as release_log:
        report = release_log.verify(head=head)
    if report.ok:
        typer.echo(f"ok: {report.entries} release(s), chain intact")
        return
    raise fail(f"release log is not intact: {report.reason}", 1)
