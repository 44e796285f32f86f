"""A case style "A v. B, X County" is two parties and a court's county, not one name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.case_styles import split_case_styles
from redact.findings import Finding


def _split(text: str, phrase: str) -> list[str]:
    start = text.index(phrase)
    found = split_case_styles(text, [Finding(start, start + len(phrase), "PERSON", 0.85)])
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "phrase", "parties"),
    [
        ("Okafor v. Lindqvist, Rock County Case No. 2022FA0113", "Okafor v. Lindqvist, Rock",
         ["Okafor", "Lindqvist"]),
        ("RE: Voss vs. Voss-Hale, Kenosha Co. 21-PA-0042", "Voss vs. Voss-Hale, Kenosha",
         ["Voss", "Voss-Hale"]),
        ("In Marrero versus Dunleavy the court found", "Marrero versus Dunleavy",
         ["Marrero", "Dunleavy"]),
        ("Pell v. Amsel, Jr. filed", "Pell v. Amsel, Jr", ["Pell", "Amsel, Jr"]),
    ],
)  # fmt: skip
def test_a_case_style_is_split_into_its_parties(text: str, phrase: str, parties: list[str]) -> None:
    assert _split(text, phrase) == parties


def test_other_findings_pass_unchanged() -> None:
    text = "Met with Ana Ruiz today."
    finding = Finding(9, 17, "PERSON", 0.85)
    assert split_case_styles(text, [finding]) == [finding]


def test_the_subject_in_a_case_style_stays_and_the_other_party_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "EXHIBIT D\nOkonjo v. Tremblay-Aske, Rock County Case No. 2022FA000113\n"
        "Messages produced by the Respondent."
    )
    released = redactor_for("court-subpoena").redact(text, ["Lucien Tremblay-Aske"]).text
    assert "Tremblay-Aske, Rock County Case No. 2022FA000113" in released, released
    assert "Okonjo" not in released


def test_a_party_beside_v_that_ner_missed_is_found() -> None:
    text = "Okonjo v. Tremblay-Aske, and State v. Marrero"
    found = split_case_styles(text, [])
    assert [text[f.start : f.end] for f in found] == ["Okonjo", "Tremblay-Aske", "Marrero"]


def test_a_clinical_term_beside_vs_is_a_choice_of_care_not_a_party() -> None:
    text = "OT recommends ALF vs home; Drummond vs. Ekwueme set for trial."
    found = split_case_styles(text, [])
    assert [text[f.start : f.end] for f in found] == ["Drummond", "Ekwueme"]
