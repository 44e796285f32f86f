"""`redact batch` usage errors are usage errors (exit 2), not internal errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app

#: A batch command line; its purpose is required.
BATCH = ["batch", "--purpose", "social-media"]


def test_period_without_a_date_column_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, [*BATCH, str(tmp_path), "--out", str(tmp_path / "o"), "--from", "2025-01-01"]
    )
    assert result.exit_code == 2
    assert "--date-column" in result.output
    assert "internal error" not in result.output


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [*BATCH, str(tmp_path), "--out", str(tmp_path / "o"), "--date-column", "d",
         "--from", "March"],
    )  # fmt: skip
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_a_limit_below_one_character_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [*BATCH, str(tmp_path), "--out", str(tmp_path / "o"), "--max-document-chars", "0"],
    )
    assert result.exit_code == 2 and not (tmp_path / "o").exists()


def test_colliding_inputs_are_a_usage_error_naming_no_file(tmp_path: Path) -> None:
    for parent in ("Okafor_Chidi", "Brannigan_Rhea"):
        (tmp_path / parent / "records").mkdir(parents=True)
        (tmp_path / parent / "records" / "intake.txt").write_text("Met the client.")
    result = CliRunner().invoke(
        app,
        [*BATCH, str(tmp_path / "Okafor_Chidi" / "records"),
         str(tmp_path / "Brannigan_Rhea" / "records"), "--out", str(tmp_path / "o")],
    )  # fmt: skip
    assert result.exit_code == 2 and "same output name" in result.output
    assert "Okafor" not in result.output and "Brannigan" not in result.output
    assert not (tmp_path / "o").exists()
