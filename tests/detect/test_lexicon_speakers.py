"""The release's names: a log's speaker saved as a given name cut short is that person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.lexicon import gather_names, release_name_findings
from redact.redactor import Redactor

LETTER = "From: Cassandra Whitlock-Imre <cwi@example.org>\nSent: 3/2/25\nSubject: pickup\n"
LOG = (
    "3/2/25 6:01p  cass: where r u\n"
    "3/2/25 6:03p  theo: 5 min\n"
    "3/2/25 6:04p  staff: lobby closes at 7\n"
    "3/2/25 6:05p  court: hearing moved\n"
)


def _speakers(text: str, *others: str) -> list[str]:
    names = gather_names([*others, text])
    return [text[f.start : f.end] for f in release_name_findings(text, names)]


def test_a_speaker_cut_from_a_given_name_of_the_release_is_that_person() -> None:
    found = _speakers(LOG, LETTER)
    assert "cass" in found
    assert "staff" not in found and "court" not in found  # no Courtney in this release


@pytest.mark.parametrize(("label", "given"), [("ca", "Cassandra"), ("mama", "Mamadou")])
def test_short_labels_and_kin_words_are_not_taken_as_cut_names(label: str, given: str) -> None:
    letter = LETTER.replace("Cassandra", given)
    log = f"3/2/25 6:01p  {label}: where r u\n"
    assert label not in _speakers(log, letter)


def test_the_other_parent_saved_short_goes_in_a_subject_keeping_release(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("court-subpoena")
    released = [
        r.text
        for r in redactor.redact_many([LETTER, LOG.replace("theo", "rafe")], subject=["Rafe Imre"])
    ]
    assert "cass:" not in released[1], released[1]
    assert "rafe: 5 min" in released[1]
