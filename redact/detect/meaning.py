"""Words of meaning: what a record says, never who it is about.

A court, a researcher or a consulting clinician needs the diagnosis, the medication, the
programme and the credentials in a release; a note that reads "[ORGANIZATION] (F43.10)"
for "PTSD (F43.10)" is useless. NER and strict mode take short upper-case words and rare
capitalised words for names, and those are exactly what clinical abbreviations, drug names
and programme acronyms look like. This vocabulary is what detection consults before it
calls such a word a person, an organisation or a place (`redact.detect.meaning_filter`).

Where a well-kept package ships a list, the list comes from it (inside its wheel, nothing
downloads):

- ICD-10-CM codes and the words of their descriptions ("hyperkalemia", "systolic"):
  `simple-icd-10-cm`, which ships CMS's code list and tabular file. Eponyms ("Parkinson's",
  "Lennox-Gastaut", any word capitalised inside a description) are left out: they are
  people's names.
- Drug names, generic and brand ("sertraline", "Adderall", "Lasix"): the dictionary of
  `drug-named-entity-recognition` (MedlinePlus, DrugBank, MeSH).

In prose (`is_meaning`) the codes, the drugs and the hand lists count; the description
words count only where case says nothing (`is_clinical`, for capitals lines and lower-case
notes), since many of them also name places and firms ("Bursa", "Transit").

A word of those lists that is also a given name or surname (Faker, every locale: "Allegra",
"Wilson", "Parkinson") is left out: a name is never let through because a drug or a
syndrome shares it. The hand lists in `redact.detect.meaning_terms` cover what no package
does: clinical abbreviations, rating scales, programmes, credentials and role words; they
are curated, so they win over the name lists ("Foster" is a role word).

Everything is folded by `normalise`: lower case, hyphens, slashes and dots between words
as spaces ("Check-In/Check-Out" = "check in check out", "PHQ-9" = "phq 9").
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from functools import cache, lru_cache
from pathlib import Path
from xml.etree.ElementTree import iterparse

from redact.detect.listcache import cached
from redact.detect.meaning_safety import SAFETY_PROGRAMMES, SAFETY_ROLE_WORDS
from redact.detect.meaning_terms import (
    ASSESSMENTS,
    CASELESS_ABBREVIATIONS,
    CLINICAL_ABBREVIATIONS,
    CREDENTIALS,
    KIN_WORDS,
    MILITARY_SERVICE,
    PROGRAMMES,
    ROLE_WORDS,
    UPPER_CASE_PROGRAMMES,
)
from redact.detect.observances import observances
from redact.detect.wordlists import person_names, zipf_table

#: Longest phrase, in words, looked up as one term ("early head start", "check in check out").
MAX_TERM_WORDS = 4
#: Drug variants longer than this many words ("abacavir, dolutegravir, and lamivudine") are
#: combinations written out; notes name the parts.
_MAX_DRUG_WORDS = 3
#: Description words shorter than this are mostly stop words and Roman numerals.
_MIN_DESCRIPTION_WORD = 4
#: Description words count only in text without case cues, where they are no evidence of a
#: name; in prose many also name places and firms ("Bursa", "Transit", "Consulting"). More
#: common than this, a word is everyday English anyway.
_MAX_CASELESS_DESCRIPTION_ZIPF = 4.5

_SEPARATORS = re.compile(r"[\s\-‐‑–—/.,:;()]+")
_POSSESSIVE = re.compile(r"['’]s?$")
#: A dot inside an abbreviation: between a letter and a letter ("m.d", "ph.d", "m.ed").
_ABBREVIATION_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
#: An ICD-10-CM code as written in notes: "F90.2", "F43.10", "Z63.0", "S72.001A", "F32".
ICD10_CODE = re.compile(r"(?<![\w.])([A-TV-Z][0-9][0-9A-Z])(?:\.([0-9A-Z]{1,4}))?(?![\w])")


@lru_cache(maxsize=16384)
def normalise(phrase: str) -> str:
    """A phrase folded for lookup: lower case, separators as single spaces, no possessive,
    dotted abbreviations closed up ("M.D." = "md", "Ph.D." = "phd")."""
    closed = _ABBREVIATION_DOT.sub("", phrase.casefold())
    words = [w for w in _SEPARATORS.split(closed) if w]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words)


def _package_dir(package: str) -> Path | None:
    """Where an installed package lives, found without importing it (imports can be slow)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _icd_data(pattern: str) -> Path | None:
    directory = _package_dir("simple_icd_10_cm")
    if directory is None:
        return None
    files = sorted((directory / "data").glob(pattern))
    return files[-1] if files else None


