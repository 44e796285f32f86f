"""Leaving a one-shot command without tearing the interpreter down.

When `redact note` has written its output and logged the release, Python would still spend
about a fifth of a second freeing the model, the word lists and the compiled patterns one
object at a time before the process ends, and the clinician waits for that. `exit_now` runs
what a normal exit runs that matters (the `atexit` handlers, logging's flush among them,
and a flush of the standard streams) and then ends the process at once. Everything the
command writes is closed before it returns: outputs are replaced atomically and the release
log commits each entry.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn


def exit_code(status: object) -> int:
    """The process exit code `sys.exit(status)` would give, printing a message status."""
    if status is None:
        return 0
    if isinstance(status, int):
        return status
    print(status, file=sys.stderr)
    return 1


def exit_now(status: object) -> NoReturn:
    """Run the exit handlers, flush the standard streams and end the process."""
    code = exit_code(status)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120  # what Python exits with when it cannot flush stdout
    os._exit(code)
