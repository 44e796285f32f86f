"""A labelled value is the identifier its label names, whole, and nothing else claims it.

Records write identifiers after a label: "SSN: 458-21-7736", "Medicaid ID #: 538217604",
"Student ID 215093", "SWI intake #84102377", a table row "| MRN | 00482913 |", or the label
on one line and the number on the next. Left to the other recognizers, such a value comes
out in pieces or with the wrong type: an SSN the checksum rules refuse is found as a phone
number, "078" of an SSN as a house number, a Medicaid number as a date, and the label
itself as a name ("[PERSON] 215093"). A policy that masks SSNs to their last four digits or
keeps case numbers then does the wrong thing with the value.

So, after the recognizers have run, every label from `LABELS` followed by a value is
settled here: the value becomes one finding of the label's type with a high score, every
other finding loses the characters of the value, and no finding may claim the label words
("Social Security", "Medicaid CIN", "Student ID" are not names or organisations). A value
holds at least one digit and four letters or digits; it may have a state or letter prefix
("NY 66120457Q", "NLV 6082"), inner dashes, dots and slashes, and short groups joined by
single spaces ("078 05 1120", "WX-55 120 88"). Dates and times are never values.

One pass of a compiled alternation finds the labels; the value is matched only right after
each one, so the cost is that of one regular expression over the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from redact.findings import Finding

SOURCE = "LabelledValue"
SCORE = 0.9

#: Entity type -> label words, most specific first. "Weak" labels (ordinary words such as
#: "case", "policy", "report") need a marker ("#", "no.", "ID", a colon, a line break) or a
#: value that looks like a reference; strong labels (abbreviations such as "SSN", "MRN")
#: take any value.
LABELS: dict[str, tuple[str, str]] = {
    # type: (strong labels, weak labels)
    "US_SSN": (
        r"ssn|ss(?=[ \t]*#)|social[ \t]+security|soc\.?[ \t]*sec\.?",
        r"",
    ),
    "MEMBER_ID": (
        r"mbi|hicn|cin",
        r"medicaid|medicare|medi-cal|masshealth|tenncare|soonercare|badgercare|tricare"
        r"|champva|chip|member(?:ship)?|subscriber|policy|group|beneficiary|recipient|insurance|insured"
        r"|plan|coverage|benefits?|ebt|snap",
    ),
    "MEDICAL_RECORD_NUMBER": (
        r"mrn|mr(?=[ \t]*#)|med\.?[ \t]*rec\.?|medical[ \t]+records?|health[ \t]+records?",
        r"chart|patient(?:[ \t]+account)?|hospital|encounter|admission",
    ),
    "US_BANK_NUMBER": (
        r"acct|a/c|bank[ \t]+account|routing",
        r"account|checking|savings",
    ),
    "US_DRIVER_LICENSE": (
        r"dl|d/l|driver['’]?s?[ \t]+licen[cs]e|drivers?[ \t]+lic\.?|state[ \t]+id",
        r"licen[cs]e|lic\.",
    ),
    "VEHICLE_PLATE": (
        r"(?:licen[cs]e[ \t]+)?plates?|vehicle[ \t]+registration|tag(?=[ \t]*(?:#|no|number))",
        r"",
    ),
    "REPORT_NUMBER": (
        r"",
        r"intake|incident|(?:police[ \t]+|cps[ \t]+|aps[ \t]+)?reports?|complaint|hotline"
        r"|referral|claim|ticket|citation",
    ),
    "ID_NUMBER": (
        r"(?:local[ \t]+|state[ \t]+)?student|unique|tsds|peims|sasid|ssid|lasid|osis|pid"
        r"|inmate|booking|tdcj|badge|employee|i\.d\.|id",
        r"identification|person",
    ),
    "CASE_NUMBER": (
        r"docket",
        r"case|cases|cause|petition|file|matter|index|application|client|court",
    ),
}

#: What may follow a label word before the glue: "no.", "#", "number", "ID", "card no.".
_MARKER = (
    r"(?:[ \t]*\(?[ \t]*(?:number|num|nbr|nos?\.?(?=[ \t#:])|n[°º]|\#|id\b|i\.d\.|ident"
    r"(?:ifier|ification)?|card|code)\.?)"
)

_LABEL_GROUPS = []
for _type, (_strong, _weak) in LABELS.items():
    if _strong:
        _LABEL_GROUPS.append(rf"(?P<{_type}__s>{_strong})")
    if _weak:
        _LABEL_GROUPS.append(rf"(?P<{_type}__w>{_weak})")
#: A label: a label word on a word boundary, then any markers.
LABEL = re.compile(
    rf"(?<![\w\-/])(?:{'|'.join(_LABEL_GROUPS)})(?![\w\-])(?P<marker>{_MARKER}*)",
    re.IGNORECASE,
)

#: Between a label and its value: spaces, ":", "=", "#", "|" (a table cell), "is", markdown
#: emphasis, and at most one line break (the value on the next line).
_GLUE = re.compile(
    r"(?:[ \t]+|[:=#|(]|\*{1,3}|_{1,3}|-(?=[ \t])|(?<=[ \t])(?:is|was|reads)(?=[ \t]))*"
    r"(?:\r?\n[ \t]*(?:\|[ \t]*)?)?",
    re.IGNORECASE,
)
_STRONG_GLUE = re.compile(r"[:=#|\n\t]")

#: A value, case-sensitive: an optional capital-letter prefix ("NY ", "NLV "), short groups
#: joined by single spaces ("078 05 "), then one token; never a date or a time.
_VALUE = re.compile(
    r"(?!\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?![\w/\-])|(?:19|20)\d\d-\d\d-\d\d(?!\w)"
    r"|\d{1,2}:\d\d|\d+(?:st|nd|rd|th)\b)"
    r"(?:[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,5})?[ ](?=[A-Z]{0,3}\d)(?!\d+(?:st|nd|rd|th)\b))*"
    r"[A-Z0-9](?:[A-Za-z0-9]|[\-./](?=[A-Za-z0-9]))*(?![\w\-/])"
)
#: What after a value makes it a count, a measure or a time, not an identifier.
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|percent|years?\b|yrs?\b|y/?o\b|months?\b|days?\b|hours?\b|hrs?\b|minutes?\b"
    r"|mins?\b|am\b|pm\b|a\.m\.|p\.m\.|mg\b|ml\b|times\b|students\b|people\b|dollars\b)",
    re.IGNORECASE,
)
_REFERENCE_LIKE = re.compile(r"[\-/]|[A-Za-z].*\d|\d.*[A-Za-z]|\d{5}")
_MAX_GLUE = 24
#: An ICD-10 code ("F90.2", "Z62.810"): meaning that must survive, not a plan's number.
_DIAGNOSIS_CODE = re.compile(r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?")


def _bare_reference(text: str, glue_start: int, start: int, end: int) -> bool:
    """After an ordinary word with no marker, only one token that looks like a reference.

    "Case 2024-00123" and "plate NLV 6082" are identifiers; "504 plan (ADHD F90.2)" is a
    diagnosis in brackets and "report 2 times" a count.
    """
    value = text[start:end]
    if "(" in text[glue_start:start]:
        return False
    if " " in value and not re.fullmatch(r"[A-Z]{1,3} \d{3,5}", value):
        return False  # a spaced value needs a marker, but for a plate ("NLV 6082")
    return _REFERENCE_LIKE.search(value) is not None


@dataclass(frozen=True)
class Labelled:
    """One label and its value: offsets and the type the label names, no text."""

    label_start: int
    label_end: int
    start: int
    end: int
    entity_type: str


def _alnum_count(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if ch.isalnum())


def labelled_values(text: str) -> list[Labelled]:
    """Every label in `text` that a value follows, with the value's span and type."""
    found: list[Labelled] = []
    previous: tuple[int, int] = (-1, -1)  # a label just before, with no value of its own
    for label in LABEL.finditer(text):
        label_start = label.start()
        if previous[1] >= 0 and not text[previous[1] : label_start].strip(" \t"):
            label_start = previous[0]  # "Medicaid CIN", "TSDS Unique ID", "JPD Referral #"
        previous = (label_start, label.end())
        group = next(
            name for name, value in label.groupdict().items() if value and name != "marker"
        )
        entity_type, strength = group.rsplit("__", 1)
        glue = _GLUE.match(text, label.end(), min(len(text), label.end() + _MAX_GLUE))
        start = glue.end() if glue else label.end()
        value = _VALUE.match(text, start)
        if value is None or value.end() == value.start():
            continue
        end = value.end()
        if (
            _alnum_count(text, start, end) < 4
            or not any(ch.isdigit() for ch in text[start:end])
            or _UNIT_AFTER.match(text, end)
        ):
            continue
        marked = bool(label.group("marker")) or bool(_STRONG_GLUE.search(text, label.end(), start))
        if strength == "w" and (
            _DIAGNOSIS_CODE.fullmatch(text, start, end)
            or (not marked and not _bare_reference(text, label.end(), start, end))
        ):
            continue
        found.append(Labelled(label_start, label.end(), start, end, entity_type))
        previous = (-1, -1)
    return found


