"""Fixtures for the release log tests: real SQLite files under tmp_path, and a real
PostgreSQL server started for the session (see `postgres_server`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from redact.release import ReleaseLog
from tests.release.factories import make_draft
from tests.release.postgres_server import INSTALL_HINT, pg_bindir, postgres_server


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "logs" / "release-log.sqlite3"


@pytest.fixture
def log(log_path: Path) -> Iterator[ReleaseLog]:
    with ReleaseLog.open(log_path) as opened:
        yield opened


@pytest.fixture
def filled(log: ReleaseLog) -> Callable[[int], ReleaseLog]:
    """Append `n` entries to the log and return it."""

    def fill(n: int) -> ReleaseLog:
        for i in range(1, n + 1):
            log.append(make_draft(i))
        return log

    return fill


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server for the session (its base URL); skips if PostgreSQL is absent."""
    bindir = pg_bindir()
    if bindir is None:
        pytest.skip(f"PostgreSQL binaries not found; {INSTALL_HINT}")
    with postgres_server(bindir) as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server, dropped after the test."""
    import psycopg

    name = f"redact_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield f"{pg_server}/{name}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
