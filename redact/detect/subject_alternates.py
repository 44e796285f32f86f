"""A name written as the other name of the subject, right after her own: "theo (or tj :) )",
"Theo (aka Bean)".

A worker's reply calls a child by his name and, in brackets, by the one he has chosen:
"i'll grab theo (or tj :) ) at arrival", after the parent wrote that he has "been calling
himself "tj"". The self-naming cue finds "tj" as a person (`redact.detect.naming_cues`), but
whose name it is the cue's pronoun says, and only the bracket beside her name ties it to the
subject. Every mention of that name in the text is then hers.

Two shapes only, since "(or X)" after a name is as often a second person ("ask Theo (or
Marcus) to sign"):
- "(aka X)", "(a.k.a. X)": a cue that only ever gives another name of the same
  person;
- "(or X)" where the text itself says X is a name someone calls himself ("calling himself
  "tj"", "goes by "tj""): a chosen name, and the bracket says it is hers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.names import fold_accents
from redact.detect.naming_cues import self_named
from redact.detect.subject import SUBJECT_GROUP
from redact.detect.wordlists import english_words
from redact.entities import NAME_TYPES
from redact.findings import Finding

_ALTERNATE = regex.compile(
    r"[ \t]*\([ \t]*(?P<cue>(?i:or|aka|a\.k\.a\.?|a/k/a))[ \t]+[\"“]?"
    r"(?P<name>\p{L}[\p{L}'’-]*)(?![\p{L}'’-])"
)
_SURE_CUES = frozenset({"aka", "a.k.a.", "a.k.a", "a/k/a"})


def _alternates(text: str, findings: Sequence[Finding]) -> set[str]:
    """The folded names a bracket after one of her marked mentions gives as hers."""
    chosen: set[str] | None = None
    names: set[str] = set()
    for finding in findings:
        if not finding.is_subject or finding.entity_type not in NAME_TYPES:
            continue
        match = _ALTERNATE.match(text, finding.end)
        if match is None:
            continue
        name = match.group("name")
        folded = fold_accents(name).casefold()
        if match.group("cue").casefold() not in _SURE_CUES:
            if folded in english_words():
                continue  # "(or her mother)"
            if chosen is None:
                chosen = {fold_accents(text[f.start : f.end]).casefold() for f in self_named(text)}
            if folded not in chosen:
                continue  # "Theo (or Marcus)": a second person, as like as not
        names.add(folded)
    return names


def mark_subject_alternates(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Every name finding of a name a bracket gives as the subject's other name, hers."""
    if "(" not in text:
        return list(findings)
    names = _alternates(text, findings)
    if not names:
        return list(findings)
    return [
        replace(f, entity_type="PERSON", group=SUBJECT_GROUP, is_subject=True)
        if not f.is_subject
        and f.entity_type in NAME_TYPES
        and fold_accents(text[f.start : f.end]).casefold() in names
        else f
        for f in findings
    ]
