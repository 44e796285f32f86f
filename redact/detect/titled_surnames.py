"""A surname after a gendered title is the one person of that surname the title fits.

A household shares a surname: "Nela Bieniak ... Ms. Bieniak reports poor sleep. Her husband
Tomasz Bieniak works nights; Mr. Bieniak declined to join." Found alone, "Bieniak" is
nobody in particular, and both titled mentions took one pseudonym of their own, so a
consultant read of a third person, the same one twice, where the note speaks of wife and
husband. Distinct people must never share a pseudonym in one release. A surname alone
right after "Ms."/"Mrs."/"Miss" (or "Mr.") joins the one person of the text whose full
name ends in it and whose given name the name lists know only as a woman's (a man's); with
none or several such people, it stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.names import RELATIVE, fold_accents, name_words
from redact.detect.wordlists import gendered_given_names
from redact.entities import NAME_TYPES
from redact.findings import Finding

_WOMANS_TITLE = regex.compile(r"\b(?:Mrs|Ms|Miss|Sra|Srta)\.?[ \t]+$")
_MANS_TITLE = regex.compile(r"\b(?:Mr|Sr)\.?[ \t]+$")
#: How far before a surname its title may start.
_TITLE_REACH = 6


def _folded(word: str) -> str:
    return fold_accents(word).casefold()


def titled_surname_groups(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each lone titled surname moved to the group of the one person the
    title fits (see the module docstring)."""
    titled = []
    for index, finding in enumerate(findings):
        if finding.entity_type not in NAME_TYPES or finding.is_subject:
            continue
        if finding.group.startswith(RELATIVE):  # "Ms. Roe, her mother": not Nela Roe
            continue
        words = name_words(text[finding.start : finding.end])
        if len(words) != 1:
            continue
        before = text[max(0, finding.start - _TITLE_REACH) : finding.start]
        if _WOMANS_TITLE.search(before):
            titled.append((index, _folded(words[0]), 1))
        elif _MANS_TITLE.search(before):
            titled.append((index, _folded(words[0]), 0))
    if not titled:
        return list(findings)
    gendered = gendered_given_names()
    people: dict[tuple[str, int], set[str]] = {}  # (surname, gender) -> groups
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or not finding.group or finding.is_subject:
            continue  # the subject's own titled mentions are `redact.detect.subject`'s
        words = name_words(text[finding.start : finding.end])
        if len(words) < 2:
            continue
        given = _folded(words[0])
        for gender in (0, 1):
            if given in gendered[gender]:
                people.setdefault((_folded(words[-1]), gender), set()).add(finding.group)
    moved = list(findings)
    for index, surname, gender in titled:
        groups = people.get((surname, gender), set())
        if len(groups) == 1:
            moved[index] = replace(moved[index], group=next(iter(groups)))
    return moved
