"""Table columns headed by a label: every cell under "Student ID" is a student id.

Notes written in Markdown, and text pasted from a spreadsheet, put identifiers in a table
whose header names them:

    | Student       | Student ID | Grade |
    |---------------|------------|-------|
    | Brody Van Wyk | 215093     | 10    |

The label and its value are on different lines with other cells in between, so the
label-then-value rule (`labelled.py`) cannot see them together. Here each block of table
lines (cells parted by "|" or by tabs) is read by column: a header cell that is a label
from `labelled.LABELS` (and nothing else) makes each cell under it that holds a value the
identifier of that label's type. Only texts with a table separator are looked at. A table
pasted as comma-separated lines ("status,Student ID,notes" over "open,20391847,verified") is
read the same way when its header has three cells or more and its rows as many commas.

A print-out of a pharmacy or billing system lines its columns up with spaces instead:

    DATE        RX#        DRUG                     QTY
    07/03/25    7703388    SERTRALINE 50MG TAB      30

There a block is a run of lines each holding a gap of two spaces or more, a cell is text
between such gaps, and a row's cell belongs to the header cell that starts at the same
column (a label with a second name after a slash, "Cheque/Ref", is that label; a cell may
open with the number sign, "#3318"). A header that is a word with a number sign ("RX#",
"ACCT #", "CLAIM NO.") makes each cell under it that looks like a reference (five digits,
or letters with digits) an ID_NUMBER, as "Rx# 7703388" on one line is
(`redact.detect.marked_numbers`).
"""

from __future__ import annotations

import re

from redact.detect.label_cells import label_cell
from redact.detect.labelled import LABEL, Labelled, value_at

#: A Markdown header rule row: "|---|:---:|".
_RULE_ROW = re.compile(r"[\s|:\-]+")


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line text[start:end], white space trimmed."""
    line = text[start:end]
    bounds = []
    position = 0
    for part in line.split(separator):
        cell_start = start + position
        cell_end = cell_start + len(part)
        position += len(part) + 1
        while cell_start < cell_end and text[cell_start].isspace():
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1].isspace():
            cell_end -= 1
        quoted = cell_end - cell_start >= 2 and text[cell_start] == text[cell_end - 1] == '"'
        if separator == "," and quoted:  # a quoted CSV cell: "KT48205917R"
            cell_start, cell_end = cell_start + 1, cell_end - 1
        bounds.append((cell_start, cell_end))
    if separator == "|" and line.strip().startswith("|"):
        bounds = bounds[1:]
    if separator == "|" and line.strip().endswith("|"):
        bounds = bounds[:-1]
    return bounds


def _blocks(text: str, separator: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive lines that hold `separator`, as (start, end) of each line."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if separator in line:
            current.append((position, end))
        elif current:
            blocks.append(current)
            current = []
        position = end + 1
    if current:
        blocks.append(current)
    return [block for block in blocks if len(block) > 1]


#: A comma table needs this many cells on its header line: two commas, so that a sentence
#: with one comma ("SSN, then the card") is never read as a header.
MIN_CSV_COLUMNS = 3


def _csv_blocks(text: str, blocks: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Comma-separated tables pasted into a note ("status,Student ID,notes" over its rows):
    a header line of at least three cells and no digit, and the lines under it with as many
    commas. Prose runs of lines with commas seldom keep one count, and a header cell must
    still be a label and nothing else (`_header_types`)."""
    tables = []
    for block in blocks:
        header = text[block[0][0] : block[0][1]]
        commas = header.count(",")
        if commas + 1 < MIN_CSV_COLUMNS or any(ch.isdigit() for ch in header):
            continue
        rows = [block[0]]
        for line in block[1:]:
            if text.count(",", *line) != commas:
                break
            rows.append(line)
        if len(rows) > 1:
            tables.append(rows)
    return tables


def _header_types(text: str, lowered: str, header: list[tuple[int, int]]) -> dict[int, str]:
    """Column index -> entity type, for header cells that are a label and nothing else."""
    types = {}
    for index, (start, end) in enumerate(header):
        label = LABEL.match(lowered, start, end)
        if label is None or label.end() != end:
            # a header that closes on its marker ("license no.") or opens with the state
            # that issued a plate ("IL tag"), or two labels ("Incident report #")
            cell = label_cell(lowered, start, end)
            if cell is not None:
                types[index] = cell.entity_type
            continue
        group = next(
            name for name, value in label.groupdict().items() if value and name != "marker"
        )
        types[index] = group.rsplit("__", 1)[0]
    return types


