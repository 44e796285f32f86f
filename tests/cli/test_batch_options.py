"""`redact batch` usage errors are usage errors (exit 2), not internal errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app


def test_period_without_a_date_column_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--from", "2025-01-01"]
    )
    assert result.exit_code == 2
    assert "--date-column" in result.output
    assert "internal error" not in result.output


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--date-column", "d",
         "--from", "March"],
    )  # fmt: skip
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
