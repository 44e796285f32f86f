"""What every release-log backend offers, and the reading and verifying they share.

A backend (SQLite file, PostgreSQL database) supplies three things: `append` under its own
lock, `_fetch` for a read query, and `close`. Paging through entries, rebuilding them from
rows, `get`, `head` and `verify` live here once, over the pure `rows`, `hashing` and `chain`
functions, so both backends read and check a chain exactly alike. SQL here uses `?`
placeholders; a backend with another style translates them in `_fetch`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from redact.errors import LogIntegrityError, ReleaseLogError
from redact.release import checks
from redact.release.agency_key import AgencyKey, end_seal
from redact.release.chain import KeyRecord, UnreadableEntry, verify_chain
from redact.release.hashing import seal
from redact.release.records import GENESIS_HASH, ReleaseDraft, ReleaseEntry, VerifyReport
from redact.release.rows import DocumentRow, ReleaseRow, document_rows, read_entry, release_row
from redact.release.schema import DOCUMENT_COLUMNS, RELEASE_COLUMNS

CHUNK = 500
SELECT_RELEASES = (
    f"SELECT {', '.join(RELEASE_COLUMNS)} FROM releases "
    "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"
)
SELECT_DOCUMENTS = (
    f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM release_documents "
    "WHERE release_id BETWEEN ? AND ? ORDER BY release_id, position"
)
SELECT_LAST = "SELECT id, entry_hash FROM releases ORDER BY id DESC LIMIT 1"
INSERT_RELEASE = (
    f"INSERT INTO releases ({', '.join(RELEASE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in RELEASE_COLUMNS)})"
)
INSERT_DOCUMENT = (
    f"INSERT INTO release_documents ({', '.join(DOCUMENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in DOCUMENT_COLUMNS)})"
)


def utc_now() -> str:
    """The time stamp an entry gets: UTC, microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


SELECT_META = "SELECT value FROM meta WHERE key = ?"
UPSERT_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
#: Meta rows of a keyed log: the agency key's id, and the keyed seal of the log's end.
META_KEY_ID = "agency_key_id"
META_END_SEAL = "agency_end_seal"

#: Runs one statement inside the backend's append transaction; returns the cursor.
Run = Callable[[str, tuple[Any, ...]], Any]
#: Runs one statement for many parameter rows inside the same transaction.
RunMany = Callable[[str, list[tuple[Any, ...]]], Any]


def next_entry(
    draft: ReleaseDraft, last: tuple[Any, ...] | None, key: AgencyKey | None = None
) -> ReleaseEntry:
    """Seal `draft` as the entry after `last` (the (id, entry_hash) row of SELECT_LAST)."""
    entry_id, prev_hash = (1, GENESIS_HASH) if last is None else (last[0] + 1, last[1])
    return seal(draft, entry_id=entry_id, time=utc_now(), prev_hash=prev_hash, key=key)


def append_within(
    run: Run, run_many: RunMany, draft: ReleaseDraft, key: AgencyKey | None, location: str
) -> ReleaseEntry:
    """The append itself, inside a backend's serialised transaction: both backends call it,
    so the chain and key rules live once.

    A keyed log refuses an append without its key (an unkeyed entry would break its chain);
    the first append with a key makes the log keyed from that entry on.
    """
    row = run(SELECT_META, (META_KEY_ID,)).fetchone()
    logged_key = None if row is None else str(row[0])
    if logged_key is not None and key is None:
        raise ReleaseLogError(
            f"release log {location} is keyed (agency key id {logged_key}): set "
            "$REDACT_LOG_KEY to the agency key file"
        )
    if key is not None and logged_key is not None and key.key_id != logged_key:
        raise ReleaseLogError(
            f"release log {location} is keyed with agency key id {logged_key}, not with "
            f"the key in $REDACT_LOG_KEY (id {key.key_id})"
        )
    entry = next_entry(draft, run(SELECT_LAST, ()).fetchone(), key)
    run(INSERT_RELEASE, release_row(entry))
    run_many(INSERT_DOCUMENT, document_rows(entry))
    if key is not None:
        if logged_key is None:
            run(UPSERT_META, (META_KEY_ID, key.key_id))
        run(UPSERT_META, (META_END_SEAL, end_seal(key, entry.id, entry.entry_hash)))
    return entry


def check_draft(draft: object) -> ReleaseDraft:
    """Only a draft may be appended, never an entry already logged."""
    if isinstance(draft, ReleaseEntry) or not isinstance(draft, ReleaseDraft):
        raise ReleaseLogError("append takes a ReleaseDraft (not an entry already logged)")
    return draft


class ReleaseStore(ABC):
    """An append-only, hash-chained log of releases; open one with `open_release_log`."""

    #: Where the log is, for messages (a path, or a database URL without its password).
    location: str
    #: The agency key appends are made under (`$REDACT_LOG_KEY`), if any.
    agency_key: AgencyKey | None = None

    @abstractmethod
    def append(self, draft: ReleaseDraft) -> ReleaseEntry:
        """Number, time, chain and store one release under the backend's write lock."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection; later calls raise `ReleaseLogError`."""

    @abstractmethod
    def _fetch(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one read query (`?` placeholders); `ReleaseLogError` on a database error."""

    def iter_entries(self, *, since_id: int = 0) -> Iterator[ReleaseEntry]:
        """Entries in id order, read in chunks (for long scans such as `trace`)."""
        for row, docs in self._rows(since_id, None):
            yield read_entry(row, docs)

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
            raise ReleaseLogError(f"release entry {entry_id} not found in {self.location}")
        row, docs = found[0]
        return read_entry(row, docs)

    def verify(self, head: str | None = None, key: AgencyKey | None = None) -> VerifyReport:
        """Recompute the whole chain; with `head`, also require that checkpoint hash in it;
        with `key` (default: the key appends use), check the keyed hashes and end seal."""
        if head is not None:
            checks.sha256_hex("head", head)
        record = KeyRecord(self._meta(META_KEY_ID), self._meta(META_END_SEAL))
        return verify_chain(self._checked_entries(), head, key or self.agency_key, record)

    def _meta(self, name: str) -> str | None:
        rows = self._fetch(SELECT_META, (name,))
        return None if not rows else str(rows[0][0])

    def head(self) -> str | None:
        """The hash of the last entry (keep it elsewhere as a checkpoint), or None if empty."""
        rows = self._fetch(SELECT_LAST)
        return str(rows[0][1]) if rows else None

    def size(self) -> int:
        """How many entries the log holds."""
        rows = self._fetch("SELECT COUNT(*) FROM releases")
        return int(rows[0][0]) if rows else 0

    def __enter__(self) -> ReleaseStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
        last = self._fetch("SELECT MAX(id) FROM releases")
        upto = 0 if not last or last[0][0] is None else int(last[0][0])
        remaining = limit
        while remaining is None or remaining > 0:
            size = CHUNK if remaining is None else min(CHUNK, remaining)
            rows = self._fetch(SELECT_RELEASES, (after_id, upto, size))
            if not rows:
                return
            docs = self._fetch(SELECT_DOCUMENTS, (rows[0][0], rows[-1][0]))
            by_release: defaultdict[int, list[DocumentRow]] = defaultdict(list)
            for doc in docs:
                by_release[doc[0]].append(doc)
            for row in rows:
                yield row, by_release[row[0]]
            after_id = rows[-1][0]
            if remaining is not None:
                remaining -= len(rows)
