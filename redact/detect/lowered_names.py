"""A name typed in lower case inside a capitalised note: "IEP screen for bashir; ...".

Case-management exports and hurried rows are capitalised by habit, yet a name typed fast
loses its capital ("Called landlord re: rent, left msg for tamsin"). NER does not see it,
and `lower_case_names` reads lower-case words only in message logs and lower-case
paragraphs, where the whole text is typed so. In a capitalised note a lower-case word is
almost always an English word; one that is a listed name of some culture (Faker's given
and family names of every locale), that English has no word for and hardly knows, standing
where a person stands (after "for", "to", "with", "from", "by", "per", "and" or a verb of
contact), is a person. Latin and other languages' words ("inter alia") are no names: the
cue must be an English word of contact, and the bar is low.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.wordlists import english_words, person_names, zipf
from redact.findings import Finding

SOURCE = "LoweredName"
SCORE = 0.55
#: A lower-case listed name rarer than this as a word ("bashir" 3.0, "tamsin").
MAX_ZIPF = 3.3

#: A word where only a person stands after it, then the lower-case word.
_CUED = re.compile(
    r"(?<![\w'’])(?:for|to|with|w/|from|by|per|and|ask|asked|tell|told|call|called|"
    r"text|texted|saw|met|see)[ \t]+([a-z][a-z'’-]*[a-z])(?![\w@/\\-]|\.\w)"
)
#: The word after the name that shows it is no word of a phrase: punctuation, a line's
#: end, or a few words of what people do.
_AFTER = re.compile(r"[ \t]*(?:[,;:.!?)\n]|$|(?:and|said|says|is|was|has|had|will)\b)")


def _name_word(word: str) -> bool:
    """A listed name of some culture that English has no word for and hardly knows."""
    return (
        len(word) >= 3
        and word in person_names()
        and word not in english_words()
        and zipf(word) < MAX_ZIPF
        and not is_meaning(word)
        and not is_clinical(word)
    )


def _capitalised(text: str) -> bool:
    """Whether the writer capitalises: some word of the text opens on a capital."""
    return any(ch.isupper() for ch in text)


def lowered_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for lower-case names after a word of contact in a capitalised text,
    where no other finding covers them."""
    if not _capitalised(text):
        return []
    covered = [(f.start, f.end) for f in findings]
    found = []
    for match in _CUED.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        possessive = word.endswith(("'s", "’s"))  # "by darnell's cousin": a person's own
        if possessive:
            end -= 2
            word = word[:-2]
        if not _name_word(word) or not (possessive or _AFTER.match(text, match.end(1))):
            continue
        if any(s <= start and end <= e for s, e in covered):
            continue
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["lowered_name_findings"]
