"""Named places on a campus: "North Dining", "The Commons", "Wexler Science Complex".

A student's record says where things happened and where people must not go: the respondent
"has been told not to enter Bixby Hall or The Commons", his "meal plan moved to North
Dining", the hearing was "in Jamrich Hall 1320", the two share "the Lydia M. Olson Library".
On a campus of a few thousand these name the student's residence, routine and building, and
with the university they find her. NER reads such names as people ("Lydia M. Olson
Library", "Harlow Hall") or organisations ("Wexler Science Complex"), so a policy that keeps
organisations (a court) kept them, and one that keeps places but removes people took a
building for a person and looked for "Hall" all over the release. They are places: LOCATION.

Taken, as LOCATION:

- a name of one to four capitalised words (an initial may stand among them, "Lydia M.
  Olson") before a word for a campus building ("Hall", "Library", "Complex", "Commons",
  "Quad", "Union", "Fieldhouse", "Gymnasium", "Annex", "Building", "Dining Hall"), when one
  of its words is rare in English or a listed surname ("Wexler", "Olson"): "City Hall",
  "Study Hall", "Public Library", "Student Union" name no one building and stay. A hall
  whose name is a given name ("Harlow Hall", and "Marcus Hall" the person) is taken only
  where a place is meant: after "in", "at", "enter", "outside", "back to" ..., or before a
  floor, a room, its stairs or lobby;
- a compass word and "Dining" or "Commons", in any case ("North Dining", "west commons"),
  not a dining room or table;
- "the Commons" with a capital, and "the commons" in lower case where a place is meant
  ("at the commons", "the commons dining hall").

"the library", "the dining hall", "the quad" are kinds of place and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.wordlists import given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "CampusPlace"
SCORE = 0.6
#: A name word rarer than this in English names one place ("Wexler" 2.7, "Olson" 3.3; not
#: "Science" or "Student").
MAX_NAME_ZIPF = 3.5

#: Words for a campus building, after its name.
_HEAD = (
    r"(?:Dining[ \t]+(?:Hall|Commons|Center|Centre)|Hall|Library|Complex|Commons|Quad"
    r"|Quadrangle|Union|Fieldhouse|Field[ \t]+House|Gymnasium|Annex|Building)"
)
#: A capitalised name word or an initial ("M.").
_WORD = r"(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.)"
_BUILDING = regex.compile(
    rf"(?<![\p{{L}}\d.'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+(?P<head>{_HEAD})"
    r"(?![\p{L}\d'’-])"
)
#: Words that start a sentence or a line before a name and are no part of it.
_NOT_NAME = frozenset(
    {"the", "a", "an", "this", "that", "her", "his", "their", "our", "my", "your", "its",
     "at", "in", "to", "from", "of", "on", "for", "by", "into", "near", "outside", "inside",
     "enter", "and", "or", "but", "also", "both", "client", "student", "pt", "met", "meeting",
     "hearing", "held", "moved", "lives", "resides", "respondent", "complainant"}
)  # fmt: skip
_TITLE = regex.compile(
    r"(?i:mrs|mr|ms|mx|miss|dr|prof|rev|fr|sgt|officer|det|judge|coach|dean)\.?[ \t]+\Z"
)
#: Before a hall named like a person: words that say a place is meant.
_PLACE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:in|at|into|inside|outside|near|enter|entering|entered|leave|leaving"
    r"|left|(?:back|walked|went|moved|returned|go|going|came|run|ran)[ \t]+to)[ \t]+\Z)"
)
#: After a hall named like a person: a floor, a room, its stairs, lobby or basement.
_PLACE_AFTER = regex.compile(
    r"(?i:,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)[ \t]+floor|(?:rm|room)\b|\d{2,4}[A-Za-z]?\b"
    r"|lobby|stair|basement|dorm|residence|floor))"
)
_COMPASS = regex.compile(
    r"(?<![\p{L}])(?i:north|south|east|west|central|upper|lower)[ \t]+(?i:dining|commons)"
    r"(?![\p{L}])(?![ \t]+(?i:room|table|area|chair|set|furniture))"
)
_COMMONS = regex.compile(r"(?<![\p{L}])[Tt]he[ \t]+Commons(?![\p{L}])")
_LOWER_COMMONS = regex.compile(
    r"(?<![\p{L}])(?:(?<=(?i:\b(?:at|in|into|near|outside|inside|enter|from|to))[ \t]+)"
    r"the[ \t]+commons(?![\p{L}])|the[ \t]+commons(?=[ \t]+(?i:dining|hall|cafe|café)))"
)


def _name_words(name: str) -> list[str]:
    words = name.split()
    while words and words[0].casefold() in _NOT_NAME:
        words.pop(0)
    return words


def _names_one_place(words: Sequence[str]) -> bool:
    """Whether a word of the name is rare in English or a listed surname."""
    return any(
        len(w) > 2 and (zipf(w) < MAX_NAME_ZIPF or w.casefold() in person_names()) for w in words
    )


def _person_named(words: Sequence[str]) -> bool:
    """Whether the name reads as a person's: its first word a given name ("Harlow")."""
    return words[0].casefold() in given_names()


def campus_place_findings(text: str) -> list[Finding]:
    """LOCATION findings for named campus buildings and places (see the module docstring)."""
    found: list[Finding] = []
    for match in _BUILDING.finditer(text):
        words = _name_words(match.group("name"))
        if not words or not _names_one_place(words):
            continue
        start = match.end("name") - len(" ".join(words))
        if text[start : match.end("name")].split() != words:  # words joined by tabs or runs
            start = text.index(words[0], match.start("name"))
        if _TITLE.search(text, max(0, start - 12), start) is not None:
            continue  # "Dr. Marcus Hall": a person
        if _person_named(words) and match.group("head") == "Hall":
            before = _PLACE_BEFORE.search(text, max(0, start - 24), start)
            if before is None and _PLACE_AFTER.match(text, match.end()) is None:
                continue
        found.append(Finding(start, match.end(), "LOCATION", SCORE, source=SOURCE))
    for pattern in (_COMPASS, _COMMONS, _LOWER_COMMONS):
        found.extend(
            Finding(m.start(), m.end(), "LOCATION", SCORE, source=SOURCE)
            for m in pattern.finditer(text)
        )
    return found


__all__ = ["SOURCE", "campus_place_findings"]
