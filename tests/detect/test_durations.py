"""A length of time is no date; an age and a date stay out of the class."""

from __future__ import annotations

import pytest

from redact.detect.durations import date_end, is_duration


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("a 60-day review of the plan", "60-day", True),
        ("on a 48-hour hold", "48-hour", True),
        ("the 11-month grief group", "11-month", True),
        ("stayed for 21 days", "21 days", True),
        ("up to 3 days a week", "up to 3 days", True),
        ("more than 15 minutes late", "more than 15 minutes", True),
        ("estimated 2-5 hours of care", "estimated 2-5 hours", True),
        ("a 20-month-old boy", "20-month", False),  # an age
        ("the baby is 7 months old", "7 months", False),  # an age
        ("for six years", "six years", False),  # years are left to NER (an age over 89)
        ("seen March 3", "March 3", False),
        ("seen 3/14", "3/14", False),
    ],
)
def test_is_duration(text: str, part: str, expected: bool) -> None:
    start = text.index(part)
    assert is_duration(text, start, start + len(part)) is expected


@pytest.mark.parametrize(
    ("text", "finding", "date"),
    [
        ("missed the 5 pm Lunch Bus run", "5 pm Lunch", "5 pm"),
        ("at 10:30 Hospice came", "10:30 Hospice", "10:30"),
        ("seen Friday Morning", "Friday Morning", "Friday Morning"),  # a word of time
        ("on June 4 Delgado called", "June 4 Delgado", "June 4 Delgado"),  # no clock time
    ],
)
def test_date_end_cuts_a_capitalised_word_run_onto_a_clock_time(
    text: str, finding: str, date: str
) -> None:
    start = text.index(finding)
    assert text[start : date_end(text, start, start + len(finding))] == date
