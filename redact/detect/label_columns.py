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
identifier of that label's type. Only texts with a table separator are looked at.
"""

from __future__ import annotations

import re

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


def _header_types(text: str, lowered: str, header: list[tuple[int, int]]) -> dict[int, str]:
    """Column index -> entity type, for header cells that are a label and nothing else."""
    types = {}
    for index, (start, end) in enumerate(header):
        label = LABEL.match(lowered, start, end)
        if label is None or label.end() != end:
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
    for separator in ("|", "\t"):
        if separator not in text:
            continue
        for block in _blocks(text, separator):
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
    return found


def table_blocks(text: str, separator: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more consecutive lines holding `separator`: (start, end) of each line."""
    return _blocks(text, separator)


def table_cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line text[start:end], white space trimmed."""
    return _cells(text, start, end, separator)
