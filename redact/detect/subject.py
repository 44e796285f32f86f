"""The subject matcher: which mentions are of the person the release is about.

A client's own request or a subpoena about one client keeps that client's name and removes
everyone else's. The caller gives the subject's names and aliases ("Maria Alvarez",
"Mari"); we find each of them and each of their words, and mark name findings that fall
inside a subject mention as the subject's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.names import (
    MAX_LOWER_ZIPF,
    attached_to_other_name,
    fold_accents,
    name_words,
    word_parts,
    word_set,
)
from redact.detect.wordlists import zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SUBJECT_GROUP = "subject"
#: Types of findings that become the subject's when they hold only the subject's name.
_NAME_OR_MISREAD = NAME_TYPES | {"LOCATION", "ORGANIZATION", "NRP"}
_TRAILING = re.compile(r"^(?:['’]s)?[\s.,]*$")


def subject_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """One compiled pattern for every subject name, each of its words and each half of a
    hyphenated surname, longest first, accents folded (matched on folded text)."""
    forms: set[str] = set()
    for name in names:
        name = name.strip()
        if name:
            forms.add(name)
            forms.update(part for word in name_words(name) for part in word_parts(word))
    if not forms:
        return None
    folded = {fold_accents(f) for f in forms}
    alternation = "|".join(re.escape(f) for f in sorted(folded, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def subject_mentions(text: str, pattern: re.Pattern[str] | None) -> list[Finding]:
    """A PERSON finding, marked as the subject, for each mention of the subject.

    Every form counts: full name, first name, surname, either half of a hyphenated surname,
    with a title or a possessive, without accents, in lower case (unless the word is a
    common English word: "baker"). A single word of the name with another given name before
    it ("Yolanda Quiñones", "Wesley \"Wes\" Baker") or after a comma ("Baker, Wesley") is
    a relative's name, not the subject's.
    """
    if pattern is None:
        return []
    own: set[str] = set()
    for form in pattern.pattern[6:-3].split("|"):
        own |= word_set(form.replace("\\", ""))
    found = []
    for m in pattern.finditer(fold_accents(text)):
        mention = m.group()
        single = len(name_words(mention)) <= 1
        if mention.islower() and zipf(mention) >= MAX_LOWER_ZIPF:
            continue
        if single and attached_to_other_name(text, m.start(), m.end(), own):
            continue
        found.append(
            Finding(m.start(), m.end(), "PERSON", 1.0, source="subject", group=SUBJECT_GROUP,
                    is_subject=True)
        )  # fmt: skip
    return found


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
            finding.entity_type in _NAME_OR_MISREAD
            and not finding.is_subject
            and _covered(text, finding, mentions)
        ):
            # NER reads a name as a place or an organisation now and then ("Marcus" a
            # LOCATION): wholly the subject's name, it is the subject.
            finding = Finding(
                finding.start, finding.end, "PERSON", finding.score,
                finding.action, finding.source, SUBJECT_GROUP, True,
            )  # fmt: skip
        marked.append(finding)
    return [*marked, *mentions]
