"""A street named without a house number: "staying at her sister's on Maple Ave".

The address recognizers want a number ("114 Maple Ave"); notes name the street alone when
saying where someone stays, and in a small town the street finds the house. Taken: one to
three capitalised words and a street type, after a word that places something on a street
("on", "off", "near", "along", "down", "of" as in "corner of"). "Dr" and "St" are not taken
before a capitalised word ("Dr Abernathy", "St Joseph's"); "Court" is not a street type
here ("Family Court").
"""

from __future__ import annotations

import regex

from redact.findings import Finding

SOURCE = "StreetName"
SCORE = 0.55

_TYPES = (
    r"Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ter|Terrace|Pkwy|Parkway"
    r"|Hwy|Highway|Cir|Circle|Ct|Trl|Trail|Pike|Way|Pl"
)
_STREET = regex.compile(
    r"(?<=\b(?i:on|off|near|along|down|up|of|past|onto)[ \t]+(?:the[ \t]+)?)"
    r"((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:" + _TYPES + r"))\.?"
    r"(?![ \t]+\p{Lu})(?![\p{L}\d])"
)


def street_name_findings(text: str) -> list[Finding]:
    """STREET_ADDRESS findings for streets named after a placing word, without a number."""
    return [
        Finding(m.start(1), m.end(1), "STREET_ADDRESS", SCORE, source=SOURCE)
        for m in _STREET.finditer(text)
    ]


__all__ = ["street_name_findings"]
