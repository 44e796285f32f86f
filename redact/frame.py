"""Redacting a DataFrame: its text columns, and every other column by its kind.

The caller's DataFrame is never modified: records staff often run a release twice with
different policies over the same export. Rows go through the Redactor as one stream, so the
model sees them in `nlp.pipe` batches rather than one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from redact.documents.column_kinds import KindGuess, parse_declarations
from redact.documents.column_plan import column_kinds as kinds_of
from redact.documents.column_plan import table_plan, unknown_columns
from redact.errors import ColumnKindError, TableColumnError
from redact.policy.columns import ColumnKind, refuses_unknown, staff_column
from redact.policy.loader import LoadedPolicy
from redact.result import RedactionResult
from redact.transform.columns import govern_frame

if TYPE_CHECKING:
    from redact.redactor import Redactor

_SUBJECT_SEPARATOR = re.compile(r"\s*[;|]\s*")


def split_subjects(cell: object) -> tuple[str, ...]:
    """A subject cell ("Maria Alvarez; Mari") as a tuple of names."""
    if not isinstance(cell, str) or not cell.strip():
        return ()
    return tuple(n for n in _SUBJECT_SEPARATOR.split(cell.strip()) if n)


def is_missing(value: object) -> bool:
    """True for a cell with no text to redact (None, NaN, empty or blank)."""
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


@dataclass(frozen=True)
class CellResult:
    """The redaction of one cell, with its row position and column."""

    row: int
    column: str
    result: RedactionResult


def redact_cells(
    frame: pd.DataFrame,
    columns: Sequence[str],
    redactor: Redactor,
    subject_column: str | None = None,
    default_subject: Sequence[str] = (),
) -> Iterator[CellResult]:
    """Redact every non-missing cell of `columns`, row by row, in one stream."""
    missing = [
        c for c in [*columns, *([subject_column] if subject_column else [])] if c not in frame
    ]
    if missing:
        raise TableColumnError(f"missing column(s): {', '.join(missing)}")
    cells: list[tuple[int, str]] = []
    pairs: list[tuple[str, tuple[str, ...]]] = []
    for position in range(len(frame)):
        subject = (
            split_subjects(frame[subject_column].iat[position])
            if subject_column
            else tuple(default_subject)
        )
        for column in columns:
            value = frame[column].iat[position]
            if not is_missing(value):
                cells.append((position, column))
                pairs.append((str(value), subject))
    staff = [c for c in frame.columns if staff_column(str(c)) and c not in columns]
    for column in staff:  # "Okonkwo-Baptiste R" in `author`: her name in a note is staff's
        for value in frame[column]:
            if not is_missing(value):
                redactor.roles.remember_staff(str(value))
    for (position, column), result in zip(cells, redactor.redact_pairs(pairs), strict=True):
        yield CellResult(position, column, result)


def redact_frame(
    df: pd.DataFrame,
    columns: Sequence[str] = ("text",),
    policy: str | Path | LoadedPolicy = "social-media",
    subject_column: str | None = None,
    redactor: Redactor | None = None,
    column_kinds: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """A copy of `df` with the text `columns` redacted and every other column governed by
    its kind (`column_kinds` declares kinds by name; the rest are inferred), as
    `redact batch` does; missing cells stay missing. Raises `ColumnKindError` for columns
    of unknown kind under a policy that refuses them."""
    if redactor is None:
        from redact.redactor import Redactor  # the model loads only when it is needed

        redactor = Redactor(policy)
    roles = {c: KindGuess(ColumnKind.TEXT) for c in columns}
    if subject_column and subject_column not in roles:
        roles[subject_column] = KindGuess(ColumnKind.PERSON, "PERSON")
    declared = parse_declarations(f"{c}={k}" for c, k in (column_kinds or {}).items())
    kinds = kinds_of(df, roles, declared)
    unknown = unknown_columns(kinds)
    if unknown and refuses_unknown(redactor.policy):
        raise ColumnKindError(
            f"policy {redactor.policy.name} refuses columns of unknown kind: "
            f"{', '.join(unknown)}; declare them with column_kinds={{COLUMN: KIND}}"
        )
    plan = table_plan(kinds, redactor.policy)
    subjects = [split_subjects(cell) for cell in df[subject_column]] if subject_column else []
    governed = govern_frame(df, plan.plans, redactor.key, subjects)
    return with_cells(
        governed,
        {
            (c.row, c.column): c.result.text
            for c in redact_cells(df, plan.redacted_columns, redactor, subject_column)
        },
    )


def with_cells(frame: pd.DataFrame, texts: dict[tuple[int, str], str]) -> pd.DataFrame:
    """A deep copy of `frame` with the cells at (row position, column) replaced."""
    out = frame.copy(deep=True)
    for column in {column for _, column in texts}:
        values = out[column].tolist()
        for (row, name), text in texts.items():
            if name == column:
                values[row] = text
        out[column] = pd.Series(values, index=out.index, dtype=object)
    return out
