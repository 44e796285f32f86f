"""The subject matcher: which mentions are of the person the release is about.

A client's own request or a subpoena about one client keeps that client's name and removes
everyone else's. The caller gives the subject's names and aliases ("Maria Alvarez",
"Mari"); we find each of them and each of their words, and mark name findings that fall
inside a subject mention as the subject's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.names import name_words
from redact.entities import NAME_TYPES
from redact.findings import Finding

SUBJECT_GROUP = "subject"
_TRAILING = re.compile(r"^(?:['’]s)?[\s.,]*$")


def subject_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """One compiled pattern for every subject name and each of its words, longest first."""
    forms: set[str] = set()
    for name in names:
        name = name.strip()
        if name:
            forms.add(name)
            forms.update(name_words(name))
    if not forms:
        return None
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def subject_mentions(text: str, pattern: re.Pattern[str] | None) -> list[Finding]:
    """A PERSON finding, marked as the subject, for each mention of the subject."""
    if pattern is None:
        return []
    return [
        Finding(m.start(), m.end(), "PERSON", 1.0, source="subject", group=SUBJECT_GROUP,
                is_subject=True)
        for m in pattern.finditer(text)
    ]  # fmt: skip


def _covered(text: str, finding: Finding, mentions: Sequence[Finding]) -> bool:
    """True when every name word of `finding` lies inside subject mentions."""
    inside = [m for m in mentions if m.overlaps(finding)]
    if not inside:
        return False
    rest = text[finding.start : finding.end]
    for mention in sorted(inside, key=lambda m: -m.start):
        lo = max(mention.start, finding.start) - finding.start
        hi = min(mention.end, finding.end) - finding.start
        rest = rest[:lo] + " " + rest[hi:]
    return not name_words(rest) or bool(_TRAILING.match(rest.strip()))


def mark_subject(
    text: str, findings: Sequence[Finding], mentions: Sequence[Finding]
) -> list[Finding]:
    """Name findings wholly inside subject mentions become the subject's."""
    if not mentions:
        return list(findings)
    marked = []
    for finding in findings:
        if (
            finding.entity_type in NAME_TYPES
            and not finding.is_subject
            and _covered(text, finding, mentions)
        ):
            finding = Finding(
                finding.start, finding.end, finding.entity_type, finding.score,
                finding.action, finding.source, SUBJECT_GROUP, True,
            )  # fmt: skip
        marked.append(finding)
    return [*marked, *mentions]
