"""Fixtures for the clinicians' page: the real app, with the session's real Redactors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from redact import Redactor
from redact.web import create_app

LOCAL = "http://127.0.0.1"

#: A synthetic note (no real person): two names, a date, a phone, and a miss to add by hand.
NOTE = (
    "Met Maria Alvarez on 3/14/2026 at the blue house by the mill. "
    "Her son Mateo called 217-555-0143.\n"
)
PHONE = "217-555-0143"
MISSED = "the blue house by the mill"


def span_of(text: str, part: str) -> list[int]:
    """[start, end] of the first occurrence of `part` (code points, as the API counts)."""
    start = text.index(part)
    return [start, start + len(part)]


@pytest.fixture
def web_app(log_path: Path, redactor_for: Callable[[str], Redactor]) -> FastAPI:
    """The page's app over a fresh release log, sharing the session's loaded Redactors."""
    return create_app(log_path, redactor_for=redactor_for)


@pytest.fixture
def client(web_app: FastAPI) -> TestClient:
    """A client at the local address, without the session token."""
    return TestClient(web_app, base_url=LOCAL)


@pytest.fixture
def token(web_app: FastAPI) -> dict[str, str]:
    """The header that carries this app's session token."""
    return {"X-Redact-Token": str(web_app.state.token)}
