"""No silent defaults: a purpose must be named, table options must fit the tables, and the
batch says what it assumed (warnings, inferred columns, fewer workers, the sealed package).

Every refusal happens before any work: no output folder, no log entry, and no value from
a record on stderr (column names only).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.policy.loader import builtin_names

runner = CliRunner()

#: Values of the table below that must never reach stderr.
CANARIES = ("Marisol", "Ferreira", "607-555-0134", "Quarry", "C100", "C200", "Dorian")


@pytest.fixture
def table_folder(tmp_path: Path) -> Path:
    """One CSV whose text column is `narrative` and whose client column is `client_ref`."""
    root = tmp_path / "request"
    root.mkdir()
    pd.DataFrame(
        {
            "case_no": ["A-1", "A-2", "A-3"],
            "client_ref": ["C100", "C200", "C100"],
            "visit_date": ["2025-03-02", "2025-04-11", "2025-05-20"],
            "narrative": [
                "Home visit with Marisol Ferreira-Lunt at 14 Quarry Road. Phone 607-555-0134.",
                "Call from Dorian Vasquez about his IEP meeting.",
                "Marisol reported a new job; her 504 plan review is due.",
            ],
        }
    ).to_csv(root / "visits.csv", index=False)
    return root


def _court(*args: str) -> list[str]:
    return ["batch", *args, "--purpose", "court-subpoena", "--recipient", "Family Court",
            "--authority", "Order 7", "--quiet"]  # fmt: skip


def _clean(stderr: str) -> None:
    for canary in CANARIES:
        assert canary not in stderr, canary


def test_note_without_a_purpose_is_refused_naming_the_choices(
    tmp_path: Path, log_path: Path
) -> None:
    note = tmp_path / "visit.txt"
    note.write_text("Met Marisol Ferreira-Lunt at home.\n")
    done = runner.invoke(app, ["note", str(note)])
    assert done.exit_code == 2 and done.stdout == ""
    assert "--purpose is required" in done.stderr
    assert all(name in done.stderr for name in builtin_names())
    assert not log_path.exists()


def test_batch_without_a_purpose_is_refused_before_any_work(
    table_folder: Path, tmp_path: Path, log_path: Path
) -> None:
    done = runner.invoke(app, ["batch", str(table_folder), "--out", str(tmp_path / "o")])
    assert done.exit_code == 2 and "--purpose is required" in done.stderr
    assert not (tmp_path / "o").exists() and not log_path.exists()


def test_a_subject_ref_without_a_client_column_is_refused(
    table_folder: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "o"
    done = runner.invoke(app, _court(str(table_folder), "--subject-ref", "C100", "--out", str(out)))
    assert done.exit_code == 2
    assert "--subject-ref needs --client-column" in done.stderr
    assert "perhaps --client-column client_ref" in done.stderr
    assert "case_no, client_ref, visit_date, narrative" in done.stderr
    assert not out.exists() and not log_path.exists()
    _clean(done.stderr)


@pytest.mark.parametrize(
    ("option", "wrong", "right"),
    [("--client-column", "client_id", "client_ref"), ("--date-column", "visit_dte", "visit_date"),
     ("--text-column", "narative", "narrative"), ("--id-column", "case_number", None)],
)  # fmt: skip
def test_a_misspelt_column_is_refused_listing_the_real_ones(
    table_folder: Path, tmp_path: Path, log_path: Path, option: str, wrong: str, right: str | None
) -> None:
    out = tmp_path / "o"
    args = [str(table_folder), option, wrong, "--out", str(out)]
    if option == "--client-column":
        args += ["--subject-ref", "C100"]
    done = runner.invoke(app, _court(*args))
    assert done.exit_code == 2, done.stderr
    assert f"{option} '{wrong}': the table has no such column" in done.stderr
    assert "its columns: case_no, client_ref, visit_date, narrative" in done.stderr
    if right is not None:
        assert f"did you mean '{right}'?" in done.stderr
    assert not out.exists() and not log_path.exists()
    _clean(done.stderr)


def test_a_table_without_a_text_column_has_its_text_inferred_and_shown(
    table_folder: Path, tmp_path: Path, log_path: Path
) -> None:
    out = tmp_path / "o"
    done = runner.invoke(
        app,
        _court(str(table_folder), "--subject-ref", "C100", "--client-column", "client_ref",
               "--subject", "Marisol Ferreira-Lunt", "--out", str(out), "--workers", "3"),
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    lines = done.stderr.splitlines()
    assert "text column(s): narrative (inferred" in done.stderr
    # court-subpoena requires sign-off, so the batch is staged (see `redact approve`)
    assert "2 document(s)" in done.stderr and "failed 0, out of scope 1" in done.stderr
    released = (out / "visits.csv").read_text()
    assert "607-555-0134" not in released and "Quarry" not in released
    assert "504 plan" in released and "Dorian" not in released
    warning = next(i for i, line in enumerate(lines) if line.startswith("redact: warning"))
    assert "consent" in lines[warning] and "court order" in lines[warning]
    assert warning < next(i for i, line in enumerate(lines) if line.startswith("column kinds"))
    assert "using 1 worker of the 3 asked for: only 1 piece of work" in done.stderr
    _clean(done.stderr)


def test_the_summary_names_the_sealed_package(tmp_path: Path, log_path: Path) -> None:
    folder = tmp_path / "request"
    folder.mkdir()
    (folder / "visit.txt").write_text("Met Marisol Ferreira-Lunt; she called on 607-555-0134.\n")
    password = tmp_path / "pw.txt"
    password.write_text("correct horse battery staple")
    package = tmp_path / "release.zip"
    done = runner.invoke(
        app,
        ["batch", str(folder), "--purpose", "consultation", "--out", str(tmp_path / "o"),
         "--package", str(package), "--password-file", str(password), "--quiet"],
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert package.exists() and f"sealed package {package}" in done.stderr
    assert "release #1 logged" in done.stderr
    _clean(done.stderr)
