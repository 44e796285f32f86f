"""A lower-case initial and a surname: "sub staff k. beaudry", "-d. fry", "b yoder rn".

Shift notes, bereavement call logs and team rosters typed in lower case name staff by an
initial and a surname ("d. haverkamp awake overnight", "idt: dr x, b yoder rn, c mendenhall
msw"). NER sees no person in lower-case text, and where another rule finds the surname
("yoder") the initial before it is left, so the recipient reads "b [Person]". Two rules:

- a lower-case letter, a dot and a lower-case word that is surname-like
  (`is_surname_like`: a listed name that is no common word, or a word English does not
  know) is a PERSON, unless the word is one of ICD-10's ("h. pylori", "e. coli", "s.
  aureus": an organism abbreviated the same way) or a term of meaning;
- a found name in lower case grows over a lower-case initial right before it, with a dot
  or without ("[b ]yoder", "[r. ]ebersole"); a bare "a" or "i" is a word, never an initial;
- a lower-case initial without a dot and a surname-like word are a PERSON when a
  credential follows them, as a therapy note or a staff line writes who saw the patient
  ("PT (j marchetti DPT):", "k lund lcsw called"): the credential is the cue the dot
  would be (a listed one, or one in capitals shaped like one: "DPT", "OTR"), and stays
  outside the name.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import credentials, description_words, is_meaning, normalise
from redact.detect.names import NOT_NAME_WORDS
from redact.detect.person_shapes import is_surname_like
from redact.detect.signature_credentials import credential_shaped
from redact.detect.span_index import SpanIndex
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "LowerInitialName"
SCORE = 0.6

#: A lower-case letter and a dot, not inside an abbreviation ("e.g. ..."), then a word.
_DOTTED = regex.compile(
    r"(?<![\p{L}\d.'’@/_])(?<![\p{L}\d]-)[a-z]\.[ \t]?([a-z][a-z'’]+(?:-[a-z]+)?)(?![\p{L}\d@])"
)
#: A lower-case letter, a surname-like word and a credential-like word after them.
_CREDENTIALLED = regex.compile(
    r"(?<![\p{L}\d.'’@/_-])([b-hj-z])[ \t]([a-z][a-z'’]+(?:-[a-z]+)?)[ \t]+"
    r"(?=([A-Za-z][A-Za-z-]{1,7})(?![\p{L}\d]))"
)
#: A lower-case letter, with a dot or not, right before a found name.
_INITIAL_BEFORE = regex.compile(r"(?:^|(?<=[\s,;:(/-]))([b-hj-z]\.?|[ai]\.)[ \t]?$")
#: Street types after it make the letter a street's direction ("w. fairview ave").
_STREET_AFTER = regex.compile(
    r"[ \t]+(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|hwy)\b"
)


def _surname(word: str) -> bool:
    folded = word.casefold()
    return (
        len(folded) >= 3
        and folded not in NOT_NAME_WORDS
        and folded not in description_words()
        and not is_meaning(folded)
        and is_surname_like(word.title())
    )


def lower_initial_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for a lower-case initial, a dot and a surname-like word, or an
    initial and a surname-like word before a credential."""
    taken = SpanIndex([f for f in findings if f.entity_type in NAME_TYPES])
    found = _credentialled_findings(text, taken)
    if "." not in text:
        return found
    for match in _DOTTED.finditer(text):
        start, end = match.span()
        if not taken.free(start, end) or _STREET_AFTER.match(text, end):
            continue
        if _surname(match.group(1)):
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
            taken.add(start, end)
    return found


def _credentialled_findings(text: str, taken: SpanIndex) -> list[Finding]:
    """PERSON findings for "j marchetti DPT": an initial, a surname, a credential."""
    found = []
    for match in _CREDENTIALLED.finditer(text):
        start, end = match.start(), match.end(2)
        credential = match.group(3)
        if not (normalise(credential) in credentials() or credential_shaped(credential)):
            continue
        if not taken.free(start, end):
            continue
        if _surname(match.group(2)):
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
            taken.add(start, end)
    return found


def absorb_lower_initials(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Lower-case name findings grown over a lower-case initial right before them."""
    grown = []
    for finding in findings:
        name = text[finding.start : finding.end]
        if finding.entity_type in NAME_TYPES and finding.start and name.islower():
            initial = _INITIAL_BEFORE.search(text, max(0, finding.start - 3), finding.start)
            if initial is not None and not _STREET_AFTER.match(text, finding.end):
                finding = Finding(
                    initial.start(1), finding.end, finding.entity_type, finding.score,
                    finding.action, finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
        grown.append(finding)
    return grown


__all__ = ["absorb_lower_initials", "lower_initial_name_findings"]
