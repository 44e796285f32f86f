"""How many workers a batch can use: no more than it has pieces of work.

Each worker process loads the model (a few seconds and a few hundred MB); asked for four
workers, a batch of one short table used to start four and feed one. The pieces are the
files and the tables' chunks; a table whose rows cannot be counted cheaply (.xlsx) counts
as enough for every worker. The run says when it uses fewer than asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.fingerprint import total_rows
from pipelines.units import Source


@dataclass(frozen=True)
class WorkerPlan:
    """Workers to start, and the line that says why, when it is fewer than asked."""

    workers: int
    notice: str | None = None


def work_pieces(sources: Sequence[Source], rows_per_chunk: int, cap: int) -> int:
    """Files plus table chunks, counted up to `cap` (no need to count further)."""
    pieces = 0
    for source in sources:
        if source.kind == "table":
            if source.path.suffix.lower() == ".xlsx":
                return cap
            rows = total_rows([source])
            pieces += max(1, -(-rows // rows_per_chunk))
        else:
            pieces += 1
        if pieces >= cap:
            return cap
    return pieces


def plan_workers(sources: Sequence[Source], rows_per_chunk: int, asked: int) -> WorkerPlan:
    """At most one worker per piece of work, and at least one."""
    if asked <= 1:
        return WorkerPlan(1)
    pieces = work_pieces(sources, rows_per_chunk, asked)
    if pieces >= asked:
        return WorkerPlan(asked)
    used = max(1, pieces)
    noun = "worker" if used == 1 else "workers"
    what = "piece of work" if pieces == 1 else "pieces of work"
    return WorkerPlan(
        used,
        f"using {used} {noun} of the {asked} asked for: only {pieces} {what} "
        "(each file and each table chunk is one)",
    )
