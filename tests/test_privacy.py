"""Canaries: planted identifiers never reach stderr, logs, exceptions or the release log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact import Redactor
from redact.cli import app

CANARIES = ["Zebulon", "Quillfeather", "078-05-1120", "617-555-0199", "zq@quillfeather.org"]
NOTE = (
    "Client Zebulon Quillfeather (SSN 078-05-1120) phoned from 617-555-0199 and wrote from "
    "zq@quillfeather.org. Zebulon asked about housing."
)
runner = CliRunner()


def _assert_clean(where: str, content: str) -> None:
    leaked = [c for c in CANARIES if c.casefold() in content.casefold()]
    assert not leaked, f"{where} contains planted identifiers"


def _file_bytes(folder: Path) -> str:
    return "".join(p.read_bytes().decode("latin-1") for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_note_stderr_and_release_log_hold_no_identifiers(
    tmp_path: Path, log_path: Path, output_format: str
) -> None:
    source = tmp_path / "note.txt"
    source.write_text(NOTE)
    result = runner.invoke(
        app,
        ["note", str(source), "--purpose", "social-media", "--verbose", "--format", output_format],
    )
    assert result.exit_code == 0, result.stderr
    _assert_clean("stdout", result.stdout)
    _assert_clean("stderr", result.stderr)
    _assert_clean("release log files", _file_bytes(log_path.parent))
    for shown_as in ("text", "json"):
        shown = runner.invoke(app, ["log", "show", "1", "--format", shown_as])
        assert shown.exit_code == 0, shown.stderr
        _assert_clean(f"log show ({shown_as})", shown.stdout)


def test_library_logging_at_debug_holds_no_identifiers(
    redactor_for: Callable[[str], Redactor], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        result = redactor_for("consultation").redact(NOTE)
    _assert_clean("redacted output", result.text)
    _assert_clean("log records", "\n".join(r.getMessage() for r in caplog.records))
    _assert_clean("finding reprs", repr(result.findings))


def test_errors_after_reading_a_note_hold_no_identifiers(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text(NOTE)
    not_a_file = tmp_path / "a-directory"
    not_a_file.mkdir()
    result = runner.invoke(
        app, ["note", str(source), "--purpose", "social-media", "--log", str(not_a_file)]
    )
    assert result.exit_code != 0
    assert result.stdout == "", "nothing is released when the release cannot be logged"
    _assert_clean("stderr", result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_policy_warning_strings_hold_no_identifiers(
    redactor_for: Callable[[str], Redactor],
) -> None:
    for policy in ["social-media", "court-subpoena", "client-request"]:
        result = redactor_for(policy).redact(NOTE, subject="Zebulon Quillfeather")
        _assert_clean(f"{policy} warnings", " ".join(result.warnings))
