"""Vehicle licence plates, when the note says it is a plate.

Safety plans and police reports record the car of an abuser or a parent ("license plate
7ABC123", "plate # XYZ-1234"). A plate leads to the registered owner's name and address.

Plate formats differ by state and country and look like any short code, so a plate is only
taken right after "plate", "license plate", "tag number" or "vehicle registration"; the
keyword stays outside the span. A message or a safety plan also describes the car and gives
its state and plate with no keyword ("the silver equinox tn BNX 4427", "black f150, TX
KLM-2291"): a colour or a vehicle word, at most three words, a state's postal code in any
case, then a plate that mixes letters and digits, is a plate too (the code stays outside).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer
from redact.detect.state_codes import STATE_CODES

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

#: What describes a car: its colour or a vehicle word ("silver equinox", "the truck").
_VEHICLE = (
    r"(?:white|black|silver|gr[ae]y|red|blue|green|tan|maroon|gold|brown|beige|burgundy"
    r"|car|truck|van|minivan|suv|sedan|pickup|jeep|coupe|hatchback)"
)
#: After a car's description: up to three words, a comma, a state's code in any case.
_DESCRIBED = rf"\b{_VEHICLE}(?:[ \t]+[\w-]+){{0,3}},?[ \t]+(?:{'|'.join(STATE_CODES)})[ \t]+"
#: A plate that mixes capitals and digits, 4 to 8 of them, so that "tn 2019" (a year) or
#: "TX 2019 HONDA" is no plate: letters then a digit ("BNX 4427"), or a digit then a letter.
_MIXED_PLATE = (
    r"(?<![\w\-])(?-i:(?=(?:[A-Z0-9][\- ]?){4,8}(?<![\- ])(?![a-z])(?![\- ]?[A-Z0-9]))"
    r"(?:[A-Z]{1,4}[\- ]?\d[A-Z0-9]{0,5}|\d[A-Z0-9]{0,3}[\- ]?[A-Z][A-Z0-9]{0,5}))(?![\w\-])"
)


class VehiclePlateRecognizer(CuedPatternRecognizer):
    """Find licence plates after a plate keyword (entity VEHICLE_PLATE): score 0.7."""

    ENTITY: ClassVar[str] = "VEHICLE_PLATE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "plate after keyword", rf"(?<=\b{_KEYWORD}{_GLUE}){_PLATE}", 0.7, rf"\b{_KEYWORD}"
        ),
        CuedPattern(
            "plate after a described car and its state",
            rf"(?<={_DESCRIBED}){_MIXED_PLATE}",
            0.6,
            rf"\b{_VEHICLE}\b",
            reach=60,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("plate", "license", "licence", "tag", "vehicle", "car")
