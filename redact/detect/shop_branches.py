"""A shop's branch named with its street: "Rx sent to Safeway Pharmacy 9th Ave", "Pharm:
Publix #1187 Alafaya Trl".

A pharmacy, a grocery or a store written with the street it stands on (or its store number
and street) is one branch in one town, where the client fills a prescription or shops: it
places the client as an address does. NER reads the chain's name as an organisation, which a
policy that keeps organisations (a court) keeps while the street beside it goes, and the
recipient has the branch all the same. The name (one to three capitalised words) with its
kind of shop or its store number, and the street right after it (a numbered street or
capitalised words ending in a street type), are taken together as a LOCATION, as a chain
store with its street is in a message (`redact.detect.lower_case_places`).

Only offsets leave this module.
"""

from __future__ import annotations

import regex

from redact.findings import Finding

SOURCE = "ShopBranch"
SCORE = 0.6

#: Kinds of shop a branch is named by.
_SHOP = r"(?:Pharmacy|Drugs?|Drugstore|Grocery|Market|Supermarket|Foods|Store)"
_STREET_TYPE = (
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Pkwy|Parkway|Hwy"
    r"|Highway|Trl|Trail|Pike|Way|Ct|Cir|Plaza)"
)
_WORD = r"\p{Lu}[\p{L}'’&-]*"
_BRANCH = regex.compile(
    rf"(?<![\p{{L}}\d'’.&-])(?:{_WORD}[ \t]+){{0,2}}"
    rf"(?:{_WORD}[ \t]+{_SHOP}(?:[ \t]+\#[ \t]?\d{{2,5}})?|{_WORD}[ \t]+\#[ \t]?\d{{2,5}})"
    rf"(?:,?[ \t]+(?:on[ \t]+)?)"
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?:[NSEW]\.?[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?)"
    rf"[ \t]+{_STREET_TYPE}(?![\p{{L}}\d])"
)
#: Words that start a sentence or name a kind, not a shop's name.
_NOT_FIRST = frozenset({"The", "A", "An", "Our", "Her", "His", "Their", "My", "To", "At", "From"})
#: Words a number follows in an address or a ward, never a shop's name: "Room #12 Main St".
_UNITS = frozenset(
    {"room", "rm", "apt", "apartment", "suite", "ste", "unit", "lot", "space", "box", "bed",
     "bldg", "building", "floor", "pod", "cell", "site", "pad", "trailer", "door", "gate"}
)  # fmt: skip
_NUMBERED = regex.compile(r"(\p{L}+)[ \t]+\#")


def shop_branch_findings(text: str) -> list[Finding]:
    """LOCATION findings for a shop named with its street."""
    found: list[Finding] = []
    for match in _BRANCH.finditer(text):
        start = match.start()
        numbered = _NUMBERED.search(match.group())
        if numbered is not None and numbered.group(1).casefold() in _UNITS:
            continue
        first = match.group().split()[0]
        if first in _NOT_FIRST:
            start += len(first) + 1
        found.append(Finding(start, match.end(), "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["shop_branch_findings"]
