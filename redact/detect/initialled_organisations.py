"""Dotted initials NER read as an organisation: "IN THE INTEREST OF K.A.W. and D.J.W.".

A court caption names children by dotted initials, in capitals, beside the court's own name;
NER, seeing capitals and dots, may take one set of initials for an organisation. The
initials step (`redact.detect.initials`) finds the same span a person's; but a policy that
keeps the agency's own name keeps an organisation of the caption (the court's letterhead),
and a kept finding wins over a removed one of the same span: the child's initials were
released. Where NER's organisation or place is exactly a person's initials that the initials
step found, it is the person's.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.detect.initials import SOURCE as INITIALS_SOURCE
from redact.findings import Finding

NER_SOURCE = "SpacyRecognizer"


def initials_over_organisations(findings: Sequence[Finding]) -> list[Finding]:
    """The findings without NER's organisations and places that are exactly a span the
    initials step found a person's initials."""
    initials = {
        (f.start, f.end)
        for f in findings
        if f.entity_type == "PERSON" and f.source == INITIALS_SOURCE
    }
    if not initials:
        return list(findings)
    return [
        f
        for f in findings
        if not (
            f.entity_type in {"ORGANIZATION", "LOCATION"}
            and f.source == NER_SOURCE
            and (f.start, f.end) in initials
        )
    ]


__all__ = ["initials_over_organisations"]
