"""Dotted initials NER read as an organisation are the person's
(`redact.detect.initialled_organisations`)."""

from __future__ import annotations

from collections.abc import Callable

from redact.detect.initialled_organisations import NER_SOURCE, initials_over_organisations
from redact.detect.initials import SOURCE as INITIALS_SOURCE
from redact.findings import Finding
from redact.redactor import Redactor


def test_an_organisation_that_is_exactly_a_persons_initials_goes() -> None:
    org = Finding(10, 16, "ORGANIZATION", 0.85, source=NER_SOURCE)
    person = Finding(10, 16, "PERSON", 0.6, source=INITIALS_SOURCE)
    assert initials_over_organisations([org, person]) == [person]


def test_other_organisations_stay() -> None:
    org = Finding(0, 20, "ORGANIZATION", 0.85, source=NER_SOURCE)
    wider = Finding(30, 36, "ORGANIZATION", 0.85, source=NER_SOURCE)
    person = Finding(30, 35, "PERSON", 0.6, source=INITIALS_SOURCE)
    assert initials_over_organisations([org, wider, person]) == [org, wider, person]


def test_a_childs_initials_in_a_court_caption_are_removed(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "IN THE DISTRICT COURT OF RILEY COUNTY, KANSAS\n"
        "JUVENILE DEPARTMENT\n"
        "IN THE INTEREST OF M.T.O. and B.R.O., minor children.   Case No. 2024-JC-000412\n\n"
        "The mother, Tamara Osei (31), attends every visit.\n"
    )
    out = redactor_for("mandated-report").redact(text, ["Tamara Osei"]).text
    assert "M.T.O." not in out and "B.R.O." not in out
