"""A township or a small community the gazetteer misses, named as places are: "moved out
to Harborcreek", "Keywords: SSDI; Walgreens; Harborcreek".

GeoNames' populated places (`place_names`, `state_towns`) hold towns of 500 people or more;
townships and unincorporated communities ("Harborcreek", "Fairlawn", "Brookfield" of a
county) are not among them, yet a record names the client's one as surely as a city. A
capitalised word made of two place-name elements that English uses little as a word
(`lower_case_places.is_place_compound`: "Harborcreek", "Oakbrook", "Westfield"), that no
name list holds, is taken as a LOCATION where a place stands: after "in", "near", "outside",
"to" or "from" (not "at": "at Parkview" is as often a hospital, which a policy may keep),
before a comma and a state, or as an item of a list (between semicolons or commas, alone).
A word followed by another capitalised word is part of a longer name ("Oakbrook Terrace
Apartments", "Parkview Hospital") and is left to the rules for names.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.lower_case_places import is_place_compound
from redact.detect.meaning import is_meaning
from redact.detect.wordlists import person_names
from redact.findings import Finding

SOURCE = "CompoundTown"
SCORE = 0.55

_WORD = r"(\p{Lu}\p{Ll}{5,})(?![\p{L}\d'’-])(?![ \t]+\p{Lu})"
_CUED = regex.compile(rf"(?<![\p{{L}}\d])(?:in|near|outside|to|from)[ \t]+{_WORD}")
_LISTED = regex.compile(rf"(?:^|(?<=[;,][ \t]*))[ \t]*{_WORD}(?=[ \t]*(?:[;,]|$))", regex.M)
_STATED = regex.compile(
    rf"(?<![\p{{L}}\d])(?<!\p{{Lu}}\p{{L}}*[ \t]+){_WORD}(?=,[ \t]*[A-Z]{{2}}\b)"
)


def compound_town_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """LOCATION findings for compounds of place elements where a place stands."""
    own = {w.casefold() for name in subject for w in name.split()}
    covered = [(f.start, f.end) for f in findings if f.entity_type not in {"PERSON", "NRP"}]
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for pattern in (_CUED, _LISTED, _STATED):
        for match in pattern.finditer(text):
            span = match.span(1)
            word = match.group(1).casefold()
            if span in seen or word in own or word in person_names():
                continue
            if not is_place_compound(word) or is_meaning(match.group(1)):
                continue
            if any(s <= span[0] and span[1] <= e for s, e in covered if (s, e) != span):
                continue
            seen.add(span)
            found.append(Finding(*span, "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["compound_town_findings"]
