"""An officer's badge and a patrol unit's call sign, written without a label word.

Police hand-off forms and crisis notes number officers and cars as radio traffic does:
"Ofc. B. Kessinger #4417 (unit 2B14)", "SGT. R. ABERNATHY-COLE #1876", "OFC SIGNATURE:
______ KESSINGER #4417", "UNIT: 2B22", "transported by Orlando PD unit 2B14". A badge
number finds the officer and a unit number the shift and the car, as surely as the name.
`marked_numbers.py` takes a "#" only before a reference (five digits, or letters with
digits), since "#3" and "room #204" are counts and places; `labelled.py` knows "badge"
but not a rank. So:

- "#" and two to six digits after an officer's rank and the rest of its line (the name,
  "SIGNATURE: ______ KESSINGER"), with no other number between: the badge;
- "badge" and two to six digits, whatever stands before it ("Sgt. Lindqvist, badge 417");
- "unit" and a call sign of digits and letters mixed ("2B14", "1A22", "K9-3") after
  police words on the line or the line before ("PD", "police", "sheriff", "Ofc.",
  "transported"); an apartment's "Unit 3B" has no digits after its letter and no police.

Both are `ID_NUMBER`, the type "badge" already gives: another system's id, removed by
every policy (a court reads the officer's name, not the number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.labelled import Labelled

KIND = "ID_NUMBER"

#: A rank, then the rest of the line up to a "#" and its digits: group `v` is the number.
_BADGE = re.compile(
    r"\b(?i:ofc|officer|sgt|sergeant|deputy|dep|det|detective|cpl|corporal|lt|lieutenant"
    r"|trooper|tpr|patrolman|patrolwoman|inv|investigator)\b\.?"
    r"(?P<gap>[^\n#\d]{1,48}?)[ \t]*,?[ \t]*(?P<mark>#|(?i:no\.))[ \t]*(?P<v>\d{2,6})(?![\w\-/])"
)
#: "badge" and its number, however short: "(Sgt. Lindqvist, badge 417)", "Badge: 88", "badge
#: no. 312". `labelled.py` takes a label's value from four characters up, and a badge of a
#: small department has two or three digits; after "badge" they are never a count.
_BADGE_WORD = re.compile(
    r"\b(?i:badge)[ \t]*(?:(?:#|(?i:no\.?|number|num))[ \t]*)?:?[ \t]*(?P<v>\d{2,6})(?![\w\-/.:])"
)
#: Police words that make a "unit" a patrol car.
_POLICE = re.compile(
    r"\b(?:PD|(?i:police|sheriff|sheriff's|deputy|deputies|ofc|officer|sgt|trooper|patrol"
    r"|transport(?:ed|ing)?|dispatch(?:ed)?|squad|cruiser|leo))\b"
)
#: "unit" and a call sign: digits and letters mixed, as dispatch writes them.
_UNIT = re.compile(
    r"\b(?i:unit)[ \t]*(?:#|:)?[ \t]*"
    r"(?P<v>\d{1,3}[A-Za-z]{1,2}\d{1,3}|[A-Za-z]{1,2}\d{1,2}-\d{1,3}|[A-Za-z]\d{2,4})(?![\w\-/])"
)
#: How far before "unit" a police word may stand: its line and the one before.
_POLICE_REACH = 160


def police_values(text: str, labelled: Sequence[Labelled] = ()) -> list[Labelled]:
    """Badge numbers after a rank and call signs after "unit" that no label holds yet."""
    lowered = text.casefold()
    if (
        "unit" not in lowered and "#" not in text and "no." not in lowered
        and "badge" not in lowered
    ):  # fmt: skip
        return []
    taken = [(item.start, item.end) for item in labelled]
    found: list[Labelled] = []

    def add(label_start: int, start: int, end: int) -> None:
        if not any(s < end and start < e for s, e in taken):
            found.append(Labelled(label_start, start, start, end, KIND))
            taken.append((start, end))

    for m in _BADGE.finditer(text):
        add(m.start("mark"), m.start("v"), m.end("v"))
    for m in _BADGE_WORD.finditer(text):
        add(m.start(), m.start("v"), m.end("v"))
    for m in _UNIT.finditer(text):
        own_line = text.rfind("\n", 0, m.start())
        line_before = text.rfind("\n", 0, own_line) if own_line > 0 else -1
        window = text[max(line_before + 1, m.start() - _POLICE_REACH) : m.end()]
        if _POLICE.search(window):
            add(m.start(), m.start("v"), m.end("v"))
    return found
