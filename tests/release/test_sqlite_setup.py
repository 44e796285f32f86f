"""Opening a log file: created owner-only with its schema; anything else is refused."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from redact.errors import ReleaseLogError
from redact.release import ReleaseLog
from redact.release.schema import SCHEMA_VERSION
from tests.release.factories import make_draft


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that would leave a new file world-readable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_file_is_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "a" / "b" / "release-log.sqlite3"
    with ReleaseLog.open(path):
        pass
    assert path.is_file()
    assert mode(path) == 0o600


def test_new_file_has_schema_and_triggers(log_path: Path) -> None:
    with ReleaseLog.open(str(log_path)):
        pass
    conn = sqlite3.connect(log_path)
    try:
        names = {
            (kind, name)
            for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
            if not name.startswith("sqlite_")
        }
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    finally:
        conn.close()
    assert {("table", "meta"), ("table", "releases"), ("table", "release_documents")} <= names
    triggers = {name for kind, name in names if kind == "trigger"}
    assert triggers == {
        "releases_no_update",
        "releases_no_delete",
        "release_documents_no_update",
        "release_documents_no_delete",
    }
    assert version == (str(SCHEMA_VERSION),)


def test_reopening_keeps_entries(log_path: Path) -> None:
    with ReleaseLog.open(log_path) as log:
        entry = log.append(make_draft())
    with ReleaseLog.open(log_path) as log:
        assert log.entries() == [entry]


def _other_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (id INTEGER)")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    with ReleaseLog.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda p: p.write_bytes(b"this is not a database, just some bytes " * 50), "cannot open"),
        (_other_database, "not a release log"),
        (_newer_schema, "schema version 99"),
        (lambda p: p.mkdir(), "not a file"),
    ],
)
def test_refuses_what_is_not_a_release_log(
    log_path: Path, prepare: Callable[[Path], object], message: str
) -> None:
    log_path.parent.mkdir(parents=True)
    prepare(log_path)
    before = log_path.read_bytes() if log_path.is_file() else None
    with pytest.raises(ReleaseLogError, match=message):
        ReleaseLog.open(log_path)
    if before is not None:
        assert log_path.read_bytes() == before
