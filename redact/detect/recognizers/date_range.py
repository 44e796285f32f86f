"""Date ranges, date lists and compound durations, taken whole (strict mode).

NER finds "7 March" and "11 March 2003" but not the "between" and "and" around them, and
finds "twelve years" and "six months" as two dates. Posts and judgments write periods this
way ("between 5 May 2006 and 24 October 2008", "on 30 May, 10 July and 17 October 1997",
"sentenced to two years and six months"); the joining words left between placeholders
still tell the period's shape (a range, three hearings, a sentence). In strict mode the
whole period becomes one date.

A range or list is two to four day-month dates ("7 March", "March 7"), the last with a year,
joined by a comma, "and", "to", "until" or a dash (an "on" allowed after the joiner), with a
leading "between" or "from". A compound duration is two amounts of years, months, weeks or
days joined by "and" ("four years and six months").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?))"
)
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
_YEAR = r"(?:,?[ \t]+(?:1[89]|20)\d\d)"
_DATE = rf"{_DAY_MONTH}{_YEAR}?"
_JOIN = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|to|until|till)[ \t]+|[ \t]*[-–][ \t]*)"
_RANGE = (
    rf"(?:(?:between|from)[ \t]+)?{_DATE}(?:{_JOIN}(?:on[ \t]+)?{_DATE}){{0,2}}"
    rf"{_JOIN}(?:on[ \t]+)?{_DAY_MONTH}{_YEAR}"
)
#: Every range holds a month (the cue); its first date starts at that month, at a day
#: number before it, or at "between"/"from" before that: read backwards from the month.
_BEFORE_MONTH = r"(?:(?:between|from)[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
_AMOUNT = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a|an)"
)
_UNIT = r"(?:years?|months?|weeks?|days?)"
_DURATION = rf"{_AMOUNT}[ \t]+{_UNIT}(?:,?[ \t]+and[ \t]+{_AMOUNT}[ \t]+{_UNIT})+"
#: Every compound duration has a unit followed by "and": the cue. The match starts at the
#: amount before that unit, which is read backwards from the cue (`back`).
_DURATION_CUE = rf"\b{_UNIT},?[ \t]+and[ \t]"


class DateRangeRecognizer(CuedPatternRecognizer):
    """Find date ranges and lists (0.6) and compound durations (0.5) (entity DATE_TIME)."""

    ENTITY: ClassVar[str] = "DATE_TIME"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "date range or list",
            rf"(?<![\w\-]){_RANGE}(?![\w\-])",
            0.6,
            cue=_MONTH,
            reach=0,
            back=_BEFORE_MONTH,
            starts=r"(?<![\w\-])\w",
        ),
        CuedPattern(
            "compound duration",
            rf"(?<![\w\-]){_DURATION}(?![\w\-])",
            0.5,
            cue=_DURATION_CUE,
            reach=0,
            back=r"(?:\d{1,3}|[a-z]+)[ \t]+",
        ),
    )
