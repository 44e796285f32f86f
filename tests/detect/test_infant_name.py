"""A newborn's hospital name: must and must-not tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.recognizers.infant_name import InfantNameRecognizer

RECOGNIZER = InfantNameRecognizer()


def _found(text: str) -> list[str]:
    results = RECOGNIZER.analyze(text, entities=RECOGNIZER.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infants: Baby Girl Obiora (Twin A)", ["Baby Girl Obiora"]),
        ("INFANTS: OBIORA, BABY GIRL A MRN# 1", ["OBIORA, BABY GIRL A"]),
        ("infant Baby Boy Kahle 33+1 wks", ["Baby Boy Kahle"]),
        ("BG Okafor B to NICU", ["BG Okafor B"]),
        ("Okafor, Baby Boy Twin B", ["Okafor, Baby Boy Twin B"]),
        ("Baby Girl Nguyen-Tran #2", ["Baby Girl Nguyen-Tran #2"]),
    ],
)
def test_must_catch(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'No rush, "Baby Girl" and "Baby Boy" are fine for now.',
        "baby girl is feeding well",
        "Baby Girl and Baby Boy both passed the car seat challenge.",
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []


def test_a_court_copy_keeps_the_mother_and_removes_her_babies_name(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Mother: Jane Roe. Infant: ROE, BABY GIRL A, and Baby Boy Roe."
    out = redactor_for("court-subpoena").redact(text, subject=["Jane Roe"]).text
    assert "Jane Roe" in out
    assert "BABY GIRL" not in out and "Baby Boy Roe" not in out


def test_the_mothers_surname_in_an_inverted_infant_name_goes_with_the_child(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """The subject's surname inside "NWOSU, BABY GIRL A" is the child's registered name:
    it is not split off as the mother's mention."""
    text = (
        "MOTHER: NWOSU, ADAEZE  MRN 20488\n"
        "INFANTS: NWOSU, BABY GIRL A MRN# 511 / NWOSU, BABY BOY B MRN# 512\n"
        "Adaeze Nwosu visited both infants today."
    )
    out = redactor_for("court-subpoena").redact(text, subject=["Adaeze Nwosu"]).text
    assert "Adaeze Nwosu visited" in out
    infants = out.splitlines()[1]
    assert "NWOSU" not in infants and "BABY" not in infants
