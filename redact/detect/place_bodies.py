"""A body named by its town or county and what it does: "Harlow Valley Home Care", "ELK
RAPIDS CITY-COUNTY HEALTH DEPT", "elder services of nashua valley", "Coos Senior Advantage".

Home-care agencies, county health departments, area agencies on aging and Medicare plans are
named by the place they serve and a few words of what they are. NER and the place recognizers
find the town and leave the rest ("[LOCATION] Valley Home Care", "[LOCATION] CITY-COUNTY
HEALTH DEPT"), and in a lower-case note they find nothing at all: the words left say which
agency of which region cares for the client, and a recipient looks it up in a minute.

Two shapes are taken, in one case style throughout (all lower case, all capitals, or title
case with small joining words in lower case), on one line:

- a listed US town, or a listed county with "County" / "Co", then at most one word of
  region ("Valley", "County", "Area"), then one to four words of a body's kind ending in a
  head ("home care", "city-county health dept", "office of aging", "senior advantage");
- one to three words of a body's kind ending in a head, then "of" and such a place
  ("elder services of nashua valley", "Visiting Nurse Association of Greater Akron").

A one-word town that English uses as a word (Zipf 4.5 or more: "Hope", "Mobile"), or that is
a word of a body's kind ("Center"), is left, and so is a programme or a term of meaning. The
town is found on its own by the place recognizers as well, so a policy that keeps agencies (a
court) still removes it; a policy that removes organisations removes the whole name. Only
offsets leave this module.
"""

from __future__ import annotations

from functools import cache

import regex

from redact.detect.meaning import is_meaning
from redact.detect.org_names import us_counties
from redact.detect.place_names import us_places
from redact.detect.programme_names import is_programme_name
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "PlaceBody"
SCORE = 0.6
#: A one-word town this common as English is a word ("hope", "mobile"), not the place.
MAX_TOWN_ZIPF = 4.5

#: Words of a body's kind, each with the entity type it makes the body; a kind word with
#: no type leaves the type to the others (ORGANIZATION when none has one).
_KIND_TYPES: dict[str, str | None] = {
    **dict.fromkeys(
        ("health", "healthcare", "care", "homecare", "clinic", "clinics", "hospice", "medical",
         "nursing", "nurse", "nurses", "visiting", "dialysis", "rehab", "dental",
         "counseling", "counselling", "therapy", "hospital"),
        "HEALTHCARE_FACILITY",
    ),
    **dict.fromkeys(
        ("police", "attorney", "attorney's", "department", "dept", "dept.", "office",
         "agency", "council", "authority", "services", "aging", "ageing", "sheriff",
         "sheriff's", "probation", "court"),
        "AGENCY",
    ),
    **dict.fromkeys(
        ("city", "county", "city-county", "public", "home", "in-home", "senior", "seniors",
         "elder", "elderly", "family", "community", "mental", "behavioral", "behavioural",
         "human", "social", "legal", "aid", "housing", "transit", "area", "advantage", "plan",
         "partners", "association", "center", "centre", "on", "of", "for", "and", "&"),
        None,
    ),
}  # fmt: skip
#: Words a body's name may end in: what it is, not how it is described.
_HEADS = frozenset(
    {
        "health", "healthcare", "care", "homecare", "clinic", "clinics", "hospice", "nursing",
        "dialysis", "rehab", "counseling", "counselling", "therapy", "police", "attorney",
        "department", "dept", "dept.", "office", "agency", "council", "authority",
        "services", "aging", "ageing", "advantage", "plan", "partners", "association",
        "center", "centre", "probation",
    }
)  # fmt: skip
#: Small words that join a body's kind words and may neither start nor end it.
_JOINERS = frozenset({"on", "of", "for", "and", "&"})
#: Words of a region that may follow a town in a body's name ("Merrimack Valley").
_REGION = frozenset({"valley", "county", "co", "co.", "area", "region", "city-county"})

_WORD = regex.compile(r"[\p{L}][\p{L}'’.&-]*|&")
#: A run of words on one line, joined by spaces or tabs.
_RUN = regex.compile(r"(?:[\p{L}][\p{L}'’.&-]*|&)(?:[ \t]+(?:[\p{L}][\p{L}'’.&-]*|&))*")


@cache
def _places() -> frozenset[str]:
    return us_places()


