"""A town of any country, named where a place stands."""

from __future__ import annotations

import pytest

from redact.detect.world_towns import world_town_findings
from redact.findings import Finding


def _found(text: str, subject: tuple[str, ...] = ()) -> list[str]:
    return [text[f.start : f.end] for f in world_town_findings(text, [], subject)]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Nightmares about the Kakuma years; startles at loud noise.", ["Kakuma"]),
        ("Lived in Kiryandongo settlement, then Adjumani camp.", ["Kiryandongo", "Adjumani"]),
    ],
)
def test_a_town_abroad_where_a_place_stands_is_found(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text",
    [
        "Letter sent via Dunmore to the court.",  # a person after "via"
        "Started sertraline in March; the Suboxone dose held.",
        "Kakuma reported no fever.",  # no place cue: a person may be named so
    ],
)
def test_words_people_and_uncued_names_stay(text: str) -> None:
    assert _found(text) == []


def test_a_word_of_the_subjects_name_or_a_found_span_is_not_taken() -> None:
    text = "Family lived in Kakuma for years."
    assert _found(text, ("Amina Kakuma",)) == []
    assert world_town_findings(text, [Finding(16, 22, "PERSON", 0.8)]) == []
