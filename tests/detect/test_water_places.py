"""Places named by their water: lakes, rivers, falls."""

from __future__ import annotations

import pytest

from redact.detect.water_places import water_place_findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ojibwemowin class at the Cass Lake library", ["Cass Lake"]),
        ("ricing on Lake Winnibigoshish in September", ["Lake Winnibigoshish"]),
        ("kinship care with an aunt in Redwood Falls", ["Redwood Falls"]),
        ("Leech Lake 4th of July powwow", ["Leech Lake"]),
    ],
)
def test_a_rare_name_by_its_water_is_a_place(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in water_place_findings(text)] == expected


@pytest.mark.parametrize(
    "text", ["Lake Region Hospital", "the Big Lake", "Red River", "the Mississippi River"]
)
def test_common_words_by_water_are_left(text: str) -> None:
    assert water_place_findings(text) == []
