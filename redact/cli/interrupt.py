"""Ctrl+C during a batch: say what happened and how to go on, exit 130, no traceback.

An interrupted batch has released nothing (the release-log entry is written last) and
keeps what it finished in the output folder's resume state, so the useful thing to say is
that `--resume` finishes it. 130 is the shell's code for a command ended by SIGINT.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from pipelines.state import STATE_DIR

EXIT_INTERRUPTED = 130


@contextmanager
def resume_hint_on_interrupt(out_dir: Path) -> Iterator[None]:
    """Turn a KeyboardInterrupt inside the block into the resume hint and exit 130."""
    try:
        yield
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            sys.stderr.write("\n")  # off the progress bar's line
        if (out_dir / STATE_DIR).is_dir():
            then = (
                f"The finished part is kept in {out_dir}; to finish, run the same command "
                "again with --resume."
            )
        else:
            then = "Nothing was started; run the same command again."
        typer.echo(f"redact: interrupted: nothing was released or logged. {then}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
