"""Text written without case cues: lines in capitals, paragraphs all in lower case.

Terse clinical notes are often typed in capitals ("PT SEEN FOR HYPERKALEMIA. STARTED ON
DOPAMINE.") or all in lower case ("seen by dr healey, f/u with pcp"). There a capital letter
says nothing about a name: every word of a capitals line is capitalised, and no name of a
lower-case note is. NER and strict mode, which read capitals as evidence of a proper noun,
take nearly every abbreviation and drug of a capitals note for a name or an organisation.

In such text the vocabulary decides instead (Philter's safe-list idea): a word is evidence
of a name only when it is a known given name or surname (Faker, every locale) that is not a
very common English word, or a word English barely knows at all; a common English word, a
clinical or programme term (`redact.detect.meaning`) is not.

- A line is in capitals when it has at least three words of two or more letters and three
  quarters of them are all upper case ("CLIENT CONTACT INFORMATION"), or two words or more,
  all upper case, and no digit (a heading: "PSYCHOSOCIAL HISTORY"; an address line such as
  "FPO AE 09012" is not one).
- A paragraph (text between blank lines) is in lower case when it has at least four such
  words and at most one in fifty starts with a capital; prose always does.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from functools import lru_cache

from redact.detect.meaning import is_clinical
from redact.detect.spans import Spans
from redact.detect.wordlists import english_words, person_names, zipf_table

_WORD = re.compile(r"[^\W\d_]{2,}")
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")

_END = sys.maxsize
MIN_UPPER_WORDS = 3
#: A shorter line counts when all its words are capitals and it has no digit (a heading).
MIN_HEADING_WORDS = 2
UPPER_SHARE = 0.75
MIN_LOWER_WORDS = 4
CAPITALISED_SHARE = 0.02

#: A known name more frequent than this as an English word ("Will", "May") is no evidence.
NAME_ZIPF = 5.0
#: An unknown word ("Quintero") at or below this is evidence; above it, a common word.
RARE_ZIPF = 4.0
#: A word rarer than this, in no list, is as good as unknown ("ONONDAGA", not "TELEMETRY").
UNKNOWN_ZIPF = 3.0
#: Shorter words than this, unknown to the name lists, are abbreviations, not names.
MIN_UNKNOWN_LENGTH = 4


@lru_cache(maxsize=8)
def capitals_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line written in capitals."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        words = _WORD.findall(line.group())
        upper = sum(1 for w in words if w.isupper())
        if (len(words) >= MIN_UPPER_WORDS and upper >= UPPER_SHARE * len(words)) or (
            len(words) == upper >= MIN_HEADING_WORDS and not _DIGIT.search(line.group())
        ):
            spans.append((line.start(), line.end()))
    return tuple(spans)


@lru_cache(maxsize=8)
def caseless_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Capitals lines and lower-case paragraphs, merged into disjoint (start, end) spans
    in text order (a capitals line inside a lower-case paragraph is one span with it)."""
    spans = list(capitals_lines(text))
    for paragraph in _PARAGRAPH.finditer(text):
        words = _WORD.findall(paragraph.group())
        if len(words) >= MIN_LOWER_WORDS:
            capitalised = sum(1 for w in words if w[0].isupper())
            if capitalised <= CAPITALISED_SHARE * len(words):
                spans.append((paragraph.start(), paragraph.end()))
    return tuple(Spans(spans).spans)


def within(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `spans` (disjoint, in order): a bisection,
    so a long note with many findings costs no more than its findings."""
    index = bisect_right(spans, (start, _END)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def is_name_evidence(word: str) -> bool:
    """Whether a word, read without its case, could be part of a name.

    A known name that is not a very common word ("HEALEY", "margaret", not "WILL"), or a
    word of four letters or more that is rare in English ("QUINTERO"); never a clinical or
    programme term ("DOPAMINE", "PMH") and never a word with digits ("X3").
    """
    folded = word.casefold()
    if len(folded) < 2 or not folded.isalpha() or is_clinical(folded):
        return False
    frequency = zipf_table().get(folded, 0.0)
    if folded in person_names():
        return frequency < NAME_ZIPF
    # an unknown word of two or three letters is an abbreviation ("ADM", "FXS"), not a name;
    # a dictionary word in capitals is the chart's ("TITRATE"), but in a lower-case log a
    # rare dictionary word is as often a nickname ("gizmo drove me"): frequency decides
    return (
        frequency < RARE_ZIPF
        and len(folded) >= MIN_UNKNOWN_LENGTH
        and not (word.isupper() and is_dictionary_form(folded))
    )


def is_unknown_word(word: str) -> bool:
    """A word English barely knows and no list explains ("RIISA", "ONONDAGA"): strict mode
    takes it in a capitals line, as it takes any rare capitalised word in prose."""
    folded = word.casefold()
    return (
        len(folded) >= MIN_UNKNOWN_LENGTH
        and folded.isalpha()
        and zipf_table().get(folded, 0.0) < UNKNOWN_ZIPF
        and not is_clinical(folded)
        and not is_dictionary_form(folded)
    )


#: Regular endings a dictionary's base form takes ("WEANED", "CONSENTS", "CRACKLES",
#: "TRANSITIONED", "PAGED"), longest first, with what each may have dropped ("-d" of "page").
_ENDINGS = ("ing", "ies", "ed", "es", "s", "d")
#: Prefixes a chart puts on a dictionary word ("UNWITNESSED", "RECHECK", "NONVERBAL").
_PREFIXES = ("un", "re", "non", "dis")
#: A stem shorter than this is too short to say the word is its form ("REDS" is no "re" + "ds").
MIN_STEM = 3


@lru_cache(maxsize=16384)
def is_dictionary_form(folded: str) -> bool:
    """Whether a lower-case word, no listed name, is an English dictionary word (the
    WordNet index of the spaCy model's lemmatizer) or a regular form of one.

    Philter's safe list: a capitals note's "DISHEVELED", "GRANDIOSE", "TITRATE", "WEANED",
    "UNWITNESSED" are rare in English, so frequency alone takes them for surnames; the
    dictionary knows them, and knows no "QUINTERO" or "OKONJO". A name the lists know and a
    town (WordNet lists "TULSA") are never dictionary words. Empty index, no word is one.
    """
    words = english_words()
    if not words or folded in person_names() or _is_place(folded):
        return False
    return _known_form(folded, words) or any(
        folded.startswith(prefix)
        and len(folded) - len(prefix) >= MIN_STEM + 1
        and _known_form(folded[len(prefix) :], words)
        for prefix in _PREFIXES
    )


def _is_place(folded: str) -> bool:
    """WordNet lists towns ("TULSA", "TOPEKA"): a town is never a dictionary word here."""
    # imported here: both modules read capitals lines through this one
    from redact.detect.place_names import us_places
    from redact.detect.world_towns import world_towns

    return folded in us_places() or folded in world_towns()


def _known_form(folded: str, words: frozenset[str]) -> bool:
    if folded in words:
        return True
    for ending in _ENDINGS:
        stem = folded[: -len(ending)]
        if not folded.endswith(ending) or len(stem) < MIN_STEM:
            continue
        if stem in words or (ending == "ies" and stem + "y" in words):
            return True
        if ending in ("ed", "ing") and (stem + "e" in words or _doubled(stem, words)):
            return True
    return False


def _doubled(stem: str, words: frozenset[str]) -> bool:
    """A doubled last consonant before the ending: "STOPPED", "TAPPING"."""
    return len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[:-1] in words
