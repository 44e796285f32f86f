"""An organisation's name grown over the head noun NER leaves behind: "Maple Hollow Savings".

Banks, credit unions and trusts are named by a place or a family followed by what they are
("Maple Hollow Savings", "Lakeshore Federal Credit Union", "Ridgeway Savings Bank"). NER often
ends the organisation before that head ("[ORGANIZATION] Savings checking #..."), and the
place or family name is then half-removed: "Savings" tells the recipient what to look for,
and the name is left to guess from a few letters. An organisation finding directly followed
by such a head (capitalised, on the same line) is grown over it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.findings import Finding

#: Types of organisation findings that may be grown.
ORGANISATION_TYPES = frozenset({"ORGANIZATION", "EMPLOYER", "AGENCY"})
_HEAD = regex.compile(
    r"[ \t]+(?:Federal[ \t]+)?(?:Savings(?:[ \t]+(?:Bank|and[ \t]+Loan))?|Bank|Credit[ \t]+Union"
    r"|Trust(?:[ \t]+Company)?|Bancorp|Bancshares)(?![\p{L}\d])"
)


def grow_organisations(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each organisation grown over a bank or credit-union head after it."""
    grown: list[Finding] = []
    for finding in findings:
        head = _HEAD.match(text, finding.end) if finding.entity_type in ORGANISATION_TYPES else None
        if head is not None:
            finding = Finding(
                finding.start, head.end(), finding.entity_type, finding.score, finding.action,
                finding.source, finding.group, finding.is_subject,
            )  # fmt: skip
        grown.append(finding)
    return grown
