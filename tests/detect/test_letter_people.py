"""A lower-case letter that stands for a person in a message log
(`redact.detect.letter_people`)."""

from __future__ import annotations

import pytest

from redact.detect.letter_people import letter_person_findings
from redact.findings import Finding

LOG = (
    "3/02/25 6:40p  kim: this is late. m is waiting in the car\n"
    "3/02/25 6:41p  joe: ok. t said 7\n"
    "3/02/25 6:42p  kim: u is wrong. k is here. i is here\n"
)


def _letters(text: str, names: tuple[str, ...], found: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in letter_person_findings(text, found or [], names)]


def test_a_letter_before_a_persons_act_where_the_release_names_someone_so() -> None:
    assert _letters(LOG, ("Marisol Petty", "Tomas Reyes")) == ["m", "t"]


def test_a_letter_nobody_of_the_release_is_named_by_stays() -> None:
    assert _letters(LOG, ("Tomas Reyes",)) == ["t"]


def test_a_name_found_in_the_text_names_the_letter_too() -> None:
    text = LOG + "3/02/25 6:43p  joe: marisol says hi\n"
    start = text.index("marisol")
    found = [Finding(start, start + 7, "PERSON", 0.6)]
    assert _letters(text, (), found) == ["m"]


@pytest.mark.parametrize(
    "text",
    [
        "Visit note. m is waiting in the car per staff.\n",  # no message log
        "3/02/25 6:40p  kim: plan b is waiting on the judge\n",  # not at a clause's start
        "3/02/25 6:40p  kim: vitamin d is here\n",
    ],
)
def test_letters_outside_a_clause_start_or_a_log_stay(text: str) -> None:
    assert _letters(text, ("Marisol Petty", "Bea Dunn", "Dora Vance")) == []
