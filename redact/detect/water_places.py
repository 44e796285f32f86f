"""Lakes, rivers and the towns named after them: "Lake Winnibigoshish", "Cass Lake", "Leech
Lake", "Redwood Falls".

Small towns and reservation communities are often named by a lake, a river or falls, and
families say where they live, rice or fish by the water's name; neither the gazetteer of
towns of 5,000 people (`redact.detect.place_names`) nor NER knows most of them. A
capitalised word that is rare in English ("Cass", "Leech", not "Big" or "Red") before
Lake, Lakes, River, Falls, Rapids, Creek or Bay, or after "Lake", is a place. One
capitalised rare word, so "Lake Region Hospital" takes "Lake Region" only when "Region" is
rare (it is not).
"""

from __future__ import annotations

import regex

from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "WaterPlace"
SCORE = 0.6
#: The name word must be rarer than this as an English word ("leech" 3.2, "cass" 3.5;
#: not "big" or "red").
MAX_NAME_ZIPF = 4.0

_NAME = r"\p{Lu}\p{Ll}[\p{L}'’]+"
_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<name>{_NAME})[ ](?:Lakes?|River|Falls|Rapids|Creek|Bay)(?![\p{{L}}'’-])"
)
_AFTER = regex.compile(rf"(?<![\p{{L}}'’-])Lake[ ](?P<name>{_NAME})(?![\p{{L}}'’-])")


def water_place_findings(text: str) -> list[Finding]:
    """LOCATION findings for places named by their water."""
    found = []
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            if zipf(match.group("name")) < MAX_NAME_ZIPF:
                found.append(Finding(*match.span(), "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["water_place_findings"]
