"""Street name, then house number: the European address form (strict mode).

Most of Europe writes the number after the street ("Pivovarská 276", "Via Lorenzo 12",
"ul. Miła 53", "Nieuwe Baan 473"), with no "Street" or "Ave" for the US address recognizer
to hold on to. Strict mode already removes the rare street name as a proper noun; the
house number beside it stays and, with the name gone, still points at one door.

Taken: one to three capitalised words, at least one of them rare in English (wordfreq),
optionally after a street word ("Via", "Rue", "ul.") or a leading number, then a number of
one to four digits ("12", "46b"). Not taken when a word is a month ("Sept 12") or the
number a year ("Oulu 2019"), when every word is common English ("Room 204", "Chapter 7",
"Windows 10"), when it cites a rule ("42 CFR Part 2"), when the number grades a scale
("LOCUS Level 4", "STAGE 2"), when it stands in the next table cell (a tab between), or
when the number is a quantity ("Zoloft 50 mg", "Vardø 3 days", "6 wks") or part of a time,
date, decimal or gestational age ("34+2").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer
from redact.detect.wordlists import given_names, zipf_table

#: Street words that may stand before the name; they do not count as the rare word.
_STREET_WORDS = (
    "via", "viale", "piazza", "corso", "rue", "avenue", "boulevard", "calle", "avenida",
    "rua", "rúa", "praça", "plaza", "ulica", "ul", "al", "aleja", "c", "strada", "straße",
    "strasse", "gasse", "weg", "vej", "gata", "gatan", "katu", "tänav", "utca", "de", "do",
    "da", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "dos",
)  # fmt: skip
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)  # fmt: skip
_CAP = r"(?-i:\p{Lu})[\p{L}]*(?:[\-'’]\p{L}+)*"
_PARTICLE = r"(?:de|do|da|del|della|di|du|des|la|le|van|von|der|den|dos)"
_PREFIX = r"(?:(?:ul|al)\.|C/|Via|Viale|Rue|Calle|Rua|Rúa|Avenida|Piazza|Corso|Strada)"
#: A unit after the number makes it a quantity, not a house number.
_UNIT = (
    r"[ \t]*(?:%|mg|mcg|ml|g|kg|lbs?|oz|units?|years?|yrs?|y/?o|months?|mos?|weeks?|wks?|days?"
    r"|hours?|hrs?|min(?:ute)?s?|times|am|pm|a\.m|p\.m|percent|people|kids|children)\b"
)


class NamedStreetRecognizer(CuedPatternRecognizer):
    """Find "Street-name number" addresses (entity STREET_ADDRESS): score 0.4."""

    ENTITY: ClassVar[str] = "STREET_ADDRESS"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "street name then house number",
            rf"(?<![\w\-/.])(?:\d{{1,5}}[ \t]+)?(?:{_PREFIX}[ \t]*)?{_CAP}"
            rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}}[ ]+\d{{1,4}}(?-i:[a-z])?"
            rf"(?![\w%/:]|[.,+]\d|{_UNIT})",
            0.4,
            # A capitalised word just before the number: the number is a cheap place for
            # the engine to stop, and the look-behind is tried there only.
            cue=r"[ ]+\d(?<=(?-i:\p{Lu})[\p{L}]*(?:[\-'’]\p{L}+)*[ ]+\d)",
            from_line_start=True,
            starts=r"(?<![\w\-/.])[\p{L}\d]",
        ),
    )

    #: Words at or above this Zipf frequency are common English, not a street name.
    COMMON: ClassVar[float] = 3.5

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
        )
        self._zipf = zipf_table()
        self._street_words = frozenset(_STREET_WORDS)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop a match with a month or a year in it, or with no rare word to be a street name."""
        if _YEAR.search(pattern_text):
            return True
        words = [w.casefold() for w in _WORDS.findall(pattern_text)]
        if any(w in _MONTHS or w in _CITATIONS for w in words):
            return True  # "Sept 12"; "42 CFR Part 2", "20 USC Sec 1232": a rule, no street
        if words and words[-1] in _ORDINAL_NOUNS:
            return True  # "ASAM Level 1", "ROP STAGE 1", "Tier 2": a grade on a scale
        if _AGED_NAME.fullmatch(pattern_text) and words[0] in given_names():
            return True  # "kids Zion 4 & Nevaeh 22mo": a child and her age, no street
        names = [w for w in words if w not in self._street_words]
        return not any(self._zipf.get(w, 0.0) < self.COMMON for w in names)


#: Nouns whose number is a grade on a scale or a step of a course, never a house number.
_ORDINAL_NOUNS = frozenset(
    {"level", "stage", "grade", "tier", "step", "phase", "type", "class", "zone", "week",
     "day", "cycle", "part", "section", "title", "chapter", "unit", "session", "module"}
)  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d$")
#: One word and a number of one or two digits, with no street word: a given name and an
#: age, as notes list children, far more often than a European street and its door.
_AGED_NAME = re.compile(r"[^\W\d_][\w'’-]*[ ]+\d{1,2}")
#: Words of a legal citation: a title of the federal or a state code, not a street's name.
_CITATIONS = frozenset({"cfr", "usc", "u.s.c", "c.f.r", "rcw", "ors", "ilcs", "stat", "fr"})
_WORDS = re.compile(r"[^\W\d_](?:[^\W\d_]|[\-'’])*")
