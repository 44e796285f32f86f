"""Short forms of a known given name, in any case: "pri" for Priya, "Mase" for Mason.

Messages and hurried notes call people by the first syllable of their name ("pri and i had
it out", "she gives Mase his bottle"), and neither NER nor the lists of names know those
forms. Once a given name is known in the document (a PERSON finding) or in the release (its
lexicon of full names), a word that begins as that name does is taken for the same person
when it is no common English word and not the start of the subject's own name (which a
subject-keeping policy must keep): the first three letters agree, and the word is the
name's beginning, or that and one more letter ("Mase" for Mason), or a beginning and a pet
ending ("Matty" for Matteo, "Trenty" for Trent), or its first two letters doubled ("kiki"
for Kiara). A given name that is the end of a longer known given name is its short form
too ("Mena" for Philomena, "Tina" for Christina).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import regex

from redact.detect.lexicon import ReleaseNames
from redact.detect.meaning import is_meaning
from redact.detect.names import fold_accents
from redact.detect.wordlists import given_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "short-form"
SCORE = 0.55
#: A short form must be rarer than this as an English word ("rob", "ant" are not taken).
MAX_ZIPF = 3.2
#: A short form that is a given name itself ("Jax" for Jaxon, "Marty" for Martin) may be
#: this common as a word: its being a name is the reason it is common.
MAX_GIVEN_ZIPF = 3.8
#: A capitalised short form of the subject's own name is kept up to this frequency ("Walt"):
#: matching the subject keeps text, it never removes any.
MAX_SUBJECT_ZIPF = 4.5
#: Given names shorter than this have no shorter form worth the risk.
MIN_NAME = 4
#: A name's ending taken as its short form has at least this many letters, is a given name
#: itself, and leaves at least three letters before it ("Mena" of Philomena).
MIN_ENDING = 4

_WORD = regex.compile(r"(?<![\p{L}\d'’@.])(\p{L}{3,6})(?![\p{L}\d@])")
_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{3,}")
#: Abbreviations that begin like names and are no one: months, days, titles, units (terms
#: of meaning, "gerd", "copd", are refused by `is_meaning`).
_NEVER = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mrs",
        "miss", "dad", "mom", "mum", "sis", "bro", "nan", "ma", "pa", "hrs", "min", "mins",
    }
)  # fmt: skip


def _givens(text: str, findings: Iterable[Finding], names: ReleaseNames) -> set[str]:
    given: set[str] = set()
    for finding in findings:
        if finding.entity_type == "PERSON":
            first = _GIVEN.match(text, finding.start, finding.end)
            if first is not None:
                given.add(fold_accents(first.group()).casefold())
    for full in names.full_names:
        first = _GIVEN.match(full)
        if first is not None:
            given.add(fold_accents(first.group()).casefold())
    return given


#: Endings of pet forms: "Matty" for Matteo, "Trenty" for Trent, "Jamie" for James.
_PET_ENDINGS = ("ie", "ey", "y")


def _short_of(word: str, given: str) -> bool:
    if word[:3] != given[:3] or word == given:
        return False
    for ending in _PET_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and given.startswith(stem):
            return True  # "matty": "matt" + y, "trenty": "trent" + y
    if len(word) >= len(given):
        return False
    return given.startswith(word) or (len(word) >= 4 and given.startswith(word[:-1]))


def is_short_form(word: str, given: str) -> bool:
    """Whether `word` is a short or pet form of the given name `given`, both folded and in
    lower case: "matt" and "matty" of "matteo", "kiki" of "kiara"."""
    return _short_of(word, given) or _doubled_of(word, given)


def _doubled_of(word: str, given: str) -> bool:
    """A pet form that doubles the name's first syllable: "kiki" for Kiara, "jojo" for
    Joanna, "lulu" for Lucia."""
    return len(word) == 4 and word[:2] == word[2:] and given.startswith(word[:2])


def short_form_findings(
    text: str, findings: Sequence[Finding], names: ReleaseNames, subject: Sequence[str]
) -> list[Finding]:
    """PERSON findings for short forms of the given names known in `text` or the release."""
    givens = {g for g in _givens(text, findings, names) if len(g) >= MIN_NAME}
    if not givens:
        return []
    subject_starts = {
        fold_accents(w).casefold()[:3] for name in subject for w in name.split() if len(w) >= 3
    }
    prefixes = {g[:3] for g in givens} - subject_starts
    subject_givens = {fold_accents(w).casefold() for name in subject for w in name.split()}
    endings = {
        g[-k:] for g in givens - subject_givens for k in range(MIN_ENDING, len(g) - 2)
    }  # "mena" of Philomena, "tina" of Christina: the name's last syllables
    doubles = {g[:2] for g in givens} - {start[:2] for start in subject_starts}
    taken = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    found: list[Finding] = []
    for match in _WORD.finditer(text):
        word = fold_accents(match.group(1)).casefold()
        begins = word[:3] in prefixes
        doubled = len(word) == 4 and word[:2] == word[2:] and word[:2] in doubles
        if not begins and not doubled and word not in endings:  # most words stop here
            continue
        listed = word in given_names()
        bar = MAX_GIVEN_ZIPF if listed else MAX_ZIPF
        if word in _NEVER or zipf(word) >= bar or is_meaning(word):
            continue
        ending = listed and word in endings
        twice = doubled and any(_doubled_of(word, g) for g in givens)
        if not ending and not twice and not (begins and any(_short_of(word, g) for g in givens)):
            continue
        start, end = match.span(1)
        if any(s <= start and end <= e for s, e in taken):
            continue
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


#: A nickname declared between a given name and a surname: 'Tamsin "Tami" Reyes'.
_DECLARED = regex.compile(
    r"\b(\p{Lu}[\p{L}'’-]+)[ \t]+[\"“”(][ \t]*(\p{Lu}[\p{L}'’-]*)[ \t]*[\"“”)][ \t]+"
    r"(\p{Lu}[\p{L}'’-]+)"
)


def _other_peoples_nicknames(text: str, givens: set[str], subject: Sequence[str]) -> set[str]:
    """Nicknames declared for someone else: 'Deshawn "Shay" Tubby' beside the subject
    Shawnee Whitfield is her ex-partner's, though "Shay" begins as her name does; and
    'Tamsin "Tami" Reyes' beside the subject "Tamsin Okonkwo-Reyes" is her daughter's, who
    shares her given name but not her surname."""
    surnames = {
        fold_accents(words[-1]).casefold() for name in subject if len(words := name.split()) > 1
    }
    return {
        fold_accents(m.group(2)).casefold()
        for m in _DECLARED.finditer(text)
        if fold_accents(m.group(1)).casefold() not in givens
        or (surnames and fold_accents(m.group(3)).casefold() not in surnames)
    }


def release_forms_of_others(names: ReleaseNames, subject: Sequence[str]) -> frozenset[str]:
    """The one-word forms the release gives to people who share no name word with the
    subject ("shay" of 'Deshawn "Shay" Tubby' in the court report), folded: in a message
    log of the same release, "shay is back in town" is him, not a short form of Shawnee."""
    own = {fold_accents(w).casefold() for name in subject for w in name.split()}
    return frozenset(
        form.casefold()
        for form, canonical in names.forms
        if " " not in form and not own & set(canonical.split())
    )


def subject_short_forms(
    text: str, subject: Sequence[str], others: Collection[str] = ()
) -> tuple[str, ...]:
    """Short forms of the subject's given names written in `text` ("Walt" for Walter), to
    be matched as the subject: a policy that keeps the subject keeps them too; not one
    declared for another person (`_other_peoples_nicknames`), nor one the release gives to
    another (`others`, folded: `release_forms_of_others`)."""
    givens = {
        fold_accents(w).casefold()
        for name in subject
        for w in name.split()[:1]
        if len(w) >= MIN_NAME and w[:1].isupper()
    }
    if not givens:
        return ()
    others = set(others) | (
        _other_peoples_nicknames(text, givens, subject)
        if '"' in text or "(" in text or "“" in text
        else set()
    )
    prefixes = {g[:3] for g in givens}
    endings = {g[-k:] for g in givens for k in range(MIN_ENDING, len(g) - 1)}
    found: set[str] = set()
    for match in _WORD.finditer(text):
        written = match.group(1)
        word = fold_accents(written).casefold()
        bar = MAX_SUBJECT_ZIPF if written[:1].isupper() else MAX_ZIPF
        if word in endings and _subject_ending(text, word, subject, others):
            found.add(written)
            continue
        # a pet form may spell the name's "s" with a "z": "Dez" for Desmond, "Roz" for Rosalind
        spelt = word[:-1] + "s" if len(word) == 3 and word.endswith("z") else word
        if spelt[:3] not in prefixes or word in _NEVER or zipf(word) >= bar or word in others:
            continue
        if is_meaning(word):
            continue  # "gerd" beside Gerald, "dex" beside Dexter: a diagnosis, a drug
        if any(_short_of(spelt, given) for given in givens):
            found.add(written)
    return tuple(sorted(found))


#: A subject's name's ending taken as her short form is rarer than this as a word.
MAX_ENDING_ZIPF = 3.0


def _subject_ending(text: str, word: str, subject: Sequence[str], others: set[str]) -> bool:
    """Whether `word`, the ending of a given name of the subject ("nessa" of Vanessa,
    "trina" of Katrina), is her short form here: a given name itself, rare as a word, not
    declared another's nickname, and nowhere in the text the given name of someone with
    another surname ("Trina Boyd" beside the subject "Katrina Lowe" is someone else)."""
    if word not in given_names() or zipf(word) >= MAX_ENDING_ZIPF or word in others:
        return False
    surnames = {
        fold_accents(words[-1]).casefold() for name in subject if len(words := name.split()) > 1
    }
    for match in regex.finditer(
        rf"(?i:\b{regex.escape(word)})[ \t]+(\p{{Lu}}[\p{{L}}'’-]+)", fold_accents(text)
    ):
        if match.group(1).casefold() not in surnames:
            return False
    return True
