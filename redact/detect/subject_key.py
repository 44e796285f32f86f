"""One pseudonym for the subject, whatever form of her name a document uses.

Under a policy that pseudonymises the subject like everyone else (consultation, research,
social media), her mentions are a mention group of their own in each document, and a
group's pseudonym used to be keyed by its longest mention there: "Rosalind Keane" in the
intake, "Roz" in a phone note, "Ms. Keane" in a group note and "Rosalind" in a visit were
four people to the recipient, and a note naming her only by her nickname cut its link to
the rest of her record. The subject is one person known before any text is read: every
mention the subject matcher (or a step after it) made hers is keyed by the fullest name the
request gives for her, the same in every document of the release.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redact.detect.names import canonical_name, person_key
from redact.entities import NAME_TYPES
from redact.findings import Finding


def subject_key(subject: Sequence[str]) -> str | None:
    """The person key of the subject's fullest given name (most words, then first given):
    "Rosalind Keane" of ("Roz", "Rosalind Keane"); None without a name."""
    best: tuple[int, str] | None = None
    for name in subject:
        words = len(canonical_name(name).split())
        if words and (best is None or words > best[0]):
            best = (words, name)
    return person_key(best[1]) if best is not None else None


def key_subject(findings: Sequence[Finding], subject: Sequence[str]) -> list[Finding]:
    """The subject's name findings, grouped under her one key (`subject_key`)."""
    key = subject_key(subject)
    if key is None:
        return list(findings)
    return [
        replace(f, group=key) if f.is_subject and f.entity_type in NAME_TYPES else f
        for f in findings
    ]
