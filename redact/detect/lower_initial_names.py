"""A lower-case initial and surname, as hurried notes sign and list staff: "c mendenhall msw",
"-d. fry, bereavement coord", "sub staff k. beaudry (agency)", "2200-0600 d. haverkamp".

Shift logs, hospice team notes and aide visits are typed fast and in lower case, and staff
are written as an initial and a surname. NER leans on capitals and misses them; the
lower-case name steps need a title or a relation word ("dr healey", "son ricky"), and the
initial-and-surname shape is none of those. The shape is the cue when something else says a
person stands there:

- the word is a listed surname or given name that English does not use much (`zipf` below
  `MAX_NAME_ZIPF`: "mendenhall", "beaudry", "fry" under a cue), or one English does not
  know at all ("oyelaran");
- and one of: a full stop after the initial ("k. beaudry"), a credential or a role after the
  name ("b yoder rn", "d. fry, bereavement coord"), a signature's dash before it ("-d. fry"),
  a role or title before it ("qidp k. oyelaran", "rev. r. ebersole", "staff k. beaudry"), or
  a shift's clock times before it ("2200-0600 d. haverkamp").

Never a term of meaning ("e. coli", "h. pylori"), a drug, or the shorthand letters of a chart
without a full stop ("w dtr", "x 3", "q shift", "s/p"). A title before the initial joins the
finding, as "dr healey" is one.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import description_words, drug_names, is_meaning
from redact.detect.wordlists import is_plain_english, person_names, zipf
from redact.findings import Finding

SOURCE = "LowerInitialName"
SCORE = 0.6
#: A listed name English uses more than this is a word ("will", "mark", "rose").
MAX_NAME_ZIPF = 3.5
#: A word neither English nor a list knows, used less than this, is a surname no list has
#: ("castellano" 2.3, "ebersole" 1.8); wordfreq counts names from the web.
MAX_UNKNOWN_ZIPF = 2.6
#: A listed name English uses up to this much is a name where two cues say so ("-d. fry,
#: bereavement coord").
MAX_CUED_NAME_ZIPF = 4.2
#: Letters a chart writes alone as shorthand: with, times, every, without, with (c-bar),
#: after, before.
_SHORTHAND_LETTERS = frozenset("wxqscpaoie")

_TITLE = r"(?:dr|rev|fr|sr|br|mr|mrs|ms|mx|pastor|chaplain)\.?[ \t]+"
_SHAPE = regex.compile(
    rf"(?P<title>(?<![\p{{L}}\d])(?i:{_TITLE}))?"
    r"(?<![\p{L}\d.'’@/#&])(?P<initial>\p{Ll})(?P<dot>\.)?[ \t](?P<name>\p{Ll}[\p{Ll}'’-]{2,})"
    r"(?![\p{L}\d@'’/]|\.\p{L})"
)
_CREDENTIAL_AFTER = regex.compile(
    r"\A,?[ \t]+(?i:rn|lpn|lvn|msw|lcsw|lsw|lmsw|lpc|lmft|md|do|np|pa|pa-c|cna|hha|dsp|slp"
    r"|ot|otr|pt|dpt|rd|bcba|qidp|sw|cm|ssd|chaplain|coord(?:inator)?|bereavement|aide"
    r"|nurse|supervisor|sup|staff|therapist|counsel+or|dir(?:ector)?)(?![\p{L}])"
)
_ROLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:staff|qidp|dsp|rn|lpn|np|sw|cm|cna|hha|coord|nurse|aide|supervisor"
    r"|therapist|worker|by|per|to|from|with|w/|notified|called|paged|cc|ic|signed)[ \t:]+\Z"
)
_SIGNATURE_BEFORE = regex.compile(r"(?:^|[ \t(])[-—–~][ \t]*\Z", regex.MULTILINE)
_SHIFT_BEFORE = regex.compile(r"\b\d{4}[ \t]*-[ \t]*\d{4}[ \t]+\Z")


def _evidence(word: str) -> int:
    """How strongly a lower-case word reads as a surname: 2 a listed name English hardly
    uses, or a word neither English nor the ICD-10 descriptions know; 1 a listed name that
    is also an English word of some use ("fry", "ferrell"); 0 anything else."""
    frequency = zipf(word)
    if word in drug_names() or word in description_words() or is_meaning(word):
        return 0  # "eliquis"; "e. coli", "h. pylori" name bacteria
    listed = word in person_names()
    if listed and frequency < MAX_NAME_ZIPF:
        return 2
    if not listed and frequency < MAX_UNKNOWN_ZIPF and not is_plain_english(word):
        return 2
    return 1 if listed and frequency < MAX_CUED_NAME_ZIPF else 0


def lower_initial_name_findings(text: str) -> list[Finding]:
    """PERSON findings for a lower-case initial and surname that a cue makes a person."""
    if not text or text.isupper():
        return []
    found: list[Finding] = []
    for match in _SHAPE.finditer(text):
        initial, name = match.group("initial"), match.group("name")
        dotted = match.group("dot") is not None
        if (
            not dotted
            and initial in _SHORTHAND_LETTERS
            and match.group("title") is None
            and _CREDENTIAL_AFTER.match(text[match.end() : match.end() + 40]) is None
        ):
            continue
        evidence = _evidence(name.strip("'’-"))
        if evidence == 0:
            continue
        head = text[max(0, match.start("initial") - 40) : match.start("initial")]
        cues = sum(
            (
                dotted,
                match.group("title") is not None,
                _CREDENTIAL_AFTER.match(text[match.end() : match.end() + 40]) is not None,
                _ROLE_BEFORE.search(head) is not None,
                _SIGNATURE_BEFORE.search(head) is not None,
                _SHIFT_BEFORE.search(head) is not None,
            )
        )
        if cues >= 1 and cues + evidence >= 3:
            found.append(Finding(match.start(), match.end(), "PERSON", SCORE, source=SOURCE))
    return found
