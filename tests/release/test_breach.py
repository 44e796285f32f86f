"""`redact log breach`: found copies traced to their releases, a report for the privacy
officer with the affected clients, kinds of information and the deadline, never text."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app

runner = CliRunner()

NOTE = (
    "Home visit with Rosalind Featherstonehaugh on 3/14/2026 at 48 Larkspur Lane. Her son "
    "Ignatius Featherstonehaugh (DOB 05/02/2015) was at school. She described the landlord "
    "threatening eviction over the broken boiler and asked for help with the rent arrears. "
    "We completed the housing application together and agreed to meet again next week to "
    "review the budget, the school attendance plan and the referral to the food pantry. "
    "Call back at 315-555-0148 before Friday.\n"
)
REMOVED = ("Ignatius", "Featherstonehaugh", "48 Larkspur", "315-555-0148", "05/02/2015")


def _release(tmp_path: Path, log: Path) -> str:
    note = tmp_path / "visit.txt"
    note.write_text(NOTE)
    result = runner.invoke(
        app,
        ["note", str(note), "--purpose", "court-subpoena", "--subject", "Rosalind",
         "--recipient", "Onondaga County Family Court", "--authority", "Subpoena 26-JV-0042",
         "--subject-ref", "CL-7731", "--log", str(log)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_a_found_excerpt_names_its_release_clients_kinds_and_deadline(tmp_path: Path) -> None:
    log = tmp_path / "log" / "release-log.sqlite3"
    released = _release(tmp_path, log)
    found = tmp_path / "found-on-facebook.txt"
    found.write_text(" ".join(released.split()[5:60]))  # an excerpt, re-flowed
    out = tmp_path / "breach"
    result = runner.invoke(
        app,
        ["log", "breach", str(found), "--discovered", "2026-03-02", "--out", str(out),
         "--log", str(log), "--actor", "privacy-officer"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "#1" in result.stdout and "CL-7731" in result.stdout and "2026-05-01" in result.stdout
    [row] = list(csv.DictReader(io.StringIO((out / "breach-report.csv").read_text())))
    assert row["release_id"] == "1" and row["clients"] == "CL-7731"
    assert row["recipient"] == "Onondaga County Family Court"
    assert row["authority"] == "Subpoena 26-JV-0042"
    assert "names of people" in row["information"] and "phone numbers" in row["information"]
    page = (out / "breach-report.html").read_text()
    assert "2026-05-01" in page and "CL-7731" in page
    everything = page + (out / "breach-report.csv").read_text() + result.stdout + result.stderr
    assert not [s for s in REMOVED if s in everything]
    assert (out / "breach-report.csv").stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(log) as db:
        purposes = [p for (p,) in db.execute("SELECT purpose FROM releases ORDER BY id")]
    assert purposes == ["court-subpoena", "breach-report"]
    verified = runner.invoke(app, ["log", "verify", "--log", str(log)])
    assert verified.exit_code == 0, verified.stderr


def test_a_copy_that_matches_nothing_is_listed_as_unmatched(tmp_path: Path) -> None:
    log = tmp_path / "log" / "release-log.sqlite3"
    _release(tmp_path, log)
    stranger = tmp_path / "unrelated.txt"
    stranger.write_text("A recipe for lemon cake: flour, sugar, eggs, butter and two lemons.\n")
    out = tmp_path / "breach"
    result = runner.invoke(
        app, ["log", "breach", str(stranger), "--out", str(out), "--log", str(log)]
    )
    assert result.exit_code == 0, result.stderr
    assert "0 release(s) affected" in result.stdout and "matched no release" in result.stderr
    assert "unrelated.txt" in (out / "breach-report.html").read_text()
