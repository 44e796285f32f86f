"""What every command shares: error reporting, logging set-up, inputs and release fields.

Errors are printed as their message (which by construction names files and fields, never
document text) and mapped to exit codes here, and only here. An unexpected exception prints
its type alone: its message could hold a fragment of a document.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from redact.documents.text import decode_note
from redact.errors import (
    ColumnKindError,
    ConfigurationError,
    DocumentReadError,
    MissingReleaseFieldError,
    ModelNotInstalledError,
    PolicyError,
    RedactError,
    RiskRefusedError,
)
from redact.release import default_log_path

P = ParamSpec("P")
R = TypeVar("R")

EXIT_CODES: dict[type[RedactError], int] = {
    MissingReleaseFieldError: 2,
    PolicyError: 2,
    ConfigurationError: 2,
    ColumnKindError: 2,
    DocumentReadError: 3,
    ModelNotInstalledError: 4,
    RiskRefusedError: 5,
}
EXIT_INTERNAL = 70


def exit_code_for(error: RedactError) -> int:
    """The exit code of a known error: specific ones first, else 1."""
    for kind, code in EXIT_CODES.items():
        if isinstance(error, kind):
            return code
    return 1


def fail(message: str, code: int) -> typer.Exit:
    """Print an error line on stderr and return the exit to raise."""
    typer.echo(f"redact: error: {message}", err=True)
    return typer.Exit(code)


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Map RedactError to its exit code; never print an unexpected exception's message."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except RedactError as error:
            raise fail(str(error), exit_code_for(error)) from None
        except (typer.Exit, typer.Abort, typer.BadParameter, KeyboardInterrupt):
            raise  # usage errors print their own message and exit 2
        except BrokenPipeError:
            raise quiet_on_closed_stdout() from None
        except Exception as error:
            if os.environ.get("REDACT_DEBUG") == "1":
                raise
            raise fail(
                f"internal error ({type(error).__name__}); nothing was released. "
                "Set REDACT_DEBUG=1 to see the traceback (it may contain document text).",
                EXIT_INTERNAL,
            ) from None

    return wrapper


def quiet_on_closed_stdout() -> typer.Exit:
    """The reader of stdout went away (`| head`): end quietly, as a Unix filter does.

    Standard output is pointed at /dev/null first, so the interpreter's own flush at exit
    does not raise the same error again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return typer.Exit(0)


def configure_logging(verbose: bool) -> None:
    """Log counts and timings to stderr; the library itself only has a NullHandler."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="redact: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def read_text(source: str) -> str:
    """Read a note from a file path or '-' (stdin), strictly as UTF-8."""
    name = "stdin" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise DocumentReadError(f"cannot read {name}: {exc.strerror}") from None
    return decode_note(data, name)


def resolve_log_path(log: Path | None) -> Path:
    """--log, else REDACT_LOG, else the user's data directory."""
    return log if log is not None else default_log_path()


def default_actor(actor: str | None) -> str:
    """--actor, else the login name of whoever runs the command."""
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


#: `--package` and `--password-file`, shared by `redact batch` and `redact approve`.
PackageOption = Annotated[
    Path | None,
    typer.Option(
        help="Also seal the released files and the manifest in this AES-256 encrypted zip."
    ),
]
PasswordFileOption = Annotated[
    Path | None,
    typer.Option(help="File holding the package password (else it is asked for)."),
]
