"""An initial and a surname signing a note over a credential: "- r. mcallister rn".

Nurses and workers close a terse entry with their first initial, surname and credential on
a line of its own, in whatever case they typed: "m. osei, licsw", "- p. vo rn chpn",
"K. DESROSIERS, RN". In a lower-case note no recognizer sees a name there (nothing is
capitalised, and "mcallister" alone is no cue); the place says it: a line that is only
an initial, a surname and a listed credential is a signature, and the initial and surname
are the writer (a professional, whom a policy may keep).

Taken: at a line's start (after an optional dash or a label such as "observer:"), one
letter and a dot, a surname of two or more letters that is no credential nor clinical
term, an optional comma, one credential the lists hold (`redact.detect.meaning`), at most
one more credential-like word, then the line's end. A cheap gate (a credential word at a
line's end) keeps the pattern off texts that have no such line.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import credentials, is_clinical
from redact.findings import Finding

SOURCE = "SignedName"
SCORE = 0.7

_SIGNED = regex.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[-–—~][ \t]*|\p{Ll}+:[ \t]*)?"
    r"(?P<name>\p{L}\.[ \t]?(?P<surname>\p{L}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?))"
    r"[ \t]*,?[ \t]+(?P<cred>\p{L}{2,6}(?:-\p{L}{1,2})?)"
    r"(?:[ \t]*[,/]?[ \t]+\p{L}{2,6})?[ \t]*(?=\r?\n|$)"
)
#: A line ending in a short word: the only lines the pattern can take.
_GATE = regex.compile(r"[ \t,]\p{L}{2,6}[ \t]*(?:\r?\n|$)")


def signed_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for initial-and-surname signatures not already found."""
    if not _GATE.search(text):
        return []
    creds = credentials()
    found = []
    for match in _SIGNED.finditer(text):
        surname = match.group("surname").casefold()
        if match.group("cred").casefold() not in creds:
            continue
        joined = match.group("name")[0].casefold() + surname  # "a. fib" is "afib"
        if surname in creds or is_clinical(surname) or is_clinical(joined):
            continue
        start, end = match.span("name")
        if any(f.start <= start and end <= f.end for f in findings if f.entity_type == "PERSON"):
            continue
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found
