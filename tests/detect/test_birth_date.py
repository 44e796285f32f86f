"""Dates of birth: must and must-not tables."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.birth_date import BirthDateRecognizer

RECOGNIZER = BirthDateRecognizer()


def _found(text: str) -> list[str]:
    results = RECOGNIZER.analyze(text, entities=RECOGNIZER.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client DOB 04/02/1989, seen today.", "04/02/1989"),
        ("D.O.B.: 4/2/89", "4/2/89"),
        ("date of birth March 3, 1985", "March 3, 1985"),
        ("She was born 3 March 1985 in Ohio.", "3 March 1985"),
        ("born in 1985", "1985"),
        ("DOB: 1989-04-02", "1989-04-02"),
        ("Birthdate - Sept 9th, 2001", "Sept 9th, 2001"),
        ("Date of birth (both): 09/14/2025   TOB: Twin A 0412", "09/14/2025"),
        ("DOB (Twin B): 9/14/25", "9/14/25"),
        # a health office or pharmacy system prints it without separators
        ("OKAFOR, T  GR 9  DOB 071211  ALLERGY: NKDA", "071211"),
        ("DOB: 11302009 per registration", "11302009"),
        ("D.O.B. 20080417", "20080417"),
    ],
)
def test_must_catch(text: str, expected: str) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Visit on 04/02/2026.",
        "The baby was born healthy.",
        "She was born and raised in Ohio.",
        "Court date March 3, 2026.",
        "DOB 134567 is no date",  # no thirteenth month
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []
