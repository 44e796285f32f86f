"""Cells of the labelled-identifier matrix (issue #18): invented values × labels × layouts.

A record writes an identifier after a label in many ways: "SSN: ...", "SS# ...", the label in
a table header or a CSV column, on the line above the value, after it in parentheses, in a
sentence ("her medicaid number is ..."), wrapped across a line break, two values after one
label. Whatever the layout, the value is the identifier its label names, and the policy's
promise for that type is what must happen to it: kept whole, masked to its last four, or gone
without a digit left. This module builds the cells and judges one output; it never loads a
model, so `test_labelled_matrix.py` stays a thin loop over the real Redactor.

Every value is invented; the context words hold no digit, so any digit run of the value found
in the output is the value's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.findings import Action
from redact.policy.model import Policy


@dataclass(frozen=True)
class Family:
    """One kind of labelled identifier: its type, the ways records name it, invented values."""

    name: str
    entity: str
    labels: tuple[str, ...]
    values: tuple[str, ...]
    #: how a sentence names it ("her {phrase} is ...")
    phrase: str


FAMILIES: tuple[Family, ...] = (
    Family(
        "ssn",
        "US_SSN",
        ("SSN", "SS#", "soc sec no.", "Social Security Number", "ssn", "SOCIAL SECURITY NO."),
        ("412-67-3098", "412673098", "529 81 4076"),
        "social security number",
    ),
    Family(
        "medicaid",
        "MEMBER_ID",
        ("Medicaid", "Medicaid #", "medicaid id", "CIN", "MEDICAID NO."),
        ("KT48205917R", "XW63017B", "730418826"),
        "medicaid number",
    ),
    Family(
        "member",
        "MEMBER_ID",
        ("Member ID", "member #", "MEMBER NO."),
        ("ZQ9981234501", "W48813377"),
        "member id",
    ),
    Family(
        "mbi",
        "MEMBER_ID",
        ("MBI", "Medicare Beneficiary Identifier", "mbi"),
        ("1EG4-TE5-MK73", "5TR7WQ2KD41"),
        "medicare number",
    ),
    Family(
        "mrn",
        "MEDICAL_RECORD_NUMBER",
        ("MRN", "Medical Record Number", "med rec #"),
        ("00482913", "MR-7730914"),
        "medical record number",
    ),
    Family(
        "account",
        "US_BANK_NUMBER",
        ("Account #", "acct no.", "Bank account", "ACCOUNT NUMBER"),
        ("4482019931", "000123987745"),
        "account number",
    ),
    Family(
        "case",
        "CASE_NUMBER",
        ("Case No.", "case #", "CASE NUMBER"),
        ("2024-CF-00123", "CW-558190"),
        "case number",
    ),
    Family(
        "docket",
        "CASE_NUMBER",
        ("Docket", "Docket No.", "docket #"),
        ("24-JV-3391", "2023 DR 004417"),
        "docket number",
    ),
    Family(
        "incident",
        "REPORT_NUMBER",
        ("Incident #", "Incident report no.", "INCIDENT NO."),
        ("2024-118832", "IR-77341"),
        "incident number",
    ),
    Family(
        "student",
        "ID_NUMBER",
        ("Student ID", "student #", "STUDENT NO."),
        ("20391847", "S-0048812"),
        "student id",
    ),
    Family(
        "licence",
        "US_DRIVER_LICENSE",
        ("Driver's licence", "DL#", "license no.", "DRIVER LICENSE"),
        ("D123-4567-8901", "S55382910"),
        "driver's license number",
    ),
    Family(
        "plate",
        "VEHICLE_PLATE",
        ("plate", "License plate", "IL tag", "PLATE"),
        ("7XYZ123", "AB 12345"),
        "plate number",
    ),
    Family(
        "policy",
        "MEMBER_ID",
        ("Policy number", "policy #", "Group number", "grp #"),
        ("HX449201", "77120"),
        "policy number",
    ),
    Family(
        "claim",
        "CASE_NUMBER",
        ("Claim", "claim no.", "CLAIM #"),
        ("8841-22093", "CLM-660417"),
        "claim number",
    ),
)

#: Layouts: a format string over {label} and {value} (and {phrase} for sentences).
LAYOUTS: dict[str, str] = {
    "colon": "{label}: {value}",
    "dash": "{label} - {value}",
    "bare": "{label} {value}",
    "line_above": "Identifiers on file\n{label}\n{value}\nverified at intake",
    "parenthesised": "Verified at intake: {value} ({label}).",
    "table_cell": "| Field | Value |\n|---|---|\n| {label} | {value} |\n| Status | open |",
    "csv_header": "status,{label},notes\nopen,{value},verified",
    "sentence": "Per the intake form her {phrase} is {value} and it was verified.",
    "wrapped": "The intake form gives her {phrase} as\n{value} and it was verified.",
    "hash": "{label} #{value}",
    "table_column": "| Status | {label} |\n|---|---|\n| open | {value} |",
    "tsv_header": "status\t{label}\tnotes\nopen\t{value}\tverified",
    "equals": "{label}={value}",
    "em_dash": "{label} \u2014 {value}, confirmed",
    "two_values": "{label}: {value} / {other}",
    "csv_quoted": '"status","{label}","notes"\n"open","{value}","verified"',
}


@dataclass(frozen=True)
class Cell:
    """One text of the matrix and what must hold of it."""

    id: str
    text: str
    entity: str
    #: every value in the text (all of one type)
    values: tuple[str, ...]
    #: words that must survive (the label), or none where the layout folds them away
    kept_words: tuple[str, ...] = ()


def _label_word(label: str) -> str:
    """The label's first word without punctuation: what a recipient needs to read the value."""
    return re.split(r"[^A-Za-z']+", label.strip())[0]


