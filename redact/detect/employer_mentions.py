"""An employer named again by its first word: "Started at Riverport" after "Riverport
Packaging Co." in the same text.

Notes call a workplace by its short name once its full name has been written; NER reads the
short name as any organisation or place, which a policy that keeps organisations keeps, and
the recipient learns where the client works. The first word of an EMPLOYER finding, when it
is a rare word (no common English word, so "Great" of "Great Lakes Cold Storage" or "Ohio"
of "Ohio River Logistics" is not taken), is the employer wherever else it stands in the text
capitalised and on its own; a word that is a person's name ("Castillo" of "Castillo and
Sons") is not, as it may be the owner's, a relative's or the subject's surname.

A store named by a possessive ("Lowe's", "Kohl's") is named so wherever it stands: the
possessive form, with its "'s", is taken again up to a higher frequency, as a brand is
written more often than a rare word, unless its bare word is an English given name ("Wendy's" may
be a friend's home).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.wordlists import english_given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "employer-mention"
SCORE = 0.6
#: A short name more common than this as an English word is not taken on its own.
MAX_ZIPF = 2.5
#: A possessive store name ("Lowe's") more common than this is not taken on its own.
MAX_POSSESSIVE_ZIPF = 3.5
#: Short names shorter than this are too ambiguous.
MIN_LETTERS = 4
_FIRST_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*")


def _possessive_store(word: str, folded: str) -> bool:
    """Whether `word` is a store's possessive name ("Lowe's"), not a friend's ("Wendy's")."""
    bare = folded[:-2]
    return (
        folded[-2:] in ("'s", "’s")
        and len(bare) >= MIN_LETTERS - 1
        and zipf(folded) <= MAX_POSSESSIVE_ZIPF
        and bare not in english_given_names()
    )


def employer_mention_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """EMPLOYER findings for each other mention of an employer's rare first word."""
    employers = [f for f in findings if f.entity_type == "EMPLOYER"]
    if not employers:
        return []
    words: set[str] = set()
    for finding in employers:
        first = _FIRST_WORD.match(text, finding.start, finding.end)
        if first is None:
            continue
        word = first.group()
        folded = word.casefold()
        if len(word) >= MIN_LETTERS and zipf(folded) <= MAX_ZIPF and folded not in person_names():
            words.add(word)  # "Castillo" of "Castillo and Sons" may be anyone's surname
        elif _possessive_store(word, folded):
            words.add(word)
    if not words:
        return []
    pattern = regex.compile(
        r"(?<![\p{L}\d'’-])(?:" + "|".join(regex.escape(w) for w in sorted(words)) + r")"
        r"(?![\p{L}\d'’-])"
    )
    taken = [(f.start, f.end) for f in employers]
    return [
        Finding(m.start(), m.end(), "EMPLOYER", SCORE, source=SOURCE)
        for m in pattern.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
