"""What may have survived a redaction: the "check these" list of the review page.

A reviewer cannot read every word of a records request twice. These checks point at the
places most worth a second look, in the text left as it was (never in what was changed,
nor in what a policy found and kept on purpose, such as the subject's own name):

- a capitalised word that is a known given name or surname, or is rare as an English word
  (a name the detector missed);
- a number with four digits or more, or letters mixed with digits (an identifier);
- a word removed somewhere in the release but left elsewhere ("Dre" removed in one
  note, left in another);
- a value after a label such as SSN, DOB, Medicaid, MRN or Case # that was left in place.

They are hints, not findings: nothing here changes the release. They run over the review
material (already bounded by `--review-limit`) in one pass per check, word by word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.records import ReviewDoc
from redact.detect.wordlists import person_names, zipf

#: Reasons, strongest first: where flags overlap, the stronger one stays.
AFTER_LABEL = "value after a label"
IDENTIFIER = "number or identifier"
ELSEWHERE = "removed elsewhere"
NAME_LIKE = "looks like a name"
_ORDER = (AFTER_LABEL, IDENTIFIER, ELSEWHERE, NAME_LIKE)
#: A capitalised word rarer than this (Zipf) is worth a look unless it has the ending of an
#: English word ("Truancy", "Adjudication"); a known given name or surname always is.
#: Names fall between 0 and about 2.9, words of records from about 2.2 up.
NAME_ZIPF = 2.5
#: A known name more common than this as a word ("Will", "Grant", "Court") is not flagged.
COMMON_NAME_ZIPF = 4.0
#: A removed word rarer than this is looked for elsewhere ("Probation", "Apt" are not).
RARE_ZIPF = 3.0
#: At most this many flags on a page: a longer list is not read either.
MAX_FLAGS = 400

_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:[’'-][A-Za-z]+)*(?![\w’'-])")
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]*(?<![’'-])")
_NUMBERISH = re.compile(r"(?<![\w#-])[A-Za-z0-9#][A-Za-z0-9#./-]*[A-Za-z0-9](?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Codes that carry meaning, not identity: an ICD-10 code ("F90.2"), an ordinal ("10th").
#: ("391st District Court" is a court's name, and stays on the list.)
_MEANING_CODE = re.compile(r"[A-TV-Z]\d\d(?:\.\w{1,4})?|\d{1,2}(?i:st|nd|rd|th)")
_WORD_ENDING = re.compile(
    r"(?i:tion|sion|ment|ness|ity|ancy|ency|ance|ence|ate|ing|ers|ors|ism|ist|ive|ous|ogy|al)$"
)
_LABEL = re.compile(
    r"(?i:\b(?:SSN|SS\s*#|social\s+security(?:\s+(?:number|no\.?|#))?|DOB|D\.O\.B\.?|"
    r"date\s+of\s+birth|birth\s*date|Medicaid(?:\s+(?:ID|number|no\.?|#))?|MRN|"
    r"medical\s+record(?:\s+(?:number|no\.?|#))?|case\s*(?:#|no\.?|number|ID)|"
    r"client\s*(?:#|ID|no\.?)|member\s*(?:ID|#)|policy\s*(?:#|no\.?|number)|"
    r"phone|tel\.?|cell)"
    r")[ \t]*[:#]?[ \t]*(?!(?i:id|no|number)\b)(?P<value>[A-Za-z0-9][\w/.-]*[\w])"
)
_DATE_SHAPED = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?")
_PARTS = re.compile(r"[-./’']")
#: Removed spans whose words are looked for elsewhere: names of people, places and bodies
#: (a removed date's "Tuesday" or a number's "MRN" label says nothing).
NAMED_TYPES = frozenset({
    "PERSON", "LOCATION", "ORGANIZATION", "NRP", "SCHOOL", "AGENCY", "EMPLOYER",
    "HEALTHCARE_FACILITY", "STREET_ADDRESS", "SOCIAL_HANDLE",
})  # fmt: skip


@dataclass(frozen=True)
class Flag:
    """One place to check: a span of a kept segment of a reviewed document, and why."""

    doc: int
    segment: int
    start: int
    end: int
    reason: str
    #: The document where the word was removed (for `ELSEWHERE`).
    removed_in: str = ""


def _identifier(token: str) -> bool:
    """Four digits or more, or a code of letters and digits; not a year, date or age."""
    digits = sum(ch.isdigit() for ch in token)
    if digits == 0 or _YEAR.fullmatch(token) or _DATE_SHAPED.fullmatch(token):
        return False
    if _MEANING_CODE.fullmatch(token):
        return False
    words = [part for part in _PARTS.split(token) if part.isalpha()]
    if any(len(w) >= 3 and not w.isupper() for w in words):  # "48-year-old", "2nd-grade"
        return False
    letters = any(ch.isalpha() for ch in token)
    return digits >= 4 or (letters and digits >= 2)


def _name_like(word: str, abbreviated: bool = False, rare: float = NAME_ZIPF) -> bool:
    """A known name, or rare as English in every part and without an English word's ending
    ("Ellery-Fontaine", not "Follow-up" or "Truancy"); a short word before a full stop is
    an abbreviation ("Asst.", "Exh.") unless it is a known name."""
    parts = [part for part in _PARTS.split(word) if part]
    if any(part.casefold() in person_names() and zipf(part) < COMMON_NAME_ZIPF for part in parts):
        return True
    if abbreviated and len(word) <= 4:
        return False
    return max(zipf(p) for p in parts) < rare and not _WORD_ENDING.search(word)


def _removed_words(docs: Sequence[ReviewDoc]) -> dict[str, str]:
    """Each rare word of every removed span (folded) -> the first document it was removed in."""
    removed: dict[str, str] = {}
    for doc in docs:
        for segment in doc.segments:
            if segment.replacement is None or segment.entity_type not in NAMED_TYPES:
                continue
            for match in _WORD.finditer(segment.original):
                word = match.group()
                shouted = word.isupper() and len(word) < 5  # an acronym or credential
                named = len(word) >= 3 and word[0].isupper() and not shouted
                if named and _name_like(word, rare=RARE_ZIPF):
                    removed.setdefault(word.casefold(), doc.doc_id)
    return removed


def _segment_flags(index: int, position: int, text: str, removed: dict[str, str]) -> list[Flag]:
    flags = [
        Flag(index, position, m.start("value"), m.end("value"), AFTER_LABEL)
        for m in _LABEL.finditer(text)
        if any(ch.isdigit() for ch in m.group("value")) or m.group("value")[:1].isupper()
    ]
    flags += [
        Flag(index, position, m.start(), m.end(), IDENTIFIER)
        for m in _NUMBERISH.finditer(text)
        if _identifier(m.group())
    ]
    for match in _WORD.finditer(text):
        word = match.group()
        source = removed.get(word.casefold())
        if source is not None and (word[0].isupper() or zipf(word) < RARE_ZIPF):
            flags.append(Flag(index, position, match.start(), match.end(), ELSEWHERE, source))
    flags += [
        Flag(index, position, m.start(), m.end(), NAME_LIKE)
        for m in _CAPITALISED.finditer(text)
        if _name_like(m.group(), text[m.end() : m.end() + 1] == ".")
    ]
    return flags


def _settle(flags: list[Flag]) -> list[Flag]:
    """Non-overlapping flags in text order; where two overlap, the stronger reason stays."""
    chosen: list[Flag] = []
    for flag in sorted(flags, key=lambda f: (_ORDER.index(f.reason), f.start)):
        if not any(f.start < flag.end and flag.start < f.end for f in chosen):
            chosen.append(flag)
    return sorted(chosen, key=lambda f: f.start)


def find_flags(docs: Sequence[ReviewDoc], limit: int = MAX_FLAGS) -> list[Flag]:
    """Every place worth a second look, in document order, at most `limit`."""
    removed = _removed_words(docs)
    found: list[Flag] = []
    for index, doc in enumerate(docs):
        for position, segment in enumerate(doc.segments):
            if segment.replacement is not None or segment.entity_type is not None:
                continue  # changed, or found and kept by the policy on purpose
            found += _settle(_segment_flags(index, position, segment.original, removed))
            if len(found) >= limit:
                return found[:limit]
    return found
