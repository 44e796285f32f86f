"""Surnames with particles, found as two names, made one: "Van der Berg", "Ana di Stefano".

NER and strict mode take the capitalised words of "Wilhelmina Van der Berg" and leave the
lower-case particle between them, so a release reads "[PERSON] der [PERSON]" and a
pseudonym is given to each half. Particles are few and well known (Dutch, German, French,
Italian, Spanish, Portuguese, Arabic): two PERSON findings with only particles between
them are one name.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.findings import Finding

#: Lower-case words that join the parts of a surname.
PARTICLES = frozenset(
    {"van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
     "le", "von", "zu", "ten", "ter", "bin", "binti", "bint", "ibn", "al", "el", "y", "st"}
)  # fmt: skip

_GAP = regex.compile(r"[ \t]+(?:(\p{Ll}+)[ \t]+){1,3}")


def _particles_only(gap: str) -> bool:
    match = _GAP.fullmatch(gap)
    return match is not None and all(w in PARTICLES for w in match.captures(1))


def _joined(left: Finding, right: Finding) -> Finding:
    return Finding(
        left.start, right.end, "PERSON", max(left.score, right.score), left.action,
        left.source, left.group, left.is_subject or right.is_subject,
    )  # fmt: skip


def join_particles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with PERSON findings that only particles separate joined into one."""
    people = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: f.start)
    gone: set[int] = set()
    merged: list[Finding] = []
    current: Finding | None = None
    grown = False
    for person in people:
        if (
            current is not None
            and current.end < person.start
            and _particles_only(text[current.end : person.start])
        ):
            gone.update({id(current), id(person)})
            current, grown = _joined(current, person), True
            continue
        if current is not None and grown:
            merged.append(current)
        current, grown = person, False
    if current is not None and grown:
        merged.append(current)
    return [f for f in findings if id(f) not in gone] + merged


__all__ = ["PARTICLES", "join_particles"]
