"""Tribal nations and their courts and councils by name."""

from __future__ import annotations

import pytest

from redact.detect.tribal_nations import tribal_nation_findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LEECH LAKE BAND OF OJIBWE\nChild Welfare", ("LEECH LAKE BAND OF OJIBWE", "ORGANIZATION")),
        (
            "notice to the Lower Sioux Indian Community on",
            ("Lower Sioux Indian Community", "ORGANIZATION"),
        ),
        ("cc: Leech Lake Tribal Court, Case No.", ("Leech Lake Tribal Court", "ORGANIZATION")),
        ("a Cherokee Nation citizen", ("Cherokee Nation", "ORGANIZATION")),
        ("lives on the Pine Ridge Reservation", ("Pine Ridge Reservation", "LOCATION")),
    ],
)
def test_a_nation_is_found_whole(text: str, expected: tuple[str, str]) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in tribal_nation_findings(text)]
    assert found[0] == expected


@pytest.mark.parametrize(
    "text", ["a member of the nation", "The Band intends to intervene", "she speaks Ojibwe"]
)
def test_a_people_or_a_common_noun_is_left(text: str) -> None:
    assert tribal_nation_findings(text) == []
