"""Fixtures for the release log tests: real SQLite files under tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from redact.release import ReleaseLog
from tests.release.factories import make_draft


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
