"""An airport's code where a journey is told: "ARRIVAL: 04/09/2025 (SDF)", "pickup SDF 22:40".

Resettlement and travel records note where a family landed, by the airport's three-letter
code. The code names the city a family was sent to, as a town does, and NER reads it as an
organisation or not at all. After a word of arriving, landing, flying or an airport
pickup, a word of three capital letters within the next few dates and times is taken as a
LOCATION (never a term of meaning: "(RCA)" after an arrival date is a programme). A route
after a word of flying, two codes joined by a dash or an arrow ("flight BRO–IAH",
"itinerary: ELP-DFW"), names both cities.
"""

from __future__ import annotations

import re

from redact.detect.meaning import is_meaning
from redact.findings import Finding

SOURCE = "AirportCode"
SCORE = 0.55

_CODE = re.compile(
    r"\b(?i:arrival|arrived(?:[ \t]+(?:at|in|into))?|arriving(?:[ \t]+(?:at|in|into))?"
    r"|landed(?:[ \t]+(?:at|in))?|flew[ \t]+(?:into|to|from)|flight[ \t]+(?:to|from|into)"
    r"|airport(?:[ \t]+(?:pickup|pick-up|pick[ \t]+up))?|departure|departed)\b"
    r"[ \t:]*(?:[\d/.:,-]+[ \t]*(?:(?i:am|pm)\b)?[ \t,]*){0,3}"
    r"(?:\(([A-Z]{3})\)|([A-Z]{3}))(?![\w-])"
)

#: Two codes joined by a dash or an arrow, after a word of flying: a route.
_ROUTE = re.compile(
    r"\b(?i:flights?|flew|flying|itinerary|route|leg|ticketed)\b[ \t:#]*"
    r"(?:[A-Z0-9]{2}[ \t]?\d{2,4}[ \t,]+)?"
    r"([A-Z]{3})[ \t]*(?:[-–—>→/]|to)[ \t]*>?[ \t]*([A-Z]{3})(?![\w-])"
)


def airport_code_findings(text: str) -> list[Finding]:
    """LOCATION findings for airport codes after a word of arriving or flying."""
    found = []
    for match in _CODE.finditer(text):
        group = 1 if match.group(1) else 2  # "(SDF)" whole in its parentheses, or bare
        if not is_meaning(match.group(group)):
            found.append(Finding(*match.span(group), "LOCATION", SCORE, source=SOURCE))
    for match in _ROUTE.finditer(text):
        for group in (1, 2):
            if not is_meaning(match.group(group)):
                found.append(Finding(*match.span(group), "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["airport_code_findings"]
