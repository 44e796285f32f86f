"""congregation_findings: congregations named by their rank or their saint, in any case."""

from __future__ import annotations

import pytest

from redact.detect.congregations import congregation_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in congregation_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can u get him after service at first methodist ozark", ["first methodist ozark"]),
        ("AA mtg thurs at second presbyterian basement", ["second presbyterian"]),
        ("member st. brigid's catholic since 1970.", ["st. brigid's catholic"]),
        ("MEETS AT 2ND BAPTIST CHURCH ON TUES", ["2ND BAPTIST CHURCH"]),
        ("Attends First United Methodist Church of Ames.", ["First United Methodist Church"]),
    ],
)
def test_finds_the_congregation(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "she is baptist, attends weekly",
        "St. John's wort 300 mg daily",
        "her first catholic mass since the divorce",
        "his first baptist service in years",
        "first, methodist ministers visited",
    ],
)
def test_a_faith_or_a_first_time_stays(text: str) -> None:
    assert _found(text) == []
