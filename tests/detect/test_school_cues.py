"""A school named by where a student is: after a grade or enrolment, before a school role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.school_cues import school_cue_findings


def _schools(text: str) -> list[str]:
    return [text[f.start : f.end] for f in school_cue_findings(text) if f.entity_type == "SCHOOL"]


def test_the_name_after_a_grade_is_a_school() -> None:
    text = "Kai is in 4th grade at Oak Glen; his sister a freshman at Tillman Prep HS."
    assert _schools(text) == ["Oak Glen", "Tillman Prep HS"]


def test_enrolment_and_withdrawal_name_the_school() -> None:
    text = "Re-enrolled at Bayview Academy in March after she withdrew from the Larkspur Center."
    assert _schools(text) == ["Bayview Academy", "Larkspur Center"]


def test_the_words_before_a_school_role_are_the_school() -> None:
    text = "Call from Cedar Point attendance officer. The school nurse faxed the plan."
    assert _schools(text) == ["Cedar Point"]


def test_a_school_typed_in_lower_case_is_named_by_its_kind_word() -> None:
    text = (
        "3/2 4:10 pm  jojo: my cousin got suspended at pine hollow hs today lol\n"
        "3/2 4:12 pm  jojo: i used to go to tamarack elem. now at brookside middle school\n"
    )
    assert _schools(text) == ["pine hollow hs", "tamarack elem", "brookside middle school"]


def test_a_lower_case_kind_of_school_names_none() -> None:
    text = (
        "3/2 4:10 pm  jojo: she goes to the local public high school now\n"
        "3/2 4:12 pm  jojo: senior high is hard. north high won again. my old middle school\n"
    )
    assert _schools(text) == []


def test_a_programme_or_a_given_name_is_no_school() -> None:
    text = "Enrolled in Head Start. Marisol school nurse? Student at the library daily."
    assert _schools(text) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral", "consultation"])
def test_a_short_school_name_goes_and_the_grade_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    note = "Update: Dani is now in 7th grade at Windmere, IEP reviewed, attendance better."
    out = redactor_for(policy).redact(note, subject=["Dani Roark"]).text
    assert "Windmere" not in out and "7th grade" in out and "IEP" in out


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("they put me in jfk middle now", "jfk middle"),
        ("now not lincoln elem", "lincoln elem"),
        ("shes at roosevelt elem till 3", "roosevelt elem"),
        ("she goes to mlk elem, her brother at harding middle", "mlk elem"),
    ],
)
def test_a_short_school_name_in_a_message(line: str, school: str) -> None:
    assert school in _schools(f"3/2 4:10 pm  jojo: {line}\n")


def test_a_school_whose_name_opens_on_a_common_word_is_taken_whole() -> None:
    text = "3/2 4:10 pm  jojo: a fight at great oaks academy, now at twin rivers middle\n"
    assert _schools(text) == ["great oaks academy", "twin rivers middle"]
