"""The subject's standing initial inside NER's person made of the words around it.

A visit log shortens the child to her initial once she is named ("A. made ramen", "Placed
A. w/ licensed foster ..."), and the letter-initial step marks each such initial as hers
(`redact.detect.letter_initials`). NER now and then reads a verb and a shorthand around one
of them as a person ("Placed A. w/"); trimming leaves that whole on purpose, since an
initial alone is no name to later steps and the person it stands for would be released.
Where the same letter and dot is the subject's elsewhere in the text, that finding is her
initial with words around it: it is cut to the initial and marked hers.

Only a finding with one initial and no other name word: "Placed A. Bowman" names someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.subject import SUBJECT_GROUP
from redact.findings import Finding

_INITIAL = regex.compile(r"(?<![\p{L}.])\p{Lu}\.(?!\p{L})")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_NER = "SpacyRecognizer"


def _her_initials(text: str, findings: Sequence[Finding]) -> set[str]:
    """The letters and dots the text's other findings mark as hers ("A.")."""
    return {
        text[f.start : f.end]
        for f in findings
        if f.is_subject and f.entity_type == "PERSON" and _INITIAL.fullmatch(text, f.start, f.end)
    }


def _core(text: str, finding: Finding, hers: set[str]) -> tuple[int, int] | None:
    """Where her initial stands in an NER person with no other name word in it."""
    initials = list(_INITIAL.finditer(text, finding.start, finding.end))
    if len(initials) != 1 or initials[0].group() not in hers:
        return None
    initial = initials[0]
    for word in _WORD.finditer(text, finding.start, finding.end):
        if initial.start() <= word.start() < initial.end():
            continue
        written = word.group()
        if (
            written[:1].isupper()
            and (is_given_name(written) or is_surname_like(written))
            and not _sentence_opening_verb(text, word.start(), written)
        ):
            return None
    return initial.span()


def _sentence_opening_verb(text: str, start: int, word: str) -> bool:
    """A capitalised word at a line's start that ends like a past-tense verb ("Placed"): a
    log entry opens with what the worker did."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return word.endswith("ed") and (not before.strip() or before.rstrip().endswith((".", ":")))


def cut_to_subject_initials(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """NER persons that are her standing initial and the words around it, cut to it."""
    hers = _her_initials(text, findings)
    if not hers:
        return list(findings)
    out = []
    for finding in findings:
        if finding.source == _NER and finding.entity_type == "PERSON" and not finding.is_subject:
            core = _core(text, finding, hers)
            if core is not None:
                finding = replace(
                    finding, start=core[0], end=core[1], group=SUBJECT_GROUP, is_subject=True
                )
        out.append(finding)
    return out
