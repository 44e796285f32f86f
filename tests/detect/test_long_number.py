"""Bare runs of 11-19 digits: must and must-not tables."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.long_number import LongNumberRecognizer

RECOGNIZER = LongNumberRecognizer()


def _found(text: str) -> list[str]:
    results = RECOGNIZER.analyze(text, entities=RECOGNIZER.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the infants' IDs are 110531908844 and 110531908851.", ["110531908844", "110531908851"]),
        ("acct 00012345678901 closed", ["00012345678901"]),
    ],
)
def test_must_catch(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "call 3304187762 today",  # ten digits: a phone's
        "ref PV-20511402123",  # part of a dashed code
        "weight 1,290 g; 2025-09-14",
        "value 0.12345678901234",
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []
