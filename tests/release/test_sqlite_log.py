"""ReleaseLog on real SQLite files: round trip, chain, tampering, triggers, heads."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from redact.errors import LogIntegrityError, ReleaseLogError
from redact.release import GENESIS_HASH, ReleaseEntry, ReleaseLog
from redact.release.chain import HEAD_NOT_FOUND
from redact.release.hashing import draft_fields, recompute_hash
from tests.release.factories import make_draft, sha, tamper

Fill = Callable[[int], ReleaseLog]


def test_append_and_read_back(log: ReleaseLog, log_path: Path) -> None:
    draft = make_draft(1, actor="caseworker-ü", extra={"accepted_risk": True, "n": 0, "x": None})
    entry = log.append(draft)
    assert (entry.id, entry.prev_hash) == (1, GENESIS_HASH)
    assert draft_fields(entry) == draft_fields(draft)
    assert recompute_hash(entry) == entry.entry_hash
    assert log.entries() == [entry]
    assert log.get(1) == entry
    assert log.head() == entry.entry_hash
    with ReleaseLog.open(log_path) as reopened:
        assert reopened.get(1) == entry
        assert reopened.get(1).extra == {"accepted_risk": True, "n": 0, "x": None}


def test_entries_chain_to_each_other(filled: Fill) -> None:
    log = filled(3)
    first, second, third = log.entries()
    assert (second.prev_hash, third.prev_hash) == (first.entry_hash, second.entry_hash)


def test_fifty_entries_verify(filled: Fill) -> None:
    report = filled(50).verify()
    assert (report.ok, report.entries, report.first_bad_id, report.reason) == (True, 50, None, None)


def test_empty_log(log: ReleaseLog) -> None:
    assert log.head() is None
    assert log.entries() == []
    assert log.verify().ok


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        ({}, list(range(1, 11))),
        ({"limit": 3}, [1, 2, 3]),
        ({"since_id": 7}, [8, 9, 10]),
        ({"since_id": 2, "limit": 2}, [3, 4]),
        ({"limit": 0}, []),
        ({"since_id": 10}, []),
    ],
)
def test_entries_paging(filled: Fill, kwargs: dict[str, int], ids: list[int]) -> None:
    assert [e.id for e in filled(10).entries(**kwargs)] == ids


@pytest.mark.parametrize("kwargs", [{"limit": -1}, {"since_id": -1}])
def test_entries_refuses_negative_bounds(log: ReleaseLog, kwargs: dict[str, int]) -> None:
    with pytest.raises(ReleaseLogError):
        log.entries(**kwargs)


@pytest.mark.parametrize("entry_id", [0, 4, 99])
def test_get_missing_entry(filled: Fill, entry_id: int) -> None:
    log = filled(3)
    with pytest.raises(ReleaseLogError, match=str(entry_id)):
        log.get(entry_id)


def test_append_refuses_an_entry(log: ReleaseLog) -> None:
    entry = log.append(make_draft())
    with pytest.raises(ReleaseLogError):
        log.append(entry)


def test_closed_log_refuses_work(log_path: Path) -> None:
    with ReleaseLog.open(log_path) as log:
        log.append(make_draft())
    with pytest.raises(ReleaseLogError, match="closed"):
        log.entries()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE releases SET actor = 'x' WHERE id = 1",
        "DELETE FROM releases WHERE id = 1",
        "UPDATE release_documents SET doc_id = 'x' WHERE release_id = 1",
        "DELETE FROM release_documents WHERE release_id = 1",
    ],
)
def test_triggers_block_update_and_delete(filled: Fill, statement: str) -> None:
    log = filled(2)
    conn = sqlite3.connect(log.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    finally:
        conn.close()
    assert log.verify().ok and log.entries()[0] == log.get(1)


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("UPDATE releases SET actor = 'caseworker-99' WHERE id = 3", "hash does not match"),
        ("UPDATE releases SET recipient = NULL WHERE id = 3", "hash does not match"),
        (
            "UPDATE releases SET time = '2020-01-01T00:00:00+00:00' WHERE id = 3",
            "hash does not match",
        ),
        ("UPDATE releases SET counts_json = '{\"PERSON\":0}' WHERE id = 3", "hash does not match"),
        ("UPDATE releases SET extra_json = '{}' WHERE id = 3", "hash does not match"),
        (f"UPDATE releases SET prev_hash = '{sha('x')}' WHERE id = 3", "hash does not match"),
        (f"UPDATE releases SET entry_hash = '{sha('x')}' WHERE id = 3", "hash does not match"),
        ("UPDATE releases SET counts_json = 'not json' WHERE id = 3", "row cannot be read"),
        ("UPDATE releases SET policy_sha256 = 'short' WHERE id = 3", "row cannot be read"),
        ("UPDATE releases SET actor = '' WHERE id = 3", "row cannot be read"),
    ],
)
def test_edited_release_row_is_named(filled: Fill, statement: str, reason: str) -> None:
    log = filled(6)
    tamper(log.path, statement)
    report = log.verify()
    assert (report.ok, report.first_bad_id, report.entries) == (False, 3, 6)
    assert report.reason is not None and report.reason.startswith("entry 3: ")
    assert reason in report.reason


@pytest.mark.parametrize(
    "statement",
    [
        f"UPDATE release_documents SET output_sha256 = '{sha('x')}' "
        "WHERE release_id = 4 AND position = 1",
        "UPDATE release_documents SET doc_id = 'other' WHERE release_id = 4 AND position = 0",
        "DELETE FROM release_documents WHERE release_id = 4 AND position = 1",
        "INSERT INTO release_documents SELECT 4, 2, doc_id, source, input_sha256, "
        "output_sha256, counts_json, fingerprint, subjects_json FROM release_documents "
        "WHERE release_id = 1 AND position = 0",
        "UPDATE release_documents SET release_id = 4, position = position + 2 "
        "WHERE release_id = 5",  # another release's documents moved over
    ],
)
def test_edited_document_rows_are_named(filled: Fill, statement: str) -> None:
    log = filled(6)
    tamper(log.path, statement)
    report = log.verify()
    assert (report.ok, report.first_bad_id) == (False, 4)
    assert report.reason == "entry 4: hash does not match its content"


def test_deleted_middle_row_is_named(filled: Fill) -> None:
    log = filled(10)
    tamper(
        log.path,
        "DELETE FROM release_documents WHERE release_id = 5",
        "DELETE FROM releases WHERE id = 5",
    )
    report = log.verify()
    assert (report.ok, report.first_bad_id, report.entries) == (False, 6, 9)
    assert report.reason == "ids not contiguous after entry 4 (a row was deleted)"


def test_swapped_rows_are_named(filled: Fill) -> None:
    log = filled(6)
    swap = [
        f"UPDATE {table} SET {col} = {new} WHERE {col} = {old}"
        for table, col in (("releases", "id"), ("release_documents", "release_id"))
        for old, new in ((3, -3), (4, 3), (-3, 4))
    ]
    tamper(log.path, *swap)
    assert [e.id for e in log.entries()] == [1, 2, 3, 4, 5, 6]
    report = log.verify()
    assert (report.ok, report.first_bad_id) == (False, 3)
    assert report.reason == "entry 3: hash does not match its content"


def test_rewritten_row_with_fixed_hash_breaks_the_next_link(filled: Fill) -> None:
    log = filled(6)
    forged = dataclasses.replace(log.get(3), purpose="social-media")
    fixed_hash = recompute_hash(forged)
    tamper(
        log.path,
        (
            "UPDATE releases SET purpose = ?, entry_hash = ? WHERE id = 3",
            ("social-media", fixed_hash),
        ),
    )
    report = log.verify()
    assert report.first_bad_id == 4
    assert report.reason == "entry 4: previous hash does not match entry 3"


def test_reading_a_corrupt_row_raises_integrity_error(filled: Fill) -> None:
    log = filled(3)
    tamper(log.path, "UPDATE releases SET counts_json = '[' WHERE id = 2")
    with pytest.raises(LogIntegrityError, match=r"entry 2 .*counts_json"):
        log.get(2)
    with pytest.raises(LogIntegrityError):
        log.entries()
    assert log.get(1).id == 1


def test_head_detects_a_deleted_tail(filled: Fill) -> None:
    log = filled(8)
    checkpoint = log.head()
    assert checkpoint is not None
    tamper(
        log.path,
        "DELETE FROM release_documents WHERE release_id > 6",
        "DELETE FROM releases WHERE id > 6",
    )
    assert log.verify().ok  # without the checkpoint the shorter chain looks fine
    report = log.verify(head=checkpoint)
    assert (report.ok, report.entries, report.first_bad_id) == (False, 6, None)
    assert report.reason == HEAD_NOT_FOUND


def test_head_checkpoint_counts_later_entries(filled: Fill) -> None:
    log = filled(4)
    checkpoint = log.head()
    assert checkpoint is not None
    for i in range(5, 8):
        log.append(make_draft(i))
    report = log.verify(head=checkpoint)
    assert (report.ok, report.entries, report.entries_after_head) == (True, 7, 3)
    assert log.verify(head=log.head()).entries_after_head == 0


def test_verify_refuses_a_malformed_head(log: ReleaseLog) -> None:
    with pytest.raises(ReleaseLogError, match="head"):
        log.verify(head="not-a-hash")


def test_a_second_handle_sees_appends(log: ReleaseLog, log_path: Path) -> None:
    with ReleaseLog.open(log_path) as other:
        first = log.append(make_draft(1))
        second = other.append(make_draft(2))
    assert second.prev_hash == first.entry_hash
    assert [e.id for e in log.entries()] == [1, 2]
    assert isinstance(second, ReleaseEntry) and log.verify().ok


def test_failed_append_leaves_no_partial_entry(log: ReleaseLog) -> None:
    log.append(make_draft(1))
    tamper(
        log.path,
        "CREATE TRIGGER block_docs BEFORE INSERT ON release_documents "
        "BEGIN SELECT RAISE(ABORT, 'blocked'); END",
    )
    with pytest.raises(ReleaseLogError, match="cannot append"):
        log.append(make_draft(2))
    assert [e.id for e in log.entries()] == [1]


def test_integrity_reports_do_not_echo_stored_values(filled: Fill) -> None:
    canary = "Mateo Alvarez-Quintana"
    log = filled(3)
    tamper(
        log.path,
        ("UPDATE releases SET counts_json = ? WHERE id = 2", (f'{{"PERSON": "{canary}"}}',)),
        ("UPDATE releases SET policy_sha256 = ? WHERE id = 3", (canary,)),
    )
    report = log.verify()
    assert report.first_bad_id == 2 and report.reason is not None
    assert canary not in report.reason
    with pytest.raises(LogIntegrityError) as caught:
        log.get(3)
    assert canary not in str(caught.value)
