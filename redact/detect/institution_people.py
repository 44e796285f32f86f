"""An NER name that begins inside a named institution is that institution.

spaCy reads a chart's capitals header ("BRIARWOOD HOSPICE - PCT NOTES") or a unit's name
("HOSPICE HOUSE") as a person: the institution recognizer has the same words as a facility,
found by its head noun ("Hospice", "Hospital", "Clinic"). Left as a person, the name's words
are then searched for all over the record ("PCT", "HOUSE") and the facility is redacted as a
person where the policy keeps facilities. So a PERSON finding that starts inside an
institution finding yields to it; words after the institution joined to it by a single space
("CVH HOSPICE HOUSE") are the institution's own, and the institution grows over them, while
words set off by punctuation ("- PCT") are the line's, not a name, and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.campus_places import SOURCE as CAMPUS_SOURCE
from redact.findings import Finding

#: The source of the head-noun institution findings.
INSTITUTION_SOURCE = "InstitutionRecognizer"
#: Sources of named institutions and buildings a person's name cannot start in: the
#: head-noun institutions, and campus buildings ("Lydia M. Olson Library", "Harlow Hall").
_OWNER_SOURCES = frozenset({INSTITUTION_SOURCE, CAMPUS_SOURCE})
#: One or two more words of the institution's name after its head ("HOSPICE HOUSE",
#: "Hospice Residence").
_MORE_OF_THE_NAME = regex.compile(r"(?:[ ]\p{Lu}[\p{L}'’]*){1,2}")


def yield_to_institutions(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the PERSON findings that start inside an institution finding;
    that institution taken over the name words that run on from it."""
    institutions = [f for f in findings if f.source in _OWNER_SOURCES]
    if not institutions:
        return list(findings)
    grown: dict[int, Finding] = {}
    dropped: set[int] = set()
    for index, finding in enumerate(findings):
        if finding.entity_type != "PERSON" or finding.is_subject:
            continue
        owner = next((i for i in institutions if i.start <= finding.start < i.end), None)
        if owner is None:
            continue
        dropped.add(index)
        if finding.end > owner.end and _MORE_OF_THE_NAME.fullmatch(text, owner.end, finding.end):
            key = id(owner)
            current = grown.get(key, owner)
            if finding.end > current.end:
                grown[key] = Finding(
                    owner.start, finding.end, owner.entity_type, owner.score, owner.action,
                    owner.source, owner.group, owner.is_subject,
                )  # fmt: skip
    if not dropped:
        return list(findings)
    return [grown.get(id(f), f) for index, f in enumerate(findings) if index not in dropped]
