"""A short form of one known person's given name shares that person's pseudonym.

"Matteo Brandt" in the intake, "Matty" in a phone note and "Matt Brandt" in a voicemail are
one man; detection finds the short forms (`redact.detect.short_forms`), but each was a
mention group of its own, keyed by its own words, so the recipient read three people where
the record names one. After groups are keyed (`redact.detect.names.key_groups`), a group
whose fullest mention is a short form of one person's given name, alone or before that
person's surname, is given the key of that person, named in full in the document or in the
release. A form that could be two people's ("Matt" beside Matteo and Matthew), or the
subject's, is left alone: two people never share a pseudonym.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redact.detect.lexicon import ReleaseNames
from redact.detect.names import canonical_name, person_key
from redact.detect.short_forms import is_short_form
from redact.entities import NAME_TYPES
from redact.findings import PERSON_KEY, Finding

#: A person's full name as (given name, the words after it), canonical.
Named = tuple[str, tuple[str, ...]]


def _fullest(text: str, findings: Sequence[Finding]) -> dict[str, tuple[str, ...]]:
    """Each keyed, non-subject name group's fullest mention, as canonical words."""
    best: dict[str, tuple[str, ...]] = {}
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or finding.is_subject:
            continue
        if not finding.group.startswith(PERSON_KEY):
            continue
        words = tuple(canonical_name(text[finding.start : finding.end]).split())
        if (len(words), len(" ".join(words))) > (
            len(best.get(finding.group, ())),
            len(" ".join(best.get(finding.group, ()))),
        ):
            best[finding.group] = words
    return best


def _owner(words: tuple[str, ...], people: dict[str, set[Named]]) -> str | None:
    """The one person whose given name `words` shortens (alone, or before the rest of
    their name), or None if none or several."""
    first, rest = words[0], words[1:]
    owners = {
        key
        for key, named in people.items()
        if any(is_short_form(first, given) and rest in ((), after) for given, after in named)
    }
    return next(iter(owners)) if len(owners) == 1 else None


def link_short_forms(
    text: str, findings: Sequence[Finding], names: ReleaseNames, subject: Sequence[str]
) -> list[Finding]:
    """Findings whose group is a short form of exactly one known person's name (and not
    of the subject's), regrouped under that person's key."""
    fullest = _fullest(text, findings)
    if not fullest:
        return list(findings)
    people: dict[str, set[Named]] = {}
    for full in names.full_names:
        parts = canonical_name(full).split()
        if len(parts) >= 2:
            people.setdefault(person_key(full), set()).add((parts[0], tuple(parts[1:])))
    for group, words in fullest.items():
        if len(words) >= 2:
            people.setdefault(group, set()).add((words[0], words[1:]))
    subject_givens = {given[0] for name in subject if (given := canonical_name(name).split())}
    keys: dict[str, str] = {}
    # whole names first ("Matt Brandt" is Matteo's), then single words, which a short form
    # with a surname no longer makes look like a second person
    for size in (2, 1):
        for group, words in fullest.items():
            if (len(words) >= 2) != (size == 2) or group in keys:
                continue
            if any(is_short_form(words[0], given) for given in subject_givens):
                continue
            owner = _owner(words, people)
            if owner is not None and owner != group:
                keys[group] = owner
                people.pop(group, None)  # now known to be the owner, not a person of its own
    if not keys:
        return list(findings)
    return [replace(f, group=keys[f.group]) if f.group in keys else f for f in findings]
