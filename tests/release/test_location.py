"""Log locations: a path means SQLite, a postgresql:// URL means PostgreSQL; passwords are
never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.release import ReleaseLog, describe, log_location, open_release_log
from redact.release.location import is_database_url


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("postgresql://u@db.agency.org/releases", True),
        ("postgres://u:p@localhost:5432/x", True),
        (Path("postgresql://u@db/releases"), True),  # folded to postgresql:/ by Path
        ("releases.sqlite3", False),
        (Path("/var/lib/postgresql:/x.sqlite3"), False),
    ],
)
def test_is_database_url(location: str | Path, expected: bool) -> None:
    assert is_database_url(location) is expected


def test_describe_hides_the_password() -> None:
    assert describe("postgresql://app:s3cret@db:5432/log") == "postgresql://app:***@db:5432/log"
    assert describe(Path("postgresql://app:s3cret@db/log")) == "postgresql://app:***@db/log"


def test_log_location_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REDACT_LOG", "postgresql://app@db/log")
    assert log_location(None) == "postgresql://app@db/log"
    assert log_location(str(tmp_path / "a.db")) == tmp_path / "a.db"
    monkeypatch.setenv("REDACT_LOG", str(tmp_path / "b.db"))
    assert log_location(None) == tmp_path / "b.db"


def test_a_path_opens_sqlite(tmp_path: Path) -> None:
    with open_release_log(tmp_path / "x.sqlite3") as log:
        assert isinstance(log, ReleaseLog) and log.size() == 0
