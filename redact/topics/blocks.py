"""Whose block a line is in: a heading or label naming a relative, then lines about them.

Intakes and home studies write a family member's facts as a block, not as prose:

    Father: Gil Moreno, 41, lives in Utica
      Medical: type 2 diabetes, on metformin
      Legal: DWI 2015
    MOTHER'S BOYFRIEND
    Employment: nights at the warehouse
    Medical: hypertension

and a household table, read from a .docx, gives one cell a line ("great-uncle (applicant)",
"64", "SCR clear; DWI 2009"). "Medical: type 2 diabetes" says nothing of whose diabetes it
is; the block's head does. `block_owners` reads a text's lines once and gives, for each line
inside such a block, the head's role phrase, so that the third-party topic can judge
"Medical: type 2 diabetes" as "Father: Medical: type 2 diabetes".

A block opens at a line that is only a role phrase ("FATHER", "Mother's boyfriend (Curtis
Hale):", a table cell "great-uncle (applicant)") or at a line labelled with one ("Father:
Gil Moreno, 41"). It holds the lines after it that are indented deeper, or labelled with a
fact of a person ("Medical:", "Legal:", "Meds:"), and, after a head alone on its line, up to
`CELLS` short lines (a table row, a short list). It ends at a blank line, at another head, at
a heading or cell naming the subject's own role ("CLIENT", "foster child"), at a plan's
status cell ("pending", "met": the row ends there), or at any other line. A case plan's
"Who" cell that lists a relative with the workers ("mother, housing advocate") opens no
block: she does a step of the client's plan. Lines of a .docx's paragraphs are joined with
a U+2029 line between them, which is passed over.

Collateral-contact notes and home studies head a section with the person seen and their part
("## 5/7/2025 — Dale Voss, mother's partner (home visit)", "**Lorna Pike, maternal aunt**"):
the section's lines, up to a blank line or the next heading, are about that person. Such a
heading opens a block unless every word of its name is one of the subject's names (the
subject may be "the father" of his own file). A Markdown heading that is only a part ("##
Birth mother", "## Alleged (putative) father", as a birth-family summary is written) opens a
section up to the next heading, blank lines and all; a line in it that opens on the
subject is left to be judged on its own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from redact.topics.third_party_history import ROLE

#: After a head alone on its line, this many short lines can be its table row or list.
CELLS = 8
#: A line of a role heading's section that names the subject this early is about her.
OPENING = 60
#: A line longer than this is prose, not a cell of a row.
MAX_CELL = 80

_PHRASE = (
    rf"(?P<role>(?:(?:maternal|paternal|adult|foster|biological|bio|legal|alleged|putative"
    rf"|[\w-]+(?:'s|’s))\s+)?{ROLE}(?![\w]))(?:\s+(?-i:[A-Z][\w'’.-]*)){{0,3}}"
    r"(?:\s*\([^)\n]{0,40}\))?"
)
#: Who else a plan's "Who" cell lists with a relative ("mother, housing advocate"): the
#: relative is one of those who do a step, not the head of a block about her.
_WORKERS = (
    r"(?:advocates?|counsel(?:l)?ors?|(?:case ?|social ?)?workers?|caseworkers?|case managers?"
    r"|therapists?|clinicians?|staff|teachers?|school|probation|officers?|(?-i:JPC|JPO|PO|CASA"
    r"|GAL|SW|CM)|attorneys?|lawyers?|nurses?|doctors?|dr\.?|providers?|agency|program"
    r"|coordinators?|specialists?|liaisons?|mentors?|coaches?|facilitators?|team|youth|client"
    r"|self|all|everyone|family|writer|worker|housing|DSHS|CPS)"
)
_HEAD_ALONE = re.compile(
    rf"[ \t]*(?:[-*•‣▪]\s+)?\**{_PHRASE}(?:\s*,(?!\s*{_WORKERS}\b)[^,:\n]{{0,30}})?\**:?\**[ \t]*$",
    re.IGNORECASE,
)
#: A plan's status cell ends its row: the cells after it are the next goal's, not the
#: relative's ("mother, housing advocate | 7/15/25 | pending" then "School | 504 plan").
_STATUS_CELL = re.compile(
    r"[ \t]*\**(?:met|not met|partially met|unmet|pending|ongoing|in progress|completed?|done"
    r"|achieved|not started|started|open|closed|on hold|on track|discontinued|deferred"
    r"|revised|continued?|n/?a)\**[ \t]*$",
    re.IGNORECASE,
)
_HEAD_LABEL = re.compile(rf"[ \t]*(?:[-*•‣▪]\s+)?\**{_PHRASE}\**:\**[ \t]+\S", re.IGNORECASE)
#: The subject's own heading or table cell: a block of someone else ends there.
_SUBJECT_ALONE = re.compile(
    r"[ \t]*(?:[-*•‣▪]\s+)?\**(?:(?:foster|adopted|subject|target|identified|index)\s+)?"
    r"(?:child|youth|client|patient|self|subject|minor|student|respondent|applicant|consumer"
    r"|participant)(?:\s+(?:information|info|details))?\**:?\**[ \t]*$",
    re.IGNORECASE,
)
#: A section heading naming a person and their part: "## 5/7/2025 — Dale Voss, mother's
#: partner (home visit)", "**Lorna Pike, maternal aunt**". The date or label before a dash
#: is passed over.
_NAMED_HEADING = regex.compile(
    r"[ \t]*(?:#{1,6}[ \t]+|\*\*)(?:[^,\n]*?[ \t][—–-][ \t]+)?"
    r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}),[ \t]+\**"
    + _PHRASE
    + r"[^\n]{0,40}$",
    regex.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
#: A Markdown heading that is only a relative's part: "## Birth mother", "### Alleged
#: (putative) father". Its section runs to the next heading, over the blank line a heading
#: is written with.
_ROLE_HEADING = re.compile(
    rf"[ \t]*#{{1,6}}[ \t]+(?:[\w'’-]+[ \t]+|\([^)\n]{{1,20}}\)[ \t]+){{0,3}}(?P<role>{ROLE})s?"
    r"(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


def _named_heading(line: str, subject: frozenset[str]) -> str | None:
    """The role phrase of a section heading naming someone other than the subject."""
    found = _NAMED_HEADING.match(line)
    if found is None:
        return None
    words = {w.casefold() for w in _NAME_WORD.findall(found.group("name"))}
    return None if words <= subject else found.group("role")


#: Labels of a person's facts, inside a block.
_FACT_LABEL = re.compile(
    r"[ \t]*(?:[-*•‣▪]\s+)?\**(?:medical|health|physical health|medical (?:history|hx|issues)"
    r"|mental health|psychiatric(?: history| hx)?|behavioral health|legal(?: history| hx)?"
    r"|criminal(?: history| hx| record)?|arrests?|charges|convictions|incarceration"
    r"|substance(?: use| abuse)?(?: history| hx)?|alcohol(?:/drug)?(?: use)?|drug use"
    r"|meds|medications?|prescriptions|diagnos[ie]s|dx|hx|history|conditions?|disabilit(?:y|ies)"
    r"|allerg(?:y|ies)|treatment|therapy|counseling|hospitali[sz]ations?|employment|occupation"
    r"|work|job|income|education|school|age|dob|date of birth|name|phone|cell|address"
    r"|contact(?: info)?|relationship|lives|resides|involvement|contact with (?:child|youth)"
    r"|custody|visitation|cps(?: history)?|child welfare(?: history)?|clearances?|background"
    r"|concerns|strengths|notes?|status|immigration(?: status)?)\**\s*(?:\([^)\n]{0,30}\))?"
    r"\**:",
    re.IGNORECASE,
)


def block_owners(text: str, subject: Sequence[str] = ()) -> dict[int, str]:
    """For each line inside a third party's block: its start offset -> the head's role
    phrase ("Father", "great-uncle (applicant)"). `subject` holds the subject's names."""
    owners: dict[int, str] = {}
    head: str | None = None
    indent, alone, cells, start = 0, False, 0, 0
    section = False  # the block is a named section: it runs to a blank line or a heading
    role_section = False  # a role heading's section: it runs to the next heading
    own = frozenset(w.casefold() for name in subject for w in _NAME_WORD.findall(name))
    for line in text.split("\n"):
        line_start, start = start, start + len(line) + 1
        if line.strip(" \t") == "\u2029":
            continue  # between two paragraphs of a .docx
        content = line.strip()
        if role_section and head is not None and content and not content.startswith("#"):
            if not own & {w.casefold() for w in _NAME_WORD.findall(line[:OPENING])}:
                owners[line_start] = head  # a line opening on the subject is about her
            continue
        if role_section and not content:
            continue
        if not content or _SUBJECT_ALONE.match(line):
            head = None
            continue
        role = _named_heading(line, own) if content.startswith(("#", "**")) else None
        heading_role = _ROLE_HEADING.match(line) if role is None else None
        role_section = heading_role is not None
        if heading_role is not None:
            head, section = heading_role.group("role"), True
            continue
        if role is not None or content.startswith("#"):
            head, section = role, role is not None  # a heading ends any block before it
            continue
        if section and head is not None:
            owners[line_start] = head
            continue
        depth = len(line) - len(line.lstrip())
        found = _HEAD_ALONE.match(line) or _HEAD_LABEL.match(line)
        if found is not None:
            head, indent, cells = found.group("role"), depth, CELLS
            alone = found.re is _HEAD_ALONE
            continue
        if head is None:
            continue
        if depth > indent or _FACT_LABEL.match(line):
            owners[line_start] = head
        elif alone and cells > 0 and len(content) <= MAX_CELL:
            owners[line_start] = head
            cells -= 1
            if _STATUS_CELL.match(line):
                head = None
        else:
            head = None
    return owners
