"""A surname joined by a slash to a person's name: the other party of a family's matter.

Custody, adoption and family files name a matter by its two households, joined by a slash:
"Collateral contacts — Brightwater / Szymanski", "Placed w/ Okafor/Lindgren", "Re: Diaz /
Petrakis exchange". One side is a person the record already found (often the subject, kept
under a court's policy); the other is the other parent's or the other family's surname, and
no cue before it says so, so it goes out to the court as written.

A capitalised word joined by a slash to a name found as a person is a person too, when it
is shaped like a surname (a listed name that is no common word, or a word English does not
know: `person_shapes.is_surname_like`) and no other name covers it. "Mom/Dad", "Pass/Fail",
"Nate/Mom" hold no surname. NER often reads the surname, or the whole pair, as a company or
a place: that reading gives way.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning_terms import ROLE_WORDS
from redact.detect.person_shapes import is_surname_like
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "slashed-name"
SCORE = 0.7
_WORD = r"\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})?"
_PAIR = regex.compile(rf"(?<![\w/\-])({_WORD})[ \t]*/[ \t]*({_WORD})(?![\w/\-])")


#: What NER calls a surname it does not know: a company, a place, a nationality.
_MISREAD = frozenset({"ORGANIZATION", "LOCATION", "NRP"})


def _overlapping(findings: Sequence[Finding], start: int, end: int) -> list[Finding]:
    return [f for f in findings if f.start < end and start < f.end]


def _is_person(findings: Sequence[Finding]) -> bool:
    return any(f.entity_type in NAME_TYPES for f in findings)


def slashed_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each surname joined by a slash to a name found as a person taken as
    a person: added where nothing covers it, and in place of NER's organisation or place
    where NER read the surname, or the whole pair, as one."""
    if "/" not in text:
        return list(findings)
    people: list[Finding] = []
    misread: set[Finding] = set()
    for match in _PAIR.finditer(text):
        sides = [match.span(1), match.span(2)]
        covers = [_overlapping(findings, s, e) for s, e in sides]
        for (start, end), cover, other in zip(sides, covers, reversed(covers), strict=True):
            word = text[start:end]
            if (
                _is_person(cover)
                or not _is_person(other)
                or word in ROLE_WORDS
                or word.title() in ROLE_WORDS
                or not is_surname_like(word)
            ):
                continue
            if all(
                f.entity_type in _MISREAD and match.start() <= f.start and f.end <= match.end()
                for f in cover
            ):
                misread.update(cover)
                people.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return [f for f in findings if f not in misread] + people


__all__ = ["slashed_name_findings"]
