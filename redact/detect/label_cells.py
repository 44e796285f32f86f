"""Whether a short stretch of text is a label and nothing else: a table's header cell, a
bracket after a value.

A header cell or a bracket names its value by itself, so it is read whole: "Docket No.",
"Incident report no.", "Medicare Beneficiary Identifier", "license no.", "IL tag". The
label-then-value rule (`labelled.py`) reads a label's marker only when something follows it
("no." before a space or a colon), and a state that issued a plate stands before the label
word; here the stretch ends where the cell or the bracket ends, so a closing "no.", "#" or
"number" is the marker, a leading state's postal code belongs to the label, and two labels in
a row ("Incident report") are one label of the last one's type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.detect.labelled import LABEL
from redact.detect.state_codes import STATE_CODES

_STATES = frozenset(code.casefold() for code in STATE_CODES)
#: A marker that closes the stretch: "no.", "#", "number", "num" (lower-cased).
_CLOSING_MARKER = re.compile(r"[ \t]*(?:nos?\.?|#|numbers?|num\.?|nbr\.?)[ \t.]*$")
#: A state's postal code and a space before the label: "il tag", "tx plate".
_STATE_PREFIX = re.compile(r"([a-z]{2})[ \t]+")
_BETWEEN = re.compile(r"[ \t]+")
_END = re.compile(r"[ \t.:]*")


@dataclass(frozen=True)
class LabelCell:
    """The type a stretch names, and whether it was strong or marked (a weak label with no
    marker, "(policy)", names a value only if the value looks like a reference)."""

    entity_type: str
    marked: bool


def label_cell(lowered: str, start: int, end: int) -> LabelCell | None:
    """The label lowered[start:end] is, whole, or None if anything else is in it."""
    closing = _CLOSING_MARKER.search(lowered, start, end)
    marked = False
    if closing is not None and closing.start() > start:
        end, marked = closing.start(), True
    state = _STATE_PREFIX.match(lowered, start, end)
    stated = state is not None and state.group(1) in _STATES
    if state is not None and stated:
        start = state.end()
    entity_type = ""
    position = start
    while position < end:
        label = LABEL.match(lowered, position, end)
        if label is None:
            return None
        group = next(
            name for name, value in label.groupdict().items() if value and name != "marker"
        )
        entity_type, strength = group.rsplit("__", 1)
        marked = marked or strength == "s" or bool(label.group("marker"))
        tail = _END.match(lowered, label.end(), end)
        if tail is not None and tail.end() == end:
            if stated and entity_type != "VEHICLE_PLATE":
                return None  # "in case", "me ssn": a state's code only issues a plate
            return LabelCell(entity_type, marked)
        gap = _BETWEEN.match(lowered, label.end(), end)
        if gap is None:
            return None
        position = gap.end()
    return None
