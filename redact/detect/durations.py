"""How long, not when: "a 90-day review", "a 13-month bereavement program", "for 14 days".

NER types a length of time as a DATE_TIME, and a research or a public copy that reads "a
[DATE] hold" or "a [DATE] bereavement program" has lost what the record says: how long a
hold, a benefit or a programme lasts. A duration names no day of anyone's life; the day it
counts from is written apart and found apart ("admitted 3/4; 72-hour hold").

A duration here is a count and a unit shorter than a year, maybe a range and a hedge before
it ("up to 2 days", "more than 10 minutes", "estimated 3-4 hours", "first two weeks"), or
the same as an adjective ("90-day", "72-hour", "13-month"). Years are left to NER: "nine
years" may be an age, and an age over 89 is an identifier. A count followed by "old" is an
age and is never read as a duration ("18-month-old").

NER also runs a date into the capitalised word after it ("4 pm Meals" of "the 4 pm Meals
on Wheels delivery"): `date_end` gives the end of the date without such words.
"""

from __future__ import annotations

import re

_COUNT = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|forty-eight|sixty"
    r"|ninety|a[ \t]+few|few|several|couple(?:[ \t]+of)?|a[ \t]+couple(?:[ \t]+of)?)"
)
_HEDGE = (
    r"(?:up[ \t]+to|more[ \t]+than|less[ \t]+than|fewer[ \t]+than|at[ \t]+least|at[ \t]+most"
    r"|about|around|over|under|within|approximately|approx\.?|estimated|nearly|almost|only"
    r"|roughly|another|first|the[ \t]+first|an[ \t]+additional|additional|for)"
)
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?)"
#: A whole DATE_TIME finding that is a length of time and nothing else.
DURATION = re.compile(
    rf"(?i:(?:{_HEDGE}[ \t]+)*{_COUNT}(?:[ \t]*(?:-|–|to|or)[ \t]*\d{{1,3}})?(?:[ \t]+|-){_UNIT})"
)
#: "-old" or " old" after a count: an age ("18-month-old", "9 months old").
_AGE_AFTER = re.compile(r"(?:-|[ \t]+)old\b", re.IGNORECASE)


def is_duration(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a length of time shorter than a year, not an age."""
    if DURATION.fullmatch(text, start, end) is None:
        return False
    return _AGE_AFTER.match(text, end) is None


#: A capitalised word that is no part of a date or a time.
_WORD_AT_END = re.compile(r"[ \t]+([A-Z][a-z]{2,})\Z")
_DATE_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "christmas", "thanksgiving", "easter", "eve", "day",
        "noon", "midnight", "morning", "afternoon", "evening", "night", "spring", "summer",
        "fall", "autumn", "winter", "week", "weekend", "month", "year", "today", "tomorrow",
        "yesterday", "tonight", "sept", "sep", "oct", "nov", "dec", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "new", "year's", "years", "days", "weeks", "months", "hours", "minutes",
    }
)  # fmt: skip
#: A clock time right before the word: "4 pm", "1400", "9:30".
_TIME_BEFORE = re.compile(r"(?:\d{1,2}(?::\d\d)?[ \t]*(?i:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)\Z")


def date_end(text: str, start: int, end: int) -> int:
    """Where a DATE_TIME guessed by NER ends without a capitalised word run onto a clock
    time ("4 pm Meals" ends after "pm"): `end` unchanged when nothing is run on."""
    word = _WORD_AT_END.search(text, start, end)
    if word is None or word.group(1).casefold() in _DATE_WORDS:
        return end
    if _TIME_BEFORE.search(text, start, word.start()) is None:
        return end
    return word.start()


__all__ = ["DURATION", "date_end", "is_duration"]
