"""Agency case and client numbers, court docket and application numbers.

Case notes and court papers cite the file they belong to ("Case #2024-00123", "Docket No.
24-JV-0192", "application no. 18403/91"). Such a number points straight at one family's
record, so it must go even when nothing else in the sentence identifies anyone.

Numbers alone are everywhere in notes (counts, rooms, times, phone numbers), so a number is
only taken when a keyword such as "case", "client" or "docket" stands right before it. The
keyword is matched by a look-behind and stays outside the span: the output reads
"Case #[CASE_NUMBER]", and masking to the last digits works on the number itself. The one
bare form is the court application number "18403/91" (digits, slash, two-digit year), which
appears in long lists after a single "nos." and is scored moderately.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern

#: Words that name the file a number belongs to.
_KEYWORD = (
    r"(?:case|client|docket|application|petition|referral|intake|incident|report|complaint"
    r"|claim|matter|cause|index|file|reference|ref)s?\b"
)
#: Markers between keyword and number: "no.", "#", "number", "ID", "nos." ...
_MARKER = r"(?:number|num|nos?|n[°º]|id|ident|identifier|#)\.?"
#: Optional glue: "Case #: ", "case number is ", "application (no. ".
#: Between the label and the id; markdown emphasis ("**Case #:** 123") is allowed.
_GLUE = r"(?:[*_]{0,3}\s*(?:is|was|:|#|\())?[*_]{0,3}\s*(?:#\s*)?"
#: An identifier: letters, digits, inner dashes, slashes, dots or colons ("1:23-cv-04567");
#: at least one digit, ending near a digit (so "24-hour" is not one), and not a date.
_ID = (
    r"(?=[\w\-/.:]*\d)(?!\d{4}-\d\d-\d\d\b|\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}\b)"
    r"[A-Z0-9](?:[A-Z0-9]|[\-/.:](?=[A-Z0-9]))*(?<=\d[A-Z]{0,2})(?![\w\-/])"
)
#: A court's or agency's letter code before the number: "case file no. IC 119/05".
_LETTER_PREFIX = r"(?:(?-i:[A-Z]{1,4}) (?=[A-Z0-9\-/.:]*\d)){0,2}"

#: Without a marker the identifier must look like a reference, not a count or an ordinal:
#: an inner dash or slash, a few letters mixed with digits, or at least five digits.
#: Nor a month and day ("intake 6/13", "petition 2/5": the day of it, not its number).
_REFERENCE_LIKE = (
    r"(?!\d+(?:st|nd|rd|th)\b)"
    r"(?!(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\w\-/]|\.\d))"
    r"(?=[A-Z0-9:]*[\-/]|[0-9]*[A-Z]{1,4}[0-9]|[A-Z]{0,4}[0-9]+[A-Z]|\d{5})"
)


class CaseNumberRecognizer(CuedPatternRecognizer):
    """Find case, client, docket and application numbers (entity CASE_NUMBER).

    Three patterns, strongest first:

    - keyword + marker + identifier ("case no. CW-55120", "client ID 448812"): 0.85;
    - keyword + identifier that looks like a reference, i.e. it mixes letters and digits, has
      an inner dash or slash, or has at least five digits ("Case 2024-00123"): 0.6. Plain
      short numbers after "case" ("in case 3 ...") and a month and day ("intake 6/13") are
      not taken;
    - a bare application number "12345/67": 0.4, enough to pass the usual threshold on its
      own and to be lifted further by nearby context words; not a blood pressure ("BP
      120/80", "118/76 mmHg").
    """

    ENTITY: ClassVar[str] = "CASE_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "case number (keyword and marker)",
            rf"(?<=\b{_KEYWORD}\s*\(?\s*{_MARKER}{_GLUE}){_LETTER_PREFIX}{_ID}",
            0.85,
            cue=rf"\b{_KEYWORD}\s*\(?\s*{_MARKER}",
            reach=60,  # the glue and up to two letter codes: "case file no. IC 119/05"
        ),
        CuedPattern(
            "case number (keyword only)",
            rf"(?<=\b{_KEYWORD}{_GLUE}){_REFERENCE_LIKE}{_ID}",
            0.6,
            cue=rf"\b{_KEYWORD}{_GLUE}(?=[\w\-/.:]*\d)",
        ),
        LeanPattern(
            "application number (bare)",
            r"(?<![\w\-/.])(?<!(?i:bp|b/p|pressure|reading|bps|mmhg)[ \t:]*)"
            r"\d{3,6}/\d{2}(?![\w\-/]|\.\d)(?![ \t]*(?i:mm|mmhg|bpm)\b)",
            0.4,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "case",
        "client",
        "docket",
        "application",
        "applications",
        "petition",
        "referral",
        "intake",
        "file",
        "reference",
        "court",
    )

    #: "2019/20" reads as a season or fiscal year, not an application number.
    _YEAR_SPAN: ClassVar[re.Pattern[str]] = re.compile(r"(19|20)(\d\d)/(\d\d)")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop year spans such as "2019/20", whose two parts are consecutive years."""
        match = self._YEAR_SPAN.fullmatch(pattern_text)
        if match is None:
            return False
        return (int(match.group(2)) + 1) % 100 == int(match.group(3))
