"""Lower-case given names in the places of a message where only a person stands.

`lower_case_names` takes a lower-case word for a name after a title, a kin word or a verb of
contact, and a given name English has no word for ("travis") anywhere in a log. A given
name that English also has as a common word ("gene", "gary", "harper", "ali") needs a
stronger cue, and messages give one by the place the word stands in:

- whom one takes somewhere: "pls dont bring tobias to practice", "can u take nora home";
- whom one is sorry about, at a message's end: "so sorry about walt";
- what a person does or is, at a clause's start: "ruby made him a card", "ruth is waiting
  outside", "gene call me after"; or, at work, school or church, what they say or want:
  "dale at the shop wants him sundays", "said dale at work yelled";
- in any note, a kin word and then a listed name before what a person is or does ("wife
  patience is primary cg"), or a listed name and a surname English has no word for
  ("son-in-law bill okonkwo"): there even a name that is an English verb or adjective
  ("patience", "bill", "frank") is the person's;
- in a log, a word that a user name of the same log holds ("@j.bell.tavi" for "tavi"),
  standing alone: people call each other by the name their handle carries.

The word's frequency decides the cue it needs: a given name English hardly knows passes
after any of these; one English knows as a noun only below `MAX_SLOT_ZIPF`; one English
knows as a verb or an adjective only after a kin word.
"""

from __future__ import annotations

import re

from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.meaning_terms import ROLE_WORDS
from redact.detect.wordlists import english_non_nouns, english_words, given_names, zipf

#: A listed given name that English knows as a noun ("gene" 4.4, "gary" 4.4) is a person in
#: a person's slot below this frequency; "grace" and "will" are left to stronger cues.
MAX_SLOT_ZIPF = 4.5
#: After a kin word and before a person's act, a listed name is the kin's below this, even
#: when English has it as a verb or an adjective ("wife patience is", "son frank was").
MAX_KIN_ACT_ZIPF = 5.0
#: A surname after a kin word's given name: no English word, and rarer than this.
MAX_SURNAME_ZIPF = 2.5
#: A part of a user name is a nickname below this frequency ("tavi" of "j.bell.tavi").
MAX_HANDLE_PART_ZIPF = 3.0
#: A shorter part is a town's or a team's code as often as a name ("atl", "nyc").
MIN_HANDLE_PART = 4

_NICK = r"(?P<n>[a-z][a-z'’]*[a-z])"
_TAKEN = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|drop|dropped|pick|picked"
    rf"|drive|drove|send|sent)[ \t]+{_NICK}[ \t]+(?:to|up|off|home|over|back|by)\b"
)
_SORRY = re.compile(
    r"\b(?:sorry|sad|condolences)[ \t]+(?:about|for)[ \t]+"
    rf"{_NICK}(?=[ \t]*(?:$|[.,!?;:)\n]))",
    re.MULTILINE,
)
#: At a clause's start (checked apart): a person's act, or a person at a place before one.
_ACTS = re.compile(
    rf"{_NICK}[ \t]+(?:made|bought|sent|drew|wrote|baked|gave|brought"
    r"|(?:call|text|dm|message|facetime)[ \t]+(?:me|u|you)"
    r"|(?:is|was)[ \t]+(?:waiting|coming|outside|asleep|sleeping|on[ \t]+(?:my|his|her|the)"
    r"[ \t]+(?:shift|way)|in[ \t]+the[ \t]+car))\b"
)
_AT_PLACE = re.compile(
    rf"{_NICK}[ \t]+at[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+(?:wants|wanted|said|says|told|yelled"
    r"|called|asked|needs|thinks)\b"
)
_SAID_AT_WORK = re.compile(
    rf"\b(?:said|says|per|told|asked)[ \t]+{_NICK}[ \t]+at[ \t]+(?:work|school|church|program)\b"
)
_KIN = (
    r"son|daughter|dtr|husband|wife|partner|fiance|fiancee|brother|sister|cousin|nephew"
    r"|niece|aunt|uncle|mother|father|grandson|granddaughter|stepson|stepdaughter"
)
#: A kin word, a lower-case word, and the word after it: one scan (the kin word opens on a
#: letter of a short set), the word after read to tell an act from a surname.
_KIN_NAME = re.compile(
    rf"(?<![\w'’-])(?i:{_KIN})(?:-in-law)?[ \t]+{_NICK}[ \t]+(?P<s>[a-z]+)(?![\w'’@-])"
)
_ACT_WORDS = frozenset(
    {"is", "was", "has", "had", "says", "said", "reports", "lives", "stays", "visits",
     "visited", "called", "calls", "helps", "works", "came", "comes"}
)  # fmt: skip
#: A surname after a kin's given name is this long at least.
MIN_SURNAME = 4
#: Words that stand after a kin word but are never its name: modals and auxiliaries.
_AUXILIARIES = frozenset(
    {"will", "may", "might", "can", "must", "shall", "should", "would", "could", "did",
     "does", "is", "was", "has", "had", "also", "then", "now", "still", "just"}
)  # fmt: skip
#: Titles and roles that name lists also hold ("pastor at the church said", "son judge"):
#: in a person's slot they say what someone is, not who.
_ROLE_NAMES = frozenset(
    {"pastor", "judge", "boss", "sister", "brother", "coach", "deacon", "bishop", "reverend",
     "officer", "nurse", "doctor", "teacher", "chief", "major", "captain", "sergeant",
     "elder", "prince", "king", "queen", "baby", "mother", "father", "mom", "dad"}
    | {word.casefold() for word in ROLE_WORDS}
)  # fmt: skip
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:the|a|an|this|that|my|his|her|our|their|your|ur|some|every|no)[ \t]+$"
)
_HANDLE = re.compile(r"(?<![\w.@])@?([a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?=:|[ \t])")
_HANDLE_PART = re.compile(r"[._\d]+")
_WORD = re.compile(r"(?<![\w'’.@#/\\-])[a-z]{3,}(?![\w@/\\-]|\.\w)")


