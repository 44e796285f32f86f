"""Dates with a month name in lower case: "jun 20 2025", "aug 11", "3 sept 2024".

Transcriptions (voicemail, speech-to-text), text messages and hurried notes write month
names in lower case, and the case-note date recognizer reads month names case-sensitively
so that the verb "may" or a march is never a date. A lower-case month abbreviation or a
month name that is no common English word ("jun", "aug", "sept", "october"), followed by a
day, is a date; "may" and "march", which are words, only count when a day and a four-digit
year follow ("may 5 2025"), since "may 5" is also "may 5 of them". The day-first form
("20 jun 2025") needs the year too: "3 oct" reads like a count in lower-case text.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: Month names in lower case that are no common word; "may" and "march" are left out.
_MONTH = (
    r"(?-i:(?:january|february|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
)
_WORD_MONTH = r"(?-i:may|march)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:/])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_YEAR_TAIL = rf"(?:,?[ \t]+{_YEAR})"


class LowerCaseDateRecognizer(CuedPatternRecognizer):
    """Find month-name dates written in lower case (entity DATE_TIME)."""

    ENTITY: ClassVar[str] = "DATE_TIME"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "lower-case month day (year)",
            rf"(?<![\w\-]){_MONTH}[ \t]+{_DAY}{_YEAR_TAIL}?(?![\w\-])",
            0.7,
        ),
        LeanPattern(
            "lower-case may/march day year",
            rf"(?<![\w\-]){_WORD_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}(?![\w\-])",
            0.7,
        ),
        LeanPattern(
            "lower-case day month year",
            rf"(?<![\w\-]){_DAY}[ \t]+(?:{_MONTH}|{_WORD_MONTH}){_YEAR_TAIL}(?![\w\-])",
            0.7,
        ),
    )
