"""Court case numbers written as a year, a case-type code and a sequence: "2024 GU 01177".

Probate, common pleas and municipal courts in several states number their cases by year,
a code for the kind of case (GU guardianship, CV civil, CR criminal, DR domestic
relations, JV juvenile) and a sequence, separated by spaces. With a "Case No." label the
labelled-value rule takes the number; without one (a file name, a caption line, a cc
line) no other recognizer sees spaced groups as one number, and NER reads the code as a
name or an organisation. The shape alone is specific enough: a four-digit year, two to
four capitals, then three to seven digits.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern


class CourtNumberRecognizer(CuedPatternRecognizer):
    """Find "year CODE sequence" court case numbers (entity CASE_NUMBER)."""

    ENTITY: ClassVar[str] = "CASE_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "year, case-type code, sequence",
            r"(?<![^\W_]|[\-/.])(?:19|20)\d\d[ ](?-i:[A-Z]{2,4})[ ]\d{3,7}(?![\w\-/])",
            0.65,
        ),
    )
