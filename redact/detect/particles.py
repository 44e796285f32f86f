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


#: Spanish and Portuguese particles that open the second half of a surname ("del Toro", "de
#: la Cruz", "de León"); after a found name, they and the capitalised word after them are
#: its surname: "Marisol del Toro", "Wilmer Ortiz de León", "M. del Toro".
_SURNAME_AFTER = regex.compile(
    r" +(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de|da|do|dos)[ \t]+"
    r"(?!(?:La|Las|Los|El)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d'’-])"
)
#: An initial before a particle surname: "M. del Toro" (a finding of "Toro" alone or none).
_INITIAL_PARTICLE = regex.compile(
    r"(?<![\p{L}.])\p{Lu}\.[ \t]*(?:de[ \t]+la|del|de)[ \t]+\p{Lu}\p{Ll}+(?![\p{L}'’-])"
)


def particle_surnames(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings grown over a particle surname after them, and initials before one.

    NER takes "Marisol" of "Marisol del Toro" and leaves "del Toro", which names her as
    well as the whole does; an initial and a particle surname ("M. del Toro") is a name
    too when a name of the text ends in that surname.
    """
    out = []
    surnames = set()
    for finding in findings:
        if finding.entity_type == "PERSON":
            after = _SURNAME_AFTER.match(text, finding.end)
            if after is not None:
                finding = Finding(
                    finding.start, after.end(), "PERSON", finding.score, finding.action,
                    finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
            surnames.add(text[finding.start : finding.end].rsplit(None, 1)[-1])
        out.append(finding)
    for m in _INITIAL_PARTICLE.finditer(text):
        if m.group().rsplit(None, 1)[-1] in surnames:
            out.append(Finding(m.start(), m.end(), "PERSON", 0.7, source="ParticleSurname"))
    return out


__all__ = ["PARTICLES", "join_particles", "particle_surnames"]
