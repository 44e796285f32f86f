"""A role title and a name: "Supervisor Wojcik", "Counselor Rose", "PO Okafor", "Det. Yazzie".

Notes name staff and officials by their role and surname. The title says the next word is
a person, and it is meaning of its own (a consultant, a court, a researcher needs to know
that a supervisor approved or a detective interviewed): the name goes, the title stays.

- After a role title that the title recognizer does not know (job titles used as titles:
  "Supervisor", "Counselor", "Therapist", "Caseworker", and the initialisms "JPO", "PO",
  "CW"), one or two capitalised words that are a listed name or a word English does not
  know are a PERSON ("Supervisor Lindqvist", "Therapist Lane"); a heading's word is not
  ("Supervisor Review", "Therapist Signature:").
- A name found with its title inside ("Pastor Mike", "Therapist Lane" from NER) loses the
  title; a title found alone as a name ("Det" of "Det. Yazzie") is no name, nor a word
  of a heading after a title ("Supervisor Review:").
- A place or organisation right after a title ("PO [Okafor]" read as a place), or one
  that holds a title and a name ("[Sponsor Okafor]"), is a misread name: a PERSON, the
  title left out.
- A party's role said as a title ("Sponsor Okafor", "Roommate Delgado", "Landlord
  Pruitt") is read the same way: the role stays, the name goes (`roles` keeps no party).

`redact.detect.roles` decides, per policy, whether the person is a professional kept with
the record.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.names import NOT_NAME_WORDS
from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.wordlists import person_names
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "RoleTitle"
SCORE = 0.8

#: Titles of office and job titles written before a surname, in the case they are written.
_TITLES = (
    r"Supervisor|Counselor|Counsellor|Therapist|Caseworker|Clinician|Chaplain|Advocate"
    r"|Interpreter|Mentor|Tutor|Aide|Nurse|Coach|Pastor|Officer|Ofc|Ofcr|Deputy|Detective"
    r"|Det|Sgt|Sergeant|Trooper|Sheriff|Judge|Magistrate|Principal|Teacher|Worker"
    r"|Foreman|Adjuster|Steward|Supv|HR|JPO|PO|CW|CPO|SRO|GAL|CASA"
    # a party's role in the case, said before the name as a title is: the role stays
    r"|Sponsor|Roommate|Landlord|Landlady|Neighbor|Neighbour|Caregiver|Babysitter|Coworker"
    r"|Co-worker|Employer|Boss"
    # a service member's rank, as military records write it before every name ("SSG Roe",
    # "1SG Dana Roe", "CPT Feldkamp"); not "MSG", a message, nor "CDR", a commander's role
    r"|PVT|PV2|PFC|SPC|CPL|SGT|SSG|SFC|1SG|SGM|CSM|2LT|1LT|CPT|MAJ|LTC|COL|LCpl|SSgt|GySgt"
    r"|MSgt|TSgt|SrA|A1C"
)
_CAPITALISED = r"\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})?"
_TITLED = regex.compile(
    rf"(?<![\p{{L}}\d'’.-])(?P<title>{_TITLES})\.?[ \t]+"
    rf"(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)(?![\p{{L}}'’-])(?![ \t]*:)"
)
#: A title at the start of a finding: "Pastor Mike", "Therapist Lane".
_TITLE_INSIDE = regex.compile(rf"(?:{_TITLES})\.?[ \t]+(?=\p{{Lu}})")
#: A title right before a finding: "PO [Okafor]".
_TITLE_BEFORE = regex.compile(rf"(?<![\p{{L}}\d'’.-])(?:{_TITLES})\.?[ \t]+$")
_TITLE_ALONE = regex.compile(rf"(?:{_TITLES})\.?")
_NAME_AFTER = regex.compile(r"\.?[ \t]+\p{Lu}")
_MISREAD = frozenset({"LOCATION", "ORGANIZATION", "NRP"})


def _a_name(words: str) -> bool:
    """Whether capitalised words after a title are a name: each a listed name or a word
    English does not know, and none a term of meaning ("Supervisor Review": no)."""
    if is_meaning(words) or any(w.casefold() in NOT_NAME_WORDS for w in words.split()):
        return False
    return all(
        is_surname_like(w) or is_given_name(w) or w.casefold() in person_names()
        for w in words.split()
    )


def _title_before_name(text: str, finding: Finding) -> bool:
    """A finding that is only a title, used as one before a name ("Det" of "Det. Yazzie");
    initials on a line of their own that spell one ("PO" signing under "Priscilla Obi")
    are not."""
    return (
        _TITLE_ALONE.fullmatch(text, finding.start, finding.end) is not None
        and _NAME_AFTER.match(text, finding.end) is not None
    )


def _a_heading(text: str, finding: Finding) -> bool:
    """A word after a title and before a colon that is no name: "Supervisor [Review]:"."""
    if not finding.start or not text.startswith(":", finding.end):
        return False
    before = _TITLE_BEFORE.search(text, max(0, finding.start - 14), finding.start)
    return before is not None and not _a_name(text[finding.start : finding.end])


def role_title_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with role titles taken out of names and names after titles added (see
    the module docstring)."""
    out: list[Finding] = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES:
            inside = _TITLE_INSIDE.match(text, finding.start, finding.end)
            if inside is not None and inside.end() < finding.end:
                finding = _moved(finding, inside.end(), finding.entity_type)
            elif _title_before_name(text, finding):
                continue  # "Det" of "Det. Yazzie": a title, not a name
            elif _a_heading(text, finding):
                continue  # "Supervisor Review:": a heading's word, not a name
        elif finding.entity_type == "NRP" and _title_before_name(text, finding):
            continue  # "Officer" read as a group of people
        elif finding.entity_type in _MISREAD:
            inside = _TITLE_INSIDE.match(text, finding.start, finding.end)
            before = (
                _TITLE_BEFORE.search(text, max(0, finding.start - 14), finding.start)
                if finding.start
                else None
            )
            if inside is not None and _a_name(text[inside.end() : finding.end]):
                finding = _moved(finding, inside.end(), "PERSON")  # "[Sponsor Okafor]" a place
            elif before is not None and _a_name(text[finding.start : finding.end]):
                finding = _moved(finding, finding.start, "PERSON")
        out.append(finding)
    taken = [(f.start, f.end) for f in out if f.entity_type in NAME_TYPES]
    for match in _TITLED.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in taken) or not _a_name(match.group("name")):
            continue
        out.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return out


def _moved(finding: Finding, start: int, entity_type: str) -> Finding:
    return Finding(
        start, finding.end, entity_type, finding.score, finding.action, finding.source,
        finding.group, finding.is_subject,
    )  # fmt: skip


__all__ = ["role_title_findings"]
