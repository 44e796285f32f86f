"""Group members in a roster: each item of "Present (6): Jamari W., Angel R., Mikey" is a
person, whatever NER made of the word.

A group note lists who came before it says anything ("Present (6): ...", "Members present:",
"Youth in attendance:"). The items are people by their place in the list: first names,
first names and an initial, nicknames. NER reads a diminutive it does not know ("Mikey",
"Tavi") as a place or as nothing, and a name that is missed in the roster is missed again
where the note goes on ("Mikey was quiet"): the word is only searched for once it is a
name. Here the first word of each item, with its initial and a capitalised second word, is
a PERSON (a place or organisation NER put there gives way), so that the name steps search
it through the note. The subject in the roster is still the subject (`mark_subject` comes
after); everyone else is a group member, a third party under every policy.

Items that are not name-shaped (a count, "staff", a credential's holder written with
"LCSW") are left alone; so is an item that is a meaning word ("Peer Support").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.names import NOT_NAME_WORDS
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "roster"
SCORE = 0.75

_ROSTER = regex.compile(
    r"^[ \t>*#-]*(?i:(?:group[ \t]+)?(?:members?|participants?|attendees?|youth|residents?"
    r"|clients?|peers?|students?)[ \t]+(?:present|in[ \t]+attendance)|present|in[ \t]+attendance"
    r"|attendees|participants|group[ \t]+members)[ \t]*(?:\([ \t]*\d+[ \t]*\))?[ \t]*:\**[ \t]*"
    r"(?P<items>[^\n]+)$",
    regex.MULTILINE,
)
#: An item's name: a capitalised word, then an initial or another capitalised word.
_HEAD = regex.compile(
    r"[ \t]*(?P<name>\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[ ]\p{Lu}\.|[ ]\p{Lu}[\p{Ll}'’][\p{L}'’-]*)?)"
    r"(?=[ \t]*(?:[,;(]|$|[ \t](?i:aka|a\.k\.a\.|goes|known|\")|[ \t]*\(|\.$))"
)
#: Words that open an item without naming a member.
_NOT_MEMBERS = frozenset(
    {"staff", "facilitator", "facilitators", "clinician", "none", "all", "total", "absent",
     "excused", "guest", "guests", "observer", "intern", "and"}
)  # fmt: skip
#: What NER takes a member's name for when it does not see a person.
_MISREAD = frozenset(
    {"LOCATION", "ORGANIZATION", "NRP", "AGENCY", "EMPLOYER", "SCHOOL", "HEALTHCARE_FACILITY"}
)
_ITEM = regex.compile(r"[^,;]+")


def _member_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for roster in _ROSTER.finditer(text):
        base = roster.start("items")
        for item in _ITEM.finditer(roster.group("items")):
            head = _HEAD.match(item.group(0))
            if head is None:
                continue
            name = head.group("name")
            first = name.split(" ")[0]
            if first.casefold() in _NOT_MEMBERS | NOT_NAME_WORDS or is_meaning(name):
                continue
            start = base + item.start() + head.start("name")
            spans.append((start, start + len(name)))
    return spans


def _gives_way(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a finding yields to the roster's items: a place or organisation over an item,
    or one name NER ran across two items ("Jaylen O., Kai D." read as one person), which
    would give two group members one pseudonym and hide each from the other's mentions."""
    overlapped = sum(1 for s, e in spans if finding.start < e and s < finding.end)
    if finding.entity_type in _MISREAD:
        return overlapped > 0
    return finding.entity_type in NAME_TYPES and overlapped > 1


def roster_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each roster item's name a PERSON: a name finding already there is
    kept, a place or organisation over it gives way to the person, and so does a name
    that runs across two items."""
    spans = _member_spans(text) if ":" in text else []
    if not spans:
        return list(findings)
    kept = [f for f in findings if not _gives_way(f, spans)]
    added = [
        Finding(s, e, "PERSON", SCORE, source=SOURCE)
        for s, e in spans
        if not any(f.entity_type in NAME_TYPES and f.start <= s and e <= f.end for f in kept)
    ]
    return [*kept, *added]


__all__ = ["roster_name_findings"]