@cache
def icd10_codes() -> str:
    """Every ICD-10-CM code and category, upper case, without the dot, one per line and
    with a newline at both ends ("\nF902\nF4310\n...").

    One string, not a set: it loads at once from the cache (a set of 98,000 codes took a
    fifth of a second to rebuild), and codes are looked up rarely, only for tokens shaped
    like one (`is_icd10_code`).
    """
    return cached("icd10-codes", ("simple-icd-10-cm",), _build_icd10_codes, extra="blob")


def _build_icd10_codes() -> str:
    path = _icd_data("code-list-*.txt")
    if path is None:
        return "\n"
    codes = (line.strip().replace(".", "").upper() for line in path.open(encoding="utf-8"))
    return "\n" + "\n".join(sorted({c for c in codes if c and "-" not in c})) + "\n"


def is_icd10_code(token: str) -> bool:
    """Whether `token` ("F90.2", "f43.10", "Z63.0", "F32") is an ICD-10-CM code."""
    match = ICD10_CODE.fullmatch(token.upper())
    if match is None:
        return False
    return f"\n{match.group(1)}{match.group(2) or ''}\n" in icd10_codes()


@cache
def description_words() -> frozenset[str]:
    """Lower-case words of ICD-10-CM descriptions ("hyperkalemia", "schizophrenia")."""
    return cached(
        "icd10-words", ("simple-icd-10-cm",), _build_description_words, extra="no-eponyms"
    )


@cache
def eponyms() -> frozenset[str]:
    """Lower-case names that ICD-10-CM descriptions name a disease after ("alzheimer",
    "parkinson", "crohn"): a diagnosis when written "Parkinson's disease", a name else."""
    return cached("icd10-eponyms", ("simple-icd-10-cm",), _build_eponyms)


def _build_eponyms() -> frozenset[str]:
    path = _icd_data("icd10c-tabular-*.xml")
    if path is None:
        return frozenset()
    found: set[str] = set()
    for _event, element in iterparse(path):
        if element.tag == "desc" and element.text:
            for match in _DESCRIPTION_WORD.finditer(element.text):
                if len(match.group()) >= _MIN_DESCRIPTION_WORD and _is_eponym(element.text, match):
                    found.add(match.group().casefold())
        element.clear()
    return frozenset(found)


def _build_description_words() -> frozenset[str]:
    path = _icd_data("icd10c-tabular-*.xml")
    if path is None:
        return frozenset()
    words: set[str] = set()
    eponyms: set[str] = set()
    for _event, element in iterparse(path):
        if element.tag == "desc" and element.text:
            for match in _DESCRIPTION_WORD.finditer(element.text):
                word = match.group().casefold()
                if len(word) < _MIN_DESCRIPTION_WORD:
                    continue
                words.add(word)
                if _is_eponym(element.text, match):
                    eponyms.add(word)
        element.clear()
    return frozenset(words - eponyms)


_DESCRIPTION_WORD = re.compile(r"[A-Za-z]+")
_EPONYM_AFTER = re.compile(r"['’]s\b|-[A-Z]")


def _is_eponym(description: str, match: re.Match[str]) -> bool:
    """A person's name in a description: "Parkinson's", "Lennox-Gastaut", "in Down syndrome"."""
    word = match.group()
    if _EPONYM_AFTER.match(description, match.end()):
        return True
    if match.start() > 0 and description[match.start() - 1] == "-" and word[0].isupper():
        return True
    return match.start() > 0 and word[0].isupper()


@cache
def drug_names() -> frozenset[str]:
    """Normalised drug names, generic and brand, of at most three words ("adderall xr")."""
    return cached(
        "drug-names", ("drug-named-entity-recognition",), _build_drug_names, extra="canonical"
    )


def _build_drug_names() -> frozenset[str]:
    directory = _package_dir("drug_named_entity_recognition")
    if directory is None:
        return frozenset()
    path = directory / "drug_ner_dictionary.pkl.bz2"
    if not path.exists():
        return frozenset()
    with bz2.open(path, "rb") as handle:
        # The package's own data file, shipped in its wheel (a pinned dependency).
        dictionary = pickle.load(handle)
    names = set()
    for variant in dictionary.get("drug_variant_to_canonical", {}):
        folded = normalise(str(variant))
        if folded and len(folded.split()) <= _MAX_DRUG_WORDS:
            names.add(folded)
    # A canonical name is not always among the variants ("estradiol", "testosterone",
    # "progesterone"): those with a MedlinePlus page are medicines a note names; the others
    # are MeSH substances that are everyday words too ("water", "gold", "honey").
    for canonical, data in dictionary.get("drug_canonical_to_data", {}).items():
        folded = normalise(str(canonical))
        medline = isinstance(data, dict) and data.get("medline_plus_id")
        if medline and folded and len(folded.split()) <= _MAX_DRUG_WORDS:
            names.add(folded)
    return frozenset(names)


