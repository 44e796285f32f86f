"""Names written in lower case in message logs and hurried notes, found by their cues.

Text-message logs and chat exports keep what people typed: "ms harjo u up", "its just my
moms bf curtis trippin again", "he swung first ask hodan", "brody keep posting me". NER
misses nearly all of it (it leans on capitals), and a lower-case word cannot be taken as a
name on its own. The cue makes it one:

- a lower-case title: "dr healey", "ms harjo", or a care role in capitals written as one:
  "RN deepa", "HHA marisol";
- a speaker label after a time stamp: "9/14  9:42 PM   zay: ...", "23:51  From dez.a86: ..."
  (a label with a digit, dot or underscore is a user name, taken whole);
- a relation word, with or without a possessive: "my moms bf curtis", "his cousin ronan";
- a verb or preposition that takes a person: "ask hodan", "with brody", "tell matteo";
- the first word of a message in a log, when it is a given name: "brody keep posting".

Relations and verbs are cues in a message log and in any paragraph written all in lower
case (`case_style`): a voicemail transcription ("my wife dee says ok") is typed like a log.

The word after the cue must look like a name: a listed name that is not a common English
word ("curtis", "brody"; not "will" or "mark"), or a word English does not know ("hodan").
Other mentions of it, in any case, are then found by name propagation.
"""

from __future__ import annotations

import re

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.meaning import is_clinical
from redact.detect.wordlists import given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "LowerCaseName"
SCORE = 0.6
#: A listed name after a strong cue (a title, a relation) is taken below this frequency.
MAX_CUED_ZIPF = 4.3
#: After a weak cue (a verb), or at a message start, the bar is lower.
MAX_WEAK_ZIPF = 3.5

#: A speaker label is a name unless it is a role or a common English word ("Worker").
MAX_LABEL_ZIPF = 4.0

#: Cue words, each with the bar its next word must pass: titles and relations strong,
#: verbs and prepositions weak.
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "coach", "officer", "judge"})
RELATION_WORDS = _RELATIONS = frozenset(
    {
        "bf", "gf", "boyfriend", "girlfriend", "bae", "bro", "brother", "sis", "sister",
        "cousin", "cuz", "friend", "homie", "homeboy", "homegirl", "mom", "mommy", "dad",
        "daddy", "granny", "grandma", "grandpa", "nana", "aunt", "auntie", "tia", "tio",
        "uncle", "stepdad", "stepmom", "stepbrother", "stepsister", "teacher", "coach",
        "neighbor", "neighbour", "roommate", "ex", "son", "daughter", "wife", "husband",
        "grandson", "granddaughter", "niece", "nephew", "fiance", "fiancee",
    }
)  # fmt: skip
_VERBS = frozenset(
    {
        "ask", "asked", "tell", "told", "call", "called", "text", "texted", "with", "w/",
        "and", "from", "saw", "see", "seen", "meet", "met", "hit", "punched", "fought",
        "like", "likes", "love", "loves", "hate", "hates", "bout", "about",
    }
)  # fmt: skip
#: A cue word and the word after it on the same line: one scan, the cue looked up in a set
#: (an alternation of the cue words, tried at every word, cost five times as much).
_PAIR = re.compile(r"(?<![A-Za-z])([A-Za-z]+/?)(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)")
#: Outside a message log and lower-case paragraphs only titles are cues ("dr healey"):
#: other lower-case words are read only where people write in lower case, and scanning
#: every word pair of every note would cost more than the rest of the name search.
_TITLE_PAIR = re.compile(
    r"(?<![A-Za-z])((?i:dr|mr|mrs|ms|mx|miss)|(?-i:RN|LPN|LVN|NP|SW|HHA|CNA|STNA|PCA))"
    r"(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)"
)
#: Care roles written in capitals before a name, as a title is: "RN deepa", "HHA marisol".
_ROLE_TITLES = frozenset({"rn", "lpn", "lvn", "np", "sw", "hha", "cna", "stna", "pca"})
#: A time stamp, then a speaker label: "9/14  9:42 PM   zay: ", "10:02 harjo: ".
_SPEAKER = regex.compile(
    r"^[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t\-–]+(?:(?i:from|to|by)[ \t]+)?"
    r"(\p{L}[\p{L}\d'’._-]*):[ \t]+(\p{Ll}[\p{L}'’-]*)?",
    regex.MULTILINE,
)
#: A speaker label with a digit, a dot or an underscore inside is a user name ("dez.a86").
_HANDLE_LABEL = regex.compile(r"\p{L}.*[\d._]")
#: Labels in a log that are roles, not people.
_ROLES = frozenset(
    {
        "me", "you", "worker", "staff", "client", "student", "parent", "guardian", "mom",
        "dad", "mother", "father", "sw", "counselor", "teacher", "admin", "system", "note",
        "re", "subject", "from", "to", "date", "time", "cc", "caller", "agent", "officer",
        "nurse", "doctor", "therapist", "youth", "minor", "sender", "recipient", "unknown",
    }
)  # fmt: skip
#: Words after a cue that are never names, however rare they look (chat fillers, pronouns).
CHAT_WORDS = _NOT_NAMES = frozenset(
    {
        "u", "ur", "ya", "yall", "im", "ima", "idk", "lol", "lmao", "fr", "nvm", "tho", "bc",
        "cuz", "bout", "gonna", "wanna", "gotta", "ok", "okay", "ight", "aight", "nah",
        "yea", "yeah", "yes", "no", "pls", "plz", "thx", "ty", "omg", "smh", "tbh", "rn",
        "bruh", "bro", "sis", "fam", "dude", "man", "him", "her", "them", "me", "us", "it",
        "the", "a", "an", "my", "his", "our", "their", "your", "this", "that", "and", "or",
    }
)  # fmt: skip


