"""A name listed with the client is a party, whatever the release remembers of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.listed_parties import listed_with_parties
from redact.findings import Finding


def _finding(text: str, name: str, subject: bool = False) -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.8, is_subject=subject)


def _listed(text: str, names: list[str], subject: str) -> list[str]:
    found = listed_with_parties(
        text, [_finding(text, n) for n in names], [_finding(text, subject, True)]
    )
    return sorted(text[s:e] for s, e in found)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Attendees: Marguerite Oyelowo, Tobias K., Anjali and one other.",
            ["Tobias K.", "Anjali"],
            ["Anjali", "Tobias K."],
        ),
        ("In room: Anjali & Marguerite Oyelowo.", ["Anjali"], ["Anjali"]),
    ],
)
def test_names_joined_to_the_subject_by_a_list_are_listed(
    text: str, names: list[str], expected: list[str]
) -> None:
    assert _listed(text, names, "Marguerite Oyelowo") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marguerite Oyelowo met with Anjali about the lease.",
        "Marguerite Oyelowo attended.\nAnjali, LMSW, facilitated.",
    ],
)
def test_a_name_not_listed_with_the_subject_is_left(text: str) -> None:
    assert _listed(text, ["Anjali"], "Marguerite Oyelowo") == []


@pytest.mark.parametrize("policy", ["mandated-report", "court-subpoena", "client-request"])
def test_a_group_member_named_like_a_remembered_professional_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    redactor = redactor_for(policy)
    redactor.redact("Treating: Dr. Anjali Rao, Mercy Clinic. Follow-up in May.", ["Ravi Dunn"])
    note = "Present: Marguerite Oyelowo, Tobias K., Anjali and two others.\nShe reported sleep."
    out = redactor.redact(note, ["Marguerite Oyelowo"]).text
    assert "Anjali" not in out and "Marguerite Oyelowo" in out
