"""Dates in the forms case notes use: "03/14/2026", "March 14, 2026", "14 March", "2026-03-14".

Dates of birth, of visits, of removals and of court hearings tie a note to one family; HIPAA's
Safe Harbor removes every element of a date except the year. Presidio's own date recognizer
works case-insensitively on numeric forms only and scores short forms such as "3/14" too low
to be useful, so this one covers what notes actually contain, case-sensitively for month
names ("May 5" is a date, "may 5" is not).

Numbers with slashes are also scores ("7/10"), fractions ("1/2 cup") and times ("3:30"). A
day-month pair without a year ("3/14") is therefore only taken after a date cue ("on 3/14",
"DOB: 3/14", "Tuesday 3/14"), never after "from ... to" or when a scale follows. A bare year
is only taken after a cue ("born in 1985", "since 2019", "in 2004"); years alone are not
identifying under Safe Harbor, so they score lower and a policy can keep them.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
)
#: "Tuesday, " or "Tues. " in front of a date.
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?[ \t]+(?:the[ \t]+)?)?"
#: Day of month, optionally with an ordinal suffix, not part of a longer number.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
#: A range of days, "3-5" or "3 to 5": the second day.
_DAY_RANGE = (
    r"(?:[ \t]*(?:[-–]|to|through|and)[ \t]*(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d))?"
)
_YEAR4 = r"(?:1[89]\d\d|20\d\d)(?!\d)"
#: A year after a day and month: ", 2026", " 2026", " '26".
_YEAR_TAIL = rf"(?:,?[ \t]+{_YEAR4}|[ \t]+['’]\d\d(?!\d))"
#: A time attached to a date: "T09:00", " 11:34:35", " 07:20 PM", " at 9:45 AM EST". A time on
#: its own ("3:30") is never taken.
_TIME_TAIL = (
    r"(?:(?:T|[ \t]+(?:at[ \t]+)?)[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:Z|[+-][0-2]\d:?[0-5]\d)?(?:[ \t]?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?"
    r"(?:[ \t]+(?:UTC|GMT|[ECMP][SD]T|IST|BST|CET|CEST))?(?![\w:]))?"
)
#: Neither side of a numeric date may continue a longer number, code or phone number.
_NUM_START = r"(?<![\w/.\-:])"
_NUM_END = r"(?![\w/\-:]|\.\d)"
#: Month and day as numbers (US order first; European order is validated below).
_MD = r"(?:0?[1-9]|[12]\d|3[01])"

#: Cues after which a day-month pair without a year is a date.
_SHORT_DATE_CUE = (
    rf"(?:\b(?i:on|since|until|till|before|after|dated|date|dob|d\.o\.b\.|due|effective"
    rf"|starting|beginning|as[ \t]+of|visit|visited|appointment|session|seen|scheduled"
    rf"|hearing|meeting|contact|called|next|by)[ \t]*:?[ \t]+|\b{_WEEKDAY},?[ \t]+|\()"
)
#: Cues after which a four-digit year is a date.
_BIRTH_CUE = (
    r"\b(?i:born|b\.|dob|d\.o\.b\.|birth[ \t]+year|year[ \t]+of[ \t]+birth)[ \t]*:?[ \t]*"
    r"(?i:in[ \t]+|on[ \t]+|around[ \t]+|circa[ \t]+|c\.[ \t]*)?"
)
_YEAR_CUE = (
    r"\b(?i:in|since|during|until|till|by|from|before|after|around|circa|of|between|prior[ \t]+to"
    r"|through|as[ \t]+of|summer|spring|fall|autumn|winter|year|class[ \t]+of)[ \t]+"
    r"(?:(?i:early|mid|late)[ \t]*-?[ \t]*)?"
)
#: Between the two years of a range: "1998 and 2001", "2019-2020".
_YEAR_LINK = r"(?:[ \t]*(?:[-–]|to|and|or|through|until|,)[ \t]*)+"
#: What must not follow a year: a unit or count ("in 2000 dollars", "since 1500 words").
_NOT_A_YEAR_AFTER = (
    r"(?![ \t]*(?:%|(?i:dollars|usd|people|persons|words|pages|units|mg|ml|kg|lbs|calories"
    r"|feet|ft|miles|hours|hrs|minutes|times|cases|students|members)\b))"
)


class CaseNoteDateRecognizer(CuedPatternRecognizer):
    """Find calendar dates (entity DATE_TIME).

    - ISO "2026-03-14" (with an optional time): 0.85;
    - month name + day, or day + month name, with or without a year and weekday ("March 14,
      2026", "14 March", "Mar. 14th", "Tuesday, March 3"): 0.8;
    - numeric day, month and year ("03/14/2026", "3/14/26", "14.03.2026"): 0.7;
    - month name + year ("January 2000"): 0.6;
    - day and month after a cue ("on 3/14", "DOB: 3/14"): 0.6;
    - a year after a birth cue ("born in 1985"): 0.8; after another cue ("since 2019"): 0.45.

    Matching is case-sensitive for month names, so the verb "may" and the name "April" in
    lower case never start a date.
    """

    ENTITY: ClassVar[str] = "DATE_TIME"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "yyyy-mm-dd (optional time)",
            rf"{_NUM_START}(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
            rf"{_TIME_TAIL}{_NUM_END}",
            0.85,
        ),
        LeanPattern(
            "month day (year)",
            rf"\b{_WEEKDAY_PREFIX}{_MONTH}[ \t]+(?:the[ \t]+)?{_DAY}{_DAY_RANGE}"
            rf"(?:{_YEAR_TAIL})?(?![\w:/])",
            0.8,
        ),
        LeanPattern(
            "day month (year)",
            rf"(?=[\dMTWFS])\b{_WEEKDAY_PREFIX}{_DAY}{_DAY_RANGE}[ \t]+(?:of[ \t]+)?{_MONTH}"
            r"(?![\p{L}])"
            rf"(?:,?[ \t]+{_YEAR4})?",
            0.8,
        ),
        LeanPattern(
            "m/d/yyyy, d/m/yyyy, m-d-yy, d.m.yyyy",
            rf"(?=[\dMTWFS]){_NUM_START}{_WEEKDAY_PREFIX}{_MD}([/-]){_MD}\1(?:\d\d|{_YEAR4})(?![\w/\-]|\.\d)"
            rf"{_TIME_TAIL}{_NUM_END}"
            rf"|(?=\d){_NUM_START}{_MD}\.{_MD}\.{_YEAR4}{_NUM_END}",
            0.7,
        ),
        LeanPattern(
            "month year",
            rf"\b{_MONTH}(?:[ \t]+of|,)?[ \t]+{_YEAR4}",
            0.6,
        ),
        LeanPattern(
            "m/d after a cue",
            rf"(?=\d)(?<={_SHORT_DATE_CUE})(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}"
            r"(?![ \t]*(?i:scale|points?|pain|rating|score))",
            0.6,
        ),
        LeanPattern(
            "year after a birth cue",
            rf"(?=\d)(?<={_BIRTH_CUE}){_YEAR4}",
            0.8,
        ),
        LeanPattern(
            "year or decade after a cue",
            rf"(?=\d)(?<={_YEAR_CUE}(?:the[ \t]+)?(?:{_YEAR4}(?:['’]?s)?{_YEAR_LINK})*)"
            rf"{_YEAR4}(?:['’]?s)?{_NOT_A_YEAR_AFTER}",
            0.45,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "date",
        "dob",
        "born",
        "birthday",
        "birth",
        "dated",
        "on",
        "since",
    )

    #: Case-sensitive: month names are capitalised; cue words are matched in any case.
    FLAGS: ClassVar[int] = re.MULTILINE

    #: Two numbers and a year, in either order; at least one of them must be a month.
    _NUMERIC: ClassVar[re.Pattern[str]] = re.compile(
        r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}$"
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=self.FLAGS,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop numeric triples where neither of the first two numbers can be a month."""
        match = self._NUMERIC.search(pattern_text)
        if match is None:
            return False
        return int(match.group(1)) > 12 and int(match.group(2)) > 12
