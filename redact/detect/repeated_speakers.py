"""A message log's speaker who is saved under a common word that a given name begins with.

Phones save a contact by a name cut short, and the short form is often an English word:
"court" for Courtney, "gene" for Eugene, "rob" for Roberta. `lower_case_names` takes a
speaker label English hardly knows ("zay", "tasha"); a common word needs a stronger cue, and
a conversation gives one: the label speaks on two lines or more, in a log where someone else
speaks too, and it is a listed given name or the start of one ("court" of "courtney").
Roles, kin words, channels and terms of meaning are never taken ("worker", "mom",
"voicemail", "note"). Only offsets leave this module.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from redact.detect.lower_case_names import speaker_spans
from redact.detect.meaning import is_meaning
from redact.detect.meaning_terms import KIN_WORDS, ROLE_WORDS
from redact.detect.wordlists import given_names
from redact.findings import Finding

SOURCE = "RepeatedSpeaker"
SCORE = 0.6
#: A label speaks on this many lines at least.
MIN_LINES = 2
#: A label this long at least may be a given name cut short; "al" or "ed" starts too many.
MIN_SHORT = 4
#: Labels a log uses for its channel, its direction or its writer: never a person's name.
_NOT_PEOPLE = frozenset(
    {"me", "you", "call", "calls", "text", "texts", "sms", "msg", "voicemail", "vm", "note",
     "notes", "missed", "incoming", "outgoing", "sent", "received", "reply", "from", "to",
     "staff", "worker", "client", "mom", "dad", "mama", "home", "work", "office", "unknown",
     "system", "admin", "auto", "group", "school", "clerk", "intake", "front",
     "desk", "team", "unit", "nurse", "doctor", "police", "dispatch", "bot", "alert"}
)  # fmt: skip


@cache
def _roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in ROLE_WORDS | KIN_WORDS)


@cache
def _starts_given_name(label: str) -> bool:
    """Whether a listed given name is `label` or begins with it ("court" of "courtney")."""
    names = given_names()
    return label in names or (
        len(label) >= MIN_SHORT and any(n.startswith(label) and n != label for n in names)
    )


def repeated_speaker_findings(text: str) -> list[Finding]:
    """PERSON findings for each line of a log whose speaker label is a common word that
    starts a given name, used on two lines or more beside another speaker."""
    by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end in speaker_spans(text):
        by_label[text[start:end].casefold()].append((start, end))
    if len(by_label) < MIN_LINES:
        return []
    found = []
    for label, spans in by_label.items():
        if len(spans) < MIN_LINES or not label.isalpha():
            continue
        if label in _NOT_PEOPLE or label in _roles() or is_meaning(label):
            continue
        if _starts_given_name(label):
            found += [Finding(s, e, "PERSON", SCORE, source=SOURCE) for s, e in spans]
    return found
