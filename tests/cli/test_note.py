"""`redact note` end to end: stdout, stderr summary, JSON, refusals, the release log."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app

NOTE = "Met Maria Alvarez on 3/14/2026. Her son Mateo called 217-555-0143.\n"
runner = CliRunner()


def _note_file(tmp_path: Path) -> Path:
    path = tmp_path / "visit.txt"
    path.write_text(NOTE)
    return path


def test_note_prints_redacted_text_and_a_summary(tmp_path: Path, log_path: Path) -> None:
    result = runner.invoke(app, ["note", str(_note_file(tmp_path)), "--purpose", "social-media"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Met [PERSON] on [DATE]. Her son [PERSON] called [PHONE].\n"
    assert "redacted 4: DATE_TIME 1, PERSON 2, PHONE_NUMBER 1" in result.stderr
    assert "release #1" in result.stderr
    assert "recognised by the client" in result.stderr


def test_note_reads_stdin_and_writes_json(log_path: Path) -> None:
    result = runner.invoke(
        app, ["note", "-", "--purpose", "consultation", "--format", "json"], input=NOTE
    )
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"text", "findings", "warnings", "release_id"}
    assert "Maria" not in payload["text"] and "March 2026" in payload["text"]
    assert payload["release_id"] == 1
    for finding in payload["findings"]:
        assert set(finding) == {"start", "end", "entity_type", "score", "action"}


def test_missing_required_fields_are_refused_before_anything_is_logged(
    tmp_path: Path, log_path: Path
) -> None:
    result = runner.invoke(
        app, ["note", str(_note_file(tmp_path)), "--purpose", "court-subpoena", "--recipient", "X"]
    )
    assert result.exit_code == 2
    assert "requires authority" in result.stderr and "--authority" in result.stderr
    assert result.stdout == ""
    assert not log_path.exists()


def test_court_subpoena_release_is_logged_with_its_fields(tmp_path: Path, log_path: Path) -> None:
    args = ["note", str(_note_file(tmp_path)), "--purpose", "court-subpoena"]
    args += ["--subject", "Maria Alvarez", "--recipient", "Family Court", "--authority", "Order 7"]
    args += ["--subject-ref", "C-448812", "--actor", "records-clerk"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "Maria Alvarez" in result.stdout and "Mateo" not in result.stdout
    shown = runner.invoke(app, ["log", "show", "1", "--format", "json"])
    entry = json.loads(shown.stdout)
    assert entry["recipient"] == "Family Court" and entry["authority"] == "Order 7"
    assert entry["subject_ref"] == "C-448812" and entry["actor"] == "records-clerk"
    assert entry["purpose"] == "court-subpoena"
    assert entry["counts"] == {"PERSON": 1, "PHONE_NUMBER": 1}


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_unreadable_input_is_an_error_naming_the_file(
    tmp_path: Path, log_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["note", str(path), "--purpose", "social-media"])
    assert result.exit_code == 3
    assert str(path) in result.stderr and reason in result.stderr
    assert result.stdout == "" and not log_path.exists()


def test_missing_model_names_the_package(tmp_path: Path, log_path: Path) -> None:
    result = runner.invoke(
        app, ["note", str(_note_file(tmp_path)), "--purpose", "social-media", "--model", "xx_nope"]
    )
    assert result.exit_code == 4
    assert "spaCy model 'xx_nope' is not installed" in result.stderr
    assert "pip install xx-nope" in result.stderr
    assert result.stdout == "" and not log_path.exists()


def test_unknown_purpose_lists_the_builtins(tmp_path: Path, log_path: Path) -> None:
    result = runner.invoke(app, ["note", str(_note_file(tmp_path)), "--purpose", "tiktok"])
    assert result.exit_code == 2 and "social-media" in result.stderr


def test_console_script_runs_as_a_real_process(tmp_path: Path, log_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "redact", "note", "-", "--purpose", "social-media",
         "--log", str(log_path)],
        input=NOTE, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "[PERSON]" in completed.stdout and "Maria" not in completed.stdout
    with sqlite3.connect(log_path) as db:
        assert db.execute("select count(*) from releases").fetchone() == (1,)


def test_an_unknown_matrix_library_exits_2_and_logs_nothing(
    tmp_path: Path, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDACT_BLAS", "mkl")
    result = runner.invoke(app, ["note", str(_note_file(tmp_path)), "--purpose", "social-media"])
    assert result.exit_code == 2
    assert "[R010] REDACT_BLAS must be one of numpy, blis; got 'mkl'" in result.stderr
    assert result.stdout == ""
    assert not log_path.exists()


def test_a_release_under_a_weakened_policy_logs_that_it_was(tmp_path: Path, log_path: Path) -> None:
    from importlib import resources

    builtin = resources.files("redact.policies").joinpath("consultation.yaml").read_text()
    weak = tmp_path / "weak.yaml"
    weak.write_text(builtin.replace("threshold: 0.35", "threshold: 0.95") + "allow_weaker: true\n")
    result = runner.invoke(app, ["note", str(_note_file(tmp_path)), "--purpose", str(weak)])
    assert result.exit_code == 0, result.stderr
    assert "allow_weaker" in result.stderr
    with sqlite3.connect(log_path) as db:
        (warnings,) = db.execute("SELECT warnings_json FROM releases ORDER BY id DESC").fetchone()
    assert "allow_weaker: true" in warnings


def test_note_reads_a_docx_and_writes_one_with_its_layout(tmp_path: Path, log_path: Path) -> None:
    from tests.documents.docx_note_samples import CANARIES, KEPT, layout_of, note_docx

    source = tmp_path / "visit.docx"
    source.write_bytes(note_docx())
    printed = runner.invoke(app, ["note", str(source), "--purpose", "consultation"])
    assert printed.exit_code == 0, printed.stderr
    assert "looks like a binary file" not in printed.stderr
    assert "F33.1" in printed.stdout and "Head Start" in printed.stdout
    assert [c for c in CANARIES if c in printed.stdout + printed.stderr] == []

    target = tmp_path / "visit.redacted.docx"
    written = runner.invoke(
        app, ["note", str(source), "--purpose", "consultation", "--out", str(target)]
    )
    assert written.exit_code == 0, written.stderr
    header, rows, body = layout_of(target.read_bytes())
    assert "progress note for" in header[0] and "Delphine" not in header[0]
    assert [r[0] for r in rows] == ["Client", "Phone", "Programme"]
    assert rows[2][1] == "WIC" and len(body) == 2
    assert [k for k in KEPT if k not in "\n".join([*header, *body, rows[2][1]])] == []
    assert "release #2" in written.stderr  # both runs are releases, logged
    wrong = runner.invoke(
        app, ["note", str(source), "--purpose", "consultation", "--out", str(tmp_path / "x.pdf")]
    )
    assert wrong.exit_code == 2 and "must end in .docx" in wrong.stderr
