"""The subject's other full names, declared beside one of hers: a birth name, a name before
adoption or marriage, a legal name beside the one she uses.

"Child: Julian Rami Haddad (after adoption Julian R. Castellanos-Lindahl)", "Marisol
Etxeberria (née Quintana)", "Dolores Quintero-Baptiste, formerly Dolores Baptiste": the
request names the subject by one name, the record writes another beside it and says they
are one person. That other name is hers, and a policy that keeps her keeps it, here and
wherever the document writes it again in full.

Only the declared full name becomes hers, never its words alone: a birth name shares its
surname with the birth mother ("Haddad"), and "Ms. Haddad" stays a third party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.names import canonical_name
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding

#: The words that declare a name to be another of the same person's, between the two names:
#: "(after adoption ...)", ", formerly ...", "(née ...)", "(legal name: ...)".
_ALIAS_CUE = regex.compile(
    r"[ \t]*[(,;][ \t]*(?i:(?:after|before|since|pre-?|post-?)[ \t]*adoption"
    r"|(?:birth|legal|maiden|former|previous|married|adoptive|adopted)[ \t]+name"
    r"|legal|formerly|previously|n[ée]e|born(?:[ \t]+as)?"
    r"|(?:also|now|formerly)[ \t]+known[ \t]+as|a\.?k\.?a\.?|f/?k/?a|n/?k/?a)"
    r"[ \t]*[:,]?[ \t]*"
)


def _declared_aliases(text: str, names: Sequence[Finding]) -> set[str]:
    """The canonical full names an alias cue joins to one of the subject's marked mentions,
    before it or after it."""
    starting: dict[int, list[Finding]] = {}
    for name in names:
        starting.setdefault(name.start, []).append(name)
    aliases: set[str] = set()
    for first in names:
        cue = _ALIAS_CUE.match(text, first.end)
        if cue is None:
            continue
        for second in starting.get(cue.end(), ()):
            if first.is_subject == second.is_subject:
                continue
            other, hers = (second, first) if first.is_subject else (first, second)
            canonical = canonical_name(text[other.start : other.end])
            # both whole names: "Geraldine Little Bear (née Stillday)" is a grandmother born
            # with the subject's surname, not the subject
            whole = len(canonical_name(text[hers.start : hers.end]).split()) >= 2
            if whole and len(canonical.split()) >= 2:
                aliases.add(canonical)
    return aliases


def mark_subject_aliases(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Full names an alias cue declares to be another name of the subject's (the other name
    of the pair is her marked mention) become hers, with every mention of the same full
    name in the text."""
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    if not any(f.is_subject for f in names):
        return list(findings)
    aliases = _declared_aliases(text, names)
    if not aliases:
        return list(findings)
    spans = [
        (f.start, f.end) for f in names if canonical_name(text[f.start : f.end]) in aliases
    ]  # with the words of it found again on their own ("Rami" of "Julian Rami Haddad")
    return [
        replace(f, group=SUBJECT_GROUP, is_subject=True)
        if f.entity_type in NAME_TYPES
        and not f.is_subject
        and any(s <= f.start and f.end <= e for s, e in spans)
        else f
        for f in findings
    ]
