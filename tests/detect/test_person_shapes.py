"""Names NER reads as something else, found by their shape (synthetic names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.person_shapes import person_shape_findings, relabel_person_shaped
from redact.findings import Finding


def _relabelled(text: str, misread: str, entity_type: str = "ORGANIZATION") -> list[str]:
    start = text.index(misread)
    finding = Finding(start, start + len(misread), entity_type, 0.85, source="SpacyRecognizer")
    return [
        f"{text[f.start : f.end]}:{f.entity_type}" for f in relabel_person_shaped(text, [finding])
    ]


@pytest.mark.parametrize(
    ("text", "misread", "expected"),
    [
        # a given name and an uncommon word in a roster: NER's organisation is a person
        (
            "DBT group roster: Brenna Tull absent, Omar Haddad left early.",
            "Brenna Tull",
            "Brenna Tull:PERSON",
        ),
        # a child and its age in a terse note: the name, not the age
        ("Other resident fled partner in Kent. Son Theo 3.", "Theo 3", "Theo:PERSON"),
    ],
)
def test_ners_misread_person_becomes_a_person(text: str, misread: str, expected: str) -> None:
    assert _relabelled(text, misread) == [expected]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Dad took a job at Jordan Valley last spring.", "Jordan Valley"),
        ("Family attends Grace Church on Sundays.", "Grace Church"),
        ("Room 4 then Suite 12 at the shelter.", "Suite 12"),
    ],
)
def test_an_organisation_or_a_place_stays_one(text: str, misread: str) -> None:
    assert _relabelled(text, misread) == [f"{misread}:ORGANIZATION"]


def test_a_nickname_in_capitals_inside_a_name_is_one_person() -> None:
    text = 'Ex-boyfriend Tremaine "TJ" Colquitt (18) also to be blocked.'
    found = [text[f.start : f.end] for f in person_shape_findings(text, [])]
    assert 'Tremaine "TJ" Colquitt' in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Date: 11/4/2025     Facilitator: Chidera Okonjo, LCSW     Present: 6", "Chidera Okonjo"),
        ("Reviewed with Tadeusz Wroblewski, LICSW, before the staffing.", "Tadeusz Wroblewski"),
    ],
)
def test_two_unlisted_words_before_a_credential_are_a_person(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in person_shape_findings(text, [])]
    assert found == [name]


def test_an_institution_before_a_credential_is_not_a_person() -> None:
    text = "Letter from Riverbend Clinic, MD office, and Oakhurst Pediatrics, PA."
    assert person_shape_findings(text, []) == []


def test_a_credentialled_facilitator_is_pseudonymised_for_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "DV SUPPORT GROUP NOTE\n"
        "Date: 11/4/2025     Facilitator: Chidera Okonjo, LCSW     Members present: 5\n"
        "Note for: Marisol Quintero\n"
        "Marisol described her week and her plan for the holidays.\n"
    )
    out = redactor_for("consultation").redact(text, subject=["Marisol Quintero"]).text
    assert "Chidera" not in out and "Okonjo" not in out
    assert "LCSW" in out
    court = redactor_for("court-subpoena").redact(text, subject=["Marisol Quintero"]).text
    assert "Chidera Okonjo, LCSW" in court
