"""Court case numbers written as a year, a case-type code and a sequence: "2024 GU 01177".

Probate, common pleas and municipal courts in several states number their cases by year,
a code for the kind of case (GU guardianship, CV civil, CR criminal, DR domestic
relations, JV juvenile) and a sequence, separated by spaces. With a "Case No." label the
labelled-value rule takes the number; without one (a file name, a caption line, a cc
line) no other recognizer sees spaced groups as one number, and NER reads the code as a
name or an organisation. The shape alone is specific enough: a four-digit year, two to
four capitals, then three to seven digits.

The same number is written in other layouts by the people who copy it: joined or dashed
("2023FA000847", "23FA847", "2023-FA-000847", "22-DR-004471"), and typed in lower case in
an exhibit's header or a message ("dane co. 2023fa847"). Joined in lower case it needs the
four-digit year and a code that is no unit of a dose, a time or a weight ("2024mg100" is
no docket). A file number as a tag in a subject line, "[PC 2024-113]", "[Ref 2025-0193]",
is the same kind of number: a letter code, then a year and a sequence, in brackets.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: Units a dose, a time or a weight is typed with: "2024mg100" is no court's code.
_UNITS = (
    r"(?:mg|ml|mcg|kg|lb|lbs|oz|mm|cm|hr|hrs|am|pm|min|sec|yr|yrs|mo|wk|wks|st|nd|rd|th)"
    r"(?![a-z])"
)


class CourtNumberRecognizer(CuedPatternRecognizer):
    """Find "year CODE sequence" court case numbers (entity CASE_NUMBER)."""

    ENTITY: ClassVar[str] = "CASE_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "year, case-type code, sequence",
            r"(?<![^\W_]|[\-/.])(?:19|20)\d\d[ ](?-i:[A-Z]{2,4})[ ]\d{3,7}(?![\w\-/])",
            0.65,
        ),
        LeanPattern(
            "year, case-type code, sequence: joined or dashed",
            r"(?<![^\W_]|[\-/.])(?:19|20)?\d\d(?!-?(?i:" + _UNITS + r"))"
            r"(?-i:[A-Z]{2,3}|-[A-Z]{2,3}-)\d{3,7}"
            r"(?:-(?-i:[A-Z]))?(?![\w\-/])",
            0.65,
        ),
        LeanPattern(
            "year, case-type code, sequence: joined in lower case",
            r"(?<![^\W_]|[\-/.])(?:19|20)\d\d(?!" + _UNITS + r")(?-i:[a-z]{2,3})\d{3,7}"
            r"(?![\w\-/])",
            0.6,
        ),
        LeanPattern(
            "a file number tagged in brackets",
            r"(?<=\[(?-i:[A-Z][A-Za-z]{0,4})[ \t]?#?[ \t]?)(?:19|20)\d\d-\d{2,6}(?=\])",
            0.6,
        ),
    )
