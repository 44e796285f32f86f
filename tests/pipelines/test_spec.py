"""Batch options: the chunk size picked when none is asked for."""

from __future__ import annotations

import pytest

from pipelines.spec import (
    MAX_AUTO_CHUNK_ROWS,
    MIN_AUTO_CHUNK_ROWS,
    TableOptions,
    auto_chunk_rows,
)


@pytest.mark.parametrize(
    ("rows", "chunk"),
    [(0, 100), (250, 100), (1_600, 100), (1_601, 101), (8_000, 500), (32_000, 2_000),
     (1_000_000, 2_000)],
)  # fmt: skip
def test_a_batch_is_cut_into_about_sixteen_parts_within_bounds(rows: int, chunk: int) -> None:
    assert auto_chunk_rows(rows) == chunk
    assert MIN_AUTO_CHUNK_ROWS <= chunk <= MAX_AUTO_CHUNK_ROWS


def test_tables_cannot_be_read_before_the_chunk_size_is_known() -> None:
    with pytest.raises(RuntimeError, match="sized by run_batch"):
        _ = TableOptions().rows_per_chunk
    assert TableOptions(chunk_rows=7).rows_per_chunk == 7
