"""A given name and one initial are one person: "kyle b is on my shift", "MILA B. (9)".

Messages, rosters and caps headers write a person by a given name and the initial of the
surname. The name is found (NER, a lower-case cue, the release's names) and the initial left
beside it: alone, "B." may then be read as the subject's own initial (and kept), and "b" is
no finding at all. Here a PERSON finding of one word that is a listed given name takes the
single letter after it into its span, when the letter is written in the name's case and
stands as an initial: dotted, or undotted before a verb, a stop or a line's end. Letters
that are words of chat ("u", "n", "r", "y") or English ("a", "i") are never taken undotted.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.wordlists import given_names
from redact.findings import Finding

#: A letter and an optional dot, then what follows an initial: punctuation, a line's end,
#: an age in parentheses, or a lower-case word (a verb: "kyle b is", "Mila B. was").
_INITIAL = regex.compile(r"[ \t]+(?P<l>\p{L})(?P<d>\.)?(?=[ \t]*(?:[,;:!?)(\n]|$|\d)|[ \t]+\p{Ll})")
#: Undotted letters that are words of English or of chat, never taken as an initial.
_WORD_LETTERS = frozenset("aiunryoxekcw")
#: Undotted, a letter is an initial before one of these words (what a person does or is).
_VERB_AFTER = regex.compile(
    r"[ \t]*(?:[,;:!?)\n]|$|[ \t]*(?:is|was|has|had|said|says|came|left|called|texted|wants"
    r"|got|gets|took|told)\b)"
)


def _same_case(name: str, letter: str) -> bool:
    """ "kyle b", "Kyle B", "KYLE B": the initial in the case the name is written in."""
    return letter.islower() if name.islower() else letter.isupper()


def with_initials(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, each one-word given name widened by the initial written after it."""
    result = []
    for finding in findings:
        name = text[finding.start : finding.end]
        m = _INITIAL.match(text, finding.end) if finding.entity_type == "PERSON" else None
        if (
            m is None
            or not name.isalpha()
            or name.casefold() not in given_names()
            or not _same_case(name, m.group("l"))
        ):
            result.append(finding)
            continue
        letter = m.group("l")
        if not m.group("d") and (
            letter.casefold() in _WORD_LETTERS or not _VERB_AFTER.match(text, m.end())
        ):
            result.append(finding)
            continue
        result.append(
            Finding(finding.start, m.end(), finding.entity_type, finding.score,
                    source=finding.source, group=finding.group)
        )  # fmt: skip
    return result


__all__ = ["with_initials"]
