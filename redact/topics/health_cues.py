"""Words that say someone has an illness or takes a medicine, for the third-party topic.

"Mrs. Szymanski has type 2 diabetes", "her mother has stage 4 breast cancer", "mother
hypothyroidism", "she takes escitalopram": a relative's or a partner's diagnosis and
medication are their own health information, not the subject's. The third-party topic
(`redact.topics.third_party_history`) withholds a sentence holding one of these words only
when a third party holds it, so the subject's own diagnoses and medicines always stay.

The words come from the packages `redact.detect.meaning` already reads, narrowed to what
names an illness or a medicine rather than any word of a code description ("apparel",
"maple", "cafeteria" are words of ICD-10-CM descriptions too):

- diagnosis words: ICD-10-CM description words with the endings of names of diseases
  ("-itis", "-osis", "-emia", "-oma", "-pathy", "-ism", "-ia": "hypothyroidism",
  "cirrhosis", "leukemia"), not names of people and not everyday words;
- medicines: drug names (`drug-named-entity-recognition`) rare as English words
  ("escitalopram", "metformin", "lisinopril": a drug name that is also an ordinary word,
  "tetris" or "cashews", is not read as one);
- the everyday names of common illnesses no ending gives away ("diabetes", "asthma",
  "stroke", "HIV", "HTN") are in `third_party_history.ANY_RECORD` as patterns.

One scan of a sentence's words against these sets; no per-word pattern.
"""

from __future__ import annotations

import re
from functools import cache

from redact.detect.listcache import cached
from redact.detect.meaning import description_words, drugs_not_names
from redact.detect.wordlists import person_names, zipf

#: Endings of names of diseases and disorders.
_DISEASE_ENDING = re.compile(
    r"(?:itis|osis|oses|emia|aemia|omas?|pathy|pathies|ism|isms|ia|ias|plegia|trophy|algia"
    r"|penia|rrhea|rrhoea)$"
)
#: Description words with those endings that name no illness (a body part, a purpose, a
#: process), and everyday words a note uses otherwise.
_NOT_ILLNESS = frozenset({
    "purposes", "mechanism", "mechanisms", "terrorism", "diagnosis", "diagnoses", "prognosis",
    "bacteria", "metabolism", "diploma", "organism", "organisms", "cafeteria", "inertia",
    "genitalia", "fascia", "tibia", "labia", "ganglia", "stoma", "anastomosis", "parasitism",
    "criteria", "media", "militia", "nostalgia", "utopia", "trivia", "regalia", "hysteria",
    "euphoria", "paraphernalia", "anesthesia", "analgesia", "sadism", "masochism",
    "voyeurism", "exhibitionism", "fetishism", "hypnosis", "symbiosis", "apathy",
})  # fmt: skip
#: An everyday word this common is not read as a diagnosis ("media", "mechanism").
_MAX_ILLNESS_ZIPF = 4.6
#: A drug name this rare as an English word is a medicine wherever it stands.
_MAX_DRUG_ZIPF = 2.6
_MIN_LENGTH = 5
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


_PACKAGES = ("simple-icd-10-cm", "drug-named-entity-recognition", "faker", "wordfreq")


@cache
def illness_words() -> frozenset[str]:
    """Lower-case words naming an illness ("hypothyroidism", "cirrhosis", "leukemia")."""
    return cached("illness-words", _PACKAGES, _build_illness_words, extra="1")


def _build_illness_words() -> frozenset[str]:
    names = person_names()
    return frozenset(
        w
        for w in description_words()
        if _DISEASE_ENDING.search(w)
        and w not in _NOT_ILLNESS
        and w not in names
        and len(w) >= _MIN_LENGTH
        and zipf(w) < _MAX_ILLNESS_ZIPF
    )


@cache
def medicine_words() -> frozenset[str]:
    """Lower-case one-word drug names rare as English words ("escitalopram", "metformin")."""
    return cached("medicine-words", _PACKAGES, _build_medicine_words, extra="1")


def _build_medicine_words() -> frozenset[str]:
    return frozenset(
        d
        for d in drugs_not_names()
        if " " not in d and len(d) >= _MIN_LENGTH and d.isalpha() and zipf(d) < _MAX_DRUG_ZIPF
    )


def health_word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` naming an illness or a medicine."""
    illnesses, medicines = illness_words(), medicine_words()
    found = []
    for match in _WORD.finditer(text):
        word = match.group().casefold()
        if word in illnesses or word in medicines:
            found.append(match.span())
    return found


def health_words_in(text: str) -> set[str]:
    """The lower-cased words of `text` naming an illness or a medicine (one scan)."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return (words & illness_words()) | (words & medicine_words())


def has_health_word(text: str) -> bool:
    """Whether any word of `text` names an illness or a medicine (one scan, set lookups)."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return not words.isdisjoint(illness_words()) or not words.isdisjoint(medicine_words())
