"""Numbers a policy shortens for the subject's sake, removed whole where they are someone
else's.

A policy that keeps the subject shortens her own numbers rather than removing them: a court
gets the last four digits of her Social Security number and the year of her birth, as filing
rules say; a referral keeps her member id. A form names others' numbers the same way
("Father: Luis Reyes, SSN ending 4417, DL WA REYESL*221KD"),
and shortened, they are still the mother's and the father's: four digits of an SSN and a
birth year narrow a person down, and the policy removes everyone else. A number the text
gives to a name that goes goes whole (as a placeholder of its type); one after the
subject's name, or after nothing that says whose it is, is the subject's and is shortened
as the policy says. A word for a relation alone ("Mother's SSN") says nothing: a
child-welfare record calls the client herself "Mother".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.entities import NAME_TYPES
from redact.findings import Action, Finding

#: Numbers a subject-keeping policy may keep, mask or generalise for the subject.
PERSONAL_NUMBER_TYPES = frozenset(
    {
        "US_SSN", "US_ITIN", "DATE_OF_BIRTH", "US_DRIVER_LICENSE", "US_PASSPORT",
        "MEMBER_ID", "MEDICAL_RECORD_NUMBER", "US_BANK_NUMBER", "CREDIT_CARD", "IBAN_CODE",
    }
)  # fmt: skip
#: The actions that let part of a number through.
_PARTIAL = frozenset({Action.KEEP, Action.MASK, Action.GENERALIZE})
#: Characters between an owner and the number, at most.
_REACH = 48
#: What a form writes between an owner and one of their numbers: the number's label, how
#: much of it is written, an aside in brackets ("(mother)"), punctuation.
_LABEL_WORD = (
    r"(?i:ssn|ss|s\.s\.n\.?|soc|social|sec|security|no|num|number|nbr|dob|d\.o\.b|date|of"
    r"|birth|born|id|member|medicaid|medicare|cin|mrn|dl|d/l|drivers?|driver['’]s|licen[cs]e"
    r"|lic|passport|itin|acct|account|card|ending|ends|in|last|4|four|digits?|is|on|file"
    r"|state|xxx-xx|xx)"
)
_LINK = re.compile(
    r"(?:['’]s?)?[ \t]*(?:\([^()\n\d]{1,30}\)[ \t]*)?[,:;(#-]?[ \t]*"
    rf"(?:{_LABEL_WORD}[ \t]*[.:#,-]?[ \t]*){{1,6}}"
)


def _anchors(text: str, findings: Sequence[Finding]) -> tuple[set[int], list[int]]:
    """Where an owner other than the subject ends (a name that goes), and where names that
    stay start. A relation word alone is no owner: a child-welfare record calls the client
    herself "Mother" ("Mother SSN 458-21-7736" in the mother's own case)."""
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    kept = sorted(f.start for f in names if f.action is Action.KEEP)
    ends = {f.end for f in names if f.action is not Action.KEEP}
    return ends, kept


def _someone_elses(text: str, start: int, anchors: set[int], kept: Sequence[int]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    for end in range(max(line_start, start - _REACH), start):
        if end not in anchors or any(end <= k < start for k in kept):
            continue
        if _LINK.fullmatch(text, end, start):
            return True
    return False


def drop_third_party_numbers(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Personal numbers the policy keeps part of, replaced whole where the text gives them
    to someone other than the subject (see the module docstring). `findings` carry their
    actions (`redact.policy.decide.assign_actions`)."""
    numbers = [f for f in findings if f.entity_type in PERSONAL_NUMBER_TYPES]
    if not any(f.action in _PARTIAL for f in numbers):
        return list(findings)
    anchors, kept = _anchors(text, findings)
    theirs: set[int] = set()
    # every number along the list, removed ones too: "Mother: X, SSN 512-..., DOB 3/9/1986"
    # gives the birth date to her across an SSN the policy removes anyway
    for finding in sorted(numbers, key=lambda f: f.start):
        if _someone_elses(text, finding.start, anchors, kept):
            anchors.add(finding.end)  # "SSN ending 4417, DL WA ...": the list goes on
            if finding.action in _PARTIAL:
                theirs.add(id(finding))
    return [f.with_action(Action.PLACEHOLDER) if id(f) in theirs else f for f in findings]


__all__ = ["PERSONAL_NUMBER_TYPES", "drop_third_party_numbers"]
