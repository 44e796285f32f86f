"""Names that a kin apposition or a form's capitals make a person's, whatever the culture.

Two shapes that NER misses on names it has not seen, and that records of immigrant and
refugee families are full of:

- a name set off by a comma before whose kin it is: "Hodan says Mercy, Hope's daughter,
  plays with Ayaan", "Paris, her son, started school". The cue holds for a given name
  English also has as a word ("Mercy", "Hope", "Paris"), which no rule takes alone; the
  word must still be a listed given name or one English hardly knows, so that "Yesterday,
  her daughter called" stays.
- a whole name in capitals, as forms and short rows write it with no label: "1. MOHAMUD
  ELMI ABDIRIZAK   SPOUSE", "ABDIRIZAK M. ELMI may relocate". Two to four words in
  capitals, each no English word, no term of meaning and no town, at least one of them a
  name of Faker's lists (any locale) or a middle initial between them: acronyms ("SNAP
  WIC", "LTBI") and headings are words or terms; a name of one culture's lists, or an
  initial, holds the run to people. A run is taken whole though a finding holds part of
  it ("M. ELMI" found by its initial).
- a family name before the word for the family: "Warsame household", "the Nguyen family"
  (a surname-like word that is no English word, town or nationality: not "Foster family",
  "Somali family").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.demonyms import DEMONYMS
from redact.detect.lower_case_names import acronym_like
from redact.detect.meaning import is_meaning
from redact.detect.meaning_terms import CLINICAL_ABBREVIATIONS
from redact.detect.person_shapes import is_surname_like
from redact.detect.place_names import us_places
from redact.detect.wordlists import english_words, given_names, person_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "ApposedName"
SCORE = 0.7

_KIN = (
    r"daughter|son|wife|husband|mother|father|mom|dad|sister|brother|cousin|niece|nephew"
    r"|aunt|uncle|grandmother|grandfather|grandson|granddaughter|child|baby|friend"
    r"|neighbou?r|co-worker|coworker|boyfriend|girlfriend|partner|stepson|stepdaughter"
)
_APPOSED = regex.compile(
    r"(?<![\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*),[ \t]+"
    r"(?:(?i:his|her|their|our|my|the[ \t]+client['’]s|pt['’]s)|\p{Lu}[\p{L}'’-]*['’]s)"
    rf"[ \t]+(?:(?i:younger|older|oldest|youngest|little|baby)[ \t]+)?(?:{_KIN})s?\b"
)
#: A word set off before a kin word is a name when English knows it less than this, or
#: when it is a listed given name.
MAX_UNLISTED_ZIPF = 3.0

_CAPS_WORD = r"\p{Lu}{2,}(?:['’-]\p{Lu}{2,})*"
_CAPS_RUN = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAPS_WORD}(?:[ ](?:\p{{Lu}}\.[ ])?{_CAPS_WORD}){{1,3}})"
    r"(?![\p{L}'’.-])"
)
#: Each word of a name in capitals is rarer than this as an English word.
MAX_CAPS_WORD_ZIPF = 3.5


def _given_or_unknown(word: str) -> bool:
    folded = word.casefold()
    return folded in given_names() or (
        zipf(folded) < MAX_UNLISTED_ZIPF and folded not in english_words()
    )


def _caps_name_word(word: str) -> bool:
    folded = word.casefold()
    return (
        len(folded) >= 3
        and not acronym_like(word)
        and folded not in english_words()
        and zipf(folded) < MAX_CAPS_WORD_ZIPF
        and word not in CLINICAL_ABBREVIATIONS
        and not is_meaning(word)
        and folded not in us_places()
    )


#: What joins the parts of one word: "O'NEIL", "SMITH-JONES".
_WORD_JOINS = regex.compile(r"['’-]")


def _caps_run(run: str) -> bool:
    words = [w for w in run.split(" ") if not w.endswith(".")]
    parts = [p for w in words for p in _WORD_JOINS.split(w)]
    initialled = len(words) < len(run.split(" "))  # "ABDIRIZAK M. ELMI": a person's shape
    return (
        len(words) >= 2
        and all(_caps_name_word(w) for w in words)
        and (initialled or any(p.casefold() in person_names() for p in parts))
    )


#: A family name before a word for the family: "Warsame household", "the Nguyen family".
_FAMILY = regex.compile(
    r"(?<![\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*)[ ](?:household|family|families|home|residence)\b"
)


def _family_name(word: str) -> bool:
    folded = word.casefold()
    return (
        is_surname_like(word)
        and folded not in english_words()
        and folded not in us_places()
        and folded not in DEMONYMS
        and not is_meaning(word)
    )


#: A word listed beside a found name, alone between a list's separators: "Present: Delphine
#: Asante-Moreau, Ruthanne G., Priyanka and two others", "Dale, Oksana and Bo".
_LISTED_AFTER = regex.compile(
    r"(?:,[ \t]+(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(\p{Lu}\p{Ll}+)"
    r"(?=[ \t]*(?:[,;(]|\.(?:[ \t]|$)|[ \t](?:and|&)[ \t]|$))",
    regex.MULTILINE,
)
#: Before a found name only "and" joins (a comma before one reads as an inverted name:
#: "Kayleigh, C. Okafor", "Warsame, Hodan").
_LISTED_BEFORE = regex.compile(
    r"(?:^|[:;,(][ \t]*|[ \t](?:and|&)[ \t]+)(\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+$",
    regex.MULTILINE,
)
#: How far a list item is read from the found name beside it.
_LIST_WINDOW = 30


def _list_word(word: str) -> bool:
    """A word in a list of people that is a person's: a listed given name or a word English
    hardly knows, no term of meaning, no town."""
    folded = word.casefold()
    return (
        _given_or_unknown(word)
        and not is_meaning(word)
        and folded not in us_places()
        and folded not in DEMONYMS
    )


def _listed_beside(text: str, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of words listed right before or after a found name."""
    spans = []
    for start, end in names:
        after = _LISTED_AFTER.match(text, end, min(len(text), end + _LIST_WINDOW))
        if after and _list_word(after.group(1)):
            spans.append(after.span(1))
        before = _LISTED_BEFORE.search(text, max(0, start - _LIST_WINDOW), start)
        if before and _list_word(before.group(1)):
            spans.append(before.span(1))
    return spans


def apposed_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for names set off before a kin word and whole names in capitals
    that no finding covers yet."""
    taken = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    spans = [m.span(1) for m in _APPOSED.finditer(text) if _given_or_unknown(m.group(1))]
    spans += [m.span(1) for m in _CAPS_RUN.finditer(text) if _caps_run(m.group(1))]
    spans += [m.span(1) for m in _FAMILY.finditer(text) if _family_name(m.group(1))]
    spans += _listed_beside(text, taken)
    return [
        Finding(start, end, "PERSON", SCORE, source=SOURCE)
        for start, end in spans
        if not any(s <= start and end <= e for s, e in taken)
    ]


__all__ = ["SOURCE", "apposed_name_findings"]
