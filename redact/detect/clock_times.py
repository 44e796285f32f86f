"""A clock time that NER ran into the capitalised word after it: "4 pm Meals" of "the 4 pm
Meals on Wheels delivery".

A research or a public copy that reads "missed the [DATE] on Wheels delivery" has lost the
programme; the time is the DATE_TIME, the word after it is not (`date_end`).

Lengths of time ("a 90-day review", "for 14 days") are left as NER finds them: the shared
corpora (TAB, PANORAMA) label them quasi-identifiers, and a strict release removes them.
"""

from __future__ import annotations

import re

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


__all__ = ["date_end"]
