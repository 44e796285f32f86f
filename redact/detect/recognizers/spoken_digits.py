"""A number read out digit by digit: "account ending six six zero four".

Voicemail and call transcriptions write what a caller said, so an account's last digits, a
phone number or a case number comes as words ("five two zero, four oh five ..."). Four
digit words in a row or more are such a number: prose says "one or two", not "six six zero
four". The finding is ID_NUMBER, an identifier every policy that removes numbers removes.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_JOIN = r"(?:[ \t]*[,-][ \t]*|[ \t]+)"
#: Four digit words or more; the first is not "oh" (an exclamation before a number word).
_SPOKEN = rf"(?i)\b(?!oh\b){_DIGIT}(?:{_JOIN}{_DIGIT}){{3,}}\b"


class SpokenDigitsRecognizer(CuedPatternRecognizer):
    """Find numbers spelled out digit by digit (entity ID_NUMBER, 0.7)."""

    ENTITY: ClassVar[str] = "ID_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (LeanPattern("spoken digits", _SPOKEN, 0.7),)
