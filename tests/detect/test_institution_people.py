"""An NER name that begins inside a named institution yields to the institution: pure
cases on findings, and capitals charts through the whole Redactor."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.institution_people import yield_to_institutions
from redact.findings import Finding


def _at(text: str, words: str, kind: str, source: str) -> Finding:
    start = text.index(words)
    return Finding(start, start + len(words), kind, 0.8, source=source)


@pytest.mark.parametrize(
    ("text", "person", "institution", "expected"),
    [
        # the unit's name runs on from the facility: the facility takes it
        ("ADMIT TO ORCHARD HOSPICE RESIDENCE RM 4", "ORCHARD HOSPICE RESIDENCE",
         "ORCHARD HOSPICE", "ORCHARD HOSPICE RESIDENCE"),
        # a header's team after a dash is the line's, not the facility's nor a name
        ("BRIARWOOD HOSPICE - PCT NOTES", "BRIARWOOD HOSPICE - PCT", "BRIARWOOD HOSPICE",
         "BRIARWOOD HOSPICE"),
    ],
)  # fmt: skip
def test_a_person_starting_inside_an_institution_is_the_institution(
    text: str, person: str, institution: str, expected: str
) -> None:
    findings = [
        _at(text, person, "PERSON", "SpacyRecognizer"),
        _at(text, institution, "HEALTHCARE_FACILITY", "InstitutionRecognizer"),
    ]
    out = yield_to_institutions(text, findings)
    assert [(f.entity_type, text[f.start : f.end]) for f in out] == [
        ("HEALTHCARE_FACILITY", expected)
    ]


def test_a_person_beside_an_institution_stays() -> None:
    text = "Dr. Ines Halvorsen of Maplecrest Hospital called."
    findings = [
        _at(text, "Ines Halvorsen", "PERSON", "SpacyRecognizer"),
        _at(text, "Maplecrest Hospital", "HEALTHCARE_FACILITY", "InstitutionRecognizer"),
    ]
    assert yield_to_institutions(text, findings) == findings


def test_a_capitals_chart_keeps_its_team_words_under_the_court() -> None:
    chart = (
        "BRIARWOOD HOSPICE - PCT / NURSING NOTES\n"
        "3/2 PCT MET. SPOUSE OSWIN TREMBLAY AT BEDSIDE. TO BRIARWOOD HOSPICE HOUSE RM 2.\n"
        "3/4 PCT: TREMBLAY UPDATED BY PHONE.\n"
    )
    out = Redactor("court-subpoena").redact(chart, ["Henrike Tremblay"]).text
    assert "PCT MET" in out and "PCT:" in out
    assert "OSWIN" not in out
