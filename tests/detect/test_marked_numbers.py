"""Numbers after a bare "No." or "#": references whatever word is before the marker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.labelled import labelled_values
from redact.detect.marked_numbers import marked_values


def _values(text: str) -> list[tuple[str, str]]:
    return [(item.entity_type, text[item.start : item.end]) for item in marked_values(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petitioner,          No. 25-2-04418-1", [("CASE_NUMBER", "25-2-04418-1")]),
        ("Re: K.P., JUVIS # 2290417, first referral", [("ID_NUMBER", "2290417")]),
        ("adult resident #HL-40122; brother, 9", [("ID_NUMBER", "HL-40122")]),
        ("Cause NO. 2025-JV-0193 set for review", [("CASE_NUMBER", "2025-JV-0193")]),
        # a "#" glued to its label word
        ("Pharm: Kroger 407-555-7260. Rx# 6604418.", [("ID_NUMBER", "6604418")]),
        ("Acct# AB-33104 on file", [("ID_NUMBER", "AB-33104")]),
    ],
)
def test_a_reference_after_a_marker_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Session No. 3 of 8; worksheet #2 done.",
        "Room #204, Apt #20411 and P.O. Box #11408 on the form.",
        "Call Tel No. 253-555-0187 after 5.",
        "#1 priority is school; No. 2 is housing.",
        "posted #metoo and #2025goals",
        "posted #metoo and#2025goals",
        "item 3#12345 miswritten",
    ],
)
def test_counts_places_and_phones_are_left_alone(text: str) -> None:
    assert _values(text) == []


def test_a_label_that_holds_the_value_is_not_doubled() -> None:
    text = "Intake #84102377 taken by phone."
    assert labelled_values(text)
    assert marked_values(text, labelled_values(text)) == []


def test_the_numbers_leave_the_release(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "Accompanied by her mother, adult resident #HL-40122.\n"
        "Re: K.P., JUVIS # 2290417, incident TPD 25-051-2214."
    )
    out = redactor_for("research-safe-harbor").redact(text).text
    for number in ("HL-40122", "2290417", "25-051-2214"):
        assert number not in out
    assert "mother" in out and "adult resident" in out
