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

A named hall or building with a room number after it ("Harlow Hall, Rm 318B", "Okafor Hall
4C", "jamrich hall 1320") is where a student lives or studies: on a campus the hall's name
points to a few hundred people, and with the room to one. The name is taken as a LOCATION
(so that its other mentions are found too, `organisation_mentions`) and the name with its
room as the address, whole: "Harlow Hall, Room [ADDRESS]" would still say a student lives
in a hall and which. A hall named by common words only ("City Hall", "Study Hall") is no
one's.
"""

from __future__ import annotations

import regex

from redact.detect.wordlists import zipf
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
#: A unit of a building people live in ("moved to unit 7c at the oak st apartments", "she
#: stays in unit 12 at the shelter"): a ward or a course has units too, so only where the
#: clause says someone lives there.
_UNIT = regex.compile(rf"(?<![\p{{L}}])(?i:unit)\.?[ \t]*#?[ \t]*(?P<n>{_NUMBER})")
_HOUSED = regex.compile(
    r"(?i:\b(?:resides?|residing|lives|living|live|moved|moving|stays|staying|stay"
    r"|apartments?|apts?|shelter|housing|lease|rent|dorm|dormitory|barracks)\b)"
)
#: A named hall or building and a room number after it: "Harlow Hall, Rm 318B".
_HALL = regex.compile(
    r"(?<![\p{L}\d'’.-])(?P<name>(?:\p{L}[\p{L}'’.-]*[ \t]+){1,3}"
    r"(?i:hall|house|tower|towers|building|bldg\.?|complex|dormitory|dorm))"
    r",?[ \t]+(?:(?i:room|rm)\.?[ \t]*#?[ \t]*)?"
    rf"(?P<n>{_NUMBER})"
)
#: A hall's name needs a word English hardly uses ("Harlow", not "City" or "Study").
MAX_HALL_NAME_ZIPF = 3.5
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’.-]*")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "rev", "fr", "sgt", "officer"})
#: Capitalised words that start a sentence before a hall's name, not part of it.
_NOT_NAME = frozenset(
    {"lives", "living", "resides", "residence", "moved", "in", "at", "to", "from", "the",
     "dorm", "room", "rm", "met", "meeting", "hearing", "held", "student", "client"}
)  # fmt: skip

#: Where the sentence or line around a room starts and ends.
_BOUNDARY = regex.compile(r"[\n]|[.;!?](?=[ \t]|$)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _BOUNDARY.finditer(text, max(0, start - 160), start)), default=0)
    right = _BOUNDARY.search(text, end)
    return max(left, start - 160), min(right.start() if right else len(text), end + 60)


def residence_room_findings(text: str) -> list[Finding]:
    """STREET_ADDRESS findings for the rooms residents live in (see the module docstring)."""
    lowered = text.casefold()
    found: list[Finding] = []
    if "unit" in lowered:
        for match in _UNIT.finditer(text):
            left, right = _clause(text, match.start(), match.end())
            if _HOUSED.search(text, left, right):
                found.append(Finding(*match.span("n"), "STREET_ADDRESS", SCORE, source=SOURCE))
    if (
        "rm" not in lowered
        and "room" not in lowered
        and "bldg" not in lowered
        and ("building" not in lowered)
    ):
        return found
    for match in _ROOM.finditer(text):
        start, end = match.span("n")
        left, right = _clause(text, match.start(), end)
        if _LABELLED.match(text, match.start()) or _RESIDENCE.search(text, left, right):
            found.append(Finding(start, end, "STREET_ADDRESS", SCORE, source=SOURCE))
    for match in _ROOMMATE.finditer(text):
        found.append(Finding(*match.span("n"), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found + hall_findings(text)


def hall_findings(text: str) -> list[Finding]:
    """A LOCATION for a named hall with a room number after it, and a STREET_ADDRESS for
    the room (see the module docstring)."""
    found = []
    for match in _HALL.finditer(text):
        name = match.group("name")
        words = list(_NAME_WORD.finditer(name))
        kind = words.pop()
        lead = words[-1:]  # "jamrich hall": the one word before a kind in lower case
        if kind.group()[:1].isupper():  # "Lives in Okafor Hall": the capitalised run
            lead = []
            for word in reversed(words):
                if not word.group()[:1].isupper() or word.group().casefold() in _NOT_NAME:
                    break
                lead.insert(0, word)
        if not lead or not any(zipf(w.group()) < MAX_HALL_NAME_ZIPF for w in lead):
            continue
        if any(w.group().casefold().rstrip(".") in _TITLES for w in lead):
            continue  # "Dr. Marcus Hall 412": a person and a number
        start = match.start("name") + lead[0].start()
        found.append(Finding(start, match.end("name"), "LOCATION", SCORE, source=SOURCE))
        found.append(Finding(start, match.end("n"), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


__all__ = ["residence_room_findings"]