def _slot_name(word: str, bar: float = MAX_SLOT_ZIPF) -> bool:
    """A listed given name, no verb or adjective of English, rarer than `bar` if English
    knows it as a noun, and no term of meaning."""
    if word not in given_names() or word in english_non_nouns() or word in _AUXILIARIES:
        return False
    if word in _ROLE_NAMES:
        return False
    if word in english_words() and zipf(word) >= bar:
        return False
    return not is_meaning(word) and not is_clinical(word)


def _kin_name(word: str) -> bool:
    """A listed given name after a kin word: any word class, rarer than a function word."""
    return (
        word in given_names()
        and word not in _AUXILIARIES
        and word not in _ROLE_NAMES
        and zipf(word) < MAX_KIN_ACT_ZIPF
        and not is_meaning(word)
        and not is_clinical(word)
    )


def _clause_start(text: str, start: int, position: int) -> bool:
    """Whether `position` opens a message or a clause: a region's start, a line's, or after
    a stop, a colon or a semicolon."""
    before = text[start:position].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n"


def _determined(text: str, start: int, position: int) -> bool:
    return _DETERMINER_BEFORE.search(text, max(start, position - 12), position) is not None


def slot_name_spans(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of given names in a person's slot in `regions` (the whole of a message log,
    whose quoted or oddly labelled lines are messages too, or a lower-case paragraph): in
    a verb's frame ("bring ... to"), or at a clause's start before a person's act."""
    spans = set()
    for start, end in regions:
        for pattern in (_TAKEN, _SORRY, _SAID_AT_WORK):
            for m in pattern.finditer(text, start, end):
                if _slot_name(m.group("n")):
                    spans.add(m.span("n"))
        for pattern in (_ACTS, _AT_PLACE):
            for m in pattern.finditer(text, start, end):
                if not _clause_start(text, start, m.start()) or _determined(text, start, m.start()):
                    continue
                if _slot_name(m.group("n")):
                    spans.add(m.span("n"))
    return spans


def kin_name_spans(text: str) -> set[tuple[int, int]]:
    """Spans of a kin's name in any note: a listed name before a person's act ("wife
    patience is primary cg"), or a listed name and a surname ("son-in-law bill okonkwo")."""
    spans = set()
    for m in _KIN_NAME.finditer(text):
        if not _kin_name(m.group("n")):
            continue
        after = m.group("s")
        if after in _ACT_WORDS:
            spans.add(m.span("n"))
        elif (
            len(after) >= MIN_SURNAME
            and after not in english_words()
            and zipf(after) < MAX_SURNAME_ZIPF
            and not is_meaning(after)
            and not is_clinical(after)
        ):
            spans.add((m.start("n"), m.end("s")))
    return spans


def handle_part_spans(text: str) -> set[tuple[int, int]]:
    """Spans of words of a message log that a user name of the log holds ("tavi" of
    "@t.bell.tavi:"), when English has no such word and hardly knows it."""
    parts = set()
    for m in _HANDLE.finditer(text):
        for part in _HANDLE_PART.split(m.group(1)):
            if (
                len(part) >= MIN_HANDLE_PART
                and part.isalpha()
                and part not in english_words()
                and zipf(part) < MAX_HANDLE_PART_ZIPF
                and not is_meaning(part)
            ):
                parts.add(part)
    if not parts:
        return set()
    return {m.span() for m in _WORD.finditer(text) if m.group() in parts}


__all__ = ["handle_part_spans", "kin_name_spans", "slot_name_spans"]
