"""No silent purpose: `note` and `batch` refuse to run without `--purpose`.

A forgotten `--purpose` used to release under `social-media`, whatever the request was: a
court's subpoena answered with the wrong minimum, and logged as a post. The purpose of a
disclosure is the one fact the tool cannot guess, so it must be named; the error lists the
built-in policies to choose from. The policy's own warnings (a subpoena alone may not
authorise a release, ...) are printed before any work, while the clerk can still stop.
"""

from __future__ import annotations

from collections.abc import Callable

import typer

from redact.policy.loader import builtin_names
from redact.policy.model import Policy

EXIT_USAGE = 2


def require_purpose(purpose: str | None) -> str:
    """The purpose given, or a usage error (exit 2) naming the policies to choose from."""
    if purpose:
        return purpose
    typer.echo(
        "redact: error: --purpose is required: name the purpose of this release, one of "
        f"{', '.join(builtin_names())}, or a policy YAML file (see `redact policies list`)",
        err=True,
    )
    raise typer.Exit(EXIT_USAGE)


def announce_warnings(policy: Policy, echo: Callable[[str], None]) -> None:
    """Each of the policy's warnings as a `redact: warning:` line (policy text, never a
    document's)."""
    for warning in policy.warnings:
        echo(f"redact: warning ({policy.name}): {warning}")
