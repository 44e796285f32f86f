"""`redact batch` end to end: real files, the real model, a real SQLite release log."""

from __future__ import annotations

import csv
import json
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import docx
import pandas as pd
from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog
from tests.pipelines.conftest import NOTE_A, SECRETS, tree_hashes

runner = CliRunner()
BASE = ["batch", "--purpose", "social-media", "--id-column", "note_id", "--quiet"]


def _manifest(out: Path) -> list[dict[str, str]]:
    """The agency's full manifest: every document, with its status and reason."""
    with (out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*BASE, *args])
    return result.exit_code, result.stderr


def test_mixed_folder_releases_good_files_and_reports_bad_ones(
    request_dir: Path, tmp_path: Path, log_path: Path
) -> None:
    before = tree_hashes(request_dir)
    out = tmp_path / "out"
    code, stderr = _run(str(request_dir), "--out", str(out))
    assert code == 1, stderr
    assert "released 7, failed 4, out of scope 0" in stderr
    rows = {r["id"]: r for r in _manifest(out)}
    failed = {k: r["reason"] for k, r in rows.items() if r["status"] == "failed"}
    assert set(failed) == {
        "notes/corrupt.docx", "notes/scan.bin.txt", "notes/empty.txt",
        "export.csv#row4",  # social-media releases no agency note id, not even here
    }  # fmt: skip
    assert "not a valid .docx" in failed["notes/corrupt.docx"]
    assert "binary" in failed["notes/scan.bin.txt"]
    assert "empty" in failed["notes/empty.txt"]
    assert "text missing" in failed["export.csv#row4"]
    for name in ["corrupt.docx", "scan.bin.txt", "empty.txt"]:
        assert not (out / "notes" / name).exists()
    assert (out / "notes" / "a.txt").read_text().startswith("Progress note. Met with [PERSON]")
    assert tree_hashes(request_dir) == before, "inputs must never change"
    released_text = "".join(
        p.read_text(errors="ignore")
        for p in out.rglob("*")
        if p.suffix in {".txt", ".md", ".csv"} and "NOT-FOR-RELEASE" not in p.name
    )
    assert not [s for s in SECRETS if s in released_text]


