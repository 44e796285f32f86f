"""A value followed by its label in brackets is that label's identifier (no model needed)."""

from __future__ import annotations

import pytest

from redact.detect.labelled import labelled_values
from redact.detect.parenthesised_labels import parenthesised_values, with_bracketed


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("On file: 318-44-9027 (SSN).", "318-44-9027", "US_SSN"),
        ("Checked 55120938 (member #) today", "55120938", "MEMBER_ID"),
        ("ref QL-20981 (Docket No.)", "QL-20981", "CASE_NUMBER"),
        ("Logged 2025-330187 (Incident report no.)", "2025-330187", "REPORT_NUMBER"),
        ("id 4MR8-QW2-LT55 (Medicare Beneficiary Identifier)", "4MR8-QW2-LT55", "MEMBER_ID"),
        ("car 8KLM204 (OH plate)", "8KLM204", "VEHICLE_PLATE"),
        ("verified 661 20 8834 (soc sec no.)", "661 20 8834", "US_SSN"),
        ("DL S40918827 (Driver's licence)", "S40918827", "US_DRIVER_LICENSE"),
    ],
)
def test_value_before_its_bracketed_label(text: str, value: str, entity_type: str) -> None:
    found = parenthesised_values(text)
    assert [(text[f.start : f.end], f.entity_type) for f in found] == [(value, entity_type)]
    assert text[found[0].label_start : found[0].label_end].strip("() ")


@pytest.mark.parametrize(
    "text",
    [
        "Paid $400 (rent) on time.",
        "Room 1204 (intake) was free.",
        "Diagnosis F90.2 (client) noted.",
        "Seen 3/14/2025 (intake).",
        "Group of 12 (policy group).",
        "Referred 2024-118832 (see the letter).",
        "Came in (SSN card lost).",
    ],
)
def test_no_identifier_without_a_label_only_bracket(text: str) -> None:
    assert parenthesised_values(text) == []


def test_bracket_label_wins_over_a_label_read_before() -> None:
    text = "Verified at intake: 2031-QX-00874 (case #)."
    settled = with_bracketed(text, labelled_values(text))
    assert [(text[f.start : f.end], f.entity_type) for f in settled] == [
        ("2031-QX-00874", "CASE_NUMBER")
    ]
