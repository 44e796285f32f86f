"""The release log in an SQLite file: the default backend.

Appends take `BEGIN IMMEDIATE`, so two processes appending at once wait for each other and
keep one chain. Reads go in chunks (see `store`), so a long `verify` does not hold a lock
that would make appenders time out. Hashing and verification are the pure functions of
`hashing`/`chain`.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from redact.errors import ReleaseLogError
from redact.release.records import ReleaseDraft, ReleaseEntry
from redact.release.sqlite_setup import connect, transaction
from redact.release.store import ReleaseStore, append_within, check_draft

logger = logging.getLogger(__name__)


class ReleaseLog(ReleaseStore):
    """The SQLite release log. Create with `ReleaseLog.open(path)` or `open_release_log`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.location = str(path)

    @classmethod
    def open(cls, path: str | Path) -> ReleaseLog:
        """Open the log at `path`, creating the file (mode 0o600), parents and schema."""
        resolved = Path(path)
        return cls(connect(resolved), resolved)

    def append(self, draft: ReleaseDraft) -> ReleaseEntry:
        """Number, time, chain and store one release; return the stored entry."""
        check_draft(draft)
        conn = self._live()
        try:
            with transaction(conn, "IMMEDIATE"):
                entry = append_within(
                    conn.execute, conn.executemany, draft, self.agency_key, self.location
                )
        except sqlite3.Error as exc:
            raise ReleaseLogError(f"cannot append to release log {self.path}: {exc}") from exc
        logger.info("release entry %d appended (%d documents)", entry.id, len(entry.documents))
        return entry

    def close(self) -> None:
        """Close the connection; later calls raise `ReleaseLogError`."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> ReleaseLog:
        return self

    def __repr__(self) -> str:
        return f"ReleaseLog(path={str(self.path)!r})"

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ReleaseLogError(f"release log {self.path} is closed")
        return self._conn

    def _fetch(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            rows: list[tuple[Any, ...]] = self._live().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise ReleaseLogError(f"cannot read release log {self.path}: {exc}") from exc
        return rows
