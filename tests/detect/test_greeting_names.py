"""greeting_names: the one word a line's greeting or thanks is addressed to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.greeting_names import greeting_name_findings


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in greeting_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Bo,\nThe visit is Saturday.", "Bo"),
        ("hey jo - running late", "jo"),
        ("Good morning Nhi,\nAttached is the plan.", "Nhi"),
        ("Thanks Lu!", "Lu"),
        ("Morning Sy,\nsee you at 3", "Sy"),
        ("3/4 9:58pm Worker: hi ty, is the van coming?", "ty"),
    ],
)
def test_the_person_greeted_is_found(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hi all,\nplease see below.",
        "Thanks so much!",
        "Hi Mom, I'm home",
        "Hello there!",
        "Thanks again, see you",
        "Hi team -",
        "Dear Ms. Okafor,",
        "Good morning Doctor,",
        # a greeting inside a sentence is reported speech, and the word after it no name
        "He said hi Bo and left.",
    ],
)
def test_ways_of_addressing_anyone_are_no_one(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation", "research-safe-harbor"])
def test_a_short_name_greeted_in_an_email_is_removed_everywhere_in_it(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    email = "Hi Bo,\nThanks for confirming the visit. Bo can bring the car seat.\nBest,\nWorker"
    out = redactor_for(policy).redact(email, subject=["Dolores Quintanilla"]).text
    assert "Bo" not in out
    assert "Thanks for confirming the visit." in out
