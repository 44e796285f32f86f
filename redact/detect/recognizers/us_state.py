"""A US state's postal abbreviation in an address line ("Brianville, NY 11816").

spaCy tags state names but rarely the two-letter code at the end of an address, and a
state plus a city or ZIP narrows a client down. Only codes directly followed by a ZIP code
count, so "IT", "OR" and "ME" in prose are left alone.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern
from redact.detect.state_codes import STATE_CODES


class UsStateCodeRecognizer(CuedPatternRecognizer):
    """Find a state code before a ZIP code (entity LOCATION); score 0.7."""

    ENTITY: ClassVar[str] = "LOCATION"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "state code before a ZIP",
            r"(?<![\w-])(?:" + "|".join(STATE_CODES) + r")(?=,?[ \t]+\d{5}(?:-\d{4})?\b)",
            0.7,
        ),
    )

    #: Case-sensitive: a state's code is written in capitals.
    FLAGS: ClassVar[int] = 0
