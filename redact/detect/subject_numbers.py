"""The subject's own numbers in other systems: a hotline intake, a claim, her student or
employee id.

A policy masks or removes other systems' report numbers and ids because they mostly belong to
third parties (a sibling's hotline report, a father's inmate number). Under a policy that
keeps the subject, the subject's own are another matter: "RE: Desmond Achterberg — claim no.
SSA-2023-0778410", "SCR Intake #: 25-338810" at the head of the record about her, "Employee
ID S-004417" in the RE line of a letter about her, are her case in another system, and the
court or the client reads them as such. Such a number becomes a `CASE_NUMBER`, and follows
the policy's rule for case numbers (kept for a court and the client, removed for the next
provider, who needs none of them).

A number is the subject's when its line names the subject, or it lies in the record's opening
block (the form lines before the first sentence of prose), and no one else's name stands on
that line; or when its line names no one at all, nothing before it in its clause says whose
it is ("the infants' IDs", "mother's plan"), and the nearest name above it in its block is
hers (or there is none, in a record about her); a line that names only the professionals who
wrote or signed it ("Case SFS-25-0193 / CONNECTIONS 31-4472690 — prepared by D. Mbeki, MSW")
names no one the number could belong to, and is read the same way. Then every other mention
of the same number is hers too. An identity document's number (a birth certificate, a state
ID card) is no case and follows its rule.

A claim or an authorisation number is typed a case number by its label (`labelled.py`): in a
client's record it is nearly always her own case at her insurer. The same evidence read the
other way gives it to someone else ("Her sister, Dana Whitlock (claim no. K-100452)"), and
then it is another system's number again (`others_claims`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.labelled import POLICE_CASE_LABEL
from redact.detect.relation_words import CORE_RELATIONS, alternation
from redact.detect.roles import NO_ROLES, Roles
from redact.entities import NAME_TYPES
from redact.findings import Finding

#: Other systems' report numbers and ids, that may be the subject's own case there.
OTHER_SYSTEM_TYPES = frozenset({"REPORT_NUMBER", "ID_NUMBER"})
SUBJECT_NUMBER_TYPE = "CASE_NUMBER"
#: The opening block ends at the first line of prose, and never runs past this many lines.
_MAX_OPENING_LINES = 15
#: A line of prose: eight words or more, and a sentence ending it or ending inside it (a
#: word, a stop, a capitalised word and a lower-case one: not "c. 19A" in a statute's
#: citation, nor "Ofc. R. Salazar").
_PROSE = re.compile(
    r"^(?=(?:\W*\w+\b){8})"
    r"(?:.*[.!?][\"'’”)\]]*$|.*\b[a-z]{3,}[.!?][ \t]+[A-Z][a-z]*[ \t]+[a-z])"
)
_NOT_ALNUM = re.compile(r"[\W_]+")
#: The label of an identity document, not a case: her birth certificate or state ID number
#: follows its rule as it is.
_IDENTITY_LABEL = re.compile(
    r"(?i:birth|identification|id[ \t]+card|state[ \t]+id|passport|licen[cs]e|ssn|social)"
    r"[^\n]{0,20}$"
)
_LABEL_REACH = 30


def _opening_end(text: str) -> int:
    """Where the record's opening block of form lines ends."""
    pos = 0
    for count, line in enumerate(text.splitlines(keepends=True)):
        if count >= _MAX_OPENING_LINES or _PROSE.match(line.strip()):
            return pos
        pos += len(line)
    return pos


#: Characters between a name and a number that is theirs, at most: "R. Salazar, badge 4471".
_OWNER_REACH = 20
_GAP_BREAK = re.compile(r"[;|]")


def _after_someone(text: str, number: Finding, on_line: Sequence[Finding]) -> bool:
    """Whether the number follows a name other than the subject's closely, with no other
    finding between: an officer's badge, a worker's employee id."""
    before = [f for f in on_line if f.end <= number.start]
    if not before:
        return False
    last = max(before, key=lambda f: f.end)
    gap = text[last.end : number.start]
    return (
        last.entity_type in NAME_TYPES
        and not last.is_subject
        and len(gap) <= _OWNER_REACH
        and _GAP_BREAK.search(gap) is None
    )


def _by_line(text: str, findings: Sequence[Finding]) -> dict[int, list[Finding]]:
    """Findings grouped by the start of the line they start on."""
    lines: dict[int, list[Finding]] = {}
    for finding in findings:
        lines.setdefault(text.rfind("\n", 0, finding.start) + 1, []).append(finding)
    return lines


