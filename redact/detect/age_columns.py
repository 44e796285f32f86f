"""Ages in a table column headed "Age": every number under the header is a person's age.

A household table, a kinship home study or a roster puts ages in a column of their own:

    | Name              | Relation    | Age |
    |-------------------|-------------|-----|
    | Harper Wisniewski | daughter    | 7   |
    | Stanley Wisniewski| grandfather | 92  |

The number carries no cue of its own ("age", "y/o"), so the age recognizer cannot see it,
and a policy that aggregates ages over 89 (Safe Harbor: "90+") or puts them in bands
(consultation) left "92" and "7" as written. Here each block of table lines (cells parted
by "|" or by tabs, `redact.detect.label_columns`) is read by column: under a header cell
that says age and nothing else ("Age", "Age (yrs)", "Current age"), a cell that is an age
(a number up to 129, with an optional unit: "7", "6 yrs", "2 y/o", "11 mo") is an AGE
finding on its number. The policy's AGE rule then keeps, bands or top-codes it like any
other age.
"""

from __future__ import annotations

import regex as re

from redact.detect.label_columns import table_blocks, table_cells
from redact.findings import Finding

SOURCE = "AgeColumn"
SCORE = 0.85
#: A header cell that names an age column.
_HEADER = re.compile(
    r"(?i:(?:current[ \t]+|approx\.?[ \t]+)?age(?:[ \t]*\((?:yrs?|years|y)\))?|yrs?|years[ \t]+old)"
)
#: A cell that is an age: the number (group 1) and an optional unit.
_CELL = re.compile(
    r"(1[0-2]\d|[1-9]?\d)(?:[ \t]*(?i:y/o|yo|yrs?|years?|mos?|months?|wks?|weeks?)\.?)?"
)


def age_column_findings(text: str) -> list[Finding]:
    """An AGE finding for each age in a table column headed by an age label."""
    if "\t" not in text and "|" not in text:
        return []
    found: list[Finding] = []
    for separator in ("|", "\t"):
        if separator not in text:
            continue
        for block in table_blocks(text, separator):
            header = table_cells(text, *block[0], separator)
            columns = [i for i, (s, e) in enumerate(header) if _HEADER.fullmatch(text, s, e)]
            if not columns:
                continue
            for line_start, line_end in block[1:]:
                row = table_cells(text, line_start, line_end, separator)
                for index in columns:
                    if index >= len(row):
                        continue
                    match = _CELL.fullmatch(text, *row[index])
                    if match is not None:
                        start, end = match.span(1)
                        found.append(Finding(start, end, "AGE", SCORE, source=SOURCE))
    return found
