"""Two people joined in one phrase: "Kayleigh + Mason", "Sana and Omid", "Rosa & Dale".

NER sometimes takes two joined names as one PERSON span; the subject matcher then finds the
subject in it and keeps the whole span, the sibling with her. Such a span is split at its
joiner when every part begins with a capital, so each person is decided alone. And a word
joined to a person ("Kayleigh + Mason" where NER called Mason an organisation, "children
Sana (12) and Omid (7)") is a person too when it is a capitalised given name, or any
capitalised word the language hardly knows, on the other side of "+", "&" or "and" from a
PERSON finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.meaning import is_kin_word
from redact.detect.names import word_set
from redact.detect.person_shapes import is_given_name
from redact.detect.subject import given_only
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "joined-name"
SCORE = 0.6
#: A capitalised word this rare in English is taken as a name beside a joined person.
MAX_UNKNOWN_ZIPF = 2.5
#: Types a joined name may have been given by mistake; they yield to PERSON.
_MISREAD = frozenset({"ORGANIZATION", "LOCATION", "NRP"})

_JOIN = regex.compile(r"[ \t]*(?:\+|&|\band\b)[ \t]*")
#: "<person> + Word" or "Word + <person>", an aside such as "(12)" allowed after either.
#: "and" is a word of its own: "Husband Harold" is no "Husb and Harold", nor "Highland" a
#: "Highl" joined to the name after it.
_AFTER = regex.compile(
    r"\G(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*(?:\+|&|\band\b)[ \t]+(\p{Lu}\p{Ll}+)\b"
)
_BEFORE = regex.compile(
    r"\b(\p{Lu}\p{Ll}+)(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*(?:\+|&|\band\b)[ \t]+$"
)


#: Types a span of two joined people may have: a person, or an organisation or place NER
#: made of them, split only when it holds the subject's name.
_SPLIT = frozenset({"PERSON"}) | _MISREAD

#: A first word and a comma inside a name span: "Kayleigh, Mason".
_COMMA = regex.compile(r"(\p{Lu}[\p{L}'’-]*)\K[ \t]*,[ \t]*")


def split_joined_names(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """PERSON spans holding two capitalised names joined by "+", "&" or "and", split.

    With `subject` given, only a span holding a word of the subject's names is split: a
    couple none of whom is the subject ("the foster home of Gloria and Earl Tate") goes as
    one name, "and" with it."""
    own = frozenset().union(*(word_set(name) for name in subject))
    out: list[Finding] = []
    for finding in findings:
        joins = list(_JOIN.finditer(text, finding.start, finding.end))
        comma = _COMMA.match(text, finding.start, finding.end) if own else None
        if comma is not None and given_only(comma.group(1), subject):
            joins.insert(0, comma)  # "(Kayleigh, Mason)": the subject's given name first
        if finding.entity_type not in _SPLIT or not joins:
            out.append(finding)
            continue
        if (own or finding.entity_type != "PERSON") and not own & word_set(
            text[finding.start : finding.end]
        ):
            out.append(finding)
            continue
        cuts = [finding.start]
        for join in joins:
            cuts += [join.start(), join.end()]
        cuts.append(finding.end)
        parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i + 1] > cuts[i]]
        if len(parts) > 1 and all(text[s].isupper() for s, _ in parts):
            # NER's "organisation" of the subject and a sibling is two people
            out.extend(replace(finding, start=s, end=e, entity_type="PERSON") for s, e in parts)
        else:
            out.append(finding)
    return out


def _joined_before(text: str, line_start: int, start: int) -> bool:
    """Whether "+", "&" or "and" and a space end the line before `start`: what `_BEFORE`
    needs, checked without a regex search over the whole line."""
    head = text[line_start:start]
    stripped = head.rstrip(" \t")
    if len(stripped) == len(head):
        return False
    if stripped.endswith(("+", "&")):
        return True
    return stripped.endswith("and") and (len(stripped) == 3 or not stripped[-4].isalnum())


def _name_like(word: str) -> bool:
    """A given name, or a word English hardly knows that is no kin word ("Kookum + Amara":
    the grandmother is named by her relation)."""
    if is_kin_word(word):
        return False
    return is_given_name(word) or zipf(word.casefold()) < MAX_UNKNOWN_ZIPF


def joined_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """A joined word beside a PERSON finding as a person; misread types on it dropped."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people or not _JOIN.search(text):
        return list(findings)
    added: dict[tuple[int, int], Finding] = {}
    for person in people:
        after = _AFTER.match(text, person.end)
        if after is not None and _name_like(after.group(1)):
            span = after.span(1)
            added[span] = Finding(*span, "PERSON", SCORE, source=SOURCE)
        line_start = text.rfind("\n", 0, person.start) + 1
        if not _joined_before(text, line_start, person.start):
            continue  # most names: no joiner before them, no search over the line
        before = _BEFORE.search(text[line_start : person.start])
        if before is not None and _name_like(before.group(1)):
            span = (line_start + before.start(1), line_start + before.end(1))
            added[span] = Finding(*span, "PERSON", SCORE, source=SOURCE)
    # a word already inside a person ("Marcus Oyelowo & Jenna Oyelowo": the subject's own
    # surname before the joiner) is that person's, not a new one
    new = [
        f for f in added.values()
        if not any(p.start < f.end and f.start < p.end for p in people)
    ]  # fmt: skip
    if not new:
        return list(findings)
    kept = [
        f for f in findings
        if not (f.entity_type in _MISREAD and (f.start, f.end) in added)
    ]  # fmt: skip
    return kept + new


#: One person in a joined organisation NER made of people: a given name, maybe with a
#: surname initial ("Lily K."), or two or three capitals ("JT").
_PERSON_PART = regex.compile(r"(?P<given>\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.?)?|\p{Lu}{2,3}")


def joined_people(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """An organisation or place NER made of people joined by "and", "&" or "+" ("Ava and
    Lily K.", "JT & Ximena"), as people: every part a given name (maybe with an initial)
    or bare initials, at least one of them a given name. A firm named after two people
    ("Smith & Wesson", "Johnson and Johnson") has surnames, not given names, and stays."""
    out: list[Finding] = []
    for finding in findings:
        if finding.entity_type not in _MISREAD or finding.source not in _GUESSES:
            out.append(finding)
            continue
        joins = list(_JOIN.finditer(text, finding.start, finding.end))
        cuts = [finding.start]
        for join in joins:
            cuts += [join.start(), join.end()]
        cuts.append(finding.end)
        parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        shapes = [_PERSON_PART.fullmatch(text[s:e].rstrip(" \t,")) for s, e in parts]
        givens = [m.group("given") for m in shapes if m is not None and m.group("given")]
        if not joins or not all(shapes) or not givens or not all(is_given_name(g) for g in givens):
            out.append(finding)
            continue
        out.extend(replace(finding, start=s, end=e, entity_type="PERSON") for s, e in parts)
    return out


#: NER's guesses: a cue-based recognizer's organisation stays as it found it.
_GUESSES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
