"""A lower-case letter that stands for a person in a message: "j is waiting in the car".

People who text each other every day write a partner or a child by one letter ("m is
asleep", "t picked them up"). A letter is a word of chat as often ("u", "n", "r", "y",
"k"), and "i" and "a" are English; so a letter is taken for a person only where all of it
holds:

- the text is a message log (a line opens on a time stamp and a speaker);
- the letter opens a message or a clause and stands before what a person does or is
  ("is waiting", "is here", "said", "picked up", "dropped");
- it is no word of chat or English (`_WORD_LETTERS`);
- a person of the release or of the text has a given name that begins with it (the
  release's full names, and the names found in the text): a letter nobody is named by is
  more likely a typo than a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from redact.detect.lower_case_names import speaker_spans
from redact.findings import Finding

SOURCE = "LetterPerson"
SCORE = 0.55
#: Letters that are words of chat or of English, or the initials of credentials.
_WORD_LETTERS = frozenset("aiunryoxekcbwqz")
_LETTER_ACTS = re.compile(
    r"(?<![\w'’@.#/-])(?P<l>[a-z])[ \t]+(?:is|was)[ \t]+(?:waiting|here|there|coming|outside"
    r"|asleep|sleeping|home|in[ \t]+the[ \t]+car|on[ \t]+(?:the|his|her|my)[ \t]+way)\b"
    r"|(?<![\w'’@.#/-])(?P<m>[a-z])[ \t]+(?:said|says|picked|dropped|texted|called|wants"
    r"|took|brought)\b"
)


def _clause_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n"


def _initials_of(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name[0].casefold() for name in names if name[:1].isalpha())


def letter_person_findings(
    text: str, findings: Sequence[Finding], full_names: Sequence[str]
) -> list[Finding]:
    """PERSON findings for single letters that stand for a person in a message log."""
    if not speaker_spans(text):
        return []
    candidates = [m for m in _LETTER_ACTS.finditer(text) if _clause_start(text, m.start())]
    if not candidates:
        return []
    found_names = [
        text[f.start : f.end] for f in findings if f.entity_type == "PERSON" and f.end - f.start > 2
    ]
    known = _initials_of(full_names) | _initials_of(found_names)
    result = []
    for m in candidates:
        group = "l" if m.group("l") else "m"
        letter = m.group(group)
        if letter in _WORD_LETTERS or letter not in known:
            continue
        if any(f.start <= m.start(group) < f.end for f in findings):
            continue
        result.append(Finding(m.start(group), m.end(group), "PERSON", SCORE, source=SOURCE))
    return result


__all__ = ["letter_person_findings"]