def labelled_cells() -> list[Cell]:
    """Every family in every layout, cycling through its label variants and values, so that
    each variant (lower case, capitals, abbreviation, '#') meets several layouts."""
    cells: list[Cell] = []
    for family in FAMILIES:
        for index, (layout, template) in enumerate(LAYOUTS.items()):
            label = family.labels[index % len(family.labels)]
            value = family.values[index % len(family.values)]
            if layout == "hash":
                label = label.rstrip(" #").removesuffix(" no.").removesuffix(" No.")
            other = family.values[(index + 1) % len(family.values)]
            text = template.format(label=label, value=value, other=other, phrase=family.phrase)
            kept = () if layout in ("sentence", "wrapped") else (_label_word(label),)
            values = (value, other) if layout == "two_values" else (value,)
            cells.append(Cell(f"{family.name}-{layout}", text, family.entity, values, kept))
    cells += [
        Cell(
            "medicaid-two-values",
            "Medicaid: NQ30958812K / CIN XT75201M",
            "MEMBER_ID",
            ("NQ30958812K", "XT75201M"),
            ("Medicaid", "CIN"),
        ),
        Cell(
            "ssn-wrapped-label",
            "Her Social Security\nNumber: 624-38-1075 was checked.",
            "US_SSN",
            ("624-38-1075",),
            ("Social",),
        ),
        Cell(
            "ssn-value-then-label-lower",
            "checked 577-20-4816 (ssn) at intake",
            "US_SSN",
            ("577-20-4816",),
            ("ssn",),
        ),
        Cell(
            "mrn-no-separator",
            "MRN00917735 noted on the chart",
            "MEDICAL_RECORD_NUMBER",
            ("00917735",),
            (),
        ),
        Cell(
            "member-sentence-lower",
            "her member id is zq44180273 per the card",
            "MEMBER_ID",
            ("zq44180273",),
            (),
        ),
    ]
    return cells


#: (id, text, entity, the part that is the finding, the parts that must be gone when the
#: finding is not kept). Dates without year, two-digit years, PO boxes, plates, handles that
#: start with a digit, e-mails and IBANs after an article.
SHAPE_CELLS: tuple[tuple[str, str, str, str], ...] = (
    ("date-month-day", "Seen on 5/28 at the clinic.", "DATE_TIME", "5/28"),
    ("date-weekday", "Visited Tues 5/6 at the clinic.", "DATE_TIME", "5/6"),
    ("date-dotted-short", "Seen 21.5.21 at the clinic.", "DATE_TIME", "21.5.21"),
    ("date-day-month-year", "Seen 5-May-2021 at the clinic.", "DATE_TIME", "5-May-2021"),
    (
        "date-iso-offset",
        "Call logged 2024-03-15T14:30:00+02:00 by intake.",
        "DATE_TIME",
        "2024-03-15T14:30:00+02:00",
    ),
    ("date-two-digit-year", "She finished high school in '92 and moved.", "DATE_TIME", "'92"),
    ("po-box", "Mail goes to PO Box 4417, nothing else.", "STREET_ADDRESS", "PO Box 4417"),
    (
        "po-box-dotted",
        "Mail goes to P.O. Box 882 per her request.",
        "STREET_ADDRESS",
        "P.O. Box 882",
    ),
    ("plate-noted", "Officer noted plate 7XYZ123 on the sedan.", "VEHICLE_PLATE", "7XYZ123"),
    ("plate-state-tag", "The car had IL tag AB 12345 when stopped.", "VEHICLE_PLATE", "AB 12345"),
    ("handle-digit", "She posts as @7brightside most nights.", "SOCIAL_HANDLE", "@7brightside"),
    ("email-one-letter", "Write to a@example.com for records.", "EMAIL_ADDRESS", "a@example.com"),
    (
        "email-after-article",
        "Send it to an ivy.morrow@example.org address.",
        "EMAIL_ADDRESS",
        "ivy.morrow@example.org",
    ),
    ("date-day-first", "Next visit on 28/5 at noon.", "DATE_TIME", "28/5"),
    ("date-weekday-year", "Missed Sat 6/14/25 without a call.", "DATE_TIME", "6/14/25"),
    ("date-two-digit-year-late", "Moved here in '08 with her aunt.", "DATE_TIME", "'08"),
    ("po-box-lower", "mail to po box 3310 only", "STREET_ADDRESS", "po box 3310"),
    ("plate-state-cue", "The van had WA plate BXR-4471 on it.", "VEHICLE_PLATE", "BXR-4471"),
    ("plate-tag-hash", "Noted tag# 8CX4417 at the lot.", "VEHICLE_PLATE", "8CX4417"),
    ("handle-digits-inside", "Messages from @2cool4court daily.", "SOCIAL_HANDLE", "@2cool4court"),
    ("ssn-glued", "SSN412673098 on the form", "US_SSN", "412673098"),
    ("licence-glued-hash", "DL#S55382910 on the form", "US_DRIVER_LICENSE", "S55382910"),
    ("mbi-glued-colon", "MBI:1EG4TE5MK73 on the form", "MEMBER_ID", "1EG4TE5MK73"),
    (
        "iban-after-article",
        "Rent goes to a DE89370400440532013000 account.",
        "IBAN_CODE",
        "DE89370400440532013000",
    ),
)

