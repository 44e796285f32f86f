"""A rare given name standing alone is a person: "Neveah present.", "HV w/ Tasha + kids".

NER needs a sentence around a name; short table rows and hurried notes give it none, and a
name written alone ("Neveah present. Home clean.") passes. Strict mode (social media,
research) removes every rare capitalised word; the other policies read carefully and so
missed these. A capitalised word that is a listed given name (Faker's names of every
locale) and rare as an English word is taken for a person wherever it stands; common words
that are also names ("Grace", "Will", "Hope", "Kendra" at the edge) are left to NER and to
the cues around them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.wordlists import given_names, zipf
from redact.findings import Finding

SOURCE = "LoneGivenName"
SCORE = 0.5
#: Rarer than this as an English word: "Neveah" (0), "Tasha" (2.9); not "Kendra" (3.1).
MAX_ZIPF = 3.0

_TITLE_WORD = regex.compile(r"(?<![\p{L}\d'’@#._/-])\p{Lu}\p{Ll}{2,}(?![\p{L}\d@_/-])")


def lone_given_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for rare given names that no other finding covers."""
    names = given_names()
    covered = sorted((f.start, f.end) for f in findings)
    found: list[Finding] = []
    for match in _TITLE_WORD.finditer(text):
        word = match.group()
        folded = word.casefold()
        if folded not in names or zipf(folded) >= MAX_ZIPF or is_meaning(word):
            continue
        start, end = match.span()
        if any(s <= start and end <= e for s, e in covered):
            continue
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["lone_given_name_findings"]
