"""A name typed in lower case in a capitalised note, where a person stands."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lowered_names import lowered_name_findings
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speech eval scheduled for khadija; mother to attend.", "khadija"),
        ("Bus passes given to tamika.", "tamika"),
        ("Left voicemail, then texted ngozi and the landlord.", "ngozi"),
        ("Rides arranged by darnell's cousin.", "darnell"),
    ],
)
def test_a_lower_case_name_after_a_word_of_contact_is_found(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in lowered_name_findings(text, [])]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The applicant relied, inter alia, on Article 6 of the Convention.",
        "Referred to dental and vision; sent to triage.",
        "Dose increased to 16 mg; sent to pharmacy by fax.",
        "bus passes given to tamika",  # a lower-case text is `lower_case_names`' to read
    ],
)
def test_words_and_lower_case_texts_are_left(text: str) -> None:
    assert lowered_name_findings(text, []) == []


def test_a_name_already_found_is_not_found_twice() -> None:
    text = "Bus passes given to tamika."
    assert lowered_name_findings(text, [Finding(20, 26, "PERSON", 0.8)]) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report", "consultation"])
def test_a_child_named_in_lower_case_goes_and_the_subject_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    row = "Hearing screen for khadija; Idil Farah and caseworker present. IEP next week."
    out = redactor_for(policy).redact(row, subject=["Idil Farah"]).text
    assert "khadija" not in out and "IEP" in out
    if policy != "consultation":
        assert "Idil Farah" in out