def _description_words_below(max_zipf: float) -> frozenset[str]:
    names = person_names()
    frequencies = zipf_table()
    return frozenset(
        w for w in description_words() if frequencies.get(w, 0.0) < max_zipf and w not in names
    )


def _folded(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(normalise(t) for t in terms)


@cache
def drugs_not_names() -> frozenset[str]:
    """Drug names that are not also given names or surnames ("Allegra" is both)."""
    names = person_names()
    return frozenset(d for d in drug_names() if d not in names)


@cache
def clinical_terms() -> frozenset[str]:
    """Normalised clinical terms read in prose: abbreviations, scales, drugs and military
    service (never cut off the edge of a longer name: "Salvation Army" stays whole)."""
    clinical = _folded(CLINICAL_ABBREVIATIONS) | _folded(ASSESSMENTS) | _folded(MILITARY_SERVICE)
    return drugs_not_names() | clinical


@cache
def trimmable_terms() -> frozenset[str]:
    """Terms cut off the edges of a longer finding: credentials, roles, programmes, scales.

    Not drugs and clinical abbreviations: "Comradeship IV" or a firm named after a
    product is a name whose last word only looks like a term.
    """
    hand = CREDENTIALS | ROLE_WORDS | PROGRAMMES | ASSESSMENTS
    return _folded(hand | SAFETY_PROGRAMMES | SAFETY_ROLE_WORDS)


@cache
def meaning_terms() -> frozenset[str]:
    """Every normalised term of meaning read in prose: clinical terms, programmes,
    credentials and role words, holidays and observances. Hand-listed words stay even when
    they are names too."""
    return clinical_terms() | trimmable_terms() | observances()


@cache
def _caseless_terms() -> frozenset[str]:
    """Read without case: also everyday description words ("schizophrenia", "tolerated")
    and short abbreviations that in prose may be an acronym ("BNP", "IV")."""
    broad = _description_words_below(_MAX_CASELESS_DESCRIPTION_ZIPF)
    return meaning_terms() | broad | _folded(CASELESS_ABBREVIATIONS)


@cache
def credentials() -> frozenset[str]:
    """Normalised professional credentials ("lmsw", "lcsw", "phd")."""
    return _folded(CREDENTIALS)


#: Orientation as nurses and aides chart it: "A&Ox2", "AOx3", "A+Ox4", "A & O x 3".
ORIENTATION = re.compile(r"(?i:a[ \t]*[&+/]?[ \t]*o[ \t]*x[ \t]*[0-4])")


@cache
def _hand_terms() -> frozenset[str]:
    return _folded(CLINICAL_ABBREVIATIONS) | trimmable_terms()


#: A level of the spine as a diagnosis names it: "L4-L5", "L5-S1", "C5-6", "T12", "L4/5".
SPINAL_LEVEL = re.compile(r"[CTLS](?:[1-9]|1[0-2])(?:[ \t]*[-/–][ \t]*[CTLS]?(?:[1-9]|1[0-2]))?")


#: A phrase's first word when more words follow it: the first word of its normalised form
#: (`normalise` cuts words at white space and closes up dots only between letters).
_FIRST_OF_SEVERAL = re.compile(r"([^\W_]+)\s+\S")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every term of meaning, and each hand-listed word with a plural "s"
    (the first word of "ieps")."""
    terms = meaning_terms() | _hand_terms()
    return frozenset(t.split(" ")[0] for t in terms) | {t + "s" for t in _hand_terms()}


def _starts_no_term(phrase: str) -> bool:
    """Whether `phrase` has several words and its first is the first word of no term.

    The meaning filter asks `is_meaning` of every run of up to four words around each
    finding, and most runs are no term: this answers for about a third of them with one
    match and one look-up instead of `normalise`. Such a phrase can only be a term written
    with spaces inside (an orientation score, a spinal level, a rating instrument named by
    its kind) or an upper-case programme;
    an ICD-10-CM code has no space in it. A phrase led by anything but a letter or digit
    is never answered here.
    """
    first = _FIRST_OF_SEVERAL.match(phrase)
    return first is not None and first.group(1).casefold() not in _first_words()


#: A rating instrument named by its kind ("Geriatric Depression Scale", "CORNELL SCALE",
#: "Beck Anxiety Inventory", "Zarit Burden Interview", "Barthel Index"): no list holds every
#: scale, and its name is what was measured.
INSTRUMENT = re.compile(
    r"(?:[^\W\d_][\w'’-]*[ \t]+){1,5}"
    r"(?i:scales?|inventory|questionnaire|checklist|interview|index)"
)


#: Phrases whose answer `is_meaning` remembers: the meaning filter asks of every phrase of
#: up to four words around each finding, and a release asks of the same phrases again.
MEANING_MEMO_SIZE = 16384


@lru_cache(maxsize=MEANING_MEMO_SIZE)
def is_meaning(phrase: str) -> bool:
    """Whether `phrase`, as a whole, is a term of meaning (or an ICD-10-CM code, or an
    orientation score such as "A&Ox2").

    A plural of a hand-listed term counts too ("Vanderbilts", "IEPs"). The answer depends
    on the phrase alone (the lists are fixed once read), so it is remembered.
    """
    if _starts_no_term(phrase):  # most phrases asked of: only the shapes below can hold
        stripped = phrase.strip()
        return stripped in UPPER_CASE_PROGRAMMES or bool(
            ORIENTATION.fullmatch(stripped)
            or SPINAL_LEVEL.fullmatch(stripped)
            or INSTRUMENT.fullmatch(stripped)
        )
    folded = normalise(phrase)
    if not folded:
        return False
    if folded in meaning_terms() or is_icd10_code(phrase.strip()):
        return True
    if phrase.strip() in UPPER_CASE_PROGRAMMES:
        return True
    if ORIENTATION.fullmatch(phrase.strip()) or SPINAL_LEVEL.fullmatch(phrase.strip()):
        return True
    if INSTRUMENT.fullmatch(phrase.strip()):
        return True
    return len(folded) > 2 and folded.endswith("s") and folded[:-1] in _hand_terms()


@cache
def _kin_words() -> frozenset[str]:
    return _folded(KIN_WORDS)


def is_kin_word(word: str) -> bool:
    """Whether `word` is a kin word of a client's language ("Kookum", "Abuela", "Ayeeyo"):
    a relation the record addresses someone by, never their name (the name follows it)."""
    return normalise(word) in _kin_words()


_TERM_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: How far around a word to look for the longer term that holds it, in characters.
_TERM_REACH = 40


@lru_cache(maxsize=1)
def _longer_term_answers(text: str) -> dict[tuple[int, int], bool]:
    """`inside_longer_term`'s answers for the last text asked of, by span.

    Name propagation runs twice on most texts and asks of the same mentions again (about
    half its questions); only the one text is held, however long it is.
    """
    return {}


def inside_longer_term(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of a term of meaning with more words than it, of
    up to `MAX_TERM_WORDS` words: "Florida" of "Florida Assertive Community Treatment",
    "CASH" of "REFUGEE CASH ASSISTANCE". A name found elsewhere that shares the word does
    not name anyone there. The answer depends on the text and the span alone, and is
    remembered for the text."""
    answers = _longer_term_answers(text)
    answer = answers.get((start, end))
    if answer is None:
        answer = answers[(start, end)] = _inside_longer_term(text, start, end)
    return answer


def _inside_longer_term(text: str, start: int, end: int) -> bool:
    """`inside_longer_term`, worked out."""
    floor, ceiling = max(0, start - _TERM_REACH), min(len(text), end + _TERM_REACH)
    tokens = [m.span() for m in _TERM_TOKEN.finditer(text, floor, ceiling)]
    inner = [i for i, (s, e) in enumerate(tokens) if s < end and start < e]
    if not inner:
        return False
    first, last = inner[0], inner[-1]
    for size in range(last - first + 2, MAX_TERM_WORDS + 1):
        for begin in range(max(0, last - size + 1), min(first, len(tokens) - size) + 1):
            phrase = text[tokens[begin][0] : tokens[begin + size - 1][1]]
            if "\n" not in phrase and is_meaning(phrase):
                return True
    return False


def is_trimmable(phrase: str) -> bool:
    """Whether `phrase` is a term that may be cut off the edge of a longer finding."""
    return normalise(phrase) in trimmable_terms()


def is_clinical_term(phrase: str) -> bool:
    """Whether `phrase`, as a whole, is a clinical term or an ICD-10-CM code ("COPD")."""
    return normalise(phrase) in clinical_terms() or is_icd10_code(phrase.strip())


def is_clinical(word: str) -> bool:
    """Whether one word is a term of meaning, read broadly (for text without case cues).

    Takes everyday diagnosis words and ambiguous abbreviations too: in a capitals line
    such a word is no evidence of a name, where in prose it could be part of one
    ("Bursa", "BNP").
    """
    return normalise(word) in _caseless_terms()
