"""Resume state: a saved part reads back exactly, rows and review segments alike."""

from __future__ import annotations

from pathlib import Path

from pipelines.records import ManifestRow, ReviewDoc, Segment
from pipelines.state import BatchState


def test_a_saved_part_reads_back_as_it_was_saved(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    state = BatchState(tmp_path / "out")
    state.start("fingerprint", resume=False)
    rows = (ManifestRow("n1", "notes.csv", "released", counts="PERSON 1"),)
    reviews = (
        ReviewDoc("n1", (Segment("Seen with "), Segment("Ana", "[PERSON]", "PERSON"))),
        ReviewDoc("n2", ()),
    )
    state.save_part(0, 3, rows, reviews)
    assert state.part_done(0, 3) and not state.part_done(0, 4)
    assert state.load_rows(0, 3) == list(rows)
    assert state.load_reviews(0, 3) == list(reviews)
    assert state.parts(0) == [3]
