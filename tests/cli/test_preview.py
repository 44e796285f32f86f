"""`redact batch --preview`: everything written and marked, nothing released or logged.

A preview must leave the release log exactly as it was (entry count and head hash) and the
client's accounting of disclosures with no new row; the real run is the same command without
`--preview`, into the same folder, and replaces the preview.
"""

from __future__ import annotations

import csv
import shlex
import stat
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipelines.preview import PREVIEW_MARKER
from redact.cli import app
from redact.release import ReleaseLog

runner = CliRunner()

NOTE = (
    "Home visit with Marisol Ferreira-Lunt at 14 Quarry Road, Ithaca. She asked that her "
    "sister Delphine not be told about the IEP meeting. Call back on 607-555-0134.\n"
)


@pytest.fixture
def request_folder(tmp_path: Path) -> Path:
    """Two notes and a table of three rows, two of them about client C100."""
    root = tmp_path / "request"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "visit.txt").write_text(NOTE)
    (root / "notes" / "call.md").write_text("Dorian Vasquez phoned about his 504 plan.\n")
    pd.DataFrame(
        {
            "note_id": ["A1", "A2", "A3"],
            "client_id": ["C100", "C200", "C100"],
            "text": [NOTE, "Dorian Vasquez phoned on 607-555-0199.", "Marisol reported a job."],
        }
    ).to_csv(root / "export.csv", index=False)
    return root


def _command(request: Path, out: Path, log: Path, *extra: str) -> list[str]:
    return [
        "batch", str(request), "--purpose", "court-subpoena", "--subject", "Marisol Ferreira-Lunt",
        "--subject-ref", "C100", "--client-column", "client_id", "--id-column", "note_id",
        "--recipient", "Tompkins County Family Court", "--authority", "Subpoena 26-FC-0113",
        "--out", str(out), "--log", str(log), "--quiet", *extra,
    ]  # fmt: skip


def _log_state(log: Path) -> tuple[int, str | None]:
    with ReleaseLog.open(log) as opened:
        return opened.size(), opened.head()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _accounting(log: Path) -> str:
    done = runner.invoke(app, ["log", "accounting", "--subject-ref", "C100", "--log", str(log)])
    assert done.exit_code == 0, done.stderr
    return done.stdout


def test_a_preview_leaves_the_log_unchanged_and_the_real_run_replaces_it(
    request_folder: Path, tmp_path: Path
) -> None:
    log = tmp_path / "log.sqlite3"
    first = runner.invoke(app, _command(request_folder, tmp_path / "earlier", log))
    assert first.exit_code == 0, first.stderr
    before, accounting_before = _log_state(log), _accounting(log)
    assert before[0] == 1

    out = tmp_path / "out"
    preview = runner.invoke(app, _command(request_folder, out, log, "--preview"))
    assert preview.exit_code == 0, preview.stderr
    assert _log_state(log) == before, "a preview writes no release-log entry"
    assert _accounting(log) == accounting_before, "and no accounting row"
    assert "PREVIEW, nothing released or logged: would release 4" in preview.stderr
    assert "without --preview" in preview.stderr and "logged in" not in preview.stderr
    marker = (out / PREVIEW_MARKER).read_text()
    assert marker.startswith("PREVIEW - NOT RELEASED") and "court-subpoena" in marker
    assert "Marisol" not in marker and "C100" not in marker
    for manifest in ("manifest.csv", "manifest.NOT-FOR-RELEASE.csv"):
        rows = _rows(out / manifest)
        assert rows and all(row["preview"] == "PREVIEW - not released" for row in rows)
    agency = out / "manifest.NOT-FOR-RELEASE.csv"
    assert stat.S_IMODE(agency.stat().st_mode) == 0o600, "marking keeps it owner-only"
    page = out / "review.NOT-FOR-RELEASE.html"
    assert "PREVIEW - NOT RELEASED" in page.read_text()
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    previewed = (out / "notes" / "visit.txt").read_text()
    assert "607-555-0134" not in previewed and "Delphine" not in previewed

    real = runner.invoke(app, _command(request_folder, out, log))
    assert real.exit_code == 0, real.stderr
    # court-subpoena requires a second person's sign-off: the release is staged, then approved
    assert "staged, awaiting approval" in real.stderr and "release #2" in real.stderr
    approved = runner.invoke(
        app, ["approve", str(out), "--reviewer", "R. Okafor", "--log", str(log)]
    )
    assert approved.exit_code == 0, approved.output
    assert _log_state(log)[0] == 3
    assert not (out / PREVIEW_MARKER).exists(), "the release replaced the preview"
    assert all("preview" not in row for row in _rows(out / "manifest.csv"))
    assert "PREVIEW" not in page.read_text()
    assert (out / "notes" / "visit.txt").read_text() == previewed, "the preview showed it"
    assert _accounting(log).count("Tompkins County Family Court") == 2


def test_a_preview_may_be_repeated_in_its_folder_but_a_release_is_never_replaced(
    request_folder: Path, tmp_path: Path
) -> None:
    log, out = tmp_path / "log.sqlite3", tmp_path / "out"
    for _ in range(2):
        done = runner.invoke(app, _command(request_folder, out, log, "--preview"))
        assert done.exit_code == 0, done.stderr
    assert not log.exists(), "previews never even open the log"
    assert runner.invoke(app, _command(request_folder, out, log)).exit_code == 0
    again = runner.invoke(app, _command(request_folder, out, log, "--preview"))
    assert again.exit_code != 0 and "not empty" in again.stderr
    assert _log_state(log)[0] == 1


def test_a_preview_cannot_seal_a_package(request_folder: Path, tmp_path: Path) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("correct horse battery staple")
    done = runner.invoke(
        app,
        _command(request_folder, tmp_path / "out", tmp_path / "log.sqlite3", "--preview",
                 "--package", str(tmp_path / "p.zip"), "--password-file", str(password)),
    )  # fmt: skip
    assert done.exit_code == 2 and "a preview is not one" in done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "p.zip").exists()


def test_a_run_that_releases_nothing_logs_nothing(request_folder: Path, tmp_path: Path) -> None:
    (request_folder / "notes" / "visit.txt").unlink()
    (request_folder / "notes" / "call.md").unlink()
    log = tmp_path / "log.sqlite3"
    command = _command(request_folder, tmp_path / "out", log)
    command[command.index("C100")] = "C999"  # no row is about this client
    done = runner.invoke(app, command)
    assert done.exit_code == 1
    assert "released 0, failed 0, out of scope 3" in done.stderr
    assert "no release was logged" in done.stderr
    assert not log.exists() or _log_state(log)[0] == 0


def test_the_readme_preview_walk_through_runs(tmp_path: Path) -> None:
    """The README's two commands: a preview that logs nothing, then the release."""
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("### Preview before you release", 1)[1].split("\n### ", 1)[0]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2 and commands[0] == commands[1] + " --preview"
    log = tmp_path / "log.sqlite3"
    for command, logged in zip(commands, (0, 1), strict=True):
        command = command.replace("out/request", str(tmp_path / "request"))
        command = command.replace("out/release-log.sqlite3", str(log))
        argv = shlex.split(command)
        assert argv[:2] == [".venv/bin/redact", "batch"]
        done = runner.invoke(app, [*argv[1:], "--quiet"], catch_exceptions=False)
        assert done.exit_code == 0, done.stderr
        assert (_log_state(log)[0] if log.exists() else 0) == logged
    assert not (tmp_path / "request" / PREVIEW_MARKER).exists()
