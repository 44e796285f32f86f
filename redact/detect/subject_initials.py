"""The subject's initials before her surname: "C. M. Ybarra-Lindqvist", "D R Vukovich".

An accounting or a bank letter shortens the ward's given and middle names to initials
("Conservatorship estate of C. M. Ybarra-Lindqvist"). The surname is found and marked as
hers by the subject matcher; the initials before it are found on their own (`initials`), as
dotted initials of no one known, and a policy that keeps the subject would cut her name in
half. Initials right before her surname are hers when, in order, they begin her
given name and then her middle names as one of her names spells them: "C. M." for
Concepción María, not "R. Vukovich" beside Danielle Vukovich (a relative sharing the
surname, left as found). An abbreviation in capitals NER read into her initialled name on an
account's title ("FBO D. Quintero-Baptiste": for the benefit of) is cut off it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.names import fold_accents
from redact.detect.person_shapes import is_given_name
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding

#: One to three initials, each a capital with or without a dot, spaced or not.
_INITIALS = regex.compile(r"(?:\p{Lu}\.?[ \t]?){1,3}")
_LETTER = regex.compile(r"\p{Lu}")


def _her_initials(subject: Sequence[str]) -> set[str]:
    """Every run of her given-name initials, from the first: "C", "CM" for Concepción María
    Ybarra-Lindqvist; the surname's letter is no part of them."""
    runs: set[str] = set()
    for name in subject:
        words = [w for w in name.split() if w[:1].isalpha()]
        if len(words) < 2:
            continue
        letters = "".join(fold_accents(w[:1]).upper() for w in words[:-1])
        runs.update(letters[:k] for k in range(1, len(letters) + 1))
    return runs


def _her_surnames(subject: Sequence[str]) -> set[str]:
    """The last words of her names of two words or more, folded: "ybarra-lindqvist"."""
    return {
        fold_accents(words[-1]).casefold() for name in subject if len(words := name.split()) >= 2
    }


_SURNAME_AFTER = regex.compile(r"[ \t]*(\p{L}[\p{L}'’-]*\p{L})(?![\p{L}'’-])")


#: An abbreviation in capitals read into a name before its initials and surname: "FBO C. M.
#: Ybarra" (for the benefit of), "ITF", "ATTN"; then her initials and her surname.
_CAPITAL_LEAD = regex.compile(
    r"((?:\p{Lu}{2,5}[ \t]+)+)((?:\p{Lu}(?:\.[ \t]?|[ \t]))(?:\p{Lu}(?:\.[ \t]?|[ \t])){0,2})"
    r"[ \t]*(\p{L}[\p{L}'’-]*\p{L})"
)


def _without_capital_lead(
    text: str, finding: Finding, runs: set[str], surnames: set[str]
) -> Finding:
    """A name finding that is capitals, then her initials and surname ("FBO C.
    Ybarra-Lindqvist" on a bank's account title), cut to her name and marked hers. The
    capitals are an abbreviation, no given name: a listed given name in capitals ("JOSE C.
    Ybarra") is someone else's, and is left as found."""
    if finding.is_subject or finding.entity_type not in NAME_TYPES:
        return finding
    found = _CAPITAL_LEAD.fullmatch(text, finding.start, finding.end)
    if found is None:
        return finding
    letters = "".join(_LETTER.findall(found.group(2)))
    lead = found.group(1).split()
    if (
        letters not in runs
        or fold_accents(found.group(3)).casefold() not in surnames
        or any(is_given_name(word.capitalize()) for word in lead)
    ):
        return finding
    return replace(finding, start=found.start(2), group=SUBJECT_GROUP, is_subject=True)


def mark_subject_initials(
    text: str, findings: Sequence[Finding], subject: Sequence[str]
) -> list[Finding]:
    """Initials findings right before the subject's surname, that begin her given names in
    order, become the subject's."""
    runs = _her_initials(subject)
    if not runs:
        return list(findings)
    surnames = _her_surnames(subject)
    out = []
    for finding in findings:
        finding = _without_capital_lead(text, finding, runs, surnames)
        if (
            not finding.is_subject
            and finding.entity_type in NAME_TYPES
            and _INITIALS.fullmatch(text, finding.start, finding.end) is not None
        ):
            letters = "".join(_LETTER.findall(text, finding.start, finding.end))
            after = _SURNAME_AFTER.match(text, finding.end)
            hers = after is not None and fold_accents(after.group(1)).casefold() in surnames
            if letters in runs and hers:
                finding = replace(finding, group=SUBJECT_GROUP, is_subject=True)
        out.append(finding)
    return out
