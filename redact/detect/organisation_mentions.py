"""Every other mention of an organisation or a named place that was found once in a text.

A record names the same clinic, office, hall or programme provider several times: in a
letterhead, a sentence, a signature, a footer, a table cell. NER finds the name where a
sentence frames it and misses it where it stands alone ("Disability and Access Center ·
Accommodation Letter"), in capitals ("MIAMI VALLEY PATHWAYS COUNSELING") or cut short
("supervised visits at Kinship Bridge" after "Kinship Bridge Family Visitation Center";
"Holden ACCEPTED" after "Holden Rehab & Nursing"). One mention left standing names the
place as surely as all of them would, so each name found is looked for again:

- as found, in capitals, or in lower case, when it has two words or more;
- by its initials, when it has three capitalised words or more ("SPMC" of "Semoran Park
  Medical Center"; in lower case too, "krs" of "Kappa Rho Sigma", unless English has the
  word);
- by its leading words, before the words that say what kind of body it is ("Center",
  "Counseling", "Rehab", "PLLC", "CBH"): two words or more, or one word English hardly knows
  ("Harborlight", "Holden"), in the case it was found in or in capitals, and in lower case
  when English has no such word ("im at harlow" after "Harlow Hall").

A name that is a term of meaning or a programme ("Intensive Outpatient Program") is never
spread, nor an acronym found alone ("DVIP", "PPS": NER takes programmes and scales for
bodies), nor a name of common words with no word of kind ("Special Olympics"), nor a word
inside a longer term of meaning ("Florida" of "Florida Assertive Community Treatment").
The finding takes the type of the name it repeats. Only offsets
leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import inside_longer_term, is_meaning
from redact.detect.names import whole_word_mentions
from redact.detect.programme_names import is_programme_name
from redact.detect.wordlists import english_words, zipf
from redact.findings import Finding

SOURCE = "organisation-mention"
SCORE = 0.6
#: Types of findings whose names are looked for again.
_TYPES = frozenset(
    {"ORGANIZATION", "AGENCY", "SCHOOL", "HEALTHCARE_FACILITY", "EMPLOYER", "LOCATION"}
)
#: Words that say what kind of body a name is, and the joins and legal forms around them:
#: a name cut short stops before them.
_KIND_WORDS = frozenset(
    {"center", "centre", "centers", "counseling", "counselling", "services", "service",
     "rehab", "rehabilitation", "nursing", "home", "homes", "house", "hall", "building",
     "complex", "clinic", "clinics", "hospital", "health", "behavioral", "behavioural",
     "mental", "medical", "family", "visitation", "residential", "reentry", "program",
     "programme", "agency", "associates", "group", "practice", "pllc", "llc", "inc", "co",
     "corp", "ltd", "pc", "pa", "and", "&", "of", "the", "for", "at", "cbh", "cmh", "bh",
     "care", "community", "recovery", "treatment", "wellness", "therapy", "school",
     "academy", "college", "university", "court", "department", "office", "unit"}
)  # fmt: skip
#: A single-word short form is taken only when English hardly knows it.
MAX_SHORT_ZIPF = 3.0
MIN_WORDS = 2
#: A name of this many words at least is shortened to its initials.
MIN_ACRONYM = 3
_JOINS = frozenset({"and", "&", "of", "the", "for", "at", "on", "in", "de", "del", "la"})
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’.&-]*|&")
_LINE_BREAK = regex.compile(r"[\n\r]")


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _rare(word: str) -> bool:
    """Whether one word alone names the body: English has no word for it, or hardly uses it."""
    folded = word.casefold()
    return word[:1].isupper() and (folded not in english_words() or zipf(folded) < MAX_SHORT_ZIPF)


def _spreads(words: list[str]) -> bool:
    """Whether a name is one to look for again: a single word that is no acronym ("DVIP",
    "PPS" are as often a programme or a scale as a body), or a name with a word of kind or
    a word English hardly knows ("Special Olympics", all common words and no kind, is as
    often a programme)."""
    if not words:
        return False
    if len(words) == 1:
        return not words[0].replace(".", "").isupper()
    return any(w.casefold() in _KIND_WORDS or _rare(w) for w in words)


def _short_form(name: str) -> str | None:
    """The name's leading words before its first word of kind, when they can stand alone."""
    words = _words(name)
    lead: list[str] = []
    for word in words:
        if word.casefold() in _KIND_WORDS:
            break
        lead.append(word)
    if not lead or len(lead) == len(words):
        return None
    if len(lead) < MIN_WORDS and not _rare(lead[0]):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() for w in lead):
        return None
    start = name.find(lead[0])
    end = name.find(lead[-1], start) + len(lead[-1])
    return name[start:end]


def _forms(name: str) -> set[str]:
    """The spellings of `name` to look for: as found, in capitals and, when it has two words
    or more, in lower case; and its short form, as found and in capitals."""
    forms: set[str] = set()
    words = _words(name)
    if not _spreads(words):
        return forms
    if len(words) >= MIN_WORDS or _rare(words[0]):
        forms |= {name, name.upper()}
        if len(words) >= MIN_WORDS:
            forms.add(name.lower())
    short = _short_form(name)
    if short is not None:
        forms |= {short, short.upper()}
        if " " not in short and short.casefold() not in english_words():
            forms.add(short.lower())  # "im at harlow" in a log, after "Harlow Hall"
    acronym = _acronym(name)
    if acronym is not None:
        forms.add(acronym)
        if acronym.casefold() not in english_words() and zipf(acronym) < MAX_SHORT_ZIPF:
            forms.add(acronym.lower())  # "avoids krs house" after "Kappa Rho Sigma"
    return {f for f in forms if not is_meaning(f) and not is_programme_name(f)}


def _acronym(name: str) -> str | None:
    """The initials of a name of three capitalised words or more, joins left out ("SPMC"
    of "Semoran Park Medical Center", "AVVHP" of "Arkansas Valley Veterans Housing
    Partnership"), as records shorten a name after its first mention."""
    words = [w for w in _words(name) if w.casefold() not in _JOINS]
    if len(words) < MIN_ACRONYM or not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def organisation_mention_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """A finding for each mention of a found organisation or place name that no finding
    covers yet, typed like the name it repeats."""
    kinds: dict[str, str] = {}
    for finding in findings:
        if finding.entity_type not in _TYPES:
            continue
        name = text[finding.start : finding.end].strip()
        if not name or _LINE_BREAK.search(name) or is_meaning(name) or is_programme_name(name):
            continue
        for form in _forms(name):
            kinds.setdefault(form, finding.entity_type)
    if not kinds:
        return []
    covered = sorted((f.start, f.end) for f in findings)
    added = []
    for start, end, form in whole_word_mentions(text, kinds):
        if any(s <= start and end <= e for s, e in covered):
            continue
        if inside_longer_term(text, start, end):
            continue
        added.append(Finding(start, end, kinds[form], SCORE, source=SOURCE))
    return added