def column_values(text: str) -> list[Labelled]:
    """Every value in a table column whose header is a label."""
    found: list[Labelled] = []
    lowered = text.lower()
    if len(lowered) != len(text):
        return found
    for separator in ("|", "\t", ","):
        if separator not in text:
            continue
        blocks = _blocks(text, separator)
        if separator == ",":
            blocks = _csv_blocks(text, blocks)
        for block in blocks:
            header = _cells(text, *block[0], separator)
            types = _header_types(text, lowered, header)
            if not types:
                continue
            for line_start, line_end in block[1:]:
                if _RULE_ROW.fullmatch(text, line_start, line_end):
                    continue
                row = _cells(text, line_start, line_end, separator)
                for index, entity_type in types.items():
                    if index >= len(row):
                        continue
                    start, end = row[index]
                    if value_at(text, start) == end:
                        found.append(Labelled(*header[index], start, end, entity_type))
    if _GAP in text:
        found += fixed_width_values(text, lowered)
    return found


#: Two spaces or more: the gap between the columns of a fixed-width table.
_GAP = "  "
#: A cell of a fixed-width line: words parted by single spaces.
_FIXED_CELL = re.compile(r"\S+(?: \S+)*")
#: A header cell naming a number by its sign: "rx#", "acct #", "claim no." (lower-cased).
_NUMBER_HEADER = re.compile(r"[a-z][a-z]*(?: [a-z]+)?[ ]?(?:#|no\.)")
#: A cell under such a header that is a reference, not a count or a quantity.
_REFERENCE = re.compile(r"\d{5}|[A-Za-z].*\d|\d.*[A-Za-z]")
#: The rest of a header cell that gives its column a second name: "Cheque/Ref", "Acct/Card".
_OTHER_NAME = re.compile(r"[ ]?/[ ]?[a-z]+\.?")
#: A fixed-width block needs this many cells on its header line.
MIN_FIXED_COLUMNS = 3


def _fixed_blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more consecutive lines that each hold a gap of two spaces."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if _GAP in line.strip():
            current.append((position, end))
        else:
            if len(current) > 1:
                blocks.append(current)
            current = []
        position = end + 1
    if len(current) > 1:
        blocks.append(current)
    return blocks


def _fixed_cells(text: str, start: int, end: int) -> dict[int, tuple[int, int]]:
    """Column -> (start, end) of each cell of a fixed-width line."""
    return {
        m.start(): (start + m.start(), start + m.end())
        for m in _FIXED_CELL.finditer(text[start:end])
    }


def _header_types_fixed(lowered: str, header: dict[int, tuple[int, int]]) -> dict[int, str]:
    """Column -> entity type ("" for a number sign) of the header cells of a fixed-width line."""
    types: dict[int, str] = {}
    for column, (start, end) in header.items():
        label = LABEL.match(lowered, start, end)
        if label is not None and (
            label.end() == end or _OTHER_NAME.fullmatch(lowered, label.end(), end)
        ):
            types[column] = next(
                n for n, v in label.groupdict().items() if v and n != "marker"
            ).rsplit("__", 1)[0]
        elif _NUMBER_HEADER.fullmatch(lowered, start, end):
            types[column] = ""
    return types


def fixed_width_values(text: str, lowered: str) -> list[Labelled]:
    """Every value in a fixed-width table column whose header is a label or a number sign."""
    found: list[Labelled] = []
    for block in _fixed_blocks(text):
        header: dict[int, tuple[int, int]] = {}
        types: dict[int, str] = {}
        for line_start, line_end in block:  # a title line may open the block
            row = _fixed_cells(text, line_start, line_end)
            # a header names its columns without numbers; a row's "MEDICAID" is a value
            header_like = len(row) >= MIN_FIXED_COLUMNS and not any(
                c.isdigit() for c in text[line_start:line_end]
            )
            typed = _header_types_fixed(lowered, row) if header_like else {}
            if typed:
                header, types = row, typed
                continue
            for column, entity_type in types.items():
                if column not in row:
                    continue
                start, end = row[column]
                if entity_type and text.startswith("#", start):
                    start += 1  # "#3318" under "Cheque/Ref": the number, not its sign
                if value_at(text, start) != end:
                    continue
                if entity_type or _REFERENCE.search(text, start, end):
                    found.append(Labelled(*header[column], start, end, entity_type or "ID_NUMBER"))
    return found


def table_blocks(text: str, separator: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more consecutive lines holding `separator`: (start, end) of each line."""
    return _blocks(text, separator)


def table_cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line text[start:end], white space trimmed."""
    return _cells(text, start, end, separator)
