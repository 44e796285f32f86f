"""A clock time ends before a capitalised word NER ran onto it; a date stays whole."""

from __future__ import annotations

import pytest

from redact.detect.clock_times import date_end


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
