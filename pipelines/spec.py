"""What a batch release is asked to do: inputs, policy, release fields, table options, scope.

A subpoena names a period and sometimes kinds of notes; rows outside the scope are left out
and counted, never silently dropped or silently released.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from redact.policy.loader import LoadedPolicy
from redact.policy.requirements import ReleaseFields
from redact.transform.pseudonym import ReleaseKey


@dataclass(frozen=True)
class TableOptions:
    """How to read tables: which columns hold text, ids, subjects, dates and note types."""

    text_columns: tuple[str, ...] = ("text",)
    id_column: str | None = None
    subject_column: str | None = None
    date_column: str | None = None
    note_type_column: str | None = None
    client_column: str | None = None
    chunk_rows: int = 2000


@dataclass(frozen=True)
class Scope:
    """The requested period, note types and client; empty means everything."""

    date_from: date | None = None
    date_to: date | None = None
    note_types: frozenset[str] = frozenset()
    client_ids: frozenset[str] = frozenset()

    @property
    def limits_dates(self) -> bool:
        """True when a period was requested."""
        return self.date_from is not None or self.date_to is not None


class Engine(StrEnum):
    """Where the stage functions run: here (`local`) or on a Dask cluster (`dask`)."""

    LOCAL = "local"
    DASK = "dask"


@dataclass(frozen=True)
class BatchSpec:
    """A whole batch release."""

    inputs: tuple[Path, ...]
    out_dir: Path
    policy: LoadedPolicy
    fields: ReleaseFields
    subject: tuple[str, ...] = ()
    tables: TableOptions = field(default_factory=TableOptions)
    scope: Scope = field(default_factory=Scope)
    model: str | None = None
    workers: int = 1
    resume: bool = False
    review_limit: int = 1000
    accept_risk: bool = False
    engine: Engine = Engine.LOCAL
    #: A Dask scheduler address (`tcp://host:8786`); None starts a LocalCluster here.
    scheduler: str | None = None
    #: A given release key (to reproduce a release exactly); None draws a fresh one.
    key: ReleaseKey | None = None
