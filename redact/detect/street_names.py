"""Streets and towns of an address written so the address recognizers miss them.

A street named without a house number: "staying at her sister's on Maple Ave", "the Circle
K on Hwy 501".

The address recognizers want a number ("114 Maple Ave"); notes name the street alone when
saying where someone stays, and in a small town the street finds the house. Taken: one to
three capitalised words and a street type, after a word that places something on a street
("on", "off", "near", "along", "down", "of" as in "corner of"). "Dr" and "St" are not taken
before a capitalised word ("Dr Abernathy", "St Joseph's"); "Court" is not a street type
here ("Family Court").

A town in "Town, State ZIP" form, wherever the line around it breaks the address pattern
("119 Belmont Street · Worcester, Massachusetts 01605"): the town goes with the ZIP.
"""

from __future__ import annotations

import regex

from redact.detect.state_codes import STATE_CODES
from redact.findings import Finding

SOURCE = "StreetName"
SCORE = 0.55

_TYPES = (
    r"Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ter|Terrace|Pkwy|Parkway"
    r"|Hwy|Highway|Cir|Circle|Ct|Trl|Trail|Pike|Way|Pl|Loop"
)
_STREET = regex.compile(
    # "on Maple Ave", and a home named by its street: "at mom's apt Pike Bay Loop"
    r"(?<=\b(?:(?i:on|off|near|along|down|up|of|past|onto)|(?i:apt|apartment|house|trailer))"
    r"[ \t]+(?:the[ \t]+)?)"
    r"((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:" + _TYPES + r"))\.?"
    r"(?![ \t]+\p{Lu})(?![\p{L}\d])"
)

#: A numbered road without a house number: "the Circle K on Hwy 501", "off Route 9",
#: "along I-95", "near State Road 7". A road and a landmark on it find the place.
_NUMBERED_ROAD = regex.compile(
    r"(?<=\b(?i:on|off|near|along|down|up|past|onto|by|at|from)[ \t]+(?:the[ \t]+)?)"
    r"((?:(?:US|U\.S\.|State|County|SR|CR|Farm[ \t]+to[ \t]+Market|FM)[ \t]+)?"
    r"(?:Hwy|Highway|Route|Rte|Rt|Interstate)\.?[ \t]*\d{1,4}[A-Z]?"
    r"|I-\d{1,3})(?![\p{L}\d])"
)


#: A state, county or US road written with a hyphen ("SR-408", "CR-15", "US-27"), or with a
#: space after a placing word ("ON THE SR 408 OVERPASS"); "Wellbutrin SR 150" is a dose,
#: so the spaced form needs the placing word.
_HYPHEN_ROAD = regex.compile(
    r"(?<![\p{L}\d-])(?:SR|CR|US|SH|FM|RT|RTE|HWY)-\d{1,4}[A-Z]?(?![\p{L}\d-])"
    r"|(?<=\b(?i:on|off|near|along|past|onto|at|from|to|the)[ \t]+)"
    r"(?:SR|CR|US|SH|FM)[ \t]+\d{1,4}(?![\p{L}\d-])"
)
#: A street written in capitals after a placing word, as police and transport forms are:
#: "DROPPED AT CONWAY RD", "ON N ORANGE BLOSSOM TRL". "ST" and "DR" followed by another
#: capitalised word are a saint or a doctor ("AT ST JOSEPH ER", "SEEN BY DR PATEL").
_CAPS_STREET = regex.compile(
    r"(?<=\b(?:ON|OFF|NEAR|ALONG|DOWN|UP|OF|PAST|ONTO|AT|FROM|TO)[ \t]+(?:THE[ \t]+)?)"
    r"((?:[NSEW][ \t]+)?(?:[A-Z][A-Z'’-]+[ \t]+){1,3}"
    r"(?:AVE|AVENUE|ST|STREET|RD|ROAD|BLVD|BOULEVARD|LN|LANE|DR|DRIVE|PKWY|PARKWAY|HWY"
    r"|HIGHWAY|CIR|CT|TRL|TRAIL|PIKE|WAY|LOOP))\.?(?![\p{L}\d])"
    r"(?<!(?<![A-Z])(?:ST|DR)\.?(?=[ \t]+[A-Z]))"
)


#: US state names, "|"-joined (a regex alternation).
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia"
)
#: The same names folded for lookup ("new hampshire"): the one set every module asks "is this
#: a state?" of, so that the list of states lives in one place.
US_STATES: frozenset[str] = frozenset(name.casefold() for name in STATE_NAMES.split("|"))
_TOWN_STATE_ZIP = regex.compile(
    r"(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’.-]+[ \t]+){0,2}\p{Lu}[\p{L}'’.-]+),?[ \t]+"
    r"(?:(?i:" + STATE_NAMES + r")|(?:" + "|".join(STATE_CODES) + r"))\.?[ \t]+\d{5}(?:-\d{4})?\b"
)


def street_name_findings(text: str) -> list[Finding]:
    """STREET_ADDRESS findings for streets named after a placing word, without a number, and
    LOCATION findings for the town of a "Town, State ZIP" line."""
    streets = [
        Finding(m.start(1), m.end(1), "STREET_ADDRESS", SCORE, source=SOURCE)
        for pattern in (_STREET, _NUMBERED_ROAD, _CAPS_STREET)
        for m in pattern.finditer(text)
    ] + [
        Finding(m.start(), m.end(), "STREET_ADDRESS", SCORE, source=SOURCE)
        for m in _HYPHEN_ROAD.finditer(text)
    ]
    towns = [
        Finding(m.start(1), m.end(1), "LOCATION", SCORE, source=SOURCE)
        for m in _TOWN_STATE_ZIP.finditer(text)
    ]
    return streets + towns


__all__ = ["STATE_NAMES", "US_STATES", "street_name_findings"]
