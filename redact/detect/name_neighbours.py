"""Names written in lower case, finished from their neighbours and their lists.

Posts and chat logs write names in lower case: "follow up with benjamin a seiler", "my name
is borna jerković", "they had 6: silvana, adam, christopher, kristina, chad and caleb".
Detection often gets one word of such a name, or most names of such a list, but not all:
"seiler" is rare enough to be a name, "benjamin a" before it is not caught; "adam" and
"chad" are English words too. Two rules finish the job, only around names already found:

- a lower-case name grows over the lower-case words right next to it on its line while
  they are initials ("a"), given names or surnames from the name lists that are not common
  English words, or words English does not know at all ("žilková", "bergsveinsson");
- in a list of three or more single words, when at least half are names, the other items
  that are in the name lists are names too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from redact.detect.lower_case_names import RELATION_WORDS
from redact.detect.spanish_cues import is_spanish_non_name
from redact.detect.wordlists import person_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "NameNeighbours"
SCORE = 0.6
#: A name-list word more frequent than this in English is taken only inside a list.
MAX_NAME_ZIPF = 5.0
#: Words never taken as part of a name, however rare they look.
#: Relation words ("her sister anj") are kin, not part of the name beside them; clergy
#: titles ("pastor ron", "deacon ray") are role words, kept outside the name.
_CLERGY_TITLES = frozenset(
    {"pastor", "reverend", "deacon", "imam", "rabbi", "chaplain", "minister", "bishop"}
)
_STOP = frozenset(
    {"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "is"}
    | RELATION_WORDS
    | _CLERGY_TITLES
)

_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_PREVIOUS = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_LIST = re.compile(
    r"(?<![\w,])(?:[^\W\d_][\w'’-]*[ \t]*,[ \t]*){2,}[^\W\d_][\w'’-]*"
    r"(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+[^\W\d_][\w'’-]*)?"
)
_ITEM = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def _is_name_part(word: str) -> bool:
    """A lower-case word that may be part of a name: a listed name that is not a common
    word, or a word English does not know. Single letters are initials, handled apart."""
    folded = word.casefold()
    if not word.islower() or len(word) < 2 or folded in _STOP or is_spanish_non_name(folded):
        return False  # "con el cuñado elmer": Spanish words beside a name are not its parts
    if "-" in folded.strip("-"):  # "sister-in-law" is kin, "rivas-okafor" a name: by parts
        return all(_is_name_part(part) for part in folded.split("-") if part)
    if folded in person_names():
        return zipf(folded) < MAX_NAME_ZIPF
    return len(word) >= 3 and zipf(folded) == 0.0


def _is_initial(word: str) -> bool:
    """A lower-case single letter; never "i", which messages write for the pronoun ("tell
    ms roe i cant make it": the name ends before it)."""
    return len(word) == 1 and word.isalpha() and word.islower() and word != "i"


def _grown(text: str, finding: Finding) -> Finding | None:
    """The finding grown over name words beside it, or None if nothing was added.

    An initial ("a" in "benjamin a seiler") is taken only between two name words.
    """
    start, end = finding.start, finding.end
    while found := _NEXT.match(text, end):
        word = found.group(1)
        if _is_initial(word):
            after = _NEXT.match(text, found.end())
            if not (after and _is_name_part(after.group(1))):
                break
            end = after.end()
        elif _is_name_part(word):
            if _POSSESSIVE.search(word) and len(text[start:end].split()) >= 2:
                break  # "marty kowal mena's son": a whole name, then another's possessive
            end = found.end()
        else:
            break
    line_start = text.rfind("\n", 0, start) + 1
    while found := _PREVIOUS.search(text, line_start, start):
        word = found.group(1)
        if _is_initial(word):
            before = _PREVIOUS.search(text, line_start, found.start())
            if not (before and _is_name_part(before.group(1))):
                break
            start = before.start()
        elif _is_name_part(word):
            start = found.start()
        else:
            break
    if (start, end) == (finding.start, finding.end):
        return None
    return Finding(start, end, finding.entity_type, SCORE, source=SOURCE)


def _list_items(text: str, names: Sequence[Finding]) -> list[Finding]:
    ordered = sorted(names, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    reach = list(accumulate((n.end for n in ordered), max))  # furthest end of names so far
    added = []
    for found in _LIST.finditer(text):
        items = list(_ITEM.finditer(text, found.start(), found.end()))
        items = [i for i in items if i.group().casefold() not in {"and"}]
        covered = [_within_a_name(i.start(), i.end(), starts, reach) for i in items]
        if len(items) < 3 or 2 * sum(covered) < len(items):
            continue
        for item, is_covered in zip(items, covered, strict=True):
            if not is_covered and item.group().casefold() in person_names():
                added.append(Finding(item.start(), item.end(), "PERSON", SCORE, source=SOURCE))
    return added


def _within_a_name(start: int, end: int, starts: Sequence[int], reach: Sequence[int]) -> bool:
    """Whether a name starting at or before `start` reaches `end` (binary search, not a scan
    of every name: a long document has thousands)."""
    index = bisect_right(starts, start) - 1
    return index >= 0 and reach[index] >= end


def name_neighbour_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """New findings: lower-case names grown over their neighbours, and list items."""
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    added = []
    for name in names:
        if text[name.start : name.end].islower():
            grown = _grown(text, name)
            if grown is not None:
                added.append(grown)
    return added + _list_items(text, names)
