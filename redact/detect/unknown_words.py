"""A capitalised word English does not know, inside a sentence, is a person: "Chepe and Dylan fine".

Strict mode (social media, research) takes every rare capitalised word; the readable
policies (court, client request, referral, consultation) leave a word to NER and to the
name lists, and a nickname or a name of a culture no list holds ("Chepe", "Makwa",
"Okereke") written in a short note passes both. Inside a sentence, where capitals are
chosen, a capitalised word that English has no word for and hardly uses, that is no US
town and no term of meaning (drugs, diagnoses, programmes are settled by
`redact.detect.meaning`), is almost always a proper name; on the development set such
words are identifiers twenty times for every time they are not. A person is the type a
readable policy removes, and the cost of a wrong guess (a rare place or product typed as a
person) is an extra redaction, where the cost of a miss is a name released.

A word written as a medicine is written ("started Xylorvo 200mg", "PrEP (Xylorvo)") is a
brand the drug lists do not hold yet (`redact.detect.drug_cues`), not a person.

A word after a determiner ("a silver Altima", "her Vraylar") names a thing, and a word
shortened before its dot and a number ("Dkt. 87"), or written with no vowel ("Dkt 87"), is
an abbreviation: neither is taken.
Only a word standing alone is taken: a run of capitalised words ("Kirkman Cold Chain") is a
name of a kind the organisation and place steps read whole. The first word of a sentence
or a line, and every word of a line in capitals (`redact.detect.case_style`), says nothing
by its capital and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.case_style import caseless_spans, within
from redact.detect.demonyms import DEMONYMS
from redact.detect.drug_cues import reads_as_drug
from redact.detect.meaning import inside_longer_term, is_meaning
from redact.detect.place_names import us_places
from redact.detect.wordlists import english_words, zipf
from redact.findings import Finding

SOURCE = "UnknownWord"
SCORE = 0.5
#: Rarer than this as an English word: "Chepe" (1.5), "Okereke"; not "Dre" (3.4).
MAX_ZIPF = 2.5
#: What may stand between a sentence's end and its first word.
_OPENERS = " \t\"'“‘([*>•-–—#"
_SENTENCE_END = ".!?…:\n"

#: A sentence's first word this common is capitalised only by its place ("Gave", "Told"),
#: so it does not make a run with the word after it.
COMMON_OPENER = 4.0
#: A capitalised word of letters (a possessive "'s" left outside), not joined to a
#: capitalised word after it by a space or a hyphen.
_WORD = regex.compile(
    r"(?<![\p{L}\d'’@#._/&-])\p{Lu}\p{Ll}{2,}(?![\p{L}\d@_/&-])(?!(?:['’]s)?[ \t]+\p{Lu})"
)
#: A determiner before the word, perhaps with one lower-case word between: "a silver
#: Altima", "the Zorvik", "her Vraylar" name a thing, not a person.
_DETERMINED = regex.compile(
    r"(?<![\p{L}])(?i:a|an|the|his|her|their|my|your|our|its)[ \t]+(?:\p{Ll}+[ \t]+)?$"
)
#: A shortened word before its dot and a number or a lower-case word: "(Dkt. 87)".
_ABBREVIATION_AFTER = regex.compile(r"\.[ \t]*(?:\d|\p{Ll}|§)")
#: A name has a vowel; an abbreviation written without its dot often has none ("Dkt",
#: "Bldg", "Mgmt").
_VOWEL = regex.compile(r"[aeiouyAEIOUY\p{M}àáâãäåèéêëìíîïòóôõöùúûüýÿ]")
#: The capitalised word right before one, joined to it by spaces.
_BEFORE = regex.compile(r"(?<![\p{L}\d'’])(\p{Lu}[\p{L}.'’]*)[ \t]+$")


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _joined_before(text: str, start: int) -> bool:
    """Whether a capitalised word before `start` makes a run with it: not a common word
    that opens a sentence ("Gave Obiageli the pass")."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    opener = _at_sentence_start(text, before.start(1))
    return not (opener and zipf(before.group(1).casefold()) >= COMMON_OPENER)


def is_unknown_word(word: str) -> bool:
    """Whether a capitalised word is one English, the town lists and meaning do not know."""
    folded = word.casefold()
    return (
        zipf(folded) < MAX_ZIPF
        and folded not in english_words()
        and folded not in us_places()
        and folded not in DEMONYMS
        and not is_meaning(word)
    )


def unknown_word_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for lone capitalised words inside sentences that nothing covers."""
    caseless = caseless_spans(text)
    covered = [(f.start, f.end) for f in findings]
    found: list[Finding] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if within(caseless, start, end) or _at_sentence_start(text, start):
            continue
        if _joined_before(text, start):
            continue
        if _DETERMINED.search(text, max(0, start - 30), start):
            continue
        if _ABBREVIATION_AFTER.match(text, end):
            continue
        if not _VOWEL.search(match.group()):
            continue  # "Dkt 25-JD-00412", "Bldg C": a word with no vowel is shortened
        if not is_unknown_word(match.group()):
            continue
        if reads_as_drug(text, start, end):  # "PrEP (Descovy)": a brand no list holds yet
            continue
        if any(s < end and start < e for s, e in covered):
            continue
        if inside_longer_term(text, start, end):
            continue  # "Litem" of "Guardian ad Litem": a word of a title, a programme
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["is_unknown_word", "unknown_word_findings"]
