"""Partnership names: three surnames in a row, "Reid, Webb and Alvarez" (strict mode).

Law firms, practices and agencies are named after partners ("Hardy, Hernandez and
Fernandez", "Condron, O'Beirne & Torrens"). Strict mode removes each rare surname as a
proper noun, but the "and" and the common surnames ("Barnes", "Johnson") between them stay,
and the firm can be looked up from what is left.

Taken whole as one ORGANIZATION when each of the three words is a known name (Faker, every
locale) or rare in English (wordfreq), and none is a very common word: "Red, White and Blue"
and "Paris, London and Rome" are left to the other recognizers.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern
from redact.detect.wordlists import person_names, zipf_table

#: A capitalised surname, an inner apostrophe or hyphen allowed; a possessive "'s" is not.
_NAME = r"(?-i:\p{Lu})\p{L}*(?:['’\-](?!s\b)\p{L}+)?"


class FirmNameRecognizer(CuedPatternRecognizer):
    """Find "Surname, Surname and Surname" firm names (entity ORGANIZATION): score 0.5."""

    ENTITY: ClassVar[str] = "ORGANIZATION"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "three surnames",
            rf"(?<![\w\-])(?-i:{_NAME}),[ \t]+{_NAME},?[ \t]+(?:and|&)[ \t]+{_NAME}(?![\w\-])",
            0.5,
        ),
    )

    #: A word at or above this Zipf frequency is too common to be a surname here.
    TOO_COMMON: ClassVar[float] = 5.0
    #: A word below this Zipf frequency counts as a name even if Faker does not know it.
    RARE: ClassVar[float] = 3.0

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
        )
        self._zipf = zipf_table()
        self._names = person_names()

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop the match unless all three words are names or rare, and none very common."""
        words = [w.casefold() for w in _NAMES.findall(pattern_text) if w.lower() != "and"]
        for word in words:
            frequency = self._zipf.get(word, 0.0)
            plain = word.replace("'", "").replace("’", "").replace("-", "")
            if frequency >= self.TOO_COMMON:
                return True
            if frequency >= self.RARE and word not in self._names and plain not in self._names:
                return True
        return False


_NAMES = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)?")
