"""A rare given name alone is a person, in short rows and hurried notes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lone_given_names import lone_given_name_findings
from redact.findings import Finding


def test_rare_given_names_are_found_and_common_words_left() -> None:
    text = "HV w/ Tasha + kids. Neveah present. Grace said the Lexapro helps. Will call."
    found = [text[f.start : f.end] for f in lone_given_name_findings(text, [])]
    assert found == ["Tasha", "Neveah"]


def test_a_states_abbreviation_in_a_citation_is_no_name() -> None:
    text = "Best interests under Tex. Fam. Code § 153.002. Tex came to the visit."
    found = [text[f.start : f.end] for f in lone_given_name_findings(text, [])]
    assert [(text.index("Tex came"), "Tex")] == [
        (f.start, text[f.start : f.end]) for f in lone_given_name_findings(text, [])
    ], found


def test_a_name_already_found_is_not_found_twice() -> None:
    text = "Neveah present."
    assert lone_given_name_findings(text, [Finding(0, 6, "PERSON", 0.8)]) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation", "client-request"])
def test_a_relative_alone_in_a_short_row_goes_and_the_subject_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    row = "HV w/ mom + kids. Neveah present. Zaire tardy x4, IEP meeting set."
    out = redactor_for(policy).redact(row, subject=["Zaire Mbeki-Ross"]).text
    assert "Neveah" not in out and "IEP" in out and "HV" in out
    if policy != "consultation":
        assert "Zaire tardy" in out


def test_a_name_of_another_culture_no_given_name_list_holds_is_found_alone() -> None:
    text = "Childcare: Nwosu at Head Start. Follow-to-join filed. Somali interpreter booked."
    found = [text[f.start : f.end] for f in lone_given_name_findings(text, [])]
    assert found == ["Nwosu"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Landlord said Brianna is also on the lease now.", "Brianna"),
        ("Voucher extension sent to Marlene for sign-off.", "Marlene"),
        ("Tamika picked up the bus passes.", "Tamika"),
    ],
)
def test_a_given_name_english_has_no_word_for_is_found_alone(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in lone_given_name_findings(text, [])]
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "Will call Monday. Hope to see progress.",
        "Moved to Denver in March; Austin next.",
        "Mark the form and file it with Grace Hospital.",
    ],
)
def test_words_towns_and_common_names_as_words_stay(text: str) -> None:
    assert lone_given_name_findings(text, []) == []
