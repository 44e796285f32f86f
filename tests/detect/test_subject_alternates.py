"""A name a bracket gives as the subject's other name, right after hers. All synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject_alternates import mark_subject_alternates
from redact.findings import Finding

EMAILS = (
    "hi ms p,\nsorry for the late email. theo had a hard weekend. can you check in with him "
    'monday? also he has been calling himself "tj" at school this week, fyi.\nthanks, dana\n'
    "\n---\nhi dana - thank you. i will grab theo (or tj :) ) at arrival and we will do our "
    "check-in. ask marcus (or bea) to bring the forms."
)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_chosen_name_in_a_bracket_after_hers_stays_everywhere(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(EMAILS, subject=["Theodore Achterberg-Nunn", "Theo"]).text
    assert 'calling himself "tj"' in out and "theo (or tj :) )" in out, out
    assert "marcus" not in out and "bea" not in out and "dana" not in out, out


def _marked(text: str, hers: str, other: str) -> bool:
    start = text.index(hers)
    at = text.index(other, start + len(hers))
    found = [
        Finding(start, start + len(hers), "PERSON", 1.0, group="subject", is_subject=True),
        Finding(at, at + len(other), "PERSON", 0.8),
    ]
    return mark_subject_alternates(text, found)[1].is_subject


@pytest.mark.parametrize(
    ("text", "other", "hers"),
    [
        ("Seen with Theo (aka Bean) at the library.", "Bean", True),
        ("Theo (a.k.a. Beanie) came in late.", "Beanie", True),
        ("Ask Theo (or Marcus) to sign the form.", "Marcus", False),  # a second person
        ("Theo (or Bean) came in late.", "Bean", False),  # nothing says Bean is a name he took
    ],
)
def test_only_a_sure_cue_or_a_chosen_name_makes_the_bracketed_name_hers(
    text: str, other: str, hers: bool
) -> None:
    assert _marked(text, "Theo", other) is hers