#: A word before a number, in its clause, that says the number is someone else's: a relation
#: or a party ("the infants' IDs are ...", "Mother MRN", "sponsor's A-number").
_OTHERS_WORD = re.compile(
    rf"\b(?i:{alternation(CORE_RELATIONS)}"
    r"|mother|father|parent|parents|grandmother|grandfather|sibling|siblings|child|children"
    r"|kids?|infants?|baby|babies|twins?|spouse|fiancée?|stepmother|stepfather"
    r"|victim|petitioner|respondent|defendant|other client|household"
    r"|caregiver|guardian|relative|officer|mob|fob|mgm|pgm)(?:['’]s?)?(?!\w)"
    # the first word of an agency's name says no one's: "Children services report #...",
    # "Child Protective Services intake", "Family and Children's Services"
    r"(?![ \t]+(?i:services|protective|welfare|and[ \t]+family|&[ \t]+family)\b)"
)
#: A label of a professional's own number, never the subject's: a bar or licence number, a
#: badge, a prescriber's NPI or DEA, an interpreter's or a staff member's id.
_PROFESSIONAL_LABEL = re.compile(
    r"\b(?i:attorney|bar|npi|dea|badge|licen[cs]e|interpreter|staff|provider|officer|ofc)"
    r"\b[^\n,;(]{0,20}$"
)
#: What ends a clause before a number: a sentence's stop after a word (not "No." or "Rx."),
#: a semicolon, a table's cell border, a form's field gap.
_CLAUSE_BREAK = re.compile(r"(?<=[a-z]{3}[.!?])[ \t]|[;|\t]|[ ]{3,}")
_CLAUSE_REACH = 60
#: Lines read above a number that names no one, for the nearest name in its block.
_BLOCK_LINES = 4


def _clause_before(text: str, start: int) -> str:
    """The words of the number's clause before it, on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - _CLAUSE_REACH)
    window = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _nearest_name_above(
    text: str, line_start: int, lines: dict[int, list[Finding]]
) -> Finding | None:
    """The last name on the nearest line above that has one, within the number's block (up
    to a blank line, at most `_BLOCK_LINES` lines up)."""
    start = line_start
    for _ in range(_BLOCK_LINES):
        if start == 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev : start - 1].strip():
            return None  # a blank line ends the block
        names = [f for f in lines.get(prev, []) if f.entity_type in NAME_TYPES]
        if names:
            return max(names, key=lambda f: f.end)
        start = prev
    return None


def _unnamed_line_hers(
    text: str, number: Finding, lines: dict[int, list[Finding]], roles: Roles
) -> bool:
    """Whether a number on a line that names no one is the subject's: the nearest name above
    in its block is hers or a professional's (or there is none)."""
    above = _nearest_name_above(text, text.rfind("\n", 0, number.start) + 1, lines)
    return above is None or above.is_subject or roles.is_professional(above)


def _digits(value: str) -> str:
    return _NOT_ALNUM.sub("", value).casefold()


#: A claim's or an authorisation's label before a case number: a case in an insurer's or a
#: benefit's system, the subject's own unless the line gives it to someone else.
_INSURER_LABEL = re.compile(
    r"\b(?i:claims?|auth|authori[sz]ations?|pre-?auth|pre-?cert|precertification|pa(?=[ \t]*#))"
    r"\b[^\n]{0,20}$"
)
OTHERS_NUMBER_TYPE = "REPORT_NUMBER"
#: Between an owner's name and the claim's label: nothing but a possessive, spaces and
#: punctuation ("Dana Whitlock (claim no. ...)", "Ray Soto's claim"); "adjuster T. Lowry
#: at Anthracite Mutual, claim ..." names who handles it, not whose it is.
_OWNER_GAP = re.compile(r"(?:['’]s)?[ \t,(:\-–]*")


def _someone_elses(text: str, number: Finding, on_line: Sequence[Finding], roles: Roles) -> bool:
    """Whether the line or the clause gives `number` to someone other than the subject: a
    name on its line that is neither hers nor a professional's, a name right before it
    ("Ofc. R. Salazar, badge 4471"), a relation or a party in its clause ("the infants'
    IDs")."""
    names = [f for f in on_line if f.entity_type in NAME_TYPES]
    return (
        any(not n.is_subject and not roles.is_professional(n) for n in names)
        or _after_someone(text, number, on_line)
        or _OTHERS_WORD.search(_clause_before(text, number.start)) is not None
    )


