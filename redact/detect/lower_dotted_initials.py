"""Dotted initials in lower case that stand for a person: "saw b.m. at the library".

Terse progress notes typed in lower case shorten the people of a case to dotted initials,
the more so the more sensitive the case is: the other party of a complaint, a witness, an
ex-partner ("saw b.m. in the dining hall", "witness p.v. testified", "j.k. texted her").
The initials step (`redact.detect.initials`) reads capitals only ("B.M."), since in lower
case the same shapes are clinical and Latin abbreviations: "had a b.m." (a bowel movement),
"bleeding p.v.", "2 tabs p.o.", "a.m.", "e.g.".

So two or three lower-case letters, each with its dot, are a person only where a person
stands: right after a word that takes a person ("saw", "told", "with", "w/", "per",
"witness", "respondent", "roommate", ...), or at a clause's start before a verb a person
does ("j.k. texted", "r.t. said"). Never the abbreviations of times, Latin and dosing.
Initials that are the subject's own (the first and last letters of one of her names) are
left to the subject steps.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.findings import Finding

SOURCE = "LowerDottedInitials"
SCORE = 0.55

#: Letters that are an abbreviation in lower case, never initials.
_ABBREVIATIONS = frozenset(
    {
        "am", "pm", "eg", "ie", "po", "vs", "cf", "nb", "ps", "bid", "tid", "qid", "qd", "qh",
        "hs", "ac", "pc", "prn", "npo", "od", "os", "ou", "ad", "au", "sl", "im", "iv", "sc",
        "sq", "us", "uk", "dc", "aka", "eta", "rsvp", "bc", "ce", "et", "al", "st", "mr", "ms",
        "dr", "op", "pr", "ok",
    }
)  # fmt: skip
_DOTTED = regex.compile(r"(?<![\p{L}\d.'’])(?:\p{Ll}\.){2,3}(?![\p{L}\d])")
#: Words right before that take a person.
_PERSON_BEFORE = regex.compile(
    r"(?:^|[\s(])(?:saw|see|seen|sees|met|meet|told|tell|called|texted|emailed|with|w/|by"
    r"|per|and|&|from|to|into|asked|avoids?|avoiding|witness|respondent|complainant|accused"
    r"|roommate|classmate|friend|ex|ex-bf|ex-gf|bf|gf|boyfriend|girlfriend|partner|peer"
    r"|student|victim|reporter|coworker|co-worker|neighbou?r|cousin|mentions?|mentioned"
    r"|re:?|about|contact)[ \t]+$"
)
#: Verbs a person does right after the initials at a clause's start.
_VERB_AFTER = regex.compile(
    r"[ \t]+(?:said|says|told|tells|testified|texted|called|reported|denied|denies|admitted"
    r"|admits|came|left|asked|asks|wants|sent|posted|messaged|dm['’]?d|stated|states|agreed"
    r"|refused|threatened|followed|approached|yelled|apologi[sz]ed|showed|walked|grabbed"
    r"|pushed|hit)\b"
)
#: Where a clause starts: the line, a time, a stop, a semicolon, a dash.
_CLAUSE_START = regex.compile(r"(?:^|[.;:!?]|\d|[-–—])[ \t]*$")


def _subject_initials(subject: Sequence[str]) -> set[str]:
    """First and last letters of each of the subject's names ("sl" for Sara Lind)."""
    found = set()
    for name in subject:
        words = [w for w in regex.findall(r"\p{L}[\p{L}'’-]*", name) if w[:1].isupper()]
        if len(words) >= 2:
            found.add((words[0][0] + words[-1][0]).casefold())
    return found


def lower_dotted_initial_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """PERSON findings for lower-case dotted initials where a person stands."""
    if "." not in text:
        return []
    own = _subject_initials(subject)
    taken = [(f.start, f.end) for f in findings]
    out = []
    for m in _DOTTED.finditer(text):
        letters = m.group().replace(".", "")
        if letters in _ABBREVIATIONS or letters in own:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 30) : m.start()]
        acts = _VERB_AFTER.match(text, m.end()) is not None and _CLAUSE_START.search(before)
        if not (_PERSON_BEFORE.search(before) or acts):
            continue
        if any(start <= m.start() and m.end() <= end for start, end in taken):
            continue
        out.append(Finding(m.start(), m.end(), "PERSON", SCORE, source=SOURCE))
    return out


__all__ = ["SOURCE", "lower_dotted_initial_findings"]
