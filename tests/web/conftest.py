"""Fixtures for the clinicians' page: the real app, with the session's real Redactors."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
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


@dataclass(frozen=True)
class LivePage:
    """The page served by a real uvicorn server: its address and its token header."""

    url: str
    token: dict[str, str]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_page(log_path: Path, redactor_for: Callable[[str], Redactor]) -> Iterator[LivePage]:
    """The real app on uvicorn at a free 127.0.0.1 port, in a background thread.

    The test client reads a whole body before the app sees it; a browser, streaming bodies
    and slow requests need a real server.
    """
    port = _free_port()
    app = create_app(log_path, port=port, redactor_for=redactor_for)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        threading.Event().wait(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield LivePage(f"http://127.0.0.1:{port}", {"X-Redact-Token": str(app.state.token)})
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def served(live_page: LivePage) -> str:
    """The address of the page on a real server (for the browser tests)."""
    return live_page.url
