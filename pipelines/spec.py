"""What a batch release is asked to do: inputs, policy, release fields, table options, scope.

A subpoena names a period and sometimes kinds of notes; rows outside the scope are left out
and counted, never silently dropped or silently released.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from redact.corrections import NO_CORRECTIONS, Corrections
from redact.policy.columns import ColumnKind
from redact.policy.loader import LoadedPolicy
from redact.policy.requirements import ReleaseFields
from redact.release.under_seal import SealRequest
from redact.transform.pseudonym import ReleaseKey


@dataclass(frozen=True)
class TableOptions:
    """How to read tables: which columns hold text, ids, subjects, dates and note types,
    and the declared kinds of the others."""

    text_columns: tuple[str, ...] = ("text",)
    id_column: str | None = None
    subject_column: str | None = None
    date_column: str | None = None
    note_type_column: str | None = None
    client_column: str | None = None
    #: Rows per chunk; None until `run_batch` sizes it from the batch (`auto_chunk_rows`).
    chunk_rows: int | None = None
    #: Declared column kinds (`--column-kind`, `--columns`); the rest are inferred.
    column_kinds: tuple[tuple[str, ColumnKind], ...] = ()

    @property
    def rows_per_chunk(self) -> int:
        """`chunk_rows`, which must have been sized before any table is read."""
        if self.chunk_rows is None:
            raise RuntimeError("chunk_rows is sized by run_batch before tables are read")
        return self.chunk_rows


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
    #: Output files named `doc-0001.txt`... instead of their treated input names.
    opaque_names: bool = False
    #: Longest document taken on; a longer one is a `failed` row (see `pipelines.guard`).
    max_document_chars: int = 20_000_000
    #: Write everything, marked as a preview, and log nothing (`pipelines.preview`).
    preview: bool = False
    #: Terms kept or redacted in every document (`--keep`, `--redact`, `--corrections`).
    corrections: Corrections = NO_CORRECTIONS
    #: Ask that the records be kept under seal: a notice in every released document and a
    #: cover page (`redact.release.under_seal`); None for an ordinary release.
    seal: SealRequest | None = None


#: Parts a batch is cut into when no chunk size is asked for, and the bounds on its size.
AUTO_PARTS = 16
MIN_AUTO_CHUNK_ROWS = 100
MAX_AUTO_CHUNK_ROWS = 2000


def auto_chunk_rows(total_rows: int) -> int:
    """Rows per chunk when none is asked for: about a sixteenth of the batch's rows.

    With one fixed size of 2,000 rows a table of a few hundred notes was one chunk, and
    every worker but one sat idle. Sixteen parts keep two or four workers busy to the end;
    below 100 rows the cost of a chunk shows, above 2,000 its memory. The size depends on
    the rows alone (not on --workers), so a resumed run cuts the tables the same way.
    """
    return max(MIN_AUTO_CHUNK_ROWS, min(MAX_AUTO_CHUNK_ROWS, -(-total_rows // AUTO_PARTS)))
