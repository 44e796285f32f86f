"""The clinicians' page (`redact serve`): review a note's findings, correct them, release.

A local web app bound to 127.0.0.1. It stores nothing but the release log's entry (hashes
and counts); see `security` for how it keeps other sites and caches away from the notes.
"""

from __future__ import annotations

from redact.web.app import create_app

__all__ = ["create_app"]
