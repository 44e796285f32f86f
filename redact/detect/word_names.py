"""Given names that English has as common words, where a message leaves only a person.

"junior", "rose", "hope", "will", "grace" are names parents give and words English uses
every day, so the frequency bars of `lower_case_names` and `message_slots` leave them
alone. A message's frame can still leave no reading but a person's:

- whom one tells or asks to do something, or about whom one says so: "tell junior to call
  me", "ask rose if she can", "remind hope that";
- whom one picks up or drops off, with no article before: "picked up rose from daycare",
  "dropping off junior at practice" (a thing picked up has one: "picked up the meds");
- a kin word and then the name, before a person's act or at the end of a clause: "my
  daughter rose got sick", "his son junior is staying with us", "brought my niece hope.";

The word must be a given name of Faker's English locales, neither an auxiliary ("tell
will" is read, "my son will be" is not), a pronoun, a role or kin word, nor a term of
meaning. Only offsets leave this module.
"""

from __future__ import annotations

import re

from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.meaning_terms import ROLE_WORDS
from redact.detect.wordlists import english_given_names

#: Function words and roles that English name lists hold ("will", "may", "case", "major").
_NEVER = frozenset(
    {"can", "may", "might", "must", "shall", "should", "would", "could", "did", "does",
     "is", "was", "has", "had", "also", "then", "now", "still", "just", "case", "general",
     "major", "young", "baby", "king", "queen", "prince", "princess", "judge", "chief",
     "boss", "buddy", "sister", "brother", "son", "doctor", "nurse", "pastor", "bishop",
     "deacon", "captain", "colonel", "officer", "guy", "man", "lady", "friend", "unknown",
     "per", "among", "else", "ever", "less", "long", "little", "till", "hence", "said",
     "made", "love", "lot", "true", "early", "reason", "chance", "price", "press", "add",
     "link", "peace", "rock", "star", "park", "north", "west", "line", "job", "media",
     "art", "summer", "winter", "spring", "fall", "carry", "server", "valid", "edit",
     "forum", "era", "wage", "math", "honey", "mama", "papa", "dear", "angel"}
)  # fmt: skip
_ROLES = frozenset(word.casefold() for word in ROLE_WORDS)

_NAME = r"(?P<n>[a-z][a-z'’]*[a-z])"
#: What one tells or asks someone, after the person: "to", "that", "if", a pronoun, or the
#: end of the clause.
_WHAT = (
    r"(?=[ \t]*(?:$|[.,!?;:)]|[ \t]+(?:to|that|if|i|im|i'm|we|u|you|ur|he|she|they|its"
    r"|it's|about|when|where|why|how|what|not|dont|don't|thx|thanks|pls|please)\b))"
)
_TOLD = re.compile(
    rf"(?<![\w'’])(?:tell|ask|told|asked|remind|reminded|telling|asking|tellin|askin)"
    rf"[ \t]+{_NAME}{_WHAT}",
    re.MULTILINE,
)
_PICKED = re.compile(
    r"(?<![\w'’])(?:pick|picked|picking|pickin|drop|dropped|dropping|droppin)[ \t]+"
    rf"(?:up|off)[ \t]+{_NAME}[ \t]+(?:from|at|after|to|with|for)\b"
)
_KIN = (
    r"son|daughter|dtr|husband|wife|partner|brother|sister|cousin|nephew|niece|grandson"
    r"|granddaughter|stepson|stepdaughter|baby|boyfriend|girlfriend|bf|gf|fiance|fiancee"
)
#: A kin word after a possessive, the name, then a person's act or the clause's end.
_KIN_NAME = re.compile(
    rf"(?<![\w'’])(?:my|his|her|our|their|ur|your|the)[ \t]+(?:{_KIN})[ \t]+{_NAME}"
    r"(?=[ \t]*(?:$|[.,!?;:)]|[ \t]+(?:is|was|got|gets|get|has|had|said|says|went|goes"
    r"|came|comes|stays|stayed|lives|wants|needs|called|texted|cried|woke|fell|ran|left"
    r"|been|keeps|kept|and)\b))",
    re.MULTILINE,
)


def word_name(word: str) -> bool:
    """A given name of the English name lists that no slot filler else would be."""
    return (
        len(word) >= 3
        and word in english_given_names()
        and word not in _NEVER
        and word not in _ROLES
        and not is_meaning(word)
        and not is_clinical(word)
    )


def word_name_spans(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of given names that are English words, in a person-only place of `regions`
    (the lines of a message log or lower-case paragraphs)."""
    spans = set()
    for start, end in regions:
        for pattern in (_TOLD, _PICKED, _KIN_NAME):
            for m in pattern.finditer(text, start, end):
                if word_name(m.group("n")):
                    spans.add(m.span("n"))
    return spans


__all__ = ["word_name", "word_name_spans"]
