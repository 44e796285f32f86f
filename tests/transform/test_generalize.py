"""Generalising dates, ages and ZIP codes."""

from __future__ import annotations

import pytest

from redact.findings import Action, Finding
from redact.policy.loader import load_policy
from redact.transform.ages import generalize_age
from redact.transform.dates import generalize_date
from redact.transform.operators import keep_unchanged_dates
from redact.transform.zip3 import generalize_zip


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("03/14/2026", "2026", "March 2026"),
        ("March 14, 2026", "2026", "March 2026"),
        ("2026-03-14", "2026", "March 2026"),
        ("14 March 2026", "2026", "March 2026"),
        ("3/14", "[DATE]", "March"),
        ("14 March", "[DATE]", "March"),
        ("1985", "1985", "1985"),
        ("last Tuesday", "[DATE]", "[DATE]"),
        ("March 2026", "2026", "March 2026"),
        ("'92", "1992", "1992"),
        # words and a number before the date: the parser reads "13" as the year
        ("8 - Thursday, November 13, 2025", "2025", "2025"),
        ("4 of 6 - Monday, March 17, 2025", "2025", "2025"),
        ("21.5.21", "2021", "May 2021"),
        ("5-May-2021", "2021", "May 2021"),
        ("05-MAY-21", "2021", "May 2021"),
        ("3/9/10", "2010", "March 2010"),
        ("May 5th", "[DATE]", "May"),
        ("10/3 11:48 PM", "[DATE]", "October"),
        ("2024-03-15T14:30:00+02:00", "2024", "March 2024"),
        # an age or a day-of-month read as a date never becomes a year
        ("36", "[DATE]", "[DATE]"),
        ("71", "[DATE]", "[DATE]"),
        ("36 years", "[DATE]", "[DATE]"),
        ("May-21", "[DATE]", "May"),
        # a code or a plate the parser reads a month into states no month
        ("8CX4417", "[DATE]", "[DATE]"),
        # a range of clock times is no month and day
        ("10-11am", "[DATE]", "[DATE]"),
        ("9-10:30 a.m.", "[DATE]", "[DATE]"),
    ],
)
def test_dates_keep_only_what_the_text_stated(text: str, year: str, month: str) -> None:
    assert generalize_date(text, "year") == year
    assert generalize_date(text, "month") == month


@pytest.mark.parametrize(
    ("text", "band", "over", "expected"),
    [
        ("a 34-year-old", 10, None, "a 30-39-year-old"),
        ("age 7", 10, None, "age 0-9"),
        ("age 93", None, 89, "age 90+"),
        ("age 89", None, 89, "age 89"),
        ("aged 95", 10, 89, "aged 90+"),
        ("age 30-39", 10, None, "age 30-39"),
        ("age unknown", 10, None, "[AGE]"),
        ("71", None, 89, "71"),
        ("36", 10, None, "30-39"),
        ("15-year-old", None, 89, "15-year-old"),
        ("101", None, 89, "90+"),
    ],
)
def test_ages(text: str, band: int | None, over: int | None, expected: str) -> None:
    assert generalize_age(text, band, over) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("02139", "021XX"), ("02139-4307", "021XX"), ("03601", "000XX"), ("MA", "[ZIP]")],
)
def test_zip_to_three_digits_with_restricted_areas(text: str, expected: str) -> None:
    assert generalize_zip(text) == expected


@pytest.mark.parametrize("band_text", ["age 30-39", "a 30-39-year-old"])
def test_age_generalisation_is_idempotent(band_text: str) -> None:
    assert generalize_age(band_text, 10, None) == band_text


def _date(text: str, written: str, label: str = "DATE_TIME") -> Finding:
    start = text.index(written)
    return Finding(start, start + len(written), label, 0.85, Action.GENERALIZE, "SpacyRecognizer")


@pytest.mark.parametrize(
    ("policy", "actions"),
    [
        # a year is what a year policy writes; "August 2021" and the full dates change
        ("research-safe-harbor", [Action.KEEP, Action.GENERALIZE, Action.GENERALIZE, Action.KEEP]),
        # a month and year is what a month policy writes
        ("consultation", [Action.KEEP, Action.KEEP, Action.GENERALIZE, Action.KEEP]),
    ],
)
def test_a_date_its_generalisation_leaves_as_written_is_a_keep(
    policy: str, actions: list[Action]
) -> None:
    text = "Moved in 2019, with aunt since August 2021. Intake 3/14/2025. Born 1998."
    found = [
        _date(text, "2019"),
        _date(text, "August 2021"),
        _date(text, "3/14/2025"),
        _date(text, "1998", "DATE_OF_BIRTH"),
    ]
    kept = keep_unchanged_dates(text, found, load_policy(policy).policy)
    assert [f.action for f in kept] == actions


def test_a_birth_year_safe_harbor_top_codes_stays_generalised() -> None:
    text = "Born 1931."
    found = [_date(text, "1931", "DATE_OF_BIRTH")]
    kept = keep_unchanged_dates(text, found, load_policy("research-safe-harbor").policy)
    assert kept[0].action is Action.GENERALIZE
