"""A person's name in a form field whose label says it holds a person: "Member: CORA J
WENTWORTH   DOB: ...", "Subscriber: DENNIS R WENTWORTH (father)", "Insured: Lena M. Ruiz".

Insurers' utilization-review letters, claim forms and appeal notices print the member, the
subscriber and the insured in capitals from their database, first name, middle initial and
surname, with a column gap or the next field after them. NER reads a line of capitals as an
organisation or nothing, and a capitals note's other rules need a cue word the form does not
write. The label is the cue: after "Member:", "Subscriber:", "Insured:", "Patient:",
"Beneficiary:", "Guarantor:" and the like, two to four name words are a person when they
have the shape of one:

- a first name, a middle initial and a surname ("CORA J WENTWORTH"): the initial between
  two words is a person's, whatever the words (a programme or a plan never writes one);
- or, without an initial, a listed given name and a surname-like word ("OTTILIE BRANDAUER").

A value holding a term of meaning, an institution word or a word of the form itself ("SAME
AS ABOVE", "SELF", "MEDICAID HMO") is no name.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_meaning
from redact.detect.names import NOT_NAME_WORDS
from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "FieldName"
SCORE = 0.8

#: Labels of fields that hold a person on insurers' and agencies' forms.
_LABEL = (
    r"member|subscriber|insured|policy[ \t]?holder|patient|beneficiary|enrollee|enrolee"
    r"|guarantor|claimant|recipient|responsible[ \t]+party|cardholder|dependent"
    r"|member[ \t]+name|subscriber[ \t]+name|patient[ \t]+name|insured[ \t]+name"
)
_WORD = r"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?"
_INITIAL = r"\p{Lu}\.?"
#: Label, colon, then the value up to a column gap, a bracket, a comma or the line's end.
_FIELD = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_LABEL})[ \t]*:[ \t]*"
    rf"(?P<value>{_WORD}(?:[ ](?:{_INITIAL}|{_WORD})){{1,3}})"
    r"(?=[ \t]*$|[ \t]{2,}|\t|[ \t]*[(,;])",
    regex.MULTILINE,
)
#: A word this common in English is no name word of a field ("SAME", "SELF", "ABOVE"); a
#: first name beside a middle initial may be as common as "Paul" or "Mark".
MAX_NAME_WORD_ZIPF = 5.0
MAX_INITIALLED_WORD_ZIPF = 6.0


def _a_person(value: str) -> bool:
    words = value.split()
    names = [w.rstrip(".") for w in words if len(w.rstrip(".")) > 1]
    initials = [w for w in words[1:-1] if len(w.rstrip(".")) == 1]
    if len(names) < 2 or len(names) + len(initials) != len(words) or is_meaning(value):
        return False
    cap = MAX_INITIALLED_WORD_ZIPF if initials else MAX_NAME_WORD_ZIPF
    if any(w.casefold() in NOT_NAME_WORDS or zipf(w.casefold()) >= cap for w in names):
        return False
    if initials:
        return is_surname_like(names[-1]) or is_given_name(names[0])
    return is_given_name(names[0]) and is_surname_like(names[-1])


def field_name_findings(text: str) -> list[Finding]:
    """PERSON findings for a name in a form field labelled as a person's."""
    if ":" not in text:
        return []
    found = []
    for match in _FIELD.finditer(text):
        value = match.group("value")
        if _a_person(value):
            start = match.start("value")
            found.append(Finding(start, start + len(value), "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["field_name_findings"]
