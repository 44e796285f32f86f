"""Resume state: a saved part reads back exactly; the state is hidden, owner-only, and gone
with any leftover temporary file when the release is complete."""

from __future__ import annotations

import stat
from pathlib import Path

from pipelines.records import ManifestRow, ReviewDoc, Segment
from pipelines.state import BatchState


def test_a_saved_part_reads_back_as_it_was_saved(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    state = BatchState(tmp_path / "out")
    state.start("fingerprint", resume=False)
    rows = (
        ManifestRow("n1", "notes.csv", "released", counts="PERSON 1"),
        ManifestRow("n2", "notes.csv", "released", corrections="keep:SCHOOL:1"),
    )
    reviews = (
        ReviewDoc("n1", (Segment("Seen with "), Segment("Ana", "[PERSON]", "PERSON"))),
        ReviewDoc("n2", ()),
        ReviewDoc("scan.pdf", (Segment("Ana", None, "PERSON"),), ("Residual risk medium",), (0, 9)),
    )
    state.save_part(0, 3, rows, reviews)
    assert state.part_done(0, 3) and not state.part_done(0, 4)
    assert state.load_rows(0, 3) == list(rows)
    assert state.load_reviews(0, 3) == list(reviews)
    assert state.parts(0) == [3]


def test_state_is_hidden_owner_only_and_gone_with_leftover_temporary_files(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    state = BatchState(out)
    state.start("fingerprint", resume=False)
    state.save_names(["PERSON_intake.txt"])
    state.save_part(0, 0, (), (ReviewDoc("n1", (Segment("Ana", "[PERSON]", "PERSON"),)),))
    assert state.root.name.startswith(".")
    assert stat.S_IMODE(state.root.stat().st_mode) == 0o700
    held = [p for p in state.root.rglob("*") if p.is_file()]
    assert held and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in held)
    assert state.load_names() == ["PERSON_intake.txt"]
    (out / "notes").mkdir()
    (out / "notes" / ".PERSON_intake.txt.x1y2.part").write_text("half a note about Ana")
    (out / "notes" / "PERSON_intake.txt").write_text("released")
    state.finish()
    assert sorted(p.name for p in out.rglob("*")) == ["PERSON_intake.txt", "notes"]
