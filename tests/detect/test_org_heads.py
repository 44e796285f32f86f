"""grow_organisations: a bank's or credit union's head noun joins the name NER found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.org_heads import grow_organisations
from redact.findings import Finding


def _grown(text: str, part: str, entity_type: str = "ORGANIZATION") -> str:
    start = text.index(part)
    finding = Finding(start, start + len(part), entity_type, 0.85)
    (out,) = grow_organisations(text, [finding])
    return text[out.start : out.end]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Bank: Maple Hollow Savings checking #1", "Maple Hollow", "Maple Hollow Savings"),
        ("at Lakeshore Federal Credit Union today", "Lakeshore", "Lakeshore Federal Credit Union"),
        ("Ridgeway Savings Bank called", "Ridgeway", "Ridgeway Savings Bank"),
        ("Maple Hollow savings were spent", "Maple Hollow", "Maple Hollow"),  # lower case
        ("Maple Hollow\nBank statement", "Maple Hollow", "Maple Hollow"),  # next line
    ],
)
def test_grows(text: str, part: str, expected: str) -> None:
    assert _grown(text, part) == expected


def test_a_person_is_not_grown() -> None:
    assert _grown("Dana Trust arrived", "Dana", "PERSON") == "Dana"


def test_the_redactor_removes_the_whole_bank_name(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Bank: Maple Hollow Savings checking acct ending 5521; the branch manager called."
    released = redactor_for("research-safe-harbor").redact(text).text
    assert "Hollow" not in released and "Savings" not in released, released
    assert "branch manager" in released
