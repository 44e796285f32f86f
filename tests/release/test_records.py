"""Release records: checked on construction, frozen, picklable, and without a text field."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from redact.errors import ReleaseLogError
from redact.release import DocumentRecord, ReleaseDraft, ReleaseEntry
from redact.release.hashing import seal
from tests.release.factories import make_document, make_draft, sha

CANARY = "Mateo Alvarez-Quintana 555-01-9876"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"actor": ""}, "actor"),
        ({"purpose": None}, "purpose"),
        ({"policy_name": 7}, "policy_name"),
        ({"tool_version": ""}, "tool_version"),
        ({"model_name": ""}, "model_name"),
        ({"policy_sha256": "abc"}, "policy_sha256"),
        ({"policy_sha256": sha("x").upper()}, "policy_sha256"),
        ({"recipient": ""}, "recipient"),
        ({"subject_ref": 42}, "subject_ref"),
        ({"key_id": ""}, "key_id"),
        ({"counts": {"PERSON": -1}}, "counts"),
        ({"counts": {"PERSON": True}}, "counts"),
        ({"counts": {"PERSON": 1.0}}, "counts"),
        ({"counts": {"": 1}}, "counts key"),
        ({"counts": [("PERSON", 1)]}, "counts"),
        ({"warnings": "one warning"}, "warnings"),
        ({"warnings": (1,)}, "warnings"),
        ({"documents": ({"doc_id": "a"},)}, "documents"),
        ({"documents": None}, "documents"),
        ({"extra": {"score": 0.5}}, "extra"),
        ({"extra": {"nested": {"a": 1}}}, "extra"),
        ({"actor": "bad\ud800surrogate"}, "actor"),
        ({"stage": "pending"}, "stage"),
        ({"stage": "approved"}, "staged_id"),
        ({"stage": "approved", "staged_id": 0}, "staged_id"),
        ({"stage": "staged", "staged_id": 3}, "staged_id"),
        ({"staged_id": 3}, "staged_id"),
    ],
)
def test_draft_refuses_bad_field_and_names_it(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ReleaseLogError, match=f"field '{field}'"):
        make_draft(**overrides)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"doc_id": ""}, "doc_id"),
        ({"source": None}, "source"),
        ({"input_sha256": "0" * 63}, "input_sha256"),
        ({"output_sha256": "g" * 64}, "output_sha256"),
        ({"counts": {"PERSON": -2}}, "counts"),
    ],
)
def test_document_refuses_bad_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ReleaseLogError, match=f"field '{field}'"):
        make_document(**overrides)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"id": 0}, "id"),
        ({"id": True}, "id"),
        ({"time": "yesterday"}, "time"),
        ({"time": "2024-05-01T12:00:00"}, "time"),
        ({"time": "2024-05-01T12:00:00+02:00"}, "time"),
        ({"prev_hash": "0"}, "prev_hash"),
        ({"entry_hash": ""}, "entry_hash"),
    ],
)
def test_entry_refuses_bad_field(overrides: dict[str, Any], field: str) -> None:
    entry = seal(make_draft(), entry_id=1, time="2024-05-01T12:00:00+00:00", prev_hash="0" * 64)
    with pytest.raises(ReleaseLogError, match=f"field '{field}'"):
        dataclasses.replace(entry, **overrides)


def test_optional_fields_accept_none() -> None:
    draft = make_draft(recipient=None, authority=None, subject_ref=None, key_id=None, extra={})
    assert draft.recipient is None and draft.key_id is None


def test_sequences_and_mappings_are_frozen_copies() -> None:
    counts = {"PERSON": 1}
    docs = [make_document(1)]
    draft = make_draft(counts=counts, documents=docs, warnings=["w"])
    counts["PERSON"] = 99
    docs.append(make_document(2))
    assert draft.counts == {"PERSON": 1}
    assert draft.documents == (make_document(1),)
    assert draft.warnings == ("w",)
    with pytest.raises(TypeError):
        draft.counts["PERSON"] = 5  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft.actor = "someone-else"  # type: ignore[misc]


def test_records_hash_and_pickle() -> None:
    entry = seal(make_draft(), entry_id=1, time="2024-05-01T12:00:00+00:00", prev_hash="0" * 64)
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert hash(entry) == hash(dataclasses.replace(entry))
    assert entry != make_draft()  # an entry is not equal to the draft it came from


@pytest.mark.parametrize("record_type", [DocumentRecord, ReleaseDraft, ReleaseEntry])
def test_no_record_has_a_field_for_text(record_type: type) -> None:
    names = {f.name for f in dataclasses.fields(record_type)}
    textual = {"text", "content", "body", "original", "snippet", "excerpt", "value"}
    assert not {n for n in names if any(word in n.split("_") for word in textual)}


@pytest.mark.parametrize(
    "overrides",
    [
        {"policy_sha256": CANARY},
        {"documents": (make_document(1), CANARY)},
        {"counts": {"PERSON": CANARY}},
        {"extra": {"note": [CANARY]}},
    ],
)
def test_errors_do_not_echo_a_misplaced_value(overrides: dict[str, Any]) -> None:
    # A caller that passes document text where a hash or count belongs gets an error that
    # names the field, and the text does not travel on in the message.
    with pytest.raises(ReleaseLogError) as caught:
        make_draft(**overrides)
    assert CANARY not in str(caught.value)
    assert "Mateo" not in repr(caught.value)


def test_document_hash_field_refuses_text_without_echoing_it() -> None:
    with pytest.raises(ReleaseLogError) as caught:
        make_document(input_sha256=CANARY)
    assert CANARY not in str(caught.value)
    assert f"got {len(CANARY)}" in str(caught.value)
