"""A name the release gives to the subject is the subject's, in lower case too.

The release's first pass (`redact.detect.lexicon`) learns that "Rome" is Jerome Whitfield's
nickname from one document ('goes by "Rome"') and finds "rome:" as a message log's speaker
in another. The subject matcher leaves a lower-case common word alone (in prose, "rome" is
more often the city), so that finding stayed a third party's, and a policy that keeps the
subject removed his own name from his own messages. A release-name finding whose owner, as
the release names him, is the subject becomes the subject's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redact.detect.lexicon import SOURCE, ReleaseNames
from redact.detect.names import canonical_name
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding


def _same_person(owner: str, subject: Sequence[str]) -> bool:
    """Whether the release's full name `owner` (canonical) is one of the subject's names:
    the same words, or the same first and last ("jerome whitfield" of "Jerome A.
    Whitfield")."""
    words = owner.split()
    for name in subject:
        given = canonical_name(name).split()
        if len(given) < 2:
            continue
        if sorted(given) == sorted(words) or (given[0], given[-1]) == (words[0], words[-1]):
            return True
    return False


def mark_release_subject(
    text: str, findings: Sequence[Finding], names: ReleaseNames, subject: Sequence[str]
) -> list[Finding]:
    """Release-name findings that name the subject, marked as hers."""
    if not names or not subject:
        return list(findings)
    marked = []
    for finding in findings:
        named = finding.source == SOURCE and finding.entity_type in NAME_TYPES
        if named and not finding.is_subject:
            owner = names.canonical_of(canonical_name(text[finding.start : finding.end]))
            if owner is not None and _same_person(owner, subject):
                finding = replace(finding, group=SUBJECT_GROUP, is_subject=True)
        marked.append(finding)
    return marked
