"""Date generalisation: keep only the year, or the month and year, of a date mention.

Notes write dates many ways ("3/14", "March 14, 2026", "2026-03-14"). We parse twice with
two different defaults: a field that changes with the default was not in the text, so we
never invent a year the note did not state; a year is kept only when the text writes one
(the parser turns an age "36" into 2036). Anything we cannot parse becomes `[DATE]`.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from dateutil import parser as date_parser

_DEFAULT_A = datetime(1904, 1, 1)
_DEFAULT_B = datetime(1908, 2, 2)
UNPARSEABLE = "[DATE]"
#: A year the text states: four digits, "'92", the last part of "3/9/10" or "5-MAY-21".
#: The parser also reads a bare "36" as 2036; an age or a day is not a year.
_STATED_YEAR = re.compile(
    r"(?<!\d)(?:1\d|20|21)\d\d(?!\d)|['’]\d\d(?!\d)"
    r"|\d[/.\-]\d{1,2}[/.\-]\d\d(?!\d)|[A-Za-z]-\d\d(?!\d)"
)
#: A four-digit year written out. The fuzzy parser can take another number for the year
#: when words stand before the date ("8 - Thursday, November 13, 2025" reads as 2013, the
#: "2025" as a clock time): a year it reads must be one of these when the text has any.
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20|21)\d\d(?!\d)")

#: A month the text states: a month's name or abbreviation, or the month of a numeric date
#: ("3/14", "2026-03-14", "14.3."). The fuzzy parser reads a month into codes and plates
#: ("8CX4417" as August); a month it found without one of these was never written. Hours
#: are no month and day: "10-11am", "9-10:30" are a range of clock times.
_STATED_MONTH = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z]))"
    r"|(?<![\w.])\d{1,4}[/.\-]\d{1,2}(?![\d])(?![ \t]*(?:(?i:[ap]\.?m)(?![a-z])|:\d))"
)


def _parse(text: str, default: datetime) -> datetime | None:
    try:
        return date_parser.parse(text, default=default, fuzzy=True)
    except (ValueError, OverflowError):
        return None


def generalize_date(text: str, granularity: Literal["year", "month"]) -> str:
    """`text` reduced to its year (or month and year); `[DATE]` when it has neither."""
    a = _parse(text, _DEFAULT_A)
    b = _parse(text, _DEFAULT_B)
    written = set(_FOUR_DIGIT_YEAR.findall(text))
    if a is None or b is None:
        # words the parser does not know around a date ("4 of 6 - Monday, March 17, 2025"):
        # the one year it writes is still the year
        return written.pop() if len(written) == 1 else UNPARSEABLE
    has_year = a.year == b.year and _STATED_YEAR.search(text) is not None
    if has_year and written and str(a.year) not in written:
        # the parser read some other number as the year: trust the year the text writes,
        # and nothing finer (its month may be misread as well)
        return written.pop() if len(written) == 1 else UNPARSEABLE
    has_month = a.month == b.month and _STATED_MONTH.search(text) is not None
    if granularity == "month" and has_month and has_year:
        return a.strftime("%B %Y")
    if granularity == "month" and has_month:
        return a.strftime("%B")
    if has_year:
        return str(a.year)
    return UNPARSEABLE
