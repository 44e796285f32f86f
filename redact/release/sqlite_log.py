"""The release log in one SQLite file: the only place that writes release entries.

Appends take `BEGIN IMMEDIATE`, so two processes appending at once wait for each other and
keep one chain. Reads go in chunks, so a long `verify` does not hold a lock that would make
appenders time out. Hashing and verification are the pure functions of `hashing`/`chain`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from redact.errors import LogIntegrityError, ReleaseLogError
from redact.release import checks
from redact.release.chain import UnreadableEntry, verify_chain
from redact.release.hashing import seal
from redact.release.records import GENESIS_HASH, ReleaseDraft, ReleaseEntry, VerifyReport
from redact.release.schema import DOCUMENT_COLUMNS, RELEASE_COLUMNS
from redact.release.sqlite_rows import (
    DocumentRow,
    ReleaseRow,
    document_rows,
    read_entry,
    release_row,
)
from redact.release.sqlite_setup import connect, transaction

logger = logging.getLogger(__name__)

_CHUNK = 500
_SELECT_RELEASES = (
    f"SELECT {', '.join(RELEASE_COLUMNS)} FROM releases "
    "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"
)
_SELECT_DOCUMENTS = (
    f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM release_documents "
    "WHERE release_id BETWEEN ? AND ? ORDER BY release_id, position"
)
_INSERT_RELEASE = (
    f"INSERT INTO releases ({', '.join(RELEASE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in RELEASE_COLUMNS)})"
)
_INSERT_DOCUMENT = (
    f"INSERT INTO release_documents ({', '.join(DOCUMENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in DOCUMENT_COLUMNS)})"
)


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class ReleaseLog:
    """An append-only, hash-chained log of releases. Create with `ReleaseLog.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> ReleaseLog:
        """Open the log at `path`, creating the file (mode 0o600), parents and schema."""
        resolved = Path(path)
        return cls(connect(resolved), resolved)

    def append(self, draft: ReleaseDraft) -> ReleaseEntry:
        """Number, time, chain and store one release; return the stored entry."""
        if isinstance(draft, ReleaseEntry) or not isinstance(draft, ReleaseDraft):
            raise ReleaseLogError("append takes a ReleaseDraft (not an entry already logged)")
        conn = self._live()
        try:
            with transaction(conn, "IMMEDIATE"):
                last = conn.execute(
                    "SELECT id, entry_hash FROM releases ORDER BY id DESC LIMIT 1"
                ).fetchone()
                entry_id, prev_hash = (1, GENESIS_HASH) if last is None else (last[0] + 1, last[1])
                entry = seal(draft, entry_id=entry_id, time=_utc_now(), prev_hash=prev_hash)
                conn.execute(_INSERT_RELEASE, release_row(entry))
                conn.executemany(_INSERT_DOCUMENT, document_rows(entry))
        except sqlite3.Error as exc:
            raise ReleaseLogError(f"cannot append to release log {self.path}: {exc}") from exc
        logger.info("release entry %d appended (%d documents)", entry.id, len(entry.documents))
        return entry

    def entries(
        self, *, limit: int | None = None, since_id: int | None = None
    ) -> list[ReleaseEntry]:
        """Entries in id order: those with id > `since_id`, at most `limit` of them."""
        if limit is not None and (isinstance(limit, bool) or limit < 0):
            raise ReleaseLogError("limit must be an int >= 0")
        if since_id is not None and (isinstance(since_id, bool) or since_id < 0):
            raise ReleaseLogError("since_id must be an int >= 0")
        return [read_entry(row, docs) for row, docs in self._rows(since_id or 0, limit)]

    def get(self, entry_id: int) -> ReleaseEntry:
        """The entry with this id; `ReleaseLogError` if there is none."""
        checks.positive_id("entry_id", entry_id)
        found = list(self._rows(entry_id - 1, 1))
        if not found or found[0][0][0] != entry_id:
            raise ReleaseLogError(f"release entry {entry_id} not found in {self.path}")
        row, docs = found[0]
        return read_entry(row, docs)

    def verify(self, head: str | None = None) -> VerifyReport:
        """Recompute the whole chain; with `head`, also require that checkpoint hash in it."""
        if head is not None:
            checks.sha256_hex("head", head)
        return verify_chain(self._checked_entries(), head)

    def head(self) -> str | None:
        """The hash of the last entry (keep it elsewhere as a checkpoint), or None if empty."""
        row = self._query_one("SELECT entry_hash FROM releases ORDER BY id DESC LIMIT 1")
        return None if row is None else str(row[0])

    def close(self) -> None:
        """Close the connection; later calls raise `ReleaseLogError`."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> ReleaseLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ReleaseLog(path={str(self.path)!r})"

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ReleaseLogError(f"release log {self.path} is closed")
        return self._conn

    def _query_one(self, sql: str) -> tuple[Any, ...] | None:
        try:
            row: tuple[Any, ...] | None = self._live().execute(sql).fetchone()
        except sqlite3.Error as exc:
            raise ReleaseLogError(f"cannot read release log {self.path}: {exc}") from exc
        return row

    def _checked_entries(self) -> Iterator[ReleaseEntry | UnreadableEntry]:
        for row, docs in self._rows(0, None):
            try:
                yield read_entry(row, docs)
            except LogIntegrityError as exc:
                yield UnreadableEntry(id=int(row[0]), problem=exc.message)

    def _rows(
        self, after_id: int, limit: int | None
    ) -> Iterator[tuple[ReleaseRow, list[DocumentRow]]]:
        """Release rows with id > `after_id` up to the last id now, with their documents.

        Fetched in chunks with no cursor left open between them, so no lock is held while
        the caller works; rows appended after the call began are not included.
        """
        last = self._query_one("SELECT MAX(id) FROM releases")
        upto = 0 if last is None or last[0] is None else int(last[0])
        remaining = limit
        conn = self._live()
        while remaining is None or remaining > 0:
            size = _CHUNK if remaining is None else min(_CHUNK, remaining)
            try:
                rows = conn.execute(_SELECT_RELEASES, (after_id, upto, size)).fetchall()
                if not rows:
                    return
                docs = conn.execute(_SELECT_DOCUMENTS, (rows[0][0], rows[-1][0])).fetchall()
            except sqlite3.Error as exc:
                raise ReleaseLogError(f"cannot read release log {self.path}: {exc}") from exc
            by_release: defaultdict[int, list[DocumentRow]] = defaultdict(list)
            for doc in docs:
                by_release[doc[0]].append(doc)
            for row in rows:
                yield row, by_release[row[0]]
            after_id = rows[-1][0]
            if remaining is not None:
                remaining -= len(rows)
