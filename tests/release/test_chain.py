"""verify_chain over in-memory entries: the checks any storage backend reuses."""

from __future__ import annotations

import dataclasses

import pytest

from redact.release import GENESIS_HASH, ReleaseEntry, UnreadableEntry, verify_chain
from redact.release.chain import HEAD_NOT_FOUND
from redact.release.hashing import recompute_hash, seal
from tests.release.factories import make_draft

TIME = "2024-05-01T12:00:00+00:00"


def build_chain(n: int) -> list[ReleaseEntry]:
    chain: list[ReleaseEntry] = []
    prev = GENESIS_HASH
    for i in range(1, n + 1):
        chain.append(seal(make_draft(i), entry_id=i, time=TIME, prev_hash=prev))
        prev = chain[-1].entry_hash
    return chain


def rehash(entry: ReleaseEntry) -> ReleaseEntry:
    """What an attacker who knows the format does after editing: fix the entry's own hash."""
    return dataclasses.replace(entry, entry_hash=recompute_hash(entry))


def test_empty_chain_verifies() -> None:
    report = verify_chain([])
    assert (report.ok, report.entries, report.first_bad_id, report.reason) == (True, 0, None, None)


def test_good_chain_verifies() -> None:
    report = verify_chain(build_chain(5))
    assert report.ok and report.entries == 5 and report.entries_after_head is None


def test_edited_entry_is_named() -> None:
    chain = build_chain(5)
    chain[2] = dataclasses.replace(chain[2], actor="someone-else")
    report = verify_chain(chain)
    assert (report.ok, report.first_bad_id, report.entries) == (False, 3, 5)
    assert report.reason == "entry 3: hash does not match its content"


def test_edited_and_rehashed_entry_breaks_the_next_link() -> None:
    chain = build_chain(5)
    chain[2] = rehash(dataclasses.replace(chain[2], actor="someone-else"))
    report = verify_chain(chain)
    assert report.first_bad_id == 4
    assert report.reason == "entry 4: previous hash does not match entry 3"


def test_first_entry_must_chain_to_genesis() -> None:
    chain = build_chain(2)
    chain[0] = rehash(dataclasses.replace(chain[0], prev_hash="f" * 64))
    report = verify_chain(chain)
    assert report.first_bad_id == 1
    assert report.reason == "entry 1: previous hash is not the genesis hash"


@pytest.mark.parametrize(
    ("removed", "first_bad_id", "reason"),
    [
        (0, 2, "ids do not start at 1: first entry is 2 (a row was deleted)"),
        (2, 4, "ids not contiguous after entry 2 (a row was deleted)"),
    ],
)
def test_missing_entry_is_named(removed: int, first_bad_id: int, reason: str) -> None:
    chain = build_chain(5)
    del chain[removed]
    report = verify_chain(chain)
    assert (report.ok, report.first_bad_id, report.reason) == (False, first_bad_id, reason)


def test_unreadable_entry_is_named() -> None:
    chain: list[ReleaseEntry | UnreadableEntry] = list(build_chain(3))
    chain[1] = UnreadableEntry(id=2, problem="column 'counts_json' is not valid JSON")
    report = verify_chain(chain)
    assert report.first_bad_id == 2
    assert report.reason == "entry 2: row cannot be read (column 'counts_json' is not valid JSON)"


@pytest.mark.parametrize(("head_index", "after"), [(4, 0), (2, 2), (0, 4)])
def test_head_found_reports_entries_after_it(head_index: int, after: int) -> None:
    chain = build_chain(5)
    report = verify_chain(chain, head=chain[head_index].entry_hash)
    assert report.ok and report.entries_after_head == after


def test_cut_tail_is_found_only_with_a_head() -> None:
    chain = build_chain(5)
    head = chain[-1].entry_hash
    cut = chain[:3]
    assert verify_chain(cut).ok  # a shorter chain is a valid chain
    report = verify_chain(cut, head=head)
    assert (report.ok, report.first_bad_id, report.reason) == (False, None, HEAD_NOT_FOUND)


def test_rewritten_chain_is_found_only_with_a_head() -> None:
    chain = build_chain(5)
    head = chain[-1].entry_hash
    prev = chain[1].entry_hash
    for i in range(2, 5):  # rewrite entry 3 and re-chain everything after it
        edited = dataclasses.replace(chain[i], prev_hash=prev)
        if i == 2:
            edited = dataclasses.replace(edited, purpose="social-media")
        chain[i] = rehash(edited)
        prev = chain[i].entry_hash
    assert verify_chain(chain).ok
    assert verify_chain(chain, head=head).reason == HEAD_NOT_FOUND
