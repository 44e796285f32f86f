"""numbers_first: broad names and places lose the characters of numbers our patterns found."""

from __future__ import annotations

import pytest

from redact.detect.number_first import numbers_first
from redact.findings import Finding


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
