"""The release log in a PostgreSQL database: one log shared by a whole agency.

Same tables, rows, hashes and chain as the SQLite log; reading and verifying are shared
(`store`). Appends run in one transaction that first takes a transaction-level advisory
lock (`pg_advisory_xact_lock`), so writers on any number of machines append one at a time
and each sees the entry before it; the lock is released by COMMIT or ROLLBACK.
"""

from __future__ import annotations

import logging
from typing import Any

from redact.errors import ReleaseLogError
from redact.release.pg_setup import LOCK_KEY, connect, safe_url
from redact.release.records import ReleaseDraft, ReleaseEntry
from redact.release.store import ReleaseStore, append_within, check_draft

logger = logging.getLogger(__name__)


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class PostgresReleaseLog(ReleaseStore):
    """The PostgreSQL release log. Create with `PostgresReleaseLog.open(url)`."""

    def __init__(self, conn: Any, url: str) -> None:
        self._conn: Any = conn
        self.location = safe_url(url)

    @classmethod
    def open(cls, url: str) -> PostgresReleaseLog:
        """Connect to the database at `url` (postgresql://...), creating the schema if new."""
        return cls(connect(url), url)

    def append(self, draft: ReleaseDraft) -> ReleaseEntry:
        """Number, time, chain and store one release under the advisory lock."""
        import psycopg

        check_draft(draft)
        conn = self._live()
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))

                def run(sql: str, params: tuple[Any, ...]) -> Any:
                    return conn.execute(_pg(sql), params)

                def run_many(sql: str, rows: list[tuple[Any, ...]]) -> None:
                    with conn.cursor() as cursor:
                        cursor.executemany(_pg(sql), rows)

                entry = append_within(run, run_many, draft, self.agency_key, self.location)
        except psycopg.Error as exc:
            raise ReleaseLogError(f"cannot append to release log {self.location}: {exc}") from None
        logger.info("release entry %d appended (%d documents)", entry.id, len(entry.documents))
        return entry

    def close(self) -> None:
        """Close the connection; later calls raise `ReleaseLogError`."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> PostgresReleaseLog:
        return self

    def __repr__(self) -> str:
        return f"PostgresReleaseLog(url={self.location!r})"

    def _live(self) -> Any:
        if self._conn is None:
            raise ReleaseLogError(f"release log {self.location} is closed")
        return self._conn

    def _fetch(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        try:
            rows: list[tuple[Any, ...]] = self._live().execute(_pg(sql), params).fetchall()
        except psycopg.Error as exc:
            raise ReleaseLogError(f"cannot read release log {self.location}: {exc}") from None
        return rows
