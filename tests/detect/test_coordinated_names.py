"""A name pair NER took for an organisation, listed with a person or given a nickname."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.coordinated_names import coordinated_name_findings
from redact.findings import Finding
from tests.conftest import TEST_KEY


def _types(text: str, org: str, person: str | None = None) -> list[str]:
    findings = [Finding(text.index(org), text.index(org) + len(org), "ORGANIZATION", 0.85)]
    if person:
        start = text.index(person)
        findings.append(Finding(start, start + len(person), "PERSON", 0.85))
    return [f.entity_type for f in coordinated_name_findings(text, findings)]


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Keep apart from Dennis King or Tobias Quarrie.", "Dennis King", "Tobias Quarrie"),
        ("Co-defendants Tobias Quarrie and Dennis King.", "Dennis King", "Tobias Quarrie"),
        ("Co-defendant Dennis King, known on the street as Gravy, fled.", "Dennis King", None),
        ("Dennis King (aka Gravy) was moved.", "Dennis King", None),
    ],
)
def test_a_pair_the_text_treats_as_a_person_is_one(text: str, org: str, person: str | None) -> None:
    assert _types(text, org, person)[0] == "PERSON"


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("He ate at Taco Bell with Tobias Quarrie.", "Taco Bell", "Tobias Quarrie"),
        ("Referred to Dennis King Foundation.", "Dennis King", None),
    ],
)
def test_an_organisation_stays_one(text: str, org: str, person: str | None) -> None:
    assert _types(text, org, person)[0] == "ORGANIZATION"


def test_a_codefendant_with_a_common_word_surname_is_removed_for_the_court() -> None:
    text = "Not to be housed with Dennis King or Tobias Quarrie (co-defendants)."
    out = Redactor("court-subpoena", key=TEST_KEY).redact(text, ["Jalen Brooks"]).text
    assert "King" not in out and "Quarrie" not in out and "co-defendants" in out
