"""Dates of birth, told apart from other dates.

A birth date is a stronger identifier than a visit date, and court filing rules treat it
differently (year only), so it has its own type. It is a date that follows a birth cue:
"DOB 04/02/1989", "D.O.B.: 4/2/89", "date of birth March 3, 1985", "born 3 March 1985",
"born in 1985", and a health office's compact "DOB 021410". The span is the date alone, so
the cue stays readable.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: Who or which the birth date is of, in brackets after the label: "Date of birth (both):",
#: "DOB (Twin A):", "DOB (child)".
_WHOSE = r"(?:[ \t]*\([^()\n]{1,20}\))?"
_CUE = (
    r"(?<=\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on|\s+in)?)"
    rf"{_WHOSE}[\s*_]*[:#-]?[\s*_]*)"
)
#: The birth words alone: the pattern is tried only just after one of them.
_CUE_WORD = r"\b(?:DOB|D\.O\.B|date\s+of\s+birth|birth\s*date|born)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}}"
    # printed without separators by a health-office or pharmacy system: "DOB 021410"
    # (MMDDYY), "DOB 02142010" (MMDDYYYY), "DOB 20100214" (YYYYMMDD)
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:19|20)\d\d|\d\d)"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d\d)(?![\d/])"
)


class BirthDateRecognizer(CuedPatternRecognizer):
    """Find dates of birth (entity DATE_OF_BIRTH) after a birth cue; score 0.9."""

    ENTITY: ClassVar[str] = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern("date after a birth cue", _CUE + _DATE, 0.9, cue=_CUE_WORD),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("dob", "born", "birth")

    #: Any case: a birth-date label is written "DOB", "dob" or "Date of birth".
    FLAGS: ClassVar[int] = re.IGNORECASE
