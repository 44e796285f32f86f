"""A given name and the initial after it are one person (`redact.detect.name_initials`)."""

from __future__ import annotations

import pytest

from redact.detect.name_initials import with_initials
from redact.findings import Finding


def _widened(text: str, name: str) -> str:
    start = text.index(name)
    finding = Finding(start, start + len(name), "PERSON", 0.6, source="test")
    (result,) = with_initials(text, [finding])
    return text[result.start : result.end]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("bad nite. marco t is on my shift now", "marco", "marco t"),
        ("Children: ROSA M. (7), LUIS M. (4)", "ROSA", "ROSA M."),
        ("Peer Tasha R. had a fall last week", "Tasha", "Tasha R."),
        ("ask marco t.", "marco", "marco t."),
        ("saw nora j, she was fine", "nora", "nora j"),
    ],
)
def test_a_given_name_takes_its_initial(text: str, name: str, expected: str) -> None:
    assert _widened(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("marco u there", "marco"),  # "u": a word of chat
        ("nora a bit tired", "nora"),  # "a": an English word
        ("marco n me went", "marco"),
        ("ROSA m. (7)", "ROSA"),  # not in the name's case
        ("marco t shirt", "marco"),  # undotted, and no verb after: a word
        ("Tasha R. Smith came", "Tasha"),  # a middle initial: the surname's business
    ],
)
def test_letters_that_are_no_initials_stay_out(text: str, name: str) -> None:
    assert _widened(text, name) == name


def test_other_findings_pass_unchanged() -> None:
    text = "Kroger B. 5th Ave"
    finding = Finding(0, 6, "ORGANIZATION", 0.6, source="test")
    assert with_initials(text, [finding]) == [finding]