def test_docx_stays_valid_with_paragraphs_and_tables_redacted(
    request_dir: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "out"
    _run(str(request_dir / "notes" / "c.docx"), "--out", str(out))
    document = docx.Document(str(out / "c.docx"))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert "[PERSON]" in body and "Lucia" not in body
    assert cells == ["Contact", "[PERSON]", "Phone", "[PHONE]"]


def test_period_releases_only_rows_inside_it(
    request_dir: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "out"
    code, stderr = _run(
        str(request_dir / "export.csv"), "--out", str(out), "--date-column", "note_date",
        "--from", "2025-01-01", "--to", "2025-12-31",
    )  # fmt: skip
    assert code == 1  # N4 has no text
    statuses = {r["id"]: r["status"] for r in _manifest(out)}
    assert statuses == {
        "export.csv#row1": "out-of-scope",
        "export.csv#row2": "released",
        "export.csv#row3": "released",
        "export.csv#row4": "failed",
        "export.csv#row5": "out-of-scope",
    }, "social-media names rows by position: the agency's note ids are not released"
    released = pd.read_csv(out / "export.csv", dtype=str)
    assert list(released.columns) == ["note_date", "text"], "id columns are left out"
    assert list(released["note_date"]) == ["[DATE]", "[DATE]"]
    assert released["text"].iloc[1] == "[PERSON] called [PHONE]."
    assert "out of scope 2" in stderr


def test_one_release_log_entry_lists_outputs_but_not_the_review_page(
    request_dir: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "out"
    _run(str(request_dir), "--out", str(out), "--recipient", "Dr. Who", "--subject-ref", "007",
         "--client-column", "client_id")  # fmt: skip
    with ReleaseLog.open(log_path) as log:
        entries = log.entries()
    assert len(entries) == 1
    entry = entries[0]
    names = sorted(d.doc_id for d in entry.documents)
    assert names == ["export.csv", "notes/a.txt", "notes/b.md", "notes/c.docx"]
    assert entry.extra["released"] == 7 and entry.extra["failed"] == 3
    assert entry.extra["out_of_scope"] == 1, "the other client's row is left out"
    assert entry.subject_ref == "007"
    review = out / "review.NOT-FOR-RELEASE.html"
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    assert "Lucia" in review.read_text(), "the reviewer sees what was there"
    assert not (out / ".redact-state").exists(), "the key and review state are deleted"
    log_bytes = log_path.read_bytes().decode("latin-1")
    manifest_text = (out / "manifest.csv").read_text()
    for secret in SECRETS:
        assert secret not in log_bytes and secret not in manifest_text


def test_refuses_a_non_empty_output_folder(
    request_dir: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("x")
    code, stderr = _run(str(request_dir), "--out", str(out))
    assert code != 0 and "not empty" in stderr


def test_jsonl_and_parquet_round_trip(tmp_path: Path, log_path: Path) -> None:
    frame = pd.DataFrame({"id": ["1", "2"], "score": [3, 4], "text": [NOTE_A, "No names here."]})
    source = tmp_path / "in"
    source.mkdir()
    frame.to_json(source / "t.jsonl", orient="records", lines=True)
    frame.to_parquet(source / "t.parquet")
    out = tmp_path / "out"
    code, stderr = _run(str(source), "--out", str(out), "--id-column", "id")
    assert code == 0, stderr
    lines = [json.loads(x) for x in (out / "t.jsonl").read_text().splitlines()]
    assert [x["score"] for x in lines] == [3, 4] and "Lucia" not in lines[0]["text"]
    parquet = pd.read_parquet(out / "t.parquet")
    assert list(parquet["score"]) == [3, 4] and parquet["text"].iloc[1] == "No names here."


def _big_request(root: Path, count: int) -> None:
    root.mkdir()
    for i in range(count):
        (root / f"note{i:03d}.txt").write_text(f"Note {i}. " + NOTE_A)
    rows = pd.DataFrame({"note_id": [f"R{i}" for i in range(300)], "text": [NOTE_A] * 300})
    rows.to_csv(root / "rows.csv", index=False)


def _batch_process(source: Path, out: Path, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "redact", *BASE, str(source), "--out", str(out), "--log", str(log),
         "--chunk-rows", "20", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_interrupted_run_resumed_matches_an_uninterrupted_one(tmp_path: Path) -> None:
    source = tmp_path / "in"
    _big_request(source, 40)
    full, part = tmp_path / "full", tmp_path / "part"
    assert _batch_process(source, full, tmp_path / "a.sqlite3").wait(timeout=300) == 0
    process = _batch_process(source, part, tmp_path / "b.sqlite3")
    state = part / ".redact-state"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(list(state.glob("unit-*/*.rows.json"))) < 5:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished = len(list(state.glob("unit-*/*.rows.json")))
    assert 5 <= finished < 40 + 15, "the run was stopped part-way"
    assert not (part / "manifest.csv").exists()
    resumed = _batch_process(source, part, tmp_path / "b.sqlite3", "--resume")
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert _same_outputs(full, part)


def _same_outputs(a: Path, b: Path) -> bool:
    hashes_a, hashes_b = tree_hashes(a), tree_hashes(b)
    return hashes_a == hashes_b


def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    source = tmp_path / "in"
    _big_request(source, 12)
    one, two = tmp_path / "one", tmp_path / "two"
    assert _batch_process(source, one, tmp_path / "a.sqlite3").wait(timeout=300) == 0
    process = _batch_process(source, two, tmp_path / "b.sqlite3", "--workers", "2")
    assert process.wait(timeout=300) == 0, process.stderr.read() if process.stderr else ""
    # Same inputs, different release keys: the text differs only in pseudonyms, and
    # social-media uses placeholders, so the bytes are identical.
    assert tree_hashes(one).keys() == tree_hashes(two).keys()
    for name in tree_hashes(one):
        if name.endswith(".html"):
            continue
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_no_identifier_reaches_stderr(request_dir: Path, tmp_path: Path, log_path: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "redact", "batch", str(request_dir), "--purpose", "social-media",
         "--out", str(tmp_path / "out"), "--log", str(log_path)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert process.returncode == 1
    assert "released 7" in process.stderr
    for secret in SECRETS:
        assert secret not in process.stderr and secret not in process.stdout


def test_redact_frame_never_modifies_its_input() -> None:
    from redact import redact_frame

    frame = pd.DataFrame({"text": [NOTE_A, None], "n": [1, 2]})
    copy = frame.copy(deep=True)
    out = redact_frame(frame, ["text"], "social-media")
    pd.testing.assert_frame_equal(frame, copy)
    assert "Lucia" not in out["text"].iloc[0] and pd.isna(out["text"].iloc[1])
    assert list(out["n"]) == [1, 2]


def test_the_automatic_chunk_size_releases_what_one_chunk_releases(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    notes = [f"Note {i}. " + NOTE_A for i in range(250)]  # 250 rows: three chunks of 100
    pd.DataFrame({"note_id": [f"R{i}" for i in range(250)], "text": notes}).to_csv(
        source / "rows.csv", index=False
    )
    key_file = tmp_path / "release.key"
    key_file.write_bytes(b"k" * 32)
    outputs = []
    for name, extra in (("auto", []), ("whole", ["--chunk-rows", "2000"])):
        out = tmp_path / name
        code, stderr = _run(str(source), "--out", str(out), "--log", str(tmp_path / f"{name}.db"),
                            "--key-file", str(key_file), *extra)  # fmt: skip
        assert code == 0, stderr
        outputs.append((out / "rows.csv").read_bytes())
    assert outputs[0] == outputs[1]
    assert b"[PERSON]" in outputs[0] or b"Person " in outputs[0]


_PARENT_MODULES = """
import sys
from redact.cli import main
sys.argv = ["redact", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code
heavy = ("spacy", "presidio_analyzer", "presidio_anonymizer")
loaded = sorted(m for m in heavy if m in sys.modules)
print("parent loaded:", ",".join(loaded) or "none", "exit:", code)
"""


def test_the_parent_of_worker_processes_never_imports_the_model(tmp_path: Path) -> None:
    """With workers, spaCy and Presidio load in them only: the parent starts them sooner."""
    source = tmp_path / "in"
    _big_request(source, 2)
    args = [*BASE, str(source), "--out", str(tmp_path / "out"), "--log", str(tmp_path / "l.db")]
    process = subprocess.run(
        [sys.executable, "-c", _PARENT_MODULES, *args, "--workers", "2", "--quiet"],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert "parent loaded: none exit: 0" in process.stdout, process.stderr[-2000:]
    released = pd.read_csv(tmp_path / "out" / "rows.csv")
    assert len(released) == 300 and "Lucia" not in " ".join(released["text"])
