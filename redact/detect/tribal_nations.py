"""Tribal nations and their institutions by name: "Leech Lake Band of Ojibwe", "LOWER SIOUX
INDIAN COMMUNITY", "Red Lake Nation", "Leech Lake Tribal Court".

An ICWA notice, a tribe's letter and a court order name the child's tribe over and over, in
title case and in a letterhead's capitals. NER splits such a name ("[PERSON] Lake Band of
Ojibwe") or misses it, and a tribe, in a small community, points to the family. The shape
is fixed: one to three capitalised words, then a head that only tribes use ("Band of X",
"Indian Community", "Nation", "Tribe", "Tribal Court", "Tribal Council", "Rancheria",
"Pueblo") or "Tribe(s) of" / "Band of" before the people's name. The people's name alone
("Ojibwe", "Dakota") is kept: it says who the child is, not where to find her.
"""

from __future__ import annotations

import regex

from redact.findings import Finding

SOURCE = "TribalNation"
SCORE = 0.8

_WORD = r"(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,}[\p{Lu}'’]*)"
_WORDS = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_HEAD = (
    r"(?i:band[ ]of[ ](?:the[ ])?" + _WORD + r"(?:[ ](?:indians|chippewa|ojibwe))?"
    r"|indian[ ]community|indian[ ]tribe|indian[ ]nation|nation|tribe|tribal[ ]court"
    r"|tribal[ ]council|tribal[ ]nation|rancheria|pueblo|indian[ ]reservation"
    r"|reservation)"
)
_NATION = regex.compile(rf"(?<![\p{{L}}'’-])(?P<name>{_WORDS}[ ]{_HEAD})(?![\p{{L}}'’-])")
_OF = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<name>(?i:confederated[ ])?(?i:tribes?|band)[ ]of[ ](?:the[ ])?{_WORDS})"
    r"(?![\p{L}'’-])"
)


def _written_as_a_name(phrase: str) -> bool:
    """Title case or capitals throughout, small words aside ("Band of Ojibwe")."""
    words = [w for w in phrase.split(" ") if w.lower() not in {"of", "the"}]
    return all(w[:1].isupper() for w in words)


def tribal_nation_findings(text: str) -> list[Finding]:
    """ORGANIZATION findings for tribal nations and their courts and councils, LOCATION
    for a reservation."""
    found = []
    for pattern in (_NATION, _OF):
        for match in pattern.finditer(text):
            name = match.group("name")
            if not _written_as_a_name(name):
                continue
            kind = "LOCATION" if name.lower().endswith("reservation") else "ORGANIZATION"
            found.append(Finding(*match.span("name"), kind, SCORE, source=SOURCE))
    return found


__all__ = ["tribal_nation_findings"]
