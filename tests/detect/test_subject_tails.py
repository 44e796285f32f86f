"""The subject's given name at the end of another person's name in a lower-case message.
All synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject_tails import split_subject_tails
from redact.findings import Finding

SUBJECT = ("Rosalind Okwuosa-Thiel", "Roz")


def _split(text: str, read: str) -> dict[str, bool]:
    start = text.index(read)
    found = [Finding(start, start + len(read), "PERSON", 0.8, source="SpacyRecognizer")]
    return {text[f.start : f.end]: f.is_subject for f in split_subject_tails(text, found, SUBJECT)}


@pytest.mark.parametrize(
    ("text", "read", "split"),
    [
        ("hey its desmond roz's nephew", "desmond roz's", {"desmond": False, "roz": True}),
        ("hola soy marisela la prima de roz", "marisela la prima de roz",
         {"marisela": False, "roz": True}),
        ("this is gideon the brother of rosalind", "gideon the brother of rosalind",
         {"gideon": False, "rosalind": True}),
    ],
)  # fmt: skip
def test_her_given_name_after_another_persons_is_cut_off_as_hers(
    text: str, read: str, split: dict[str, bool]
) -> None:
    assert _split(text, read) == split


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Hey its Desmond Roz's nephew", "Desmond Roz's"),  # capitalised: may be one name
        ("met desmond roz at the bus stop", "desmond roz"),  # no possessive, nothing between
        ("this is desmond thiel's cousin", "desmond thiel's"),  # her surname: a relative
        ("call the office about roz", "the office about roz"),  # no name before hers
    ],
)
def test_other_shapes_are_left_as_read(text: str, read: str) -> None:
    assert _split(text, read) == {read: False}


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_the_caller_goes_and_her_name_stays_in_a_phone_log(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Jun 3 2025 2:10 pm from (608) 555-0143\n"
        "hi this is desmond roz's nephew in fitchburg. can someone call me back about her "
        "move to the new unit"
    )
    out = redactor_for(policy).redact(text, subject=list(SUBJECT)).text
    assert "roz's nephew" in out, out
    assert "desmond" not in out, out
