"""Every column of every table in a batch gets a kind and a plan before any work starts.

The table options name some columns' roles (text, id, client, date, subject, note type);
those roles fix their kinds. The rest are declared (`--column-kind`, `--columns FILE`) or
inferred from a sample of the table's first rows. Under a policy that refuses unknown
columns, one unknown column anywhere stops the batch before anything is redacted. The
plans travel with each chunk to the workers; a column that turns up later (a JSONL key
absent from the sample) fails its table rather than going out ungoverned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from pipelines.spec import TableOptions
from pipelines.units import Source
from redact.documents.column_kinds import KindGuess, describe_kinds
from redact.documents.column_plan import (
    DECLARE_HINT,
    SAMPLE_ROWS,
    TablePlan,
    column_kinds,
    table_plan,
    unknown_columns,
)
from redact.documents.tables import iter_table
from redact.errors import ColumnKindError, DocumentReadError
from redact.policy.columns import ColumnKind, refuses_unknown
from redact.policy.model import Policy


def _shown(names: dict[str, str], column: str, place: int) -> str:
    """A column's treated name; a JSONL object's field (`contact.name`) key by key."""
    if column in names:
        return names[column]
    keys = [names.get(key) for key in column.split(".")]
    if all(keys):
        return ".".join(k for k in keys if k)
    return f"column{place}"


def role_kinds(options: TableOptions) -> dict[str, KindGuess]:
    """Kinds fixed by the table options: a --client-column is always an identifier."""
    roles: dict[str, KindGuess] = {c: KindGuess(ColumnKind.TEXT) for c in options.text_columns}
    for column, kind, entity in (
        (options.id_column, ColumnKind.IDENTIFIER, "CASE_NUMBER"),
        (options.client_column, ColumnKind.IDENTIFIER, "CASE_NUMBER"),
        (options.date_column, ColumnKind.DATE, "DATE_TIME"),
        (options.subject_column, ColumnKind.PERSON, "PERSON"),
        (options.note_type_column, ColumnKind.CATEGORY, ""),
    ):
        if column and column not in roles:
            roles[column] = KindGuess(kind, entity)
    return roles


def chunk_kinds(frame: pd.DataFrame, options: TableOptions) -> dict[str, KindGuess]:
    """The kinds of a table's columns under these table options and declarations."""
    return column_kinds(frame, role_kinds(options), dict(options.column_kinds))


@dataclass(frozen=True)
class BatchColumns:
    """The plan of each table (by source index) and the lines that announce the kinds."""

    plans: dict[int, TablePlan]
    notices: tuple[str, ...]
    #: Each table's label and kinds by source index, to announce under released names.
    kinds: dict[int, tuple[str, dict[str, KindGuess]]] = field(default_factory=dict)

    def released_notices(self, sources: Sequence[Source]) -> tuple[str, ...]:
        """The notices with each column under its treated name (`Source.columns`): a
        column's name can hold a client's name, and stderr is no place for it."""
        lines = []
        for index, (label, kinds) in self.kinds.items():
            names = dict(sources[index].columns)
            shown = {_shown(names, c, n): g for n, (c, g) in enumerate(kinds.items(), 1)}
            lines.append(f"column kinds{label}: {describe_kinds(shown)}")
        return tuple(lines)

    def released_plans(self, sources: Sequence[Source]) -> str:
        """What each table column became, under its treated name, for the release log."""
        described = []
        for index, plan in self.plans.items():
            names = dict(sources[index].columns)
            described.append(", ".join(
                f"{_shown(names, p.column, n)}={p.kind.value}:{p.action.value}"
                for n, p in enumerate(plan.plans, 1)
            ))  # fmt: skip
        return " | ".join(described)


def plan_batch_columns(
    sources: Sequence[Source], options: TableOptions, policy: Policy
) -> BatchColumns:
    """Kinds and plans for every table; refuses unknown columns if the policy says so.

    Notices name tables by their position, never by file name (a file name can hold a
    client's name), and columns by name and kind, never a value.
    """
    tables = [(i, s) for i, s in enumerate(sources) if s.kind == "table"]
    plans: dict[int, TablePlan] = {}
    notices: list[str] = []
    described: dict[int, tuple[str, dict[str, KindGuess]]] = {}
    unknown: list[str] = []
    seen: set[str] = set()
    for number, (index, source) in enumerate(tables, 1):
        try:
            sample = next(iter(iter_table(source.path, SAMPLE_ROWS)), None)
        except DocumentReadError:
            continue  # the batch reports it as a failed table
        if sample is None:
            continue
        kinds = chunk_kinds(sample, options)
        seen.update(kinds)
        label = "" if len(tables) == 1 else f" (table {number} of {len(tables)})"
        notices.append(f"column kinds{label}: {describe_kinds(kinds)}")
        described[index] = (label, kinds)
        missing = unknown_columns(kinds)
        if missing:
            unknown.append(f"{', '.join(missing)}{label}")
        plans[index] = table_plan(kinds, policy)
    undeclared = [c for c, _ in options.column_kinds if c not in seen]
    if tables and undeclared:
        raise ColumnKindError(f"declared column(s) in no table: {', '.join(undeclared)}")
    if unknown and refuses_unknown(policy):
        raise ColumnKindError(
            f"policy {policy.name} refuses columns of unknown kind: {'; '.join(unknown)}; "
            + DECLARE_HINT
        )
    return BatchColumns(plans, tuple(notices), described)
