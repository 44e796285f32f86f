"""The subject's given name at the end of another person's name, as NER read a message.

In a lower-case message NER runs neighbouring words into one person: "hi this is desmond
roz's nephew" gives "desmond roz's", "soy marisela la prima de roz" gives "marisela la prima
de roz". The subject matcher finds her name inside ("roz" for Rosalind "Roz") but the longer
finding is not wholly hers, so the whole of it went, and a policy that keeps the subject lost
her name with the caller's.

A lower-case person (NER's, or another step's that read the same words) whose last word is
one of the subject's given names or the one-word names the request gives her, as a
possessive ("desmond roz's") or after connecting words ("la prima de roz", "the brother of
rosalind"), is two people: her name is kept as hers, and the other person is the leading run
of name words before it ("desmond", "marisela"); the words between, which say how they are
related, stay.

Only in lower case, and only her given names: "Desmond Roz" or "Ana de Lourdes" written as
names may be one person's given name and surname, and a word that is her surname at the end
("desmond thiel's") is a relative of hers, which the subject matcher decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.names import fold_accents, lower_case_is_a_name, name_words
from redact.detect.subject import RELATIVE_SOURCE, SUBJECT_GROUP
from redact.findings import Finding

SOURCE = "subject"
#: Findings that are one person's name whole, or a relative the subject matcher found.
_WHOLE = frozenset({RELATIVE_SOURCE, "InfantNameRecognizer"})
_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_POSSESSIVE = regex.compile(r"['’]s(?!\p{L})")


def _her_given_names(subject: Sequence[str]) -> tuple[set[str], set[str]]:
    """(her given names and one-word names, her surname words), folded."""
    givens: set[str] = set()
    surnames: set[str] = set()
    for name in subject:
        words = [fold_accents(w).casefold() for w in name_words(name)]
        if not words or "," in name:
            continue
        givens.add(words[0])
        surnames.update(words[1:] if len(words) > 1 else ())
        for word in words[1:]:
            surnames.update(word.split("-"))
    return givens - surnames, surnames


def _split(text: str, finding: Finding, givens: set[str]) -> list[Finding] | None:
    """The other person and her name, when `finding` is both; None when it is not."""
    written = text[finding.start : finding.end]
    if not written.islower():
        return None
    words = list(_WORD.finditer(text, finding.start, finding.end))
    if len(words) < 2:
        return None
    last = words[-1]
    core = _POSSESSIVE.sub("", last.group())
    if fold_accents(core).casefold() not in givens:
        return None
    her_end = last.start() + len(core)
    possessive = _POSSESSIVE.match(text, her_end) is not None
    lead = []
    for word in words[:-1]:
        if not lower_case_is_a_name(word.group()):
            break
        lead.append(word)
    between = len(words) - 1 - len(lead)
    if not lead or not (possessive or between > 0):
        return None
    other = replace(finding, end=lead[-1].end())
    hers = Finding(
        last.start(), her_end, "PERSON", 1.0, source=SOURCE, group=SUBJECT_GROUP,
        is_subject=True,
    )  # fmt: skip
    return [other, hers]


def split_subject_tails(
    text: str, findings: Sequence[Finding], subject: Sequence[str]
) -> list[Finding]:
    """Lower-case persons that end with the subject's given name, cut in two; a finding of
    her name alone there (another step's "roz") is hers too."""
    givens, _ = _her_given_names(subject)
    if not givens:
        return list(findings)
    out: list[Finding] = []
    hers: set[tuple[int, int]] = set()
    for finding in findings:
        parts = None
        if (
            finding.entity_type == "PERSON"
            and not finding.is_subject
            and finding.source not in _WHOLE
        ):
            parts = _split(text, finding, givens)
        if parts is None:
            out.append(finding)
            continue
        other, her = parts
        hers.add((her.start, her.end))
        out.append(other)
        out.append(her)
    if not hers:
        return out
    return [
        replace(f, group=SUBJECT_GROUP, is_subject=True)
        if not f.is_subject and f.entity_type == "PERSON" and (f.start, f.end) in hers
        else f
        for f in out
    ]