#: After a strong cue ("her sister anj"), a word this rare is a name even when unlisted:
#: typed short forms and nicknames are rare words, real words after "sister" are common.
MAX_UNLISTED_ZIPF = 2.0


def _name_like(word: str, bar: float) -> bool:
    """A listed name rarer than `bar` as a word, or a word English does not know (after a
    strong cue, one it hardly knows); each part of a hyphenated word too ("re-entry" is no
    name)."""
    if word in _NOT_NAMES or len(word) < 3 or is_clinical(word):
        return False  # "and guanfacine at bedtime": a drug is no one
    unlisted = MAX_UNLISTED_ZIPF if bar >= MAX_CUED_ZIPF else 0.0
    for part in word.split("-"):
        frequency = zipf(part)
        listed = part in person_names() and frequency < bar
        if not (listed or frequency == 0.0 or frequency < unlisted):
            return False
    return True


def lower_case_name_findings(text: str) -> list[Finding]:
    """PERSON findings for lower-case names after a title, a relation, a verb, or as a
    speaker label or the first word of a message in a log."""
    spans: set[tuple[int, int]] = set()
    chat = _SPEAKER.search(text) is not None
    if chat:
        pairs = list(_PAIR.finditer(text))
    else:  # a lower-case paragraph (a transcription, a hurried note) is read like a log
        pairs = list(_TITLE_PAIR.finditer(text))
        for start, end in caseless_spans(text):
            pairs += _PAIR.finditer(text, start, end)
    for match in pairs:
        cue = match.group(1).casefold()
        dotted = len(match.group(2)) > len(match.group(2).lstrip("."))
        role_title = cue in _ROLE_TITLES and match.group(1).isupper()
        if cue in _TITLES or role_title or (cue in _RELATIONS and not dotted):
            bar = MAX_CUED_ZIPF
        elif cue in _VERBS and not dotted and match.group(1).islower():
            bar = MAX_WEAK_ZIPF
        else:
            continue
        if _name_like(match.group(3), bar):
            spans.add(match.span(3))
    for line in _SPEAKER.finditer(text):
        label = line.group(1)
        folded = label.casefold().rstrip(".")
        if _HANDLE_LABEL.fullmatch(label.rstrip(".")):
            spans.add(line.span(1))  # a user name: the whole of it
        elif folded not in _ROLES and folded not in _NOT_NAMES and zipf(folded) < MAX_LABEL_ZIPF:
            spans.add(line.span(1))
        first = line.group(2)
        if first and first in given_names() and _name_like(first, MAX_WEAK_ZIPF):
            spans.add(line.span(2))
    return [Finding(s, e, "PERSON", SCORE, source=SOURCE) for s, e in sorted(spans)]
