"""A drug the lists do not hold, known by how a note writes it: "Descovy 1 tab daily".

Brand names come and go faster than any package's dictionary (`redact.detect.meaning`), and
a new one is a rare capitalised word: strict mode and the unknown-word rule
(`redact.detect.unknown_words`) take it for a person, and a court or a researcher reads
"PrEP ([PERSON])". A note writes a medicine in a few shapes that a name never takes:

- a dose or a frequency right after it: "Xylorvo 200mg", "Xylorvo 1 tab", "Xylorvo 5 mg
  BID", "Xylorvo daily", "XYLORVO 25/100 TID";
- a prescribing verb right before it: "started Xylorvo", "prescribed Xylorvo", "switched to
  Xylorvo", "taking Xylorvo";
- in brackets after a drug or a clinical term, as its brand: "PrEP (Xylorvo)",
  "sertraline (Xylorvo)";
- as a whole item of a medication list: "Medications: estradiol, Xylorvo, ...".

Only a single word is read so (a run of capitalised words is a name of another kind), and
never a word that is a given name or a surname: "started Allegra on ..." may be a person
and a name is never let through on a cue.
"""

from __future__ import annotations

import re

from redact.detect.meaning import is_clinical_term
from redact.detect.wordlists import person_names

#: A dose or a frequency after the word: "200mg", "1 tab", "0.5 mg", "daily", "BID".
_DOSE_AFTER = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)?[ \t]*(?:mg|mcg|µg|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?"
    r"|puffs?|pills?|patch(?:es)?)(?![A-Za-z])"
    r"|(?:one|two|half)[ \t]+(?:tabs?|tablets?|caps?|capsules?|pills?)(?![A-Za-z])"
    r"|(?:daily|nightly|qd|qhs|bid|tid|qid|prn|q\d+h)(?![A-Za-z])"
    # a strength, or a combination's two ("25/100"), then how often: "Sinemet 25/100 TID",
    # "Xylorvo 0.4 qhs"
    r"|\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?[ \t]+(?:daily|nightly|qd|qhs|qam|qpm|bid|tid|qid|prn"
    r"|q\d+h)(?![A-Za-z]))",
    re.IGNORECASE,
)
#: A prescribing verb before the word: "started", "restarted on", "switched to", "Rx".
_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:re)?started(?:[ \t]+on)?|prescribed|taking|takes|resumed|titrated"
    r"|(?:switched|changed|transitioned)[ \t]+(?:over[ \t]+)?to|Rx:?)[ \t]+$",
    re.IGNORECASE,
)
#: A term and an opening bracket before the word: "PrEP (", "sertraline (".
_TERM_BRACKET_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]*\($")
#: A medication list's label earlier on the line: "Medications:", "Meds:", "Rx:".
_LIST_LABEL = re.compile(
    r"(?<![\w-])(?:current[ \t]+)?(?:medications?|meds|rx|prescriptions?)[ \t]*:", re.I
)
#: A sentence's end between the label and the word: the list is over.
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)")
#: Separators of a list's items.
_ITEM_EDGE = ",;\n"
_REACH = 40


def _bracketed_after_term(text: str, start: int, end: int) -> bool:
    if not text.startswith(")", end):
        return False
    before = _TERM_BRACKET_BEFORE.search(text, max(0, start - _REACH), start)
    return before is not None and is_clinical_term(before.group(1))


def _whole_list_item(text: str, start: int, end: int) -> bool:
    """Whether the word is a whole item (perhaps bracketed) of a medication list's line."""
    line_start = text.rfind("\n", 0, start) + 1
    labels = list(_LIST_LABEL.finditer(text, line_start, start))
    if not labels or _SENTENCE_END.search(text, labels[-1].end(), start):
        return False
    label = labels[-1]
    left = max(text.rfind(ch, label.end(), start) for ch in _ITEM_EDGE)
    right_edges = [i for i in (text.find(ch, end) for ch in _ITEM_EDGE) if i >= 0]
    right = min(right_edges) if right_edges else len(text)
    item_left = text[max(left + 1, label.end()) : start].strip(" \t(")
    item_right = text[end:right].strip(" \t).")
    return _item_words_ok(item_left) and _item_words_ok(item_right)


def _item_words_ok(rest: str) -> bool:
    """What may stand beside the drug in its item: nothing, a dose, or a clinical term."""
    if not rest:
        return True
    return _DOSE_AFTER.match(" " + rest) is not None or is_clinical_term(rest)


def reads_as_drug(text: str, start: int, end: int) -> bool:
    """Whether the one word text[start:end] is written as a medicine is written."""
    word = text[start:end]
    if not word or " " in word or word.casefold() in person_names():
        return False
    if _DOSE_AFTER.match(text, end) or _VERB_BEFORE.search(text, max(0, start - _REACH), start):
        return True
    return _bracketed_after_term(text, start, end) or _whole_list_item(text, start, end)


__all__ = ["reads_as_drug"]
