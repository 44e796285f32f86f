"""numbers_first and ages_first: broad names and places lose the characters of numbers our
patterns found, and of the cue and sex word after an age."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.number_first import ages_first, numbers_first
from redact.findings import Finding
from redact.redactor import Redactor


def _finding(text: str, part: str, entity_type: str, source: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity_type, 0.8, source=source)


@pytest.mark.parametrize(
    ("text", "broad", "broad_type", "source", "number", "number_type", "left"),
    [
        ("Re: (DOB 11-02-1931)", "DOB 11-02", "ORGANIZATION", "SpacyRecognizer",
         "11-02-1931", "DATE_OF_BIRTH", ["DOB"]),
        ("Father: Wesley Baker, 36, Abilene", "Baker, 36", "PERSON", "SpacyRecognizer",
         "36", "AGE", ["Baker"]),
        ("Seen Dana 5/28 at home", "Dana 5/28", "PERSON", "StrictCapitalisedRecognizer",
         "5/28", "DATE_TIME", ["Dana"]),
        ("(DOB 11-02-1931)", "DOB 11", "STREET_ADDRESS", "NamedStreetRecognizer",
         "11-02-1931", "DATE_TIME", []),
        ("Call Harlan 605-555-0142", "Harlan 605", "PERSON", "SpacyRecognizer",
         "605-555-0142", "PHONE_NUMBER", ["Harlan"]),
    ],
)  # fmt: skip
def test_broad_findings_are_cut_off_the_number(
    text: str,
    broad: str,
    broad_type: str,
    source: str,
    number: str,
    number_type: str,
    left: list[str],
) -> None:
    findings = [
        _finding(text, broad, broad_type, source),
        _finding(text, number, number_type, "CaseNoteDateRecognizer"),
    ]
    result = numbers_first(text, findings)
    assert [text[f.start : f.end] for f in result if f.entity_type == broad_type] == left
    assert any(text[f.start : f.end] == number for f in result)


@pytest.mark.parametrize(
    ("broad_type", "source", "number_source"),
    [
        ("PERSON", "TitledNameRecognizer", "CaseNoteDateRecognizer"),  # a cue-based name
        ("PERSON", "SpacyRecognizer", "SpacyRecognizer"),  # NER's own date is no pattern
        ("STREET_ADDRESS", "StreetAddressRecognizer", "CaseNoteDateRecognizer"),
    ],
)
def test_other_findings_are_left_whole(broad_type: str, source: str, number_source: str) -> None:
    text = "Seen Dana 5/28 at home"
    findings = [
        _finding(text, "Dana 5/28", broad_type, source),
        _finding(text, "5/28", "DATE_TIME", number_source),
    ]
    assert numbers_first(text, findings) == findings


# ---- ages_first: an age's cue and the sex word after it are nobody's name ----


@pytest.mark.parametrize(
    ("text", "broad", "source", "left"),
    [
        ("38 YO MALE REFERRED BY PCP", "YO MALE", "SpacyRecognizer", []),
        ("PT 66 Y.O. FEMALE, LIVES ALONE", "Y.O.", "Initials", []),
        ("8 Y/O MALE, LIVES WITH MOTHER", "MALE", "StrictCapitalisedRecognizer", []),
        ("a 52 yo f Rosalind Achebe", "f Rosalind Achebe", "SpacyRecognizer",
         ["Rosalind Achebe"]),
    ],
)  # fmt: skip
def test_names_are_cut_off_an_ages_cue(text: str, broad: str, source: str, left: list[str]) -> None:
    number = next(part for part in text.split() if part.isdigit())
    findings = [
        _finding(text, number, "AGE", "AgeRecognizer"),
        _finding(text, broad, "PERSON", source),
    ]
    names = [text[f.start : f.end] for f in ages_first(text, findings) if f.entity_type == "PERSON"]
    assert names == left


def test_an_initial_after_an_age_stays_a_name() -> None:
    text = "Pt is a 38 yo M. Reyes is his brother."
    findings = [
        _finding(text, "38", "AGE", "AgeRecognizer"),
        _finding(text, "M. Reyes", "PERSON", "StrictCapitalisedRecognizer"),
    ]
    assert [text[f.start : f.end] for f in ages_first(text, findings)] == ["38", "M. Reyes"]


def test_a_cued_name_after_an_age_is_left_whole() -> None:
    text = "age 9 Yo Yo Ma"
    findings = [
        _finding(text, "9", "AGE", "AgeRecognizer"),
        _finding(text, "Yo Yo Ma", "PERSON", "LabelledName"),
    ]
    assert ages_first(text, findings) == findings


@pytest.mark.parametrize(
    ("policy", "note", "kept"),
    [
        ("research-safe-harbor", "7/21 SW NOTE. PT IS 77 YO M W/ HTN. 8 Y/O MALE GRANDSON VISITS.",
         ["77 YO M", "8 Y/O MALE"]),
        ("court-subpoena", "INTAKE: 41 YO FEMALE, 66 Y.O. FEMALE NEIGHBOR CALLED.",
         ["41 YO FEMALE", "66 Y.O. FEMALE"]),
        ("mandated-report", "REPORTER STATES 6 YO MALE SEEN ALONE AT NIGHT.", ["6 YO MALE"]),
    ],
)  # fmt: skip
def test_terse_notes_in_capitals_keep_the_age_and_its_cue(
    redactor_for: Callable[[str], Redactor], policy: str, note: str, kept: list[str]
) -> None:
    out = redactor_for(policy).redact(note).text
    for words in kept:
        assert words in out
    assert "[PERSON]" not in out


@pytest.mark.parametrize(
    ("text", "date", "left"),
    [
        ("This 79 year old female complaining of stomach pain.", "79 year old", ["79"]),
        ("He just turned 69 years old", "69 years old", ["69"]),
        ("Pt is a 34-year-old woman seen 3/2", "34-year-old", ["34"]),
        ("Seen 3/4/2025, 81 yo M at home", "3/4/2025, 81 yo M", ["3/4/2025, 81"]),
    ],
)  # fmt: skip
def test_a_date_read_over_an_age_keeps_only_the_number(
    text: str, date: str, left: list[str]
) -> None:
    findings = [_finding(text, date, "DATE_TIME", "SpacyRecognizer")]
    assert [text[f.start : f.end] for f in ages_first(text, findings)] == left


def test_a_patterned_date_is_left_whole() -> None:
    text = "Seen 3 years old"
    findings = [_finding(text, "3 years old", "DATE_TIME", "DateRecognizer")]
    assert ages_first(text, findings) == findings
