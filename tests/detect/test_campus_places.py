"""Named campus buildings and places are LOCATION; generic campus words stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.campus_places import campus_place_findings


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "He has been told not to enter Bixby Hall or The Commons; the Wexler Science "
            "Complex and the Lydia M. Olson Library are shared.",
            ["Bixby Hall", "Wexler Science Complex", "Lydia M. Olson Library", "The Commons"],
        ),
        ("Respondent's meal plan moved to North Dining; lab section changed.", ["North Dining"]),
        ("saw b.m. at the commons dining hall, froze, left tray", ["the commons"]),
        ("meal plan moved to south dining. missed 2 labs", ["south dining"]),
        ("walked back to Harlow Hall alone at 1:40 a.m.", ["Harlow Hall"]),
        ("Reporter: RA, Grayson Hall 3rd floor", ["Grayson Hall"]),
        ("Met at Bramwell Quad near the Student Union.", ["Bramwell Quad"]),
    ],
)
def test_a_named_campus_place_is_a_location(text: str, places: list[str]) -> None:
    found = [text[f.start : f.end] for f in campus_place_findings(text)]
    assert sorted(found) == sorted(places)
    assert all(f.entity_type == "LOCATION" for f in campus_place_findings(text))


@pytest.mark.parametrize(
    "text",
    [
        "She avoids the library and the dining hall at dinner.",
        "Meeting at City Hall, Room 204.",
        "Study Hall on Tuesdays; Public Library card renewed.",
        "Dr. Marcus Hall called back.",
        "Marcus Hall called about the rent.",
        "They sat at the south dining room table.",
    ],
)
def test_generic_campus_words_and_people_stay(text: str) -> None:
    assert campus_place_findings(text) == []


def test_a_campus_building_goes_where_the_court_keeps_organisations(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Mr. Roe has been told not to enter Whitcomb Hall or The Commons. "
        "The Wexler Science Complex is shared; his meal plan moved to North Dining."
    )
    out = redactor_for("court-subpoena").redact(text).text
    for place in ("Whitcomb", "Commons", "Wexler", "North Dining"):
        assert place not in out
    assert "meal plan" in out
