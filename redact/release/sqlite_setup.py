"""Open a release log file: create it owner-only, check or create its schema.

A file that exists but is not a release log (another SQLite database, a newer schema, not
SQLite at all) is refused, never adopted or overwritten. An older schema is migrated in one
write transaction (columns are only ever added, so old entries keep their hashes).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redact.errors import ReleaseLogError
from redact.release.schema import MIGRATIONS, SCHEMA_VERSION, create_statements

logger = logging.getLogger(__name__)

#: Seconds a writer waits for another process's append before giving up.
BUSY_TIMEOUT_S = 30.0

_LOG_TABLES = frozenset({"meta", "releases", "release_documents"})


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the log at `path`, created (mode 0o600) with its schema if new."""
    _create_file(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise ReleaseLogError(f"cannot open release log {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _prepare_schema(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise ReleaseLogError(f"cannot open release log {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[None]:
    """BEGIN (IMMEDIATE: take the write lock now) ... COMMIT, or ROLLBACK on any error."""
    conn.execute(f"BEGIN {mode}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _create_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise ReleaseLogError(f"release log path {path} exists and is not a file")
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            logger.warning("release log %s is readable by others (mode %o)", path, mode)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process created it first; the schema step sorts out the rest
    except OSError as exc:
        raise ReleaseLogError(f"cannot create release log {path}: {exc.strerror}") from exc
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # exactly owner read/write, whatever the umask
    finally:
        os.close(fd)


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def _prepare_schema(conn: sqlite3.Connection, path: Path) -> None:
    if not _tables(conn):
        with transaction(conn):
            if not _tables(conn):  # re-check under the write lock: another opener may win
                for statement in create_statements():
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
    if not _LOG_TABLES.issubset(_tables(conn)):
        raise ReleaseLogError(f"{path} is an SQLite database but not a release log")
    version = _version(conn)
    if _migration(version):
        with transaction(conn):
            version = _version(conn)  # re-read under the write lock: another opener may win
            while statements := _migration(version):
                for statement in statements:
                    conn.execute(statement)
                version = str(int(str(version)) + 1)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
        logger.info("release log migrated to schema version %s", version)
    if version != str(SCHEMA_VERSION):
        raise ReleaseLogError(
            f"release log {path} has schema version {version or 'none'}; "
            f"this version of redact reads version {SCHEMA_VERSION}"
        )


def _migration(version: str | None) -> tuple[str, ...]:
    """The statements that migrate `version` one step, or () if there are none."""
    if version is None or not version.isdigit():
        return ()
    return MIGRATIONS.get(int(version), ())


def _version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else str(row[0])
