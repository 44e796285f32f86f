"""Fingerprints: stable spelling, robust to layout, sampled when large, and made only of
released text: a planted identifier removed by the policy leaves no trace in the log."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from redact.disclose import disclose_note
from redact.errors import ReleaseLogError
from redact.policy.requirements import ReleaseFields
from redact.redactor import Redactor
from redact.release import ReleaseLog
from redact.release.fingerprint import (
    MAX_HASHES,
    SHINGLE,
    Fingerprint,
    Fingerprinter,
    _shingle_hash,
    fingerprint_text,
    similarity,
    words,
)
from tests.release.factories import make_document
from tests.release.notes import HOME_VISIT, SCHOOL_MEETING, UNRELATED

CANARY_NAME = "Zebulon Quackenbush"
CANARY_PHONE = "217-555-0199"
CANARY_NOTE = (
    f"Met {CANARY_NAME} at the clinic on 3/3/2026; his phone is {CANARY_PHONE} and his "
    f"sister Philippa Quackenbush drove him. {CANARY_NAME} said the new medication helps "
    "and he has kept every appointment since January. We planned a follow-up in a month."
)


@pytest.mark.parametrize(
    ("found", "score"),
    [
        (textwrap.fill(HOME_VISIT, 30), 1.0),
        (HOME_VISIT.upper().replace(".", " ."), 1.0),
        (" ".join(HOME_VISIT.split()[40:90]), 0.9),
        (HOME_VISIT + SCHOOL_MEETING, 1.0),  # a leaked bundle holds the whole release
    ],
)
def test_layout_and_excerpts_still_match(found: str, score: float) -> None:
    assert similarity(fingerprint_text(found), fingerprint_text(HOME_VISIT)).score >= score


@pytest.mark.parametrize("other", [SCHOOL_MEETING, UNRELATED])
def test_different_notes_share_almost_nothing(other: str) -> None:
    assert similarity(fingerprint_text(other), fingerprint_text(HOME_VISIT)).score < 0.1


def test_encode_decode_round_trip_and_check() -> None:
    fingerprint = fingerprint_text(HOME_VISIT)
    spelled = fingerprint.encode()
    assert spelled.startswith("wnw1:") and Fingerprint.decode(spelled) == fingerprint
    assert make_document(1, fingerprint=spelled).fingerprint == spelled
    assert Fingerprint.decode("other:AAAA") is None and Fingerprint.decode("wnw1:AAA") is None
    with pytest.raises(ReleaseLogError, match="field 'fingerprint'"):
        make_document(1, fingerprint=HOME_VISIT)


def test_large_text_keeps_a_bounded_sample_that_still_matches_excerpts() -> None:
    printer = Fingerprinter()
    cells = [
        f"row {i} visit number {i * 7} at site {i % 13} went fine {i * 3}" for i in range(9000)
    ]
    for cell in cells:
        printer.update(cell)
    whole = printer.finish()
    assert whole.sampled and len(whole.hashes) == MAX_HASHES
    assert len(Fingerprint.decode(whole.encode()).hashes) == MAX_HASHES  # type: ignore[union-attr]
    excerpt = fingerprint_text(" ".join(cells[100:2100]))
    assert similarity(excerpt, whole).score >= 0.9


def test_canary_removed_by_the_policy_leaves_no_trace_in_the_log(
    tmp_path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    log_path = tmp_path / "log.sqlite3"
    fields = ReleaseFields("cw", None, None, "CL-1")
    redactor = redactor_for("social-media")
    done = disclose_note(
        CANARY_NOTE, source="visit.txt", redactor=redactor, fields=fields, log_path=log_path
    )
    assert "Quackenbush" not in done.result.text and CANARY_PHONE not in done.result.text
    raw = log_path.read_bytes()
    for secret in ("Quackenbush", "Zebulon", CANARY_PHONE, "Philippa"):
        assert secret.encode() not in raw and secret.lower().encode() not in raw
    with ReleaseLog.open(log_path) as log:
        stored = Fingerprint.decode(log.get(1).documents[0].fingerprint or "")
    assert stored is not None
    tokens = words(CANARY_NOTE)
    canary_words = set(words(f"{CANARY_NAME} {CANARY_PHONE} Philippa"))
    canary_hashes = {
        _shingle_hash(tokens[i : i + SHINGLE])
        for i in range(len(tokens) - SHINGLE + 1)
        if canary_words & set(tokens[i : i + SHINGLE])
    }
    assert canary_hashes and not (canary_hashes & stored.hashes)
    assert stored == fingerprint_text(done.result.text)  # the released text, nothing else
    assert not re.search(r"quackenbush", done.result.text, re.IGNORECASE)
