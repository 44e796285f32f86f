"""Where a batch puts things: paths relative to the input root, for files and tables alike,
and one folder given alone is not nested again under --out."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog

runner = CliRunner()


@pytest.fixture
def request_folder(tmp_path: Path) -> Path:
    root = tmp_path / "request"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "visit.txt").write_text("Met Marisol Ferreira-Lunt at home; WIC renewed.\n")
    pd.DataFrame({"note_id": ["A1", "A2"], "text": ["Seen.", "Dorian Vasquez phoned."]}).to_csv(
        root / "export.csv", index=False
    )
    return root


def _release(inputs: list[Path], out: Path, log: Path) -> dict[str, str]:
    """Run a consultation batch; the agency manifest's source of each id."""
    done = runner.invoke(
        app,
        ["batch", *map(str, inputs), "--purpose", "consultation", "--id-column", "note_id",
         "--out", str(out), "--log", str(log), "--quiet"],
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    with (out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        return {row["id"]: row["source"] for row in csv.DictReader(handle)}


def _logged(log: Path) -> set[tuple[str, str]]:
    with ReleaseLog.open(log) as opened:
        return {(d.doc_id, d.source) for d in opened.entries()[-1].documents}


def test_one_folder_alone_goes_directly_under_out(request_folder: Path, tmp_path: Path) -> None:
    out, log = tmp_path / "out" / "request", tmp_path / "log.sqlite3"
    sources = _release([request_folder], out, log)
    assert (out / "notes" / "visit.txt").is_file() and (out / "export.csv").is_file()
    assert not (out / "request").exists(), "not nested twice"
    assert set(sources.values()) == {"notes/visit.txt", "export.csv"}
    assert _logged(log) == {("notes/visit.txt", "notes/visit.txt"), ("export.csv", "export.csv")}


def test_several_inputs_are_relative_to_their_own_roots(
    request_folder: Path, tmp_path: Path
) -> None:
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    sources = _release([request_folder / "notes", request_folder / "export.csv"], out, log)
    assert (out / "notes" / "visit.txt").is_file() and (out / "export.csv").is_file()
    assert set(sources.values()) == {"notes/visit.txt", "export.csv"}
    for source in sources.values():
        assert not Path(source).is_absolute() and str(tmp_path) not in source
        assert not source.startswith("request/")
