"""A name that ends in the word for what a body is names the body, not a person.

A letterhead in capitals ("HIGH DESERT STREET OUTREACH — PATH team 2"), a table's cell
("Tomás Ulibarri, LMSW, High Desert Street Outreach") or a team's label in a message log
("outreach: hi mari") is read by NER and by the release's name list as a person. Typed so,
the agency is removed where a policy keeps agencies, and its ordinary words ("Outreach",
"outreach") are searched for as a name all over the release and replaced in every sentence
that speaks of outreach. A PERSON finding whose last word says what kind of body it is
("Outreach", "Services", "Center", "Clinic", "Program", "Alliance", "Partners", ...) is an
ORGANIZATION, a PERSON inside such a body's name is part of it, and such a word alone is
never a person's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.findings import Finding

#: Words that say what kind of body a name is, folded.
ORG_HEAD_WORDS = frozenset(
    {"outreach", "services", "center", "centre", "clinic", "program", "programs",
     "programme", "alliance", "partners", "partnership", "coalition", "network", "project",
     "foundation", "association", "ministries", "mission", "collaborative", "initiative",
     "agency", "society", "council", "institute", "consortium", "cooperative", "collective"}
)  # fmt: skip
#: Types of a body's name.
_BODY_TYPES = frozenset({"ORGANIZATION", "AGENCY", "HEALTHCARE_FACILITY", "SCHOOL", "EMPLOYER"})
_LAST_WORD = regex.compile(r"(\p{L}+)[^\p{L}]*\Z")


def is_org_head(word: str) -> bool:
    """Whether `word` says what kind of body a name is ("Outreach", "SERVICES")."""
    return word.casefold() in ORG_HEAD_WORDS


def ends_in_org_head(name: str) -> bool:
    """Whether a name of two words or more ends in an organisation's head word."""
    last = _LAST_WORD.search(name)
    if last is None or len(name.split()) < 2 or "," in name or "\n" in name:
        return False  # "Tomás Ulibarri, LMSW, High Desert Street Outreach": a person first
    return is_org_head(last.group(1))


def people_to_organisations(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each PERSON whose name ends in an organisation's head word typed
    ORGANIZATION, and without the PERSON findings inside such an organisation's name
    ("Desert Street" of "High Desert Street Outreach"); the subject's own names are left
    alone (see the module docstring)."""
    bodies = [
        f
        for f in findings
        if f.entity_type in _BODY_TYPES and ends_in_org_head(text[f.start : f.end])
    ]
    kept: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or f.is_subject:
            kept.append(f)
        elif is_org_head(text[f.start : f.end].strip()):
            continue  # "outreach: hi mari": a team's label, no one's name
        elif ends_in_org_head(text[f.start : f.end]):
            kept.append(replace(f, entity_type="ORGANIZATION"))
        elif not any(b.start <= f.start and f.end <= b.end for b in bodies):
            kept.append(f)
    return kept


__all__ = ["ORG_HEAD_WORDS", "ends_in_org_head", "is_org_head", "people_to_organisations"]
