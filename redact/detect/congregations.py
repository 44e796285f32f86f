"""Congregations named by their rank or their saint, in any case: "first baptist nixa", "at
FIRST PRESBYTERIAN basement", "member st. paul's lutheran lititz".

Where a client worships, meets a sponsor or picks up a car seat narrows down where they live
as much as a street does, and a town's "First Baptist" or "St. Paul's Lutheran" is one
building. Texts and hurried notes write them in lower case, where NER and the capitalised
head patterns (`org_names`) see nothing, and "first baptist" has no word English does not
know. The shape is the cue: an ordinal before a denomination ("first baptist", "1st united
methodist"), or a saint's possessive before a denomination or a church word ("st. paul's
lutheran", "st anne's parish"). A denomination alone is a faith and stays ("she is
baptist"), as does a saint's name before anything else ("St. John's wort", "St. Mary's
Hospital" is the institution recognizer's). A listed US town right after the name joins
it ("first baptist nixa"): the town says which one.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_meaning
from redact.detect.place_names import us_places
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "Congregation"
SCORE = 0.6
#: A town after the name is taken when English uses its name less than this ("nixa", not
#: "basement" or "tonight").
MAX_TOWN_ZIPF = 3.5

_DENOMINATION = (
    r"(?:baptist|presbyterian|methodist|lutheran|congregational|christian|reformed|evangelical"
    r"|pentecostal|episcopal|catholic|anglican|orthodox|nazarene|church[ \t]+of[ \t]+god"
    r"|church[ \t]+of[ \t]+christ|assembly[ \t]+of[ \t]+god|a\.?m\.?e\.?)"
)
#: Denominations a town's congregations are numbered in ("First Baptist", "Second
#: Presbyterian"); "her first catholic mass" is a first time, not a church.
_NUMBERED = (
    r"(?:baptist|presbyterian|methodist|lutheran|congregational|reformed|pentecostal|nazarene"
    r"|church[ \t]+of[ \t]+god|church[ \t]+of[ \t]+christ|assembly[ \t]+of[ \t]+god|a\.?m\.?e\.?)"
)
_RANKED = (
    r"(?<!(?i:my|her|his|their|our|your|its)[ \t]+)"
    r"(?:first|second|third|1st|2nd|3rd)[ \t]+(?:united[ \t]+|southern[ \t]+|free[ \t]+will"
    rf"[ \t]+|missionary[ \t]+)?{_NUMBERED}"
)
_SAINTED = (
    r"(?:st\.?|saint)[ \t]+\p{L}+['’]s[ \t]+"
    rf"(?:{_DENOMINATION}|church|parish|chapel|cathedral)"
)
_NAME = regex.compile(
    rf"(?<![\p{{L}}\d'’])(?i:{_RANKED}|{_SAINTED})(?:[ \t]+(?i:church|chapel))?(?![\p{{L}}\d])"
)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}[\p{L}'’-]*)(?![\p{L}\d])")


def congregation_findings(text: str) -> list[Finding]:
    """ORGANIZATION findings for congregations named by rank or saint (see the docstring)."""
    if not regex.search(r"(?i:first|second|third|1st|2nd|3rd|st\b|saint)", text):
        return []
    found: list[Finding] = []
    for match in _NAME.finditer(text):
        end = match.end()
        town = _NEXT_WORD.match(text, end)
        if town is not None:
            word = town.group(1).casefold()
            if word in us_places() and zipf(word) < MAX_TOWN_ZIPF and not is_meaning(word):
                end = town.end(1)
        found.append(Finding(match.start(), end, "ORGANIZATION", SCORE, source=SOURCE))
    return found
