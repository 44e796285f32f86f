"""LowerCaseDateRecognizer: month-name dates in transcriptions and messages, not words."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.lower_case_date import LowerCaseDateRecognizer


def _spans(text: str) -> list[str]:
    recognizer = LowerCaseDateRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oct 14 2024 6:05 pm from 216-555-0188", "oct 14 2024"),
        ("voicemail left nov 3, 2025 about the rent", "nov 3, 2025"),
        ("she moved out sept 9", "sept 9"),
        ("court date is december 2nd", "december 2nd"),
        ("seen may 5 2025 at the clinic", "may 5 2025"),
        ("letter dated 21 feb 2024 from the landlord", "21 feb 2024"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "we may 5 of them come along",
        "the march 3 times around the block",
        "the Aug 11 visit",  # capitalised: the case-note date recognizer's
        "give him 3 oct doses",
        "jun",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
