"""with_weekdays: a weekday beside a date joins the date finding."""

from __future__ import annotations

import re

import pytest

from redact.detect.weekday_dates import with_weekdays
from redact.findings import Finding


def _grown(text: str, date: str, entity_type: str = "DATE_TIME") -> str:
    match = re.search(re.escape(date), text)
    assert match is not None
    [finding] = with_weekdays(text, [Finding(match.start(), match.end(), entity_type, 0.8)])
    return text[finding.start : finding.end]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("date: thu, mar 6, 2025 8:12 am", "mar 6, 2025", "thu, mar 6, 2025"),
        ("Seen Fri 2/7 at home.", "2/7", "Fri 2/7"),
        ("TUES. 11/4 HV, PT ASLEEP.", "11/4", "TUES. 11/4"),
        ("Sent: Wednesday, October 8, 2025", "October 8, 2025", "Wednesday, October 8, 2025"),
        ("court 4/17 (Thu) at 9", "4/17", "4/17 (Thu)"),
    ],
)
def test_a_weekday_beside_a_date_joins_it(text: str, date: str, expected: str) -> None:
    assert _grown(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Saturdays 3/1 onward", "3/1"),  # a plural is a habit, not the day of the date
        ("meds mon-fri, 3/4 doses", "3/4"),
        ("summon 5/2", "5/2"),  # a word that ends like a weekday
    ],
)
def test_other_words_stay_out(text: str, date: str) -> None:
    assert _grown(text, date) == date


def test_only_dates_grow() -> None:
    text = "Wed 3/12 code 44"
    code = Finding(text.index("3/12"), text.index("3/12") + 4, "CASE_NUMBER", 0.8)
    assert with_weekdays(text, [code]) == [code]
