"""A writer's initials right after their own name: "— R. Halvorsen / rh 7/22/25", a
signature block's "Mikaela Lindqvist⏎MKL", "Teodor Brandt, TB".

Letters, memos and typed summaries end with the writer's name and then their initials, after
a slash (the typist's reference: "RH / rh"), a comma, or on the line below the name in a
docx signature block. The initials are the same person: a copy that removes the name and
leaves "/ rh" or "MKL" still says who wrote it to anyone who knows the office. The initials
step (`redact.detect.initials`) takes initials written right after the name with a space or
a comma, in capitals and with the name's known letters; here the mark may follow a slash or a
line break, be typed in lower case, and hold a middle initial or a particle's letter the
name does not show ("MKL" for Mikaela Lindqvist, "MDT" for Marisol del Toro). What ties it
to the name is its first letter (the given name's) and its last (the surname's), two to four
letters standing alone before the end of the line or a date, and no credential ("MD", "RN").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import credentials, is_meaning
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "SigningInitials"
SCORE = 0.75

#: After the name: a slash, a comma or a line break, then the letters alone on the rest of
#: the line (a date may follow: "/ rh 7/22/25").
_MARK = regex.compile(
    r"[ \t]*(?:/|,|\r?\n)[ \t]*(?P<mark>\p{Lu}{2,4}|\p{Ll}{2,4})"
    r"(?=[ \t]*(?:\r?\n|$|\d{1,2}/\d{1,2}))"
)
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


def _ties(letters: str, name: str) -> bool:
    """Whether `letters` open on the given name's initial and close on the surname's."""
    words: list[str] = _NAME_WORD.findall(name)
    if len(words) < 2:
        return False
    folded = letters.casefold()
    return bool(folded[0] == words[0][0].casefold() and folded[-1] == words[-1][0].casefold())


def signing_initial_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings, in the name's group, for the initials a writer puts after their name."""
    taken = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    added = []
    for finding in findings:
        if finding.entity_type != "PERSON":
            continue
        match = _MARK.match(text, finding.end)
        if match is None:
            continue
        letters = match.group("mark")
        start, end = match.span("mark")
        if letters.casefold() in credentials() or is_meaning(letters):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        if _ties(letters, text[finding.start : finding.end]):
            added.append(
                Finding(
                    start, end, "PERSON", SCORE, source=SOURCE,
                    group=finding.group, is_subject=finding.is_subject,
                )
            )  # fmt: skip
            taken.append((start, end))
    return added


__all__ = ["signing_initial_findings"]