def others_claims(text: str, findings: Sequence[Finding], roles: Roles = NO_ROLES) -> list[Finding]:
    """Claim and authorisation numbers (typed `CASE_NUMBER` by their label) that are someone
    else's, retyped as other systems' numbers (`REPORT_NUMBER`): the name right before its
    label is neither the subject's nor a professional's, or a relation or a party stands in
    its clause. A name after it ("claim no. STD-1182, examiner B. Tolle"), further back in
    the clause ("adjuster T. Lowry at Anthracite Mutual, claim ...") or in an earlier
    sentence says nothing of whose it is.

    A claim or a prior authorisation in a client's record is her case at her insurer or
    benefit, and a court or the client reads it as such; a sister's claim on the same page
    ("Her sister, Dana Whitlock (claim no. K-100452)") is a third party's number, masked or
    removed as the policy says for other systems' numbers.
    """
    labels = {
        id(f): label
        for f in findings
        if f.entity_type == SUBJECT_NUMBER_TYPE
        and (label := _INSURER_LABEL.search(text, max(0, f.start - _LABEL_REACH), f.start))
    }
    if not labels:
        return list(findings)
    lines = _by_line(text, findings)
    theirs = set()
    for number in (f for f in findings if id(f) in labels):
        label_start = labels[id(number)].start()
        clause = _clause_before(text, number.start)
        clause_start = number.start - len(clause)
        before = [
            f for f in lines[text.rfind("\n", 0, number.start) + 1]
            if f is not number and f.entity_type in NAME_TYPES
            and clause_start <= f.start and f.end <= label_start
        ]  # fmt: skip
        last = max(before, key=lambda f: f.end) if before else None
        owner = (
            last is not None
            and not last.is_subject
            and not roles.is_professional(last)
            and _OWNER_GAP.fullmatch(text, last.end, label_start) is not None
        )
        if owner or _OTHERS_WORD.search(clause) is not None:
            theirs.add(id(number))
    return [replace(f, entity_type=OTHERS_NUMBER_TYPE) if id(f) in theirs else f for f in findings]


def subject_numbers(
    text: str, findings: Sequence[Finding], roles: Roles = NO_ROLES
) -> list[Finding]:
    """Other systems' numbers that are the subject's own, retyped as her case numbers.

    `findings` hold the subject's mentions (`is_subject`) beside everyone else's names; a
    number on a line with the name of anyone but the subject or a professional (`roles`: the
    officer who reports an incident), right after a name not hers ("Ofc. R. Salazar,
    badge 4471"), after a professional's label ("Attorney I.D. No.") or after a word in its
    clause that gives it to someone else ("the infants' IDs are ..."), is left as found,
    since it may be theirs ("Legal father: Jerome Haskins (DIN 19-B-2276)").
    """
    findings = others_claims(text, findings, roles)
    numbers = [f for f in findings if f.entity_type in OTHER_SYSTEM_TYPES and not f.is_subject]
    if not numbers or not any(f.is_subject for f in findings):
        return list(findings)
    lines = _by_line(text, findings)
    opening = _opening_end(text)
    own: set[str] = set()
    for number in numbers:
        on_line = [f for f in lines[text.rfind("\n", 0, number.start) + 1] if f is not number]
        names = [f for f in on_line if f.entity_type in NAME_TYPES]
        label_start = max(0, number.start - _LABEL_REACH)
        if (
            _someone_elses(text, number, on_line, roles)
            or _IDENTITY_LABEL.search(text, label_start, number.start)
            or _PROFESSIONAL_LABEL.search(text, label_start, number.start)
        ):
            continue
        # a police agency's case ("Eugene PD case 19-40417") is hers only where her name or
        # the record's opening says so: in a note's prose it is mostly a relative's arrest
        police_from = max(0, number.start - 2 * _LABEL_REACH)
        police = POLICE_CASE_LABEL.search(text, police_from, number.start)
        if (
            number.end <= opening
            or any(n.is_subject for n in names)
            or (
                police is None
                and all(roles.is_professional(n) for n in names)
                and _unnamed_line_hers(text, number, lines, roles)
            )  # no one's line, or only the worker's: "... — prepared by D. Mbeki, MSW"
        ):
            own.add(_digits(text[number.start : number.end]))
    if not own:
        return list(findings)
    ids = {id(n) for n in numbers}
    return [
        replace(f, entity_type=SUBJECT_NUMBER_TYPE)
        if id(f) in ids and _digits(text[f.start : f.end]) in own
        else f
        for f in findings
    ]
