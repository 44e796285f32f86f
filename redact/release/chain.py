"""Verify a hash chain of release entries: a pure function over entries in id order.

Any backend streams its rows here, as `ReleaseEntry` objects or, for a row that cannot be
turned into one (tampered JSON, a malformed hash), as an `UnreadableEntry`. The checks, in
order, for each entry: it can be read; ids run 1, 2, 3... without a gap; its hash matches
its content; its previous hash is the hash of the entry before it (64 zeros for the first).
A tail cut off the log leaves a valid shorter chain: only a head hash kept elsewhere (a
checkpoint) shows it, so with `head` given the chain must contain that hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from redact.release.hashing import recompute_hash
from redact.release.records import GENESIS_HASH, ReleaseEntry, VerifyReport

HEAD_NOT_FOUND = "head not found: the log was cut or rewritten"


@dataclass(frozen=True)
class UnreadableEntry:
    """A stored row that is not a valid entry; `problem` names the field, not its value."""

    id: int
    problem: str


def verify_chain(
    entries: Iterable[ReleaseEntry | UnreadableEntry], head: str | None = None
) -> VerifyReport:
    """Check every entry and link; name the first failure. `entries` counts all rows read."""
    count = 0
    prev_id = 0
    prev_hash = GENESIS_HASH
    head_position: int | None = None
    failure: tuple[int, str] | None = None
    for entry in entries:
        count += 1
        if failure is not None:
            continue  # keep counting, so the report says how long the log is
        problem = _problem(entry, prev_id, prev_hash)
        if problem is not None:
            failure = (entry.id, problem)
        elif isinstance(entry, ReleaseEntry):
            if entry.entry_hash == head:
                head_position = count
            prev_id, prev_hash = entry.id, entry.entry_hash
    if failure is not None:
        return VerifyReport(ok=False, entries=count, first_bad_id=failure[0], reason=failure[1])
    if head is not None and head_position is None:
        return VerifyReport(ok=False, entries=count, first_bad_id=None, reason=HEAD_NOT_FOUND)
    after = None if head_position is None else count - head_position
    return VerifyReport(
        ok=True, entries=count, first_bad_id=None, reason=None, entries_after_head=after
    )


def _problem(entry: ReleaseEntry | UnreadableEntry, prev_id: int, prev_hash: str) -> str | None:
    if isinstance(entry, UnreadableEntry):
        return f"entry {entry.id}: row cannot be read ({entry.problem})"
    if entry.id != prev_id + 1:
        if prev_id == 0:
            return f"ids do not start at 1: first entry is {entry.id} (a row was deleted)"
        return f"ids not contiguous after entry {prev_id} (a row was deleted)"
    if recompute_hash(entry) != entry.entry_hash:
        return f"entry {entry.id}: hash does not match its content"
    if entry.prev_hash != prev_hash:
        if prev_id == 0:
            return f"entry {entry.id}: previous hash is not the genesis hash"
        return f"entry {entry.id}: previous hash does not match entry {prev_id}"
    return None
