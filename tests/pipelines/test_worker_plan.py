"""`pipelines.worker_plan`: never more workers than pieces of work, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.units import iter_sources
from pipelines.worker_plan import plan_workers


def _folder(root: Path, notes: int, rows: int) -> Path:
    root.mkdir()
    for i in range(notes):
        (root / f"n{i}.txt").write_text("Seen today.")
    if rows:
        lines = ["id,text", *(f"R{i},Seen today." for i in range(rows))]
        (root / "t.csv").write_text("\n".join(lines) + "\n")
    return root


@pytest.mark.parametrize(
    ("notes", "rows", "asked", "used", "said"),
    [
        (0, 50, 4, 1, "using 1 worker of the 4 asked for: only 1 piece of work"),
        (2, 150, 8, 4, "using 4 workers of the 8 asked for: only 4 pieces of work"),
        (3, 0, 2, 2, None),
        (1, 0, 1, 1, None),
    ],
)
def test_workers_are_capped_by_files_and_chunks(
    tmp_path: Path, notes: int, rows: int, asked: int, used: int, said: str | None
) -> None:
    sources = list(iter_sources([_folder(tmp_path / "in", notes, rows)]))
    plan = plan_workers(sources, 100, asked)
    assert plan.workers == used
    if said is None:
        assert plan.notice is None
    else:
        assert plan.notice is not None and plan.notice.startswith(said)