def _style(word: str) -> str:
    """'lower', 'upper' or 'title': how a word is written."""
    letters = [ch for ch in word if ch.isalpha()]
    if all(ch.islower() for ch in letters):
        return "lower"
    if all(ch.isupper() for ch in letters):
        return "upper"
    return "title" if letters[0].isupper() else "mixed"


def _one_style(words: list[str]) -> bool:
    """Whether all words share one case style; title case lets joiners stay lower case."""
    styles = {_style(w) for w in words if not (w.casefold() in _JOINERS and _style(w) == "lower")}
    if styles == {"upper"} and any(len([c for c in w if c.isalpha()]) > 1 for w in words):
        return True
    return len(styles) == 1 and styles <= {"lower", "title"}


def _place_end(folded: list[str], start: int) -> int:
    """The index after a place starting at `start` (a town of one to three words, or a
    county with its head), or `start` when none starts there."""
    for size in (3, 2, 1):
        name = " ".join(folded[start : start + size])
        if len(folded) < start + size:
            continue
        one_word_ok = name not in _KIND_TYPES and name not in _REGION
        if name in _places() and (size > 1 or (one_word_ok and zipf(name) < MAX_TOWN_ZIPF)):
            return start + size
        after = folded[start + size] if start + size < len(folded) else ""
        if after in {"county", "co", "co."} and f"{name} county" in us_counties():
            return start + size + 1
    return start


def _kind_end(folded: list[str], start: int, most: int = 4) -> int:
    """The index after the longest run of kind words from `start` (at most `most`) that
    ends in a head, or `start`."""
    end = start
    for i in range(start, min(len(folded), start + most)):
        if folded[i] not in _KIND_TYPES:
            break
        if folded[i] in _HEADS:
            end = i + 1
    if end > start and folded[start] in _JOINERS:
        return start
    return end


def _entity(folded: list[str]) -> str:
    types = [_KIND_TYPES.get(w) for w in folded]
    if "HEALTHCARE_FACILITY" in types:
        return "HEALTHCARE_FACILITY"
    if "AGENCY" in types:
        return "AGENCY"
    return "ORGANIZATION"


def _bodies_in(words: list[regex.Match[str]]) -> list[tuple[int, int, str]]:
    """(first word, word after the last, type) of each body in a run of words."""
    folded = [w.group().casefold() for w in words]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        place = _place_end(folded, i)
        if place > i:
            region = place + 1 if place < len(folded) and folded[place] in _REGION else place
            kind = _kind_end(folded, region)
            if kind == region and region > place:  # "Lancaster County" alone: no body
                kind = _kind_end(folded, place)
                region = place
            if kind > region and _one_style([w.group() for w in words[i:kind]]):
                found.append((i, kind, _entity(folded[region:kind])))
                i = kind
                continue
        kind = _kind_end(folded, i, most=3)
        if kind > i and kind < len(folded) and folded[kind] == "of":
            at = kind + 1
            if at < len(folded) and folded[at] in {"greater", "the"}:
                at += 1
            place = _place_end(folded, at)
            if place > at:
                end = place + 1 if place < len(folded) and folded[place] in _REGION else place
                if _one_style([w.group() for w in words[i:end]]):
                    found.append((i, end, _entity(folded[i:kind])))
                    i = end
                    continue
        i += 1
    return found


#: Every body's name holds one of these heads: a text without any is passed over at once.
_HEAD_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:" + "|".join(sorted((regex.escape(h) for h in _HEADS), key=len,
                                             reverse=True)) + r")(?![\p{L}])"
)  # fmt: skip


def place_body_findings(text: str) -> list[Finding]:
    """Findings for bodies named by their town or county and their kind."""
    if _HEAD_CUE.search(text) is None:
        return []
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for head in _HEAD_CUE.finditer(text):
        line_start = text.rfind("\n", 0, head.start()) + 1
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        if (line_start, line_end) in seen:
            continue
        seen.add((line_start, line_end))
        for run in _RUN.finditer(text, line_start, line_end):
            words = list(_WORD.finditer(text, run.start(), run.end()))
            for first, after, entity in _bodies_in(words):
                start, end = words[first].start(), words[after - 1].end()
                if is_meaning(text[start:end]) or is_programme_name(text[start:end]):
                    continue
                found.append(Finding(start, end, entity, SCORE, source=SOURCE))
    return found


__all__ = ["place_body_findings"]
