"""The age a terse note writes right after a person's name: "Otto 95, FAST 6c"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.named_ages import with_named_ages
from redact.findings import Finding


def _ages(text: str, name: str) -> list[str]:
    start = text.rindex(name)
    person = Finding(start, start + len(name), "PERSON", 0.85, source="test")
    found = with_named_ages(text, [person])
    return [text[f.start : f.end] for f in found if f.entity_type == "AGE"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Initial visit. Otto 95, FAST 6c.", "Otto", ["95"]),
        ("met w/ wife gert. gert 91. primary cg.", "gert", ["91"]),
        ("Lives with sister Ilse 97; brother died 2019.", "Ilse", ["97"]),
        ("HOUSEHOLD: WIFE GERTRUD 93\nMEDS: NONE", "GERTRUD", ["93"]),
        ("Initial visit. Otto 95, FAST 6c.", "Otto 95", ["95"]),  # NER ran on over the age
    ],
)
def test_the_number_after_a_name_closing_the_clause(
    text: str, name: str, expected: list[str]
) -> None:
    assert _ages(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gave Otto 20 mg of morphine.", "Otto"),
        ("called Otto 2 times today.", "Otto"),
        ("visit with Otto 9/12 at home.", "Otto"),
        ("call Otto 555-0142 re dc.", "Otto"),
        ("seen by Otto 1430, left.", "Otto"),
        ("Otto 3.5 hrs on site.", "Otto"),
    ],
)
def test_other_numbers_after_a_name_stay(text: str, name: str) -> None:
    assert _ages(text, name) == []


def test_a_name_that_ran_on_over_its_age_is_cut_back() -> None:
    text = "Initial visit. Otto 95, FAST 6c."
    start = text.index("Otto 95")
    found = with_named_ages(text, [Finding(start, start + 7, "PERSON", 0.85, source="NER")])
    assert sorted((text[f.start : f.end], f.entity_type) for f in found) == [
        ("95", "AGE"),
        ("Otto", "PERSON"),
    ]


def test_safe_harbor_top_codes_the_age_after_a_name(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Initial SW visit. POLST signed with dtr Ingrid. Otto 96, FAST 7a."
    out = redactor_for("research-safe-harbor").redact(text).text
    assert "96" not in out and "90+" in out and "FAST 7a" in out
