"""The room a resident lives in: "resides at Saguaro Vista, Room 214-B", "RM/BED: 118-A".

In a nursing home, an assisted-living facility or a group home the room is the resident's
address: with the facility's name it points to one person ("Room 214-B" of a 120-bed home),
and a roommate's room ("roommate in 214-A") to another. A room number elsewhere (a meeting
room, an exam room, "Room 11" of an incident) is no one's home and stays. A room is taken as
a home when:

- a form labels it a resident's room and bed ("RM/BED: 214-B");
- the sentence or line it stands in says someone lives, was placed or moved there
  ("resides", "residing", "lives", "admitted", "placement", "moved to rm 118", "care
  center, room 118"), or names a residential facility ("nursing", "assisted living",
  "memory care", "SNF", "ALF", "LTC");
- a roommate is "in" it ("ROOMMATE IN 214-A").

A building where people live is the same kind of address: a soldier moved "to barracks bldg
9220 rm 114", a student's residence hall building.

The span is the room's number (with its letter), typed STREET_ADDRESS; the word "room" stays.
"""

from __future__ import annotations

import regex

from redact.findings import Finding

SOURCE = "ResidenceRoom"
SCORE = 0.6

#: A room's number: digits, maybe a letter or a bed ("214-B", "118", "14B", "412-2").
_NUMBER = r"\d{1,5}(?:-?[A-Za-z](?![\p{L}])|-\d{1,2})?(?![\d\p{L}])"
_ROOM = regex.compile(
    r"(?<![\p{L}])(?i:room|rm|rm[ \t]*/[ \t]*bed|room[ \t]*/[ \t]*bed|bldg|building)"
    r"\.?[ \t]*[:#]?[ \t]*"
    rf"(?P<n>{_NUMBER})"
)
_LABELLED = regex.compile(r"(?i:r(?:oo)?m[ \t]*/[ \t]*bed)")
_ROOMMATE = regex.compile(rf"(?i:\broom[ \t]?mate[ \t]+(?:is[ \t]+)?in)[ \t]+(?P<n>{_NUMBER})")
#: Words of living somewhere, or of a facility people live in.
_RESIDENCE = regex.compile(
    r"(?i:\b(?:resides?|residing|resident|lives|living|admitted|admit|placement|placed"
    r"|moved|transferred|care[ \t]+cent(?:er|re)|nursing|assisted|memory[ \t]+care|snf|alf"
    r"|ltc|group[ \t]+home|rehab|barracks|quarters|dorm|dormitory|residence[ \t]+hall"
    r"|on-post[ \t]+housing)\b)"
)
#: Where the sentence or line around a room starts and ends.
_BOUNDARY = regex.compile(r"[\n]|[.;!?](?=[ \t]|$)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _BOUNDARY.finditer(text, max(0, start - 160), start)), default=0)
    right = _BOUNDARY.search(text, end)
    return max(left, start - 160), min(right.start() if right else len(text), end + 60)


def residence_room_findings(text: str) -> list[Finding]:
    """STREET_ADDRESS findings for the rooms residents live in (see the module docstring)."""
    lowered = text.casefold()
    if (
        "rm" not in lowered
        and "room" not in lowered
        and "bldg" not in lowered
        and ("building" not in lowered)
    ):
        return []
    found: list[Finding] = []
    for match in _ROOM.finditer(text):
        start, end = match.span("n")
        left, right = _clause(text, match.start(), end)
        if _LABELLED.match(text, match.start()) or _RESIDENCE.search(text, left, right):
            found.append(Finding(start, end, "STREET_ADDRESS", SCORE, source=SOURCE))
    for match in _ROOMMATE.finditer(text):
        found.append(Finding(*match.span("n"), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


__all__ = ["residence_room_findings"]
