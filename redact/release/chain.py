"""Verify a hash chain of release entries: a pure function over entries in id order.

Any backend streams its rows here, as `ReleaseEntry` objects or, for a row that cannot be
turned into one (tampered JSON, a malformed hash), as an `UnreadableEntry`. The checks, in
order, for each entry: it can be read; ids run 1, 2, 3... without a gap; its hash matches
its content; its previous hash is the hash of the entry before it (64 zeros for the first).

What that proves depends on what else is given:
- alone, that no entry was edited, removed or reordered *unless the whole chain after it was
  recomputed*; a tail cut off the log, or an emptied log, leaves a valid shorter chain;
- with `head` (a checkpoint hash kept elsewhere), also that nothing logged up to it was cut
  off or rewritten;
- for staging and sign-off, that every approval or rejection decides a staged entry before
  it, once, and names that entry's hash;
- with the agency key (`agency_key`), that every entry from the first keyed one on carries
  an HMAC only the key can make, and that the log's end matches the keyed seal kept with
  it: a recomputed chain, a cut tail and an emptied log all fail. Restoring an older copy
  of the whole log (entries and seal together) still needs a checkpoint to be seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from redact.release.agency_key import AgencyKey, end_seal
from redact.release.hashing import recompute_hash
from redact.release.records import (
    GENESIS_HASH,
    SIGN_OFFS,
    STAGED,
    STAGED_HASH,
    ReleaseEntry,
    VerifyReport,
)

HEAD_NOT_FOUND = "head not found: the log was cut or rewritten"


@dataclass(frozen=True)
class UnreadableEntry:
    """A stored row that is not a valid entry; `problem` names the field, not its value."""

    id: int
    problem: str


@dataclass(frozen=True)
class KeyRecord:
    """What the log itself says of its key: the key's id and the seal of its end, if keyed."""

    key_id: str | None = None
    end_seal: str | None = None


def verify_chain(
    entries: Iterable[ReleaseEntry | UnreadableEntry],
    head: str | None = None,
    key: AgencyKey | None = None,
    record: KeyRecord = KeyRecord(),
) -> VerifyReport:
    """Check every entry and link; name the first failure. `entries` counts all rows read."""
    count = 0
    prev_id = 0
    prev_hash = GENESIS_HASH
    head_position: int | None = None
    failure: tuple[int | None, str] | None = _key_problem(key, record)
    keyed_seen = False
    staged: dict[int, str | None] = {}  # staged entry id -> its hash, None once approved
    for entry in entries:
        count += 1
        if failure is not None:
            continue  # keep counting, so the report says how long the log is
        problem, keyed = _problem(entry, prev_id, prev_hash, key, keyed_seen)
        keyed_seen = keyed_seen or keyed
        if problem is None and isinstance(entry, ReleaseEntry):
            problem = _link_problem(entry, staged)
        if problem is not None:
            failure = (entry.id, problem)
        elif isinstance(entry, ReleaseEntry):
            if entry.entry_hash == head:
                head_position = count
            prev_id, prev_hash = entry.id, entry.entry_hash
    if failure is None and key is not None:
        failure = _end_problem(key, record, count, prev_hash, keyed_seen)
    if failure is not None:
        return VerifyReport(ok=False, entries=count, first_bad_id=failure[0], reason=failure[1])
    if head is not None and head_position is None:
        return VerifyReport(ok=False, entries=count, first_bad_id=None, reason=HEAD_NOT_FOUND)
    after = None if head_position is None else count - head_position
    return VerifyReport(
        ok=True,
        entries=count,
        first_bad_id=None,
        reason=None,
        entries_after_head=after,
        keyed=key is not None,
    )


def _key_problem(key: AgencyKey | None, record: KeyRecord) -> tuple[None, str] | None:
    """A keyed log needs its key to be checked at all; a key must be the log's own."""
    if record.key_id is not None and key is None:
        return None, (
            f"the log is keyed (agency key id {record.key_id}): verify it with --key FILE "
            "or $REDACT_LOG_KEY"
        )
    if key is not None and record.key_id is not None and key.key_id != record.key_id:
        return None, (
            f"the log is keyed with agency key id {record.key_id}, not with the given key "
            f"(id {key.key_id})"
        )
    return None


def _problem(
    entry: ReleaseEntry | UnreadableEntry,
    prev_id: int,
    prev_hash: str,
    key: AgencyKey | None,
    keyed_seen: bool,
) -> tuple[str | None, bool]:
    """(what is wrong with the entry, whether its hash is keyed), checks in the order above."""
    if isinstance(entry, UnreadableEntry):
        return f"entry {entry.id}: row cannot be read ({entry.problem})", False
    if entry.id != prev_id + 1:
        if prev_id == 0:
            return f"ids do not start at 1: first entry is {entry.id} (a row was deleted)", False
        return f"ids not contiguous after entry {prev_id} (a row was deleted)", False
    problem, keyed = _hash_problem(entry, key, keyed_seen)
    if problem is not None:
        return problem, keyed
    if entry.prev_hash != prev_hash:
        if prev_id == 0:
            return f"entry {entry.id}: previous hash is not the genesis hash", keyed
        return f"entry {entry.id}: previous hash does not match entry {prev_id}", keyed
    return None, keyed


def _link_problem(entry: ReleaseEntry, staged: dict[int, str | None]) -> str | None:
    """An approval or rejection decides a staged entry logged before it, once, naming its hash."""
    if entry.stage == STAGED:
        staged[entry.id] = entry.entry_hash
    if entry.stage not in SIGN_OFFS or entry.staged_id is None:
        return None
    if entry.staged_id not in staged:
        return f"entry {entry.id}: signs off entry {entry.staged_id}, not a staged entry before it"
    approved_hash = staged[entry.staged_id]
    if approved_hash is None:
        return f"entry {entry.id}: signs off staged entry {entry.staged_id} a second time"
    if entry.extra.get(STAGED_HASH) != approved_hash:
        return f"entry {entry.id}: does not name the hash of staged entry {entry.staged_id}"
    staged[entry.staged_id] = None
    return None


def _hash_problem(
    entry: ReleaseEntry, key: AgencyKey | None, keyed_seen: bool
) -> tuple[str | None, bool]:
    """(what is wrong with the entry's own hash, whether it is keyed)."""
    if key is not None and recompute_hash(entry, key) == entry.entry_hash:
        return None, True
    if recompute_hash(entry) == entry.entry_hash:
        if keyed_seen:
            return f"entry {entry.id}: not keyed, after keyed entries (chain recomputed)", False
        return None, False
    return f"entry {entry.id}: hash does not match its content", False


def _end_problem(
    key: AgencyKey, record: KeyRecord, count: int, last_hash: str, keyed_seen: bool
) -> tuple[None, str] | None:
    """Under the key: the log's end must match the seal kept with it."""
    if count == 0:
        if record.end_seal is not None:
            return None, "the log is empty but its keyed seal says releases were logged"
        return None
    if record.key_id is None or not keyed_seen:
        return None, (
            "no entry is keyed, but a key was given: the log was never keyed, or its key "
            "record was removed and the chain recomputed"
        )
    if record.end_seal != end_seal(key, count, last_hash):
        return None, (
            "the log's end does not match its keyed seal: releases were cut off the end, "
            "or the log was rewritten"
        )
    return None
