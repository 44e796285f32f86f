"""A congregation's name in any case: "first baptist nixa", "St. Paul's Lutheran"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.congregations import congregation_findings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can u pick him up after church at second baptist ozark", "second baptist ozark"),
        ("pt member st. anne's catholic, deacon visits weekly", "st. anne's catholic"),
        ("mount moriah church on 3rd gave them a food box", "mount moriah church"),
        ("Pastor Lou at New Harvest Covenant on Elm called", "New Harvest Covenant"),
        ("AA meeting 7p at first methodist basement", "first methodist"),
        ("Grandmother attends Bethel AME Church weekly.", "Bethel"),
    ],
)
def test_a_named_congregation_is_an_organisation(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in congregation_findings(text)]
    assert found and found[0].startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Family is Lutheran; attends a Baptist church most Sundays.",
        "it was her first church visit since the move",
        "they found a new baptist church near the shelter",
        "Client is Catholic and prays the rosary.",
        "went to the mosque on friday with his uncle",
    ],
)
def test_a_religion_or_a_kind_of_church_is_left(text: str) -> None:
    assert congregation_findings(text) == []


def test_a_congregation_goes_and_the_religion_stays_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "mom says they go to second baptist ozark every sunday. family is baptist."
    out = redactor_for("consultation").redact(text).text
    assert "ozark" not in out and "second baptist" not in out
    assert "family is baptist" in out
