"""Nicknames in quotes that a contact or partner list gives before what the person is."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.quoted_contacts import quoted_contact_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in quoted_contact_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('2. "Wren" — needle-sharing contact, 2022, met at the camp.', ["Wren"]),
        ('"Bishop", a friend from the day centre, keeps his papers.', ["Bishop"]),
        ('"Peaches" (ex-girlfriend) texts him at night.', ["Peaches"]),
        ('Contacts: "Sparrow" - former partner; "Tank" - roommate.', ["Sparrow", "Tank"]),
        ('3. "D" — Desmond, ex-partner 2020–2022, now in Macon.', ["D"]),
    ],
)
def test_a_quoted_nickname_before_a_relation_is_a_person(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The "Harbor" — the partner agency — takes walk-ins.',
        'He calls it "Plan B" — a contact number for the clinic.',
        'She said "Fine" and left; no contacts named.',
        '"Medicaid" card shown, partner present.',
    ],
)
def test_other_quotes_are_left(text: str) -> None:
    assert _found(text) == []


def test_the_nickname_goes_wherever_the_note_repeats_it(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        'Partners elicited:\n1. "Wren" — needle-sharing contact, 2022. '
        "Client last saw Wren at the river camp; Wren still uses."
    )
    out = redactor_for("research-safe-harbor").redact(text).text
    assert not re.search(r"\bWren\b", out), out
