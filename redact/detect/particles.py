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
     "las", "los", "le", "von", "zu", "ten", "ter", "bin", "binti", "bint", "ibn", "al", "el",
     "y", "st"}
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


#: The capitalised word of a particle surname; after "de la" a lone capital is one too (the
#: Spanish surname "de la O": "Renée de la O", "R. de la O").
_SURNAME_WORD = r"(?:\p{Lu}\p{Ll}+|(?<=[Dd]e[ \t]+la[ \t]+)\p{Lu}(?!\p{L}))"

#: Spanish and Portuguese particles that open the second half of a surname ("del Toro", "de
#: la Cruz", "de León"); after a found name, they and the capitalised word after them are
#: its surname: "Marisol del Toro", "Wilmer Ortiz de León", "M. del Toro".
_SURNAME_AFTER = regex.compile(
    r" +(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de|da|do|dos)[ \t]+"
    rf"(?!(?:La|Las|Los|El)\b){_SURNAME_WORD}(?:-\p{{Lu}}\p{{Ll}}+)?(?![\p{{L}}\d'’-])"
)
#: An initial before a particle surname: "M. del Toro", "D. De los Santos" (a finding of
#: "Toro" alone or none, or NER's organisation "D. De").
_INITIAL_PARTICLE = regex.compile(
    r"(?<![\p{L}.])\p{Lu}\.[ \t]*(?:[Dd]e[ \t]+l(?:a|as|os)|[Dd]el|[Dd]e)[ \t]+"
    rf"{_SURNAME_WORD}(?![\p{{L}}'’-])"
)


#: The rest of a surname after a name that ends on a capitalised particle ("Sofia De" of
#: "Sofia De la Garza"): lower-case particles, then the surname's capitalised word.
_REST_AFTER_PARTICLE = regex.compile(
    r"(?:[ \t]+(\p{Ll}+)){0,3}[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d'’-])"
)
#: Particles that open a name where nothing but a line start or punctuation comes before
#: them: "Participant: DE LOS " before "SANTOS, ESTEBAN", "(van der " before "Berg"; in an
#: inverted name, the particles and the surname before the comma ("DE LAS CASAS, " before
#: a found "ANSELMO"): particles make the word after them a surname.
_PARTICLES_BEFORE = regex.compile(
    r"(?:^|(?<=[\t:;,(\"'/|]|[ \t]{2}))[ \t]*((?:\p{L}+[ \t]+){1,3})"
    r"(\p{Lu}[\p{L}'’-]+,[ \t]+)?$",
    regex.MULTILINE,
)


def _rest_of_surname(text: str, end: int) -> int:
    """Where a name that ends on a capitalised particle ends ("Sofia De" + "la Garza")."""
    words = text[:end].rsplit(None, 1)
    if not words or words[-1].casefold() not in PARTICLES or not words[-1][:1].isupper():
        return end
    tail = _REST_AFTER_PARTICLE.match(text, end)
    if tail is None or not all(w in PARTICLES for w in tail.captures(1)):
        return end
    return tail.end()


def _start_over_particles(text: str, start: int) -> int:
    """Where a name with particles before it starts: "DE LOS SANTOS" found as "SANTOS".

    Only particles of one case (all lower, all capitals, or a capitalised first one and
    lower ones after it) and only after a line start, a label's colon or other punctuation,
    so that a word of the sentence before is never taken.
    """
    before = _PARTICLES_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return start
    words = before.group(1).split()
    if not all(w.casefold() in PARTICLES for w in words) or words[0].casefold() == "y":
        return start
    rest = "".join(words[1:])
    if not (
        all(w.isupper() for w in words)
        or (all(w.islower() for w in words))
        or (words[0][:1].isupper() and words[0][1:].islower() and (not rest or rest.islower()))
    ):
        return start
    return before.start(1)


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
            end = after.end() if after is not None else _rest_of_surname(text, finding.end)
            start = _start_over_particles(text, finding.start)
            if (start, end) != (finding.start, finding.end):
                finding = Finding(
                    start, end, "PERSON", finding.score, finding.action,
                    finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
            surnames.add(text[finding.start : finding.end].rsplit(None, 1)[-1])
        out.append(finding)
    for m in _INITIAL_PARTICLE.finditer(text):
        # two particles ("D. De los Santos") make a name by themselves; one ("M. del Rio")
        # only when a found name of the text ends in that surname
        if len(m.group().split()) > 3 or m.group().rsplit(None, 1)[-1] in surnames:
            out.append(Finding(m.start(), m.end(), "PERSON", 0.7, source="ParticleSurname"))
    return out


__all__ = ["PARTICLES", "join_particles", "particle_surnames"]
