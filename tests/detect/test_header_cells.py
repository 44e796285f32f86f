"""without_header_cells: a table's column names are no names; a name in a header row is."""

from __future__ import annotations

import pytest

from redact.detect.header_cells import header_rows, without_header_cells
from redact.findings import Finding
from redact.redactor import Redactor


def _guess(text: str, part: str, kind: str = "PERSON", source: str = "SpacyRecognizer") -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), kind, 0.85, source=source)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("## Siblings\n\n| Name | Relationship | Age |\n|---|---|---|\n| Ana Roe | sister | 9 |\n",
         "Relationship"),
        ("| Field | Detail |\n|---|---|\n| Youth | Ariadna V. |\n", "Detail"),
        ("| Item | Detail |\n| :--- | :--- |\n| Date of birth | 04/19/1990 |\n", "Item"),
        ("  | Name | Placement |\n  |------|------|\n", "Name"),
    ],
)  # fmt: skip
def test_a_column_name_is_no_name(text: str, label: str) -> None:
    assert without_header_cells(text, [_guess(text, label)]) == []


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        ("| Okafor | Whitfield |\n|---|---|\n| 3 | 4 |\n", "Okafor", "SpacyRecognizer"),
        ("| Name | Relationship |\n|---|---|\n| Grace Field | aunt |\n", "Grace Field",
         "SpacyRecognizer"),
        ("| Field | Detail |\n|---|---|\n", "Field", "RelationNameRecognizer"),
        ("Field notes\nDetail of the visit", "Detail", "SpacyRecognizer"),
    ],
)  # fmt: skip
def test_names_and_other_rows_stay_found(text: str, name: str, source: str) -> None:
    finding = _guess(text, name, source=source)
    assert without_header_cells(text, [finding]) == [finding]


def test_header_rows_are_the_rows_above_a_separator() -> None:
    text = "intro\n| A | B |\n|---|---|\n| c | d |\n"
    assert [text[s:e] for s, e in header_rows(text)] == ["| A | B |"]


def test_a_court_copy_keeps_the_column_names() -> None:
    text = (
        "Siblings placed elsewhere\n\n| Name | Relationship | Age | Contact |\n"
        "|---|---|---|---|\n| Mateo Quiroga | half-brother | 9 | monthly |\n"
    )
    out = Redactor("court-subpoena").redact(text).text
    assert "| Name | Relationship | Age | Contact |" in out
    assert "Mateo" not in out and "Quiroga" not in out
