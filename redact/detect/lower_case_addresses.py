"""A street address typed in lower case: "1417 n hastings way apt 3", "mailed to 88 birch ln #2".

The street-address recognizer reads capitals on purpose (so that "3 children in the court"
is no address), and an address typed fast in a row, a message or a hurried note has none.
The shape is still plain: a house number, the street's name in one to three lower-case
words and a street type. To keep counts and doses out ("took 2 pills way too late"), the
shape must also carry one more mark of an address: a compass letter after the number
("1417 n hastings way"), a unit after the type ("... way apt 3", "... ln #2"), or a word
that places someone before it ("lives at", "mailed to", "address:", "home visit at").
"""

from __future__ import annotations

import re

from redact.findings import Finding

SOURCE = "LowerCaseAddress"
SCORE = 0.6

_TYPE = (
    r"st|street|ave|avenue|rd|road|dr|drive|ln|lane|way|blvd|boulevard|ct|court|pl|place"
    r"|cir|circle|pkwy|parkway|hwy|highway|ter|terrace|trl|trail"
)
_COMPASS = r"(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?"
#: Words that never name a street: articles, pronouns, prepositions, counts' nouns.
_NOT_STREET = frozenset(
    {
        "the", "a", "an", "my", "her", "his", "our", "their", "your", "its", "this", "that",
        "in", "on", "at", "to", "of", "for", "and", "or", "by", "with", "from", "per", "too",
        "pills", "times", "days", "hours", "mins", "minutes", "weeks", "months", "years",
        "mg", "ml", "kids", "people", "cars", "miles", "dollars", "bucks",
    }
)  # fmt: skip
_ADDRESS = re.compile(
    rf"(?<![\w.#/-])(?P<num>\d{{2,6}})[ \t]+(?P<dir>{_COMPASS}[ \t]+)?"
    rf"(?P<name>[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){{0,2}}?)[ \t]+(?:{_TYPE})\.?"
    r"(?P<unit>,?[ \t]+(?:apt\.?|apartment|unit|lot|ste\.?|suite|#)[ \t]*#?[ \t]*[\da-z]{1,5}"
    r"|[ \t]*#[ \t]*[\da-z]{1,5})?(?![\w'’-])"
    # the town and the ZIP that close the line, in lower case too: ", manchester 03104",
    # ", west lebanon nh 03784" (a ZIP must close it: a town alone may be the next clause)
    r"(?P<town>,[ \t]*(?P<place>[a-z][a-z'’.-]*(?:[ \t]+[a-z][a-z'’.-]*){0,2}?"
    r"(?:,?[ \t]+[a-z]{2})?),?[ \t]+(?P<zip>\d{5}(?:-\d{4})?)(?![\w-]))?"
)
#: Words that open a clause, never a town's: "..., she pays 12000", "..., then 45 min".
_CLAUSE_WORDS = frozenset(
    {"she", "he", "they", "we", "i", "you", "it", "who", "which", "then", "but", "so", "also",
     "not", "now", "pays", "paid", "owes", "is", "was", "has", "had"}
)  # fmt: skip
#: A word before the number that places someone there.
_CUE_BEFORE = re.compile(
    r"\b(?:at|to|from|address|addr|lives|living|live|moved|home|house|mailed|visit|hv)"
    r"[ \t]*[:(]?[ \t]*$",
    re.IGNORECASE,
)


def lower_case_address_findings(text: str) -> list[Finding]:
    """STREET_ADDRESS findings for lower-case house-number addresses with a second mark."""
    found = []
    for match in _ADDRESS.finditer(text):
        words = match.group("name").split()
        if any(word in _NOT_STREET for word in words):
            continue
        cued = _CUE_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if not (match.group("dir") or match.group("unit") or cued):
            continue
        town = match.group("town")
        words_of_town = re.findall(r"[a-z'’.-]+", town or "")
        if town and not any(w in _NOT_STREET or w in _CLAUSE_WORDS for w in words_of_town):
            # the town and the ZIP by their own types: a policy keeps a subject's town, or
            # a ZIP's first three digits, where it removes the street
            for group, kind in (("place", "LOCATION"), ("zip", "ZIP_CODE")):
                found.append(
                    Finding(match.start(group), match.end(group), kind, SCORE, source=SOURCE)
                )
        end = match.start("town") if town else match.end()  # ", and pays 12000": no town
        found.append(Finding(match.start(), end, "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


__all__ = ["lower_case_address_findings"]
