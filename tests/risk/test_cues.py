"""Residual-risk cue families: what each flags, what it leaves, and that cues carry no text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.risk.cues import (
    OTHER_NUMBER,
    RiskCue,
    described_places,
    exact_numbers,
    family_structure,
    professions,
    rare_diagnoses,
    rare_events,
)

Family = Callable[[str], list[RiskCue]]


def categories(family: Family, text: str) -> list[str]:
    return [c.category for c in family(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The family lost everything in a house fire in the spring.", ["fire"]),
        ("Her brother was sentenced to four years after the trial.", ["court case", "court case"]),
        ("Her husband died in March and the funeral was small.", ["death", "death"]),
        ("He was arrested outside the school.", ["arrest"]),
        ("The car accident made the local news.", ["accident", "news coverage"]),
        ("Their basement flooded during the hurricane.", ["disaster", "disaster"]),
        ("She witnessed a shooting at the bus stop.", ["violent crime"]),
    ],
)
def test_rare_events(text: str, expected: list[str]) -> None:
    assert categories(rare_events, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client attended the session and discussed her budget.",
        "He was fired from the warehouse job.",
        "The fire alarm went off during group.",
    ],
)
def test_no_rare_event(text: str) -> None:
    assert rare_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rent is $1,200 a month.", [("money", "$1,200")]),
        ("She owes 350 dollars to the utility.", [("money", "350 dollars")]),
        (
            "She has five children and two dogs.",
            [("count", "five children"), ("count", "two dogs")],
        ),
        ("A 46-year-old woman; her son is age 9.", [("age", "46-year-old"), ("age", "age 9")]),
        ("Methadone 80 mg daily.", [(OTHER_NUMBER, "80")]),
    ],
)
def test_exact_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.category, text[c.start : c.end]) for c in exact_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 30-39-year-old woman, seen in 2024.",  # an age band and a bare year
        "Client is 90+ and lives alone.",  # a top-coded age
        "Person K7QX lives in ZIP 021XX with [PERSON].",  # our markers' characters
        "PHQ-9 and F43.10 are codes, not counts.",  # digits inside words
        "Sessions 3-4 times a month.",  # a range
        "[withheld: substance use treatment, 42 CFR Part 2]",
    ],
)
def test_generalised_values_and_markers_are_not_exact_numbers(text: str) -> None:
    assert exact_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She works as a baker on the early shift.", ["baker"]),
        ("Her father, a retired firefighter, drove her.", ["firefighter"]),
        ("He was a police officer for twenty years.", ["police officer"]),
        ("Her mother is the town's only pharmacist.", ["pharmacist"]),
        ("A plumber by trade, he now drives for a delivery app.", ["plumber"]),
    ],
)
def test_professions(text: str, expected: list[str]) -> None:
    assert categories(professions, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Writer called her son's teacher about attendance.",
        "She saw her doctor on Tuesday.",
        "Client works at [EMPLOYER] on weekends.",
    ],
)
def test_incidental_mentions_of_occupations_are_not_professions(text: str) -> None:
    assert professions(text) == []


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [
        (rare_diagnoses, "Her son has cystic fibrosis.", ["cystic fibrosis"]),
        (rare_diagnoses, "He is waiting for a kidney transplant.", ["organ transplant"]),
        (rare_diagnoses, "Diagnosed with a rare genetic disorder.", ["genetic syndrome"]),
        (family_structure, "She is raising twins alone.", ["multiple birth"]),
        (family_structure, "He is one of eleven children.", ["large family"]),
        (family_structure, "She was raised by her great-grandmother.", ["raised by grandparents"]),
        (described_places, "She works at the only bakery on the square.", ["one of a kind"]),
        (described_places, "They live next to the old mill.", ["landmark"]),
        (described_places, "It is a small town where everyone knows her.", ["small community"]),
        (described_places, "They rent the yellow house on the corner.", ["distinctive building"]),
    ],
)
def test_other_families(family: Family, text: str, expected: list[str]) -> None:
    assert categories(family, text) == expected


@pytest.mark.parametrize(
    ("family", "text"),
    [
        (rare_diagnoses, "Diagnosis: major depressive disorder, recurrent."),
        (rare_diagnoses, "She has asthma and uses an inhaler."),
        (family_structure, "She lives with her two children and her mother."),
        (described_places, "They live in an apartment downtown."),
        (described_places, "She is the only one who calls her mother."),
    ],
)
def test_other_families_leave_ordinary_details(family: Family, text: str) -> None:
    assert family(text) == []


def test_a_cue_has_no_text_field() -> None:
    cue = rare_events("A house fire.")[0]
    assert set(cue.__slots__) == {"kind", "start", "end", "category"}
    assert "house" not in repr(cue)


def test_acronym_diagnoses_are_case_sensitive() -> None:
    assert rare_diagnoses("She did not say; he also left.") == []
    assert categories(rare_diagnoses, "Her father has ALS.") == ["ALS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen on 6/16 and 7/31/2025.", [("date", "6/16"), ("date", "7/31/2025")]),
        ("Medicaid 770642712057 on file.", [("identifier-like", "770642712057")]),
        ("Call 203 555 0188.", [("identifier-like", "203 555 0188")]),
        # a clock time and a review's length are two numbers, no identifier
        ("[DATE] 1000 90-day recert.", [("other number", "1000"), ("other number", "90")]),
    ],
)
def test_surviving_dates_and_identifier_like_numbers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.category, text[c.start : c.end]) for c in exact_numbers(text)] == expected
