"""Vehicle licence plates, when the note says it is a plate.

Safety plans and police reports record the car of an abuser or a parent ("license plate
7ABC123", "plate # XYZ-1234"). A plate leads to the registered owner's name and address.

Plate formats differ by state and country and look like any short code, so a plate is only
taken right after "plate", "license plate", "tag number" or "vehicle registration"; the
keyword stays outside the span.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: Words that say the next token is a plate. "tag" alone is a game; it needs a marker: a
#: number word after it, or a state's code or "temp" before it ("MD tag 8CX4417").
_KEYWORD = (
    r"(?:(?:licen[cs]e\s+)?plates?(?:\s+(?:number|num|no|#)\.?)?"
    r"|tags?\s+(?:number|num|no|#)\.?"
    r"|(?-i:[A-Z]{2})\s+tags?|temp(?:orary)?\s+tags?"
    r"|(?:vehicle|car)\s+(?:registration|reg\.?)(?:\s+(?:number|num|no|#)\.?)?"
    r"|registration\s+plate|number\s+plate)"
)
_GLUE = r"(?:\s*(?:is|was|reads|read|:|#))?\s*(?:#\s*)?"
#: Upper-case groups of letters and digits joined by a dash or a space ("5KJ 9923"), 3-8
#: characters in all with at least one digit; or one unbroken token in any case that mixes
#: letters and digits ("7abc123"). Case matters here so that "plate 12 inches" is no plate.
_PLATE = (
    r"(?<![\w\-])(?-i:"
    r"(?=[A-Z0-9\- ]{0,10}\d)(?=(?:[A-Z0-9][\- ]?){3,8}(?![A-Za-z0-9]))"
    r"[A-Z0-9]{1,8}(?:[\- ][A-Z0-9]{1,4}){0,2}"
    r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,8}"
    r")(?![\w\-])"
)


class VehiclePlateRecognizer(CuedPatternRecognizer):
    """Find licence plates after a plate keyword (entity VEHICLE_PLATE): score 0.7."""

    ENTITY: ClassVar[str] = "VEHICLE_PLATE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "plate after keyword", rf"(?<=\b{_KEYWORD}{_GLUE}){_PLATE}", 0.7, rf"\b{_KEYWORD}"
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("plate", "license", "licence", "tag", "vehicle", "car")
