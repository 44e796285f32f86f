"""A proper noun English does not know, named as where something happens: "at Crouse".

Records call a hospital, a school or an employer by one word of its name: "Is the appointment
at Crouse?", "seen at Lemoyne in the nurse's office", "she started at Wegmans". NER reads such
a word as nothing (it has never seen it), and the readable policies (consultation, a
referral) do not take every rare capitalised word as the strict ones do, so the hospital
that names the family's town reaches the recipient. A capitalised word right after "at" that
English hardly knows (rarer than `MAX_ZIPF`), that is no given name (a person's place, "at
Marisol's", is the name recognizers') and no term of meaning ("at Alateen", a programme), is
taken as an ORGANIZATION, and so is every other capitalised mention of the same word in the
text ("Lemoyne attendance teacher"). A policy that keeps organisations (a court) keeps it, as
before; words of the subject's own names are never taken.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.wordlists import given_names, zipf
from redact.findings import Finding

SOURCE = "PlaceNoun"
SCORE = 0.5
#: A word rarer than this as an English word is a proper noun ("Crouse" 2.3, "Lemoyne" 2.0;
#: not "Zoom", "Costco").
MAX_ZIPF = 2.5
#: A title-case word after "at", not followed by more of a name ("at Crouse Hospital" is the
#: organisation recognizers' and NER's).
#: Types a mention found by another recognizer may lend to the word's other mentions.
_TYPES = frozenset(
    {"ORGANIZATION", "LOCATION", "SCHOOL", "HEALTHCARE_FACILITY", "EMPLOYER", "AGENCY"}
)
_CUED = regex.compile(r"(?<![\p{L}])(?i:at)[ \t]+(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])")


def place_noun_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """ORGANIZATION findings for rare proper nouns after "at" and their other mentions; a
    word another finding has already typed wholly (NER's "Lemoyne" as a place) keeps that
    type in every mention, so that one policy rule decides them all."""
    own = {w.casefold() for name in subject for w in name.split()}
    words: set[str] = set()
    for match in _CUED.finditer(text):
        word = match.group(1)
        folded = word.casefold()
        if folded in own or folded in given_names() or zipf(folded) >= MAX_ZIPF:
            continue
        if is_meaning(word):
            continue
        words.add(word)
    if not words:
        return []
    mentions = regex.compile(
        rf"(?<![\p{{L}}'’-])(?:{'|'.join(sorted(map(regex.escape, words)))})(?![\p{{L}}-])"
    )
    found = list(mentions.finditer(text))
    typed = {(f.start, f.end): f.entity_type for f in findings if f.entity_type in _TYPES}
    type_of: dict[str, str] = {}
    for m in found:
        type_of.setdefault(m.group(), typed.get(m.span(), ""))
    return [
        Finding(m.start(), m.end(), type_of[m.group()] or "ORGANIZATION", SCORE, source=SOURCE)
        for m in found
    ]


__all__ = ["SOURCE", "place_noun_findings"]
