"""Lower-case initials that act in a terse log: "jq up, shaved", "fw asked jq", "w/ dlo".

Shift notes of a group home, a home-health aide's visits, a unit's running log: staff type
fast, in lower case, and write everyone by initials, the client, housemates and each other
("0915 fw asked jq for the remote", "meds passed by hk", "park w/ dlo"). Signature marks
(`redact.detect.signature_marks`) find the initials that sign an entry ("... -rv"); these
are the same people where they act elsewhere in the log.

Only in a log that signs an entry with lower-case initials (the gate: one such mark found)
are two or three lower-case letters read as a person:

- the letters of a signature mark, wherever they stand alone again ("0700-1500 rv");
- letters that act: at a clause's start (a line, a time, after "." or ";") before a verb
  in the past tense or a short predicate ("fw upset", "jq up", "pk took"), or after "w/",
  "by", "asked", "told", "helped", "with" at a clause's end or before punctuation; then
  anywhere else in the log.

A signature's letters found again are the writer, as the signature is (a policy that keeps
the professionals keeps them); letters that only act are anyone's. A release carries the
letters of its signed logs to its other documents (`release_log_initials`, read by the
release's first pass): a table export's row ("ate on porch. cb loud at bkfst.") is the same
house's log, one entry a row, with no signature of its own. Never letters English or
the records' vocabulary knows ("pt", "sw", "bsp", "mom", "ok"), credentials, or texting's
words ("gf", "ppl"). Initials of a name found in the text, or of
the subject's names, join that person's group: the client's own "jq" stays the client's.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.initials import initial_owners
from redact.detect.meaning import credentials, is_meaning
from redact.detect.signature_marks import SOURCE as SIGNATURE_SOURCE
from redact.detect.signature_marks import signature_mark_findings
from redact.detect.wordlists import english_words, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "LogInitials"
SCORE = 0.7
#: Letters this common as a word are the word, whatever the lists say.
MAX_ZIPF = 3.0

#: Short words of notes and texts that are not initials.
_NOT_INITIALS = frozenset(
    {
        "ok", "no", "na", "am", "pm", "sw", "cm", "cw", "pt", "ot", "st", "md", "do", "np",
        "pa", "rn", "er", "ed", "dc", "po", "prn", "bid", "tid", "qid", "hs", "qd", "bp",
        "hr", "mg", "ml", "id", "tx", "dx", "hx", "rx", "sx", "fx", "iv", "im", "bm", "wc",
        "tv", "gf", "bf", "bff", "ppl", "pls", "plz", "lol", "idk", "omg", "thx", "tmr", "bc",
        "cuz", "wk", "yr", "hrs", "min", "mins", "sec", "abt", "w", "u", "ur", "yo", "y/o",
        "sc", "qh", "q2h", "q4h", "adl", "adls", "npo", "wnl", "sob", "loc", "ua",
    }
)  # fmt: skip
#: The two-letter words of English notes and texts (a closed class; every pair of letters
#: is common on the web as some abbreviation, so frequency cannot tell them from initials).
_TWO_LETTER_WORDS = frozenset(
    {
        "ah", "am", "an", "as", "at", "aw", "ax", "be", "by", "do", "eh", "go", "ha", "he",
        "hi", "hm", "if", "in", "is", "it", "ma", "me", "mo", "my", "no", "of", "oh", "ok",
        "on", "or", "ox", "pa", "so", "to", "uh", "um", "un", "up", "us", "we", "ya", "ye",
        "yo",
    }
)  # fmt: skip
_PREDICATES = (
    r"\p{Ll}{2,}ed|up|down|out|in|took|threw|came|went|ate|said|says|was|is|has|had|got"
    r"|slept|sat|left|ran|fell|hit|bit|kept|made|gave|saw|told|asked|loud|upset|calm|quiet"
    r"|asleep|awake|ok|home|back|refused|needs|wants|likes|yelling|crying|sleeping|eating"
)
_TOKEN = r"(?P<i>\p{Ll}{2,3})"
#: A clause's start: a line, a time ("0630 ", "9:40 "), after "." or ";".
_OPENS = r"(?:(?<=\n)|^|(?<=\b\d{3,4}[ \t])|(?<=\d:\d\d[ \t])|(?<=[.;][ \t]))"
_ACTS = regex.compile(rf"{_OPENS}{_TOKEN}(?=[ \t]+(?:{_PREDICATES})\b)")
_ACTED_ON = regex.compile(
    rf"(?<=(?:^|[ \t])(?:w/|by|asked|told|helped|with|per)[ \t]+){_TOKEN}"
    r"(?=[ \t]*(?:[.,;:!?)]|\r?\n|$|[ \t]+(?:to|and|&|at|in|on|for)\b))"
)
_ALONE = regex.compile(r"(?<![\p{L}\d'’./@#-])\p{Ll}{2,3}(?![\p{L}\d'’/@-])")


def _initials(letters: str) -> bool:
    """Whether lower-case letters may be initials rather than a word of notes or texts."""
    if letters in _NOT_INITIALS or letters in credentials() or is_meaning(letters):
        return False
    if len(letters) == 2:
        return letters not in _TWO_LETTER_WORDS
    return letters not in english_words() and zipf(letters) < MAX_ZIPF


def _log_letters(text: str, signed: set[str]) -> tuple[set[str], set[str]]:
    """The writers' letters and every person's letters of a log signed with `signed`."""
    if not signed:
        return set(), set()
    writers = {s for s in signed if _initials(s)}
    known = set(writers)
    known |= {
        m.group("i")
        for pattern in (_ACTS, _ACTED_ON)
        for m in pattern.finditer(text)
        if _initials(m.group("i"))
    }
    return writers, known


def release_log_initials(text: str) -> tuple[tuple[str, bool], ...]:
    """The letters that stand for people in `text` if it is a log signed with lower-case
    initials, each with whether it signs (a writer): for the release's first pass, which
    has no findings yet, so the signatures are read from the text alone."""
    signed = {
        text[f.start : f.end]
        for f in signature_mark_findings(text, ())
        if text[f.start : f.end].islower()
    }
    writers, known = _log_letters(text, signed)
    return tuple(sorted((letters, letters in writers) for letters in known))


def log_initial_findings(
    text: str,
    findings: Sequence[Finding],
    subject: Sequence[str] = (),
    release: Sequence[tuple[str, bool]] = (),
) -> list[Finding]:
    """PERSON findings for lower-case initials that act in a log signed with lower-case
    initials, or that act in such a log elsewhere in the release (`release`, from
    `release_log_initials`; see the module docstring)."""
    signed = {
        text[f.start : f.end]
        for f in findings
        if f.source == SIGNATURE_SOURCE and text[f.start : f.end].islower()
    }
    writers, known = _log_letters(text, signed)
    writers |= {letters for letters, writer in release if writer}
    known |= {letters for letters, _ in release}
    if not known:
        return []
    owners = initial_owners(text, findings, subject)
    taken = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    added = []
    for match in _ALONE.finditer(text):
        letters = match.group()
        start, end = match.span()
        if letters not in known or any(s < end and start < e for s, e in taken):
            continue
        owner = owners.get(letters.upper())
        source = SIGNATURE_SOURCE if letters in writers else SOURCE
        added.append(
            Finding(
                start, end, "PERSON", SCORE, source=source,
                group=owner.group if owner else "", is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    return added


__all__ = ["SOURCE", "log_initial_findings", "release_log_initials"]
