"""A rare given name standing alone is a person: "Neveah present.", "HV w/ Tasha + kids".

NER needs a sentence around a name; short table rows and hurried notes give it none, and a
name written alone ("Neveah present. Home clean.") passes. Strict mode (social media,
research) removes every rare capitalised word; the other policies read carefully and so
missed these. A capitalised word that is a listed given name (Faker's names of every
locale) and rare as an English word is taken for a person wherever it stands; common words
that are also names ("Grace", "Will", "Hope", "Kendra" at the edge) are left to NER and to
the cues around them. A name of the lists that English has no word for and hardly knows
(below 2.5: "Hamdi at Head Start", "Abdiweli"), given or family, of any culture, is a
person alone too: records of refugee families name children and kin that no given-name
list holds. A listed given name that is no English word at all ("Kayla", "Dolores") is a
person alone up to a higher frequency: nothing else is spelled so.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.citations import within_citation
from redact.detect.meaning import is_meaning
from redact.detect.place_names import us_places
from redact.detect.wordlists import english_words, given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "LoneGivenName"
SCORE = 0.5
#: Rarer than this as an English word: "Neveah" (0), "Tasha" (2.9); not "Kendra" (3.1).
MAX_ZIPF = 3.0
#: A name of the lists that no given-name list holds (a family name, or a given name of a
#: culture Faker's given names miss) is taken rarer than this, and no English word.
MAX_OTHER_ZIPF = 2.5
#: A listed given name that English has no word for ("Kayla" 3.1, "Dolores" 3.3, "Janelle")
#: is a person alone up to this frequency: its commonness is the name's own, not a word's.
MAX_UNWORDED_ZIPF = 4.0

_TITLE_WORD = regex.compile(r"(?<![\p{L}\d'’@#._/-])\p{Lu}\p{Ll}{2,}(?![\p{L}\d@_/-])")


def _other_cultures_name(folded: str) -> bool:
    """A name of Faker's lists, given or family, of any locale ("Hamdi", "Abdiweli"), that
    English has no word for, rarer than `MAX_OTHER_ZIPF`, and no US town."""
    return (
        folded in person_names()
        and zipf(folded) < MAX_OTHER_ZIPF
        and folded not in english_words()
        and folded not in us_places()
    )


def _unworded_given_name(folded: str) -> bool:
    """A listed given name that is no English word and no US town, below
    `MAX_UNWORDED_ZIPF` ("Kayla is also in the program", "sent to Dolores")."""
    return (
        folded in given_names()
        and zipf(folded) < MAX_UNWORDED_ZIPF
        and folded not in english_words()
        and folded not in us_places()
    )


def is_lone_name(word: str) -> bool:
    """Whether one capitalised word is a person's name standing alone: a rare listed given
    name, a listed given name English has no word for, or a name of another culture's lists
    (never a term of meaning)."""
    folded = word.casefold()
    if folded not in given_names() and not _other_cultures_name(folded):
        return False
    rare = zipf(folded) < MAX_ZIPF or _unworded_given_name(folded)
    return rare and not is_meaning(word)


def lone_given_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for rare given names that no other finding covers."""
    covered = sorted((f.start, f.end) for f in findings)
    found: list[Finding] = []
    for match in _TITLE_WORD.finditer(text):
        if not is_lone_name(match.group()):
            continue
        start, end = match.span()
        if any(s <= start and end <= e for s, e in covered):
            continue
        if within_citation(text, start, end):
            continue  # "Tex." of "Tex. Fam. Code § 153.002": a law names no one
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["is_lone_name", "lone_given_name_findings"]
