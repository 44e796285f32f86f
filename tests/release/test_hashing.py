"""Canonical JSON and entry hashes: the format every backend must reproduce exactly."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

import pytest

from redact.release import GENESIS_HASH, DocumentRecord, ReleaseDraft
from redact.release.hashing import (
    HASHED_FIELDS,
    canonical_json,
    compute_hash,
    document_payload,
    entry_payload,
    recompute_hash,
    seal,
)
from tests.release.factories import make_document, make_draft, sha

TIME = "2024-05-01T12:00:00.000000+00:00"
FINGERPRINT = "wnw1:AAAAAAAAAAEAAAAAAAAAAg=="


def test_canonical_json_spelling() -> None:
    value = {"b": [1, True, None], "a": "Zoë", "c": {"y": 2, "x": 1}}
    assert canonical_json(value) == '{"a":"Zoë","b":[1,true,null],"c":{"x":1,"y":2}}'


def test_golden_payload_pins_the_format() -> None:
    # If this changes, every existing log stops verifying: change it only with a new
    # schema version and a migration, never in passing.
    draft = ReleaseDraft(
        actor="cw-ü",
        purpose="client-request",
        policy_name="client-request",
        policy_sha256="a" * 64,
        recipient=None,
        authority=None,
        subject_ref="CL-1",
        documents=(
            DocumentRecord(
                doc_id="d1",
                source="stdin",
                input_sha256="b" * 64,
                output_sha256="c" * 64,
                counts={"PERSON": 2},
            ),
        ),
        counts={"PERSON": 2},
        warnings=(),
        tool_version="0.1.0",
        model_name="en_core_web_sm",
        model_version="3.8.0",
        key_id=None,
        extra={"accepted_risk": True},
    )
    a, b, c, zero = "a" * 64, "b" * 64, "c" * 64, "0" * 64
    expected = (
        '{"actor":"cw-ü","authority":null,"counts":{"PERSON":2},"documents":[{"counts":'
        f'{{"PERSON":2}},"doc_id":"d1","input_sha256":"{b}","output_sha256":"{c}",'
        '"source":"stdin"}],"extra":{"accepted_risk":true},"id":1,"key_id":null,'
        '"model_name":"en_core_web_sm","model_version":"3.8.0","policy_name":"client-request",'
        f'"policy_sha256":"{a}","prev_hash":"{zero}","purpose":"client-request",'
        f'"recipient":null,"subject_ref":"CL-1","time":"{TIME}","tool_version":"0.1.0",'
        '"warnings":[]}'
    )
    payload = entry_payload(draft, entry_id=1, time=TIME, prev_hash=GENESIS_HASH)
    assert canonical_json(payload) == expected
    assert compute_hash(draft, entry_id=1, time=TIME, prev_hash=GENESIS_HASH) == (
        hashlib.sha256(expected.encode("utf-8")).hexdigest()
    )


def test_payload_covers_every_entry_field_but_the_hash() -> None:
    # Every optional field set (an approval entry has `stage` and `staged_id`).
    doc = make_document(1, fingerprint=FINGERPRINT, subjects={"CL-1": 2})
    draft = make_draft(documents=(doc,), stage="approved", staged_id=1)
    payload = entry_payload(draft, entry_id=2, time=TIME, prev_hash=GENESIS_HASH)
    assert set(payload) == HASHED_FIELDS
    assert set(payload["documents"][0]) == {f.name for f in dataclasses.fields(DocumentRecord)}


def test_an_ordinary_release_hashes_without_the_staging_fields() -> None:
    # Entries written before schema version 3 had no stage: they must hash as before.
    payload = entry_payload(make_draft(), entry_id=1, time=TIME, prev_hash=GENESIS_HASH)
    assert "stage" not in payload and "staged_id" not in payload
    staged = entry_payload(
        make_draft(stage="staged"), entry_id=1, time=TIME, prev_hash=GENESIS_HASH
    )
    assert staged["stage"] == "staged" and "staged_id" not in staged


def test_optional_document_fields_stay_out_of_the_payload_when_unset() -> None:
    # Entries written before schema version 2 had neither field: they must hash as before.
    payload = entry_payload(make_draft(), entry_id=1, time=TIME, prev_hash=GENESIS_HASH)
    assert set(payload["documents"][0]) == {
        "doc_id",
        "source",
        "input_sha256",
        "output_sha256",
        "counts",
    }


def test_golden_document_payload_with_fingerprint_and_subjects() -> None:
    doc = DocumentRecord(
        doc_id="d1",
        source="notes.csv",
        input_sha256="b" * 64,
        output_sha256="c" * 64,
        counts={"PERSON": 2},
        fingerprint="wnw1:AAAAAAAAAAE=",
        subjects={"CL-2": 1, "CL-1": 3},
    )
    b, c = "b" * 64, "c" * 64
    assert canonical_json(document_payload(doc)) == (
        '{"counts":{"PERSON":2},"doc_id":"d1","fingerprint":"wnw1:AAAAAAAAAAE=",'
        f'"input_sha256":"{b}","output_sha256":"{c}","source":"notes.csv",'
        '"subjects":{"CL-1":3,"CL-2":1}}'
    )


@pytest.mark.parametrize(
    "change",
    [
        {"actor": "caseworker-18"},
        {"purpose": "research-safe-harbor"},
        {"policy_name": "consultation"},
        {"policy_sha256": sha("policy-v2")},
        {"recipient": None},
        {"authority": "consent form 88"},
        {"subject_ref": "CL-999999"},
        {"documents": (make_document(1),)},
        {"documents": (make_document(1001), make_document(1))},  # reordered
        {"documents": (make_document(1), make_document(1000, output_sha256=sha("x")))},
        {"documents": (make_document(1), make_document(1000, fingerprint=FINGERPRINT))},
        {"documents": (make_document(1), make_document(1000, subjects={"CL-9": 1}))},
        {"counts": {"PERSON": 7, "CASE_NUMBER": 2}},
        {"warnings": ()},
        {"tool_version": "0.1.1"},
        {"model_name": "en_core_web_lg"},
        {"model_version": "3.8.1"},
        {"key_id": None},
        {"extra": {"accepted_risk": True, "batch": 1}},
        {"extra": {"accepted_risk": 0, "batch": 1}},  # False and 0 differ
    ],
)
def test_any_field_change_changes_the_hash(change: dict[str, Any]) -> None:
    base = make_draft(1)
    changed = dataclasses.replace(base, **change)
    assert compute_hash(base, entry_id=1, time=TIME, prev_hash=GENESIS_HASH) != compute_hash(
        changed, entry_id=1, time=TIME, prev_hash=GENESIS_HASH
    )


@pytest.mark.parametrize(
    ("entry_id", "time", "prev_hash"),
    [
        (2, TIME, GENESIS_HASH),
        (1, "2024-05-01T12:00:00.000001+00:00", GENESIS_HASH),
        (1, TIME, sha("previous")),
    ],
)
def test_id_time_and_prev_hash_are_covered(entry_id: int, time: str, prev_hash: str) -> None:
    draft = make_draft()
    base = compute_hash(draft, entry_id=1, time=TIME, prev_hash=GENESIS_HASH)
    assert compute_hash(draft, entry_id=entry_id, time=time, prev_hash=prev_hash) != base


def test_seal_keeps_the_draft_and_recompute_agrees() -> None:
    draft = make_draft()
    entry = seal(draft, entry_id=4, time=TIME, prev_hash=sha("three"))
    assert (entry.id, entry.time, entry.prev_hash) == (4, TIME, sha("three"))
    assert all(getattr(entry, f.name) == getattr(draft, f.name) for f in dataclasses.fields(draft))
    assert recompute_hash(entry) == entry.entry_hash
