"""Initials and user names of people the release names in full, in short rows and printouts.

The initials rule is in `redact.detect.initials`, the user names in `redact.detect.lexicon`;
these tests hold the release-wide part. People synthetic.
"""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.initials import initials_findings
from redact.detect.lexicon import ReleaseNames, gather_names, user_names
from tests.conftest import TEST_KEY

RELEASE = ("Odell Prentiss", "Sabine Kovacs")


@pytest.mark.parametrize(
    ("row", "letters"),
    [
        ("OP +3 school, +1 hygiene.", ["OP"]),
        ("SK -4 refused room. OP +2.", ["SK", "OP"]),
        ("OP refused meds again.", ["OP"]),
        ("SK threw a tray at dinner", ["SK"]),
        ("Late fee waived 5/2 by OP.", ["OP"]),  # credited with an act: approved, waived
        ("Rate lowered, per SK", ["SK"]),
    ],
)
def test_initials_of_a_release_person_that_score_or_act(row: str, letters: list[str]) -> None:
    found = initials_findings(row, [], (), RELEASE)
    assert [row[f.start : f.end] for f in found] == letters


@pytest.mark.parametrize(
    "row",
    [
        "OP ward visit at 2.",
        "PO called mom re curfew.",
        "Watched TV -- quiet.",
        "SK: see note",
        "Seen by PO today.",  # a role's letters, even credited with an act
    ],
)
def test_letters_that_neither_score_nor_act_are_left(row: str) -> None:
    assert initials_findings(row, [], (), (*RELEASE, "Paula Ortiz", "Tobias Vang")) == []


def test_user_names_are_the_initial_and_surname() -> None:
    assert user_names(["Odell Prentiss", "Bo Li", "Sabine K."]) == {"oprentiss"}


def test_a_printout_and_a_points_row_lose_the_people_the_release_names() -> None:
    texts = [
        "Youth Odell Prentiss, 15, Unit 4A. Peer Sabine Kovacs was moved.",
        "call log printed by skovacs for (prentiss)",
        "SK -2, yelling at staff. OP +3 school.",
    ]
    names = gather_names(texts)
    assert isinstance(names, ReleaseNames) and "Sabine Kovacs" in names.full_names
    redactor = Redactor("research-safe-harbor", key=TEST_KEY, release_names=names)
    log = redactor.redact(texts[1]).text
    assert "skovacs" not in log and "prentiss" not in log and "printed by" in log
    row = redactor.redact(texts[2]).text
    assert "OP" not in row and "SK" not in row and "yelling at staff" in row


def test_a_surname_two_people_share_is_found_in_lower_case() -> None:
    texts = [
        "Youth Odell Prentiss, 15. Mother Rochelle Prentiss picked up property.",
        "unit 4a phone log - youth (prentiss) - mom ok",
    ]
    names = gather_names(texts)
    out = Redactor("consultation", key=TEST_KEY, release_names=names).redact(texts[1]).text
    assert "prentiss" not in out and "mom ok" in out
