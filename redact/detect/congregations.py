"""A congregation's name, in any case: "first baptist nixa", "St. Paul's Lutheran", "new
covenant church on elm".

A family's church is one building in one town, and its members know each other: "member
st. paul's lutheran lititz" or "after church at first baptist nixa" narrows the family down
as much as a street does. NER misses these names in lower-case messages and reads the
saint of "St. Paul's" as a person. A religion stays (policies keep it: "Lutheran",
"attends a Baptist church"); one congregation is named when a denomination or a word for a
house of worship follows what only a name puts before it:

- an ordinal ("first", "2nd"), a saint ("st. paul's", "saint anne"), "mt./mount X", "new X",
  or one of the names churches are most often given ("grace", "calvary", "bethel", "zion",
  "trinity", ...), then a denomination ("baptist", "lutheran", ...) or a house-of-worship
  word ("church", "chapel", "tabernacle", ...);
- a town the same line puts right after it ("first baptist nixa") goes with it, when it is a
  word English does not know (a town's name), so "first baptist basement" stops at the name.

A determiner or a possessive before the name words ("the lutheran church", "her catholic
parish") never starts one: no prefix of the list stands before the head.
"""

from __future__ import annotations

import regex

from redact.detect.wordlists import english_words
from redact.findings import Finding

SOURCE = "Congregation"
SCORE = 0.7

_DENOMINATION = (
    r"baptist|methodist|presbyterian|lutheran|episcopal|catholic|pentecostal|nazarene"
    r"|adventist|apostolic|evangelical|reformed|orthodox|mennonite|brethren|moravian"
    r"|covenant|ame(?:[ \t]+zion)?|cme|assembly[ \t]+of[ \t]+god|church[ \t]+of[ \t]+(?:christ|god)"
)
_HOUSE = (
    r"church|chapel|tabernacle|cathedral|basilica|parish|temple|synagogue|mosque|masjid"
    r"|gurdwara|congregation|fellowship|ministries"
)
#: An ordinal names a congregation only before a denomination ("first baptist"): "her first
#: church visit" is no name.
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
#: What else only a congregation's name puts before its denomination or house word.
_PREFIX = (
    r"(?:(?:st|saint|ste)\.?[ \t]+\p{L}+(?:['’]s)?"
    r"|(?:mt|mount)\.?[ \t]+\p{L}+"
    r"|new[ \t]+(?!church|chapel|temple)\p{L}+"
    r"|grace|calvary|bethel|bethany|zion|trinity|emmanuel|immanuel|shiloh"
    r"|ebenezer|redeemer|resurrection|good[ \t]+shepherd|holy[ \t]+(?:spirit|cross|family"
    r"|trinity|redeemer)|sacred[ \t]+heart|our[ \t]+lady[ \t]+of[ \t]+\p{L}+)"
)
_NAME = regex.compile(
    rf"(?<![\p{{L}}\d'’])(?i:{_ORDINAL}[ \t]+(?:{_DENOMINATION})(?:[ \t]+(?:{_HOUSE}))?"
    rf"|{_PREFIX}(?:[ \t]+(?:{_DENOMINATION}))?(?:[ \t]+(?:{_HOUSE}))?)"
    r"(?![\p{L}\d])"
)
#: A determiner or a possessive before it: a kind of church, not one ("a new baptist church").
_DETERMINER = regex.compile(
    r"(?i:\b(?:a|an|the|her|his|my|their|our|your|this|that|any|another)[ \t]+\Z)"
)
_CUE = regex.compile(rf"(?i:\b(?:{_DENOMINATION}|{_HOUSE})\b)")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)(?![\p{L}\d'’])")
_HEAD = regex.compile(rf"(?i:(?:{_DENOMINATION}|{_HOUSE})\Z)")


def congregation_findings(text: str) -> list[Finding]:
    """ORGANIZATION findings for congregations named by a prefix and a denomination or a
    house-of-worship word, with the unknown town word right after them."""
    if _CUE.search(text) is None:
        return []
    found: list[Finding] = []
    for match in _NAME.finditer(text):
        if _HEAD.search(match.group()) is None:
            continue  # "st. paul" or "new hope" alone: no denomination, no house word
        if _DETERMINER.search(text, max(0, match.start() - 10), match.start()):
            continue
        end = match.end()
        town = _NEXT_WORD.match(text, end)
        if town is not None and town.group(1).casefold() not in english_words():
            end = town.end(1)
        found.append(Finding(match.start(), end, "ORGANIZATION", SCORE, source=SOURCE))
    return found


__all__ = ["congregation_findings"]
