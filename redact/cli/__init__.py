"""The `redact` command: one typer app composed of one module per command group."""

from __future__ import annotations

import typer

from redact import __version__
from redact.cli import batch, evaluate, log, note, policies, serve

app = typer.Typer(
    name="redact",
    help="Minimum-necessary redaction of social-work records, with a tamper-evident release log.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
app.command("note")(note.note)
app.command("serve")(serve.serve)
app.command("batch")(batch.batch)
app.command("evaluate")(evaluate.evaluate)
app.add_typer(policies.app, name="policies")
app.add_typer(log.app, name="log")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"redact {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Strip identifying details from client records for one purpose, and log every release."""


def main() -> None:
    """Console-script entry point."""
    app()
