"""A surname joined by a slash to a person's name is the other party of a family's matter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.slashed_names import slashed_name_findings
from redact.findings import Finding


def _found(text: str, person: str) -> list[str]:
    start = text.index(person)
    findings = [Finding(start, start + len(person), "PERSON", 0.85)]
    return [text[f.start : f.end] for f in slashed_name_findings(text, findings)[1:]]


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("# Collateral contacts — Brightwater / Szymanski, 2023FA000847", "Brightwater",
         "Szymanski"),
        ("Exchange log: Okafor/Lindgren, week of 3/2", "Lindgren", "Okafor"),
        ("Re: Diaz / Petrakis parenting schedule", "Diaz", "Petrakis"),
        ("Mediation (Haverford-Lyle/Quintanar) rescheduled", "Haverford-Lyle", "Quintanar"),
    ],
)  # fmt: skip
def test_the_other_side_of_a_slash_is_a_person(text: str, person: str, other: str) -> None:
    assert _found(text, person) == [other]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nate/Mom exchange at 6", "Nate"),
        ("Brightwater/Szymanski", "Brightwater/Szymanski"),  # one name already
        ("Grade Pass/Fail for Okafor", "Okafor"),
        ("Okafor/Speech therapy on Tuesdays", "Okafor"),
    ],
)
def test_leaves_alone(text: str, person: str) -> None:
    assert _found(text, person) == []


@pytest.mark.parametrize(
    "text",
    [
        "Collateral contacts — Brightwater / Szymanski, 2023FA000847\nCalled Nate re Sat.",
        "Exchange notes, Brightwater/Okonkwo-Hart matter: Nate was 20 min late.",
    ],
)
def test_a_court_copy_keeps_the_subject_and_drops_the_other_family(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=["Nathaniel Brightwater"]).text
    assert "Brightwater" in out and "Nate" in out
    assert "Szymanski" not in out and "Okonkwo" not in out


def test_a_surname_ner_read_as_a_company_becomes_a_person() -> None:
    text = "Collateral contacts — Brightwater / Szymanski, 2023FA000847"
    findings = [Finding(22, 33, "PERSON", 0.85), Finding(36, 45, "ORGANIZATION", 0.85)]
    assert [f.entity_type for f in slashed_name_findings(text, findings)] == ["PERSON", "PERSON"]


def test_ners_organisation_over_the_pair_gives_way() -> None:
    text = "Collateral contacts — Brightwater / Szymanski, 2023FA000847"
    findings = [Finding(22, 45, "ORGANIZATION", 0.85), Finding(22, 33, "PERSON", 0.85)]
    out = slashed_name_findings(text, findings)
    assert [(f.entity_type, text[f.start : f.end]) for f in out] == [
        ("PERSON", "Brightwater"),
        ("PERSON", "Szymanski"),
    ]
