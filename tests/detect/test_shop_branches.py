"""A shop's branch named with its street."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.shop_branches import shop_branch_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in shop_branch_findings(text)]


@pytest.mark.parametrize(
    ("text", "branches"),
    [
        (
            "Rx #0771234 sent to Safeway Pharmacy 9th Ave, 7-day supply.",
            ["Safeway Pharmacy 9th Ave"],
        ),
        ("Pharm: Publix #1187 Alafaya Trl 407-555-7260.", ["Publix #1187 Alafaya Trl"]),
        ("Refills at Hy-Vee Pharmacy on Grand Ave.", ["Hy-Vee Pharmacy on Grand Ave"]),
    ],
)
def test_a_shop_with_its_street_is_one_place(text: str, branches: list[str]) -> None:
    assert _found(text) == branches


@pytest.mark.parametrize(
    "text",
    ["Lives at 12 Oak St.", "Room #12 Main St", "Seen at Mercy Hospital Main St", "CVS Pharmacy"],
)
def test_no_branch_without_a_shop_and_a_street(text: str) -> None:
    assert _found(text) == []


def test_a_court_loses_the_pharmacy_branch(redactor_for: Callable[[str], Redactor]) -> None:
    note = "Dose to 12 mg. Rx sent to Safeway Pharmacy 9th Ave, 7-day supply."
    out = redactor_for("court-subpoena").redact(note, ["Lyle Ferro"]).text
    assert "Safeway" not in out and "9th" not in out and "Dose to 12 mg" in out
