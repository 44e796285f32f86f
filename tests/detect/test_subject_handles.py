"""A name made of a handle the record lists as the subject's. All synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject_handles import mark_subject_handle_names
from redact.findings import Finding

SUBJECT = ["Octavia Reyes-Lund", "Tavi"]
LOG = (
    "Eastside youth line: messages the youth chose to share. spelling as sent.\n"
    "youth: tavi — IG @tavi.runs, old IG @octavia_r_09 (deactivated), discord _moonpie_\n"
    "\n"
    "[IG DM] 9/14 1:21a  kaydenz: ok moonpie. see u at the 7-11\n"
)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_the_word_of_her_listed_handle_is_her_name(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(LOG, subject=SUBJECT).text
    assert "ok moonpie." in out, out


def _marked(line: str, word_at: str) -> bool:
    text = f"{line}\n\nok {word_at}. see u"
    her = text.index("tavi")
    found = [Finding(her, her + 4, "PERSON", 1.0, group="subject", is_subject=True)]
    if "noor" in line:  # another person named on the line
        other = text.index("noor")
        found.append(Finding(other, other + 4, "PERSON", 0.8))
    if "@tavi.runs" in line:  # a user name read as a person is a handle, no one
        at = text.index("tavi.runs")
        found.append(Finding(at - 1, at + 9, "SOCIAL_HANDLE", 0.6))
        found.append(Finding(at, at + 9, "PERSON", 0.6))
    handle = text.index("_moonpie_")
    found.append(Finding(handle, handle + 9, "SOCIAL_HANDLE", 0.6))
    word = text.rindex(word_at)
    found.append(Finding(word, word + len(word_at), "PERSON", 0.6))
    return mark_subject_handle_names(text, found)[-1].is_subject


@pytest.mark.parametrize(
    ("line", "hers"),
    [
        ("youth: tavi — discord _moonpie_", True),
        ("youth: tavi — IG @tavi.runs, discord _moonpie_", True),
        ("youth: tavi — friend noor, discord _moonpie_", False),  # after another's name
        ("friend: noor — tavi's discord _moonpie_", False),  # the line names another first
    ],
)
def test_only_handles_after_her_name_and_before_anyone_elses_count(line: str, hers: bool) -> None:
    assert _marked(line, "moonpie") is hers