def _pieces(text: str, finding: Finding, cuts: Sequence[tuple[int, int]]) -> list[Finding]:
    """What is left of `finding` outside `cuts`, trimmed; pieces with no letter or digit go."""
    spans = [(finding.start, finding.end)]
    for cut_start, cut_end in cuts:
        next_spans = []
        for start, end in spans:
            if cut_end <= start or end <= cut_start:
                next_spans.append((start, end))
                continue
            if start < cut_start:
                next_spans.append((start, cut_start))
            if cut_end < end:
                next_spans.append((cut_end, end))
        spans = next_spans
    if spans == [(finding.start, finding.end)]:
        return [finding]
    kept = []
    for start, end in spans:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start:
            kept.append(
                Finding(start, end, finding.entity_type, finding.score, finding.action,
                        finding.source, finding.group, finding.is_subject)
            )  # fmt: skip
    return kept


def settle_labelled(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with every labelled value found whole and nothing else on it or its label."""
    labelled = labelled_values(text)
    if not labelled:
        return list(findings)
    cuts = sorted(
        [(item.label_start, item.label_end) for item in labelled]
        + [(item.start, item.end) for item in labelled]
    )
    settled: list[Finding] = []
    for finding in findings:
        touching = [c for c in cuts if c[0] < finding.end and finding.start < c[1]]
        settled += _pieces(text, finding, touching) if touching else [finding]
    settled += [
        Finding(item.start, item.end, item.entity_type, SCORE, source=SOURCE) for item in labelled
    ]
    return settled
