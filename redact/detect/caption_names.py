"""Parties' names in a court caption, written in capitals.

A court paper opens with a caption that names the parties in capitals, one line each or
joined by "and", and says after them what they are to the case:

    CHANTELLE M. ADEBAYO and DEVERAUX R. MARSH,
                                   Respondents.
    MARISELA QUINTANAR, on her own behalf and on behalf of minor children ...
                                   Petitioner,

NER reads few names in capitals, and the subject matcher finds only the subject's words in
them, so a parent who shares the subject's surname kept her given name. A line is a party
line when it starts with one or more names in capitals ending in a comma, a parenthesis
("(DOB 1/30/2023)") or the line's end, and a caption says so around it: a party's role
within a few lines after it ("Petitioner", "Respondents", "Children ... Alleged to be
Neglected") or a caption's opening within a few lines before it ("In the Matter of",
"IN RE", "v."). A name holds no caption word ("STATE OF NEW YORK", "DEPARTMENT OF SOCIAL
SERVICES"), and starts with a known given name, has a middle initial, or is made of words
English hardly uses.

The subject's own name in a caption stays the subject's: a name whose first and last words
are both words of the subject's names is not taken, whatever middle name it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.wordlists import given_names, zipf
from redact.findings import Finding

SOURCE = "caption-name"
SCORE = 0.85
#: A name word rarer than this as an English word is a name's ("DEVERAUX", "BRANDVOLD").
MAX_WORD_ZIPF = 3.5
#: Lines after a party line within which its role stands ("Respondents." under a blank).
ROLE_LINES = 4
#: Lines before a party line within which the caption opens ("In the Matter of").
OPENING_LINES = 4

#: One word of a name in capitals ("MARSH", "O'NEIL", "ADEBAYO-MARSH") or an initial.
_WORD = r"(?!AND\b)[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
_NAME = rf"{_WORD}(?:[ \t]+(?:[A-Z]\.|{_WORD})){{1,3}}"
_JOIN = r"[ \t]*,[ \t]*|[ \t]+(?:and|AND|&)[ \t]+"
#: A party line: names from the line's start, then a comma, a parenthesis or the line's end.
_PARTY_LINE = re.compile(
    rf"^[ \t]*(?:{_NAME})(?:(?:{_JOIN})(?:{_NAME}))*(?=[ \t]*(?:,|\(|$))", re.MULTILINE
)
_ONE_NAME = re.compile(_NAME)
#: Words of a caption that are never a person's: courts, places, agencies, titles of papers.
_CAPTION_WORDS = frozenset(
    {
        "THE", "OF", "AND", "FOR", "IN", "RE", "ON", "TO", "BY", "AT", "A", "AN", "MATTER",
        "COURT", "COURTS", "STATE", "STATES", "COUNTY", "CITY", "TOWN", "PEOPLE", "UNITED",
        "AMERICA", "COMMONWEALTH", "DEPARTMENT", "DEPT", "OFFICE", "DIVISION", "SERVICES",
        "SERVICE", "AGENCY", "BUREAU", "SOCIAL", "HUMAN", "FAMILY", "FAMILIES", "CHILDREN",
        "CHILD", "YOUTH", "PROTECTIVE", "COMMISSIONER", "SUPERIOR", "SUPREME", "DISTRICT",
        "CIRCUIT", "PROBATE", "JUVENILE", "MUNICIPAL", "GUARDIANSHIP", "ADOPTION", "CUSTODY",
        "PETITION", "ORDER", "DECLARATION", "REPORT", "HEARING", "MOTION", "AFFIDAVIT",
        "NOTICE", "INC", "LLC", "CORP", "ESTATE", "TRUST", "HOSPITAL", "CENTER", "SCHOOL",
        "BOARD", "JUDGE", "HONORABLE", "HON", "DOCKET", "CASE", "NO", "PERMANENCY",
    }
)  # fmt: skip
#: A party's role after the names, at the start of its line or after a comma: the
#: caption's second half ("Respondents.", "Children under Eighteen Years of Age Alleged").
_ROLE = re.compile(
    r"(?:^|,)[ \t]*(?i:petitioners?|respondents?|plaintiffs?|defendants?|appellants?"
    r"|appellees?|movants?|intervenors?|wards?|alleged|an[ \t]+incapacitated|decedent"
    r"|deceased|minors?|children[ \t]+under|a[ \t]+child|an[ \t]+adult)\b",
    re.MULTILINE,
)
#: The caption's opening before the names, at the start of its line.
_OPENING = re.compile(
    r"^[ \t]*(?i:in[ \t]+the[ \t]+matter[ \t]+of|in[ \t]+re\b|v\.|vs\.?(?![\w])|versus\b)",
    re.MULTILINE,
)


def _lines_after(text: str, end: int, count: int) -> str:
    """The rest of the line from `end`, and the `count` lines after it."""
    stop = end
    for _ in range(count + 1):
        found = text.find("\n", stop)
        if found < 0:
            return text[end:]
        stop = found + 1
    return text[end:stop]


def _lines_before(text: str, start: int, count: int) -> str:
    """The `count` lines before the line that starts at `start`."""
    begin = start
    for _ in range(count):
        if begin == 0:
            break
        begin = text.rfind("\n", 0, begin - 1) + 1
    return text[begin:start]


def _in_caption(text: str, start: int, end: int) -> bool:
    return bool(
        _ROLE.search(_lines_after(text, end, ROLE_LINES))
        or _OPENING.search(_lines_before(text, start, OPENING_LINES))
    )


def _person(words: Sequence[str], own: set[str]) -> bool:
    """A person's name: no caption word, not the subject's, and a known given name first,
    a middle initial, or only words English hardly uses ("DEVERAUX MARSH")."""
    folded = [w.casefold() for w in words if not w.endswith(".")]
    if any(w in _CAPTION_WORDS for w in words) or (folded[0] in own and folded[-1] in own):
        return False
    return (
        folded[0] in given_names()
        or len(folded) < len(words)
        or all(zipf(w) < MAX_WORD_ZIPF for w in folded)
    )


def caption_name_findings(text: str, subject: Sequence[str] = ()) -> list[Finding]:
    """PERSON findings for the parties named in capitals in a court caption (see the module
    docstring); never the subject's own name."""
    own = {p.casefold() for name in subject for w in name.split() for p in (w, *w.split("-"))}
    found: list[Finding] = []
    for line in _PARTY_LINE.finditer(text):
        if not _in_caption(text, line.start(), line.end()):
            continue
        for name in _ONE_NAME.finditer(text, line.start(), line.end()):
            if _person(name.group().split(), own):
                found.append(Finding(name.start(), name.end(), "PERSON", SCORE, source=SOURCE))
    return found
