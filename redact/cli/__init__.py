"""The `redact` command: one typer app composed of one module per command group.

Command modules are imported only when needed: `redact note` must not pay for the web app,
the batch runner (pandas, pyarrow, python-docx) or the evaluation package before it can
load the model. `main()` builds the app with just the command named on the command line;
`app` (for tests and `--help`) holds every command.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer

from redact import __version__
from redact.cli.fast_exit import exit_now

#: Command name -> (module, function) for `app.command`.
COMMANDS: dict[str, tuple[str, str]] = {
    "note": ("redact.cli.note", "note"),
    "serve": ("redact.cli.serve", "serve"),
    "batch": ("redact.cli.batch", "batch"),
    "approve": ("redact.cli.approve", "approve"),
    "evaluate": ("redact.cli.evaluate", "evaluate"),
}
#: Group name -> module holding its `app` typer, for `app.add_typer`.
GROUPS: dict[str, str] = {"policies": "redact.cli.policies", "log": "redact.cli.log"}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"redact {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Strip identifying details from client records for one purpose, and log every release."""


def build_app(only: str | None = None) -> typer.Typer:
    """The `redact` app with every command, or only the command or group `only` if known."""
    built = typer.Typer(
        name="redact",
        help="Minimum-necessary redaction of social-work records, with a tamper-evident "
        "release log.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        add_completion=False,
    )
    built.callback()(_root)
    known = only in COMMANDS or only in GROUPS
    for name, (module, function) in COMMANDS.items():
        if not known or name == only:
            built.command(name)(getattr(importlib.import_module(module), function))
    for name, module in GROUPS.items():
        if not known or name == only:
            built.add_typer(importlib.import_module(module).app, name=name)
    return built


def _command_name(argv: list[str]) -> str | None:
    """The first argument that is not an option: the command being run, if any."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


_FULL: list[typer.Typer] = []


def __getattr__(name: str) -> Any:
    """`app`, with every command, built on first use."""
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if not _FULL:
        _FULL.append(build_app())
    return _FULL[0]


#: Commands that end the process as soon as they are done (`redact.cli.fast_exit`): one
#: note for a clinician, where the wait is felt.
FAST_EXIT = frozenset({"note"})


def main() -> None:
    """Console-script entry point."""
    command = _command_name(sys.argv[1:])
    built = build_app(command)
    if command not in FAST_EXIT:
        built()
        return
    try:
        built()
    except SystemExit as done:
        exit_now(done.code)
    exit_now(0)
