"""`redact serve`: the clinicians' page on this computer only (127.0.0.1)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redact.cli.common import configure_logging, handle_errors, resolve_log_path
from redact.release.location import describe

HOST = "127.0.0.1"

LogOption = Annotated[
    Path | None, typer.Option(help="Release log (default: $REDACT_LOG or the user data dir).")
]
ModelOption = Annotated[
    str | None, typer.Option(help="spaCy model name (default: $REDACT_MODEL or the built-in).")
]


@handle_errors
def serve(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 8765,
    log: LogOption = None,
    model: ModelOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log timings.")] = False,
) -> None:
    """Start the review page for clinicians, bound to 127.0.0.1 only; Ctrl+C stops it.

    Paste or drop a note, pick a purpose, keep false positives, add misses, then release:
    the release-log entry is written before the text is handed over.

    Example:
        redact serve --port 8765 --log ~/releases.sqlite3
    """
    import uvicorn  # imported here so other commands do not pay for the web stack

    from redact.web import create_app

    configure_logging(verbose)
    log_path = resolve_log_path(log)
    app = create_app(log_path, model, port=port)
    typer.echo(f"redact: serving the review page at http://{HOST}:{port}/ (Ctrl+C to stop)")
    typer.echo(f"redact: releases are logged in {describe(log_path)}")
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)
