"""A table's plan: each column's kind (given, declared or inferred) and the policy's action.

Pure and shared by the batch runner (`pipelines.columns`, which adds the table options'
roles and refuses unknown columns before any work) and `redact_frame`, so a DataFrame
redacted in a notebook is governed column by column exactly as a batch export is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from redact.documents.column_kinds import KindGuess, infer_kind
from redact.errors import ColumnKindError
from redact.policy.columns import ColumnAction, ColumnKind, ColumnPlan, plan_column
from redact.policy.model import Policy

#: Rows read from the start of a table to infer the kinds of undeclared columns.
SAMPLE_ROWS = 200
DECLARE_HINT = (
    "declare them with --column-kind COLUMN=KIND or --columns FILE "
    f"(kinds: {', '.join(k.value for k in ColumnKind)})"
)


@dataclass(frozen=True)
class TablePlan:
    """The plans of one table's columns, in the table's order."""

    plans: tuple[ColumnPlan, ...]

    @property
    def redacted_columns(self) -> tuple[str, ...]:
        """Columns the Redactor reads like notes: text, and unknown under lenient policies."""
        return tuple(p.column for p in self.plans if p.action is ColumnAction.REDACT)

    def describe(self) -> str:
        """`note_id=identifier:pseudonym, author=person:placeholder`: names, never values."""
        return ", ".join(f"{p.column}={p.kind.value}:{p.action.value}" for p in self.plans)

    def plan(self, column: str) -> ColumnPlan | None:
        """The plan of `column`, if it has one."""
        return next((p for p in self.plans if p.column == column), None)


def column_kinds(
    frame: pd.DataFrame,
    roles: Mapping[str, KindGuess],
    declared: Mapping[str, ColumnKind],
) -> dict[str, KindGuess]:
    """Each column's kind: its role (text, id, client...), else its declaration, else inferred
    from the first rows of `frame` (a column empty there is text). A declaration that
    contradicts a role is an error."""
    kinds: dict[str, KindGuess] = {}
    for column in [str(c) for c in frame.columns]:
        if column in roles:
            given = declared.get(column)
            if given is not None and given != roles[column].kind:
                raise ColumnKindError(
                    f"column '{column}' is declared {given} but its table option makes it "
                    f"{roles[column].kind}"
                )
            kinds[column] = roles[column]
        elif column in declared:
            inferred = infer_kind(column, ())
            entity = inferred.entity_type if inferred.kind is declared[column] else ""
            kinds[column] = KindGuess(declared[column], entity)
        else:
            values = frame[column].head(SAMPLE_ROWS).tolist()
            guess = infer_kind(column, values)
            if guess.kind is None and all(_blank(v) for v in values):
                # Nothing to judge by: whatever turns up later is redacted like a note.
                guess = KindGuess(ColumnKind.TEXT)
            kinds[column] = guess
    return kinds


def _blank(value: object) -> bool:
    return value is None or value != value or not str(value).strip()


def unknown_columns(kinds: Mapping[str, KindGuess]) -> list[str]:
    """Columns whose kind is neither given nor confidently inferred."""
    return [c for c, g in kinds.items() if g.kind is None]


def table_plan(kinds: Mapping[str, KindGuess], policy: Policy) -> TablePlan:
    """The policy's plan for each column of known or unknown kind."""
    return TablePlan(tuple(plan_column(policy, c, g.kind, g.entity_type) for c, g in kinds.items()))
