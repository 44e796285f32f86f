"""A value followed by its label in parentheses: "412673098 (SSN)", "24-JV-3391 (Docket No.)".

Forms and letters name an identifier after it as often as before it: "Verified: 2024-CF-00123
(case #)", "ID on file 1EG4-TE5-MK73 (Medicare Beneficiary Identifier)". The label-then-value
rule (`labelled.py`) reads only forwards, so such a value was left to the other recognizers,
which found it whole with the wrong type (a case number masked as an account, a Medicaid
number a court keeps whole masked), in pieces, or not at all, and took the label words in the
brackets for an organisation ("([ORGANIZATION]'s licence)").

Here a bracket that holds labels from `labelled.LABELS` and nothing else (`label_cells`:
markers such as "#", "no.", "number", "ID" allowed) makes the value right before it the
identifier of the last label's type. A weak label ("account", "policy", "member",
"incident") needs its marker, or the value must look like a reference (letters with
digits, a dash, five digits): "$400 (rent)" and "Room 12 (intake)" are no identifiers. Only
brackets are looked at, so the step costs nothing on a text without them.
"""

from __future__ import annotations

import re

from redact.detect.label_cells import label_cell
from redact.detect.labelled import LABEL, Labelled, value_at

#: A bracket of up to 48 characters on one line, right after a value and a space or none.
_BRACKET = re.compile(r"(?<=[A-Za-z0-9])[ \t]?\(([^()\n]{2,48})\)")
#: What a weak label's value must look like without a marker (as in `labelled.py`).
_REFERENCE_LIKE = re.compile(r"[\-/]|[A-Za-z].*\d|\d.*[A-Za-z]|\d{5}")
#: How far back a value may start before its bracket: groups such as "529 81 4076".
_REACH = 32
#: Where a value may begin: after a space, a line start or punctuation that is no part of it.
_VALUE_START = re.compile(r"(?<![A-Za-z0-9\-./])[A-Za-z0-9]")
#: An ICD-10 code ("F90.2") before "(client)" is a diagnosis, never a number.
_DIAGNOSIS_CODE = re.compile(r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?")


def _value_before(text: str, lowered: str, end: int) -> int | None:
    """The start of the value that ends at `end`, the furthest back that is one value and
    does not open with a label ("DL S55382910 (Driver's licence)": the value is after "DL")."""
    for candidate in _VALUE_START.finditer(text, max(0, end - _REACH), end):
        start = candidate.start()
        if "\n" in text[start:end] or LABEL.match(lowered, start) is not None:
            continue
        if value_at(text, start) == end:
            return start
    return None


def parenthesised_values(text: str) -> list[Labelled]:
    """Every value followed by a bracket that holds its label, with the value's type."""
    if "(" not in text:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    found: list[Labelled] = []
    for bracket in _BRACKET.finditer(text):
        typed = label_cell(lowered, bracket.start(1), bracket.end(1))
        if typed is None:
            continue
        entity_type, marked = typed.entity_type, typed.marked
        end = bracket.start()
        start = _value_before(text, lowered, end)
        if start is None or _DIAGNOSIS_CODE.fullmatch(text, start, end):
            continue
        if not marked and _REFERENCE_LIKE.search(text, start, end) is None:
            continue
        found.append(Labelled(bracket.start(1), bracket.end(1), start, end, entity_type))
    return found


def with_bracketed(text: str, labelled: list[Labelled]) -> list[Labelled]:
    """`labelled` with the bracketed values added; a bracket's label wins over a label read
    before the value ("Verified at intake: 2024-CF-00123 (case #)" is a case number, not an
    intake's), since the bracket is written to name that value alone."""
    bracketed = parenthesised_values(text)
    if not bracketed:
        return labelled
    kept = [
        item
        for item in labelled
        if not any(item.start < other.end and other.start < item.end for other in bracketed)
    ]
    return kept + bracketed