#: Words of the shape cells that must survive every policy: the article, the cue.
SHAPE_KEPT: dict[str, tuple[str, ...]] = {
    "plate-noted": ("plate",),
    "plate-state-tag": ("tag",),
    "email-after-article": ("an ", "address"),
    "iban-after-article": (" a ", "account"),
    "date-weekday": ("Visited",),
    "plate-state-cue": ("plate",),
    "plate-tag-hash": ("tag",),
}


def shape_cells() -> list[Cell]:
    """The shape cells as `Cell`s."""
    return [
        Cell(id, text, entity, (value,), SHAPE_KEPT.get(id, ()))
        for id, text, entity, value in SHAPE_CELLS
    ]


def all_cells() -> list[Cell]:
    """Every cell of the matrix."""
    return labelled_cells() + shape_cells()


#: A keyed pseudonym ("Person DCB3MO", "Organization C44MLB"): its digits are the key's.
_PSEUDONYM = re.compile(r"\b[A-Z][a-z]+ [A-Z0-9]{6}\b")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_DIGITS = re.compile(r"\d+")


def _tokens(value: str) -> list[str]:
    """The value's letter-or-digit tokens and its letter runs of two or more."""
    tokens = _TOKEN.findall(value)
    letter_runs = [run for token in tokens for run in re.findall(r"[A-Za-z]{2,}", token)]
    return tokens + letter_runs


def _present(token: str, text: str) -> bool:
    """`token` stands in `text` on its own (not inside a longer word or number)."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", text) is not None


def _leaked_digits(value: str, output: str, allowed: str) -> list[str]:
    """Digit runs of the output (two or more) that are pieces of the value's digits and not
    of `allowed` (what the policy lets through)."""
    value_digits = "".join(_DIGITS.findall(value))
    return [
        run
        for run in _DIGITS.findall(output)
        if len(run) >= 2 and run in value_digits and run not in allowed
    ]


def problems(cell: Cell, output: str, policy: Policy) -> list[str]:
    """What the output does other than the policy promises for the cell (empty: all well)."""
    rule = policy.rule_for(cell.entity)
    found: list[str] = []
    if rule.action is not Action.KEEP:
        output = _PSEUDONYM.sub("", output)
    for value in cell.values:
        compact = re.sub(r"\s+", " ", value)
        if rule.action is Action.KEEP:
            if compact not in re.sub(r"\s+", " ", output):
                found.append(f"kept type but value not whole: {value!r}")
            continue
        allowed = ""
        if rule.action is Action.MASK and rule.keep_last:
            allowed = "".join(_TOKEN.findall(value))[-rule.keep_last :]
        elif rule.action is Action.GENERALIZE and cell.entity == "DATE_TIME":
            allowed = _year_of(value)
        leaked = _leaked_digits(value, output, allowed)
        if leaked:
            found.append(f"{rule.action.value}: digits survive {leaked}")
        for token in _tokens(value):
            if token in allowed or token.isdigit() or len(token) < 2:
                continue
            if cell.entity == "EMAIL_ADDRESS" and token in ("com", "org"):
                continue
            if cell.entity == "DATE_TIME" or (cell.entity == "STREET_ADDRESS" and token.isalpha()):
                continue
            if _present(token, output):
                found.append(f"{rule.action.value}: {token!r} survives")
    for word in cell.kept_words:
        if word not in output:
            found.append(f"label/cue {word!r} lost")
    if re.search(r"\[PERSON\]|\bPerson [A-Z0-9]{6}\b", output):
        found.append("a name was found in a text with no name")
    return found


def _year_of(value: str) -> str:
    """The four-digit year a date value holds, or what a two-digit year stands for."""
    four = re.search(r"(?<!\d)(19|20)\d\d(?!\d)", value)
    if four:
        return four.group(0)
    two = re.fullmatch(r"'(\d\d)", value)
    if two:
        return ("19" if int(two.group(1)) > 30 else "20") + two.group(1)
    dotted = re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-](\d\d)", value)
    if dotted:
        return "20" + dotted.group(1)
    return ""
