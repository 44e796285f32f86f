"""The clinicians' page (`redact serve`): review a note's findings, correct them, release.

A local web app bound to 127.0.0.1. It stores nothing but the release log's entry (hashes
and counts); see `security` for how it keeps other sites and caches away from the notes.

`create_app` is imported on first use: the child process that reads an uploaded file
imports `redact.web.parse_worker`, and must not load the web app and the model with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redact.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from redact.web.app import create_app

        return create_app
    raise AttributeError(name)
