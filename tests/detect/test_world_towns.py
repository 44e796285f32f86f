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


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("18:31 - ma bea: aunty the interpreter be from bamenda, i think", ["bamenda"]),
        ("09/05/2025, 12:10 - ma bea: they take am go kumba district hospital", []),
        ("5/2 4:12p  tasha: my cousin still in kumba, she ok", ["kumba"]),
        ("3/4 9:10 am  dee: we stayed near dadaab two years", ["dadaab"]),
    ],
)
def test_a_town_abroad_in_lower_case_in_a_message_is_found(text: str, towns: list[str]) -> None:
    assert [text[f.start : f.end] for f in world_town_findings(text, [])] == towns


def test_a_lower_case_town_in_prose_is_not_taken() -> None:
    text = "The client, who moved from bamenda in 2019, Reports Sleeping Well."
    assert world_town_findings(text, []) == []
