"""A given name and a surname NER called an organisation or a place, where the text treats
it as a person: listed with a person ("housed with Marcus Bell or Devontae Harris") or
given a nickname ("Marcus Bell, known as ...").

A surname that is a common word ("Bell", "King", "Rice") fails the person-shape test
(`redact.detect.person_shapes`), which must not make "Taco Bell" a person; NER then keeps
its reading of "Marcus Bell" as a company, and a policy that keeps organisations releases a
co-defendant's name. Two words, the first a listed given name and the second a listed
name, are a person when the sentence itself says so: joined by "and", "or" or a comma to a
name already found as a person, or followed by a nickname cue ("aka", "known as", "goes
by"). No organisation is listed with people that way, and none goes by a nickname.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.wordlists import given_names, person_names
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "coordinated-name"
_MISREAD = frozenset({"ORGANIZATION", "LOCATION", "NRP"})
_PAIR = regex.compile(r"(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+)")
_JOIN_AFTER = regex.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
_JOIN_BEFORE = regex.compile(r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$")
_CUE_AFTER = regex.compile(
    r"[ \t]*[,(]?[ \t]*(?i:aka\b|a\.k\.a\.|also[ \t]+known[ \t]+as|known[ \t]+(?:[\p{L} ]{1,25})?as"
    r"|goes[ \t]+by|nicknamed)"
)


def _name_pair(mention: str) -> bool:
    pair = _PAIR.fullmatch(mention)
    return (
        pair is not None
        and pair.group(1).casefold() in given_names()
        and pair.group(2).casefold() in person_names()
    )


def coordinated_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each misread name pair that the text lists with a person, or gives
    a nickname, relabelled PERSON."""
    people = [f for f in findings if f.entity_type in NAME_TYPES]
    out = []
    for finding in findings:
        if finding.entity_type in _MISREAD and _name_pair(text[finding.start : finding.end]):
            after = _JOIN_AFTER.match(text, finding.end)
            before = _JOIN_BEFORE.search(text, max(0, finding.start - 8), finding.start)
            listed = any(
                (after is not None and p.start == after.end())
                or (before is not None and p.end == before.start())
                for p in people
            )
            if listed or _CUE_AFTER.match(text, finding.end):
                finding = replace(finding, entity_type="PERSON", source=SOURCE)
        out.append(finding)
    return out


__all__ = ["coordinated_name_findings"]
