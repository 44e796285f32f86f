"""Staging and sign-off from the command line: a batch under a policy that requires approval
is staged without being asked (the command a checker runs still writes every output and
exits 0), `redact approve` by a second reviewer releases it and the accounting names them;
the stager is refused under two_person, a changed output is refused, the chain verifies.

The request is synthetic: a client, her aunt, an address and a phone number.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.release.staged_files import RECORD_NAME

runner = CliRunner()

NOTES = {
    "intake.txt": (
        "Intake 02/03/2025 with Marisol Quintero-Abbey (client, CR-40211). Her aunt Philippa "
        "Quintero-Abbey lives at 88 Wrenfield Court and called from 555-338-0192. Diagnosis "
        "F43.10; sertraline 50 mg daily.\n"
    ),
    "visit.md": "Home visit. Marisol was calm; Philippa Quintero-Abbey was present.\n",
}
REMOVED = ["Philippa", "88 Wrenfield", "555-338-0192"]
STAGER = "clerk-dana"
REVIEWER = "R. Okafor"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def staged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One court-subpoena batch, run as a checker runs it (no --stage), staged once."""
    root = tmp_path_factory.mktemp("staged")
    request = root / "request"
    request.mkdir()
    for name, text in NOTES.items():
        (request / name).write_text(text)
    code, stdout, stderr = _invoke(
        "batch", str(request), "--purpose", "court-subpoena", "--out", str(root / "out"),
        "--log", str(root / "log.sqlite3"), "--quiet", "--subject", "Marisol Quintero-Abbey",
        "--recipient", "County Family Court", "--authority", "Order 25-FC-311",
        "--subject-ref", "CL-9", "--actor", STAGER,
    )  # fmt: skip
    (root / "stderr.txt").write_text(stderr)
    (root / "stdout.txt").write_text(stdout)
    assert code == 0, stderr
    return root


@pytest.fixture
def staged(staged_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the staged folder and its log, for one test to approve or spoil."""
    root = tmp_path / "copy"
    shutil.copytree(staged_template, root)
    yield root


def _log_size(log: Path) -> int:
    with sqlite3.connect(log) as db:
        return int(db.execute("select count(*) from releases").fetchone()[0])


def _accounting(log: Path) -> list[dict[str, str]]:
    code, stdout, stderr = _invoke("log", "accounting", "--subject-ref", "CL-9", "--log", str(log))
    assert code == 0, stderr
    return list(csv.DictReader(io.StringIO(stdout)))


def _approve(root: Path, reviewer: str = REVIEWER, *more: str) -> tuple[int, str, str]:
    out, log = root / "out", root / "log.sqlite3"
    return _invoke("approve", str(out), "--reviewer", reviewer, "--log", str(log), *more)


def test_a_policy_requiring_approval_stages_a_plain_batch(
    staged: Path, staged_template: Path
) -> None:
    out, log = staged / "out", staged / "log.sqlite3"
    at = staged_template  # where the batch ran: its line names that folder
    stderr = (staged / "stderr.txt").read_text()
    assert {"intake.txt", "visit.md", "manifest.csv", RECORD_NAME} <= {
        p.name for p in out.iterdir()
    }
    # the policy's warnings come first (see `redact.cli.purpose`); the batch ends in one line
    line = stderr.strip().splitlines()[-1]
    assert "staged, awaiting approval" in line
    assert all(w.startswith("redact: warning") for w in stderr.strip().splitlines()[:-1])
    assert f"redact approve {at / 'out'} --reviewer NAME --log {at / 'log.sqlite3'}" in line
    # Nothing written for staging holds removed text: the outputs, the manifest, the staging
    # record, the log, stdout and stderr (the agency's NOT-FOR-RELEASE review page shows
    # every change, as it does for any batch).
    sent = [p for p in out.rglob("*") if p.is_file() and "NOT-FOR-RELEASE" not in p.name]
    written = [p.read_text(errors="replace") for p in sent]
    seen = "\n".join([*written, stderr, (staged / "stdout.txt").read_text()])
    with sqlite3.connect(log) as db:
        seen += "\n".join(str(c) for t in ("releases", "release_documents")
                          for row in db.execute(f"select * from {t}") for c in row)  # fmt: skip
    assert [s for s in REMOVED if s in seen] == []
    assert "F43.10" in (out / "intake.txt").read_text()
    code, listing, _ = _invoke("log", "list", "--log", str(log))
    assert code == 0 and "[staged, not released]" in listing
    rows = _accounting(log)
    assert [(r["status"], r["approved_by"]) for r in rows] == [
        ("staged, awaiting approval (not disclosed)", "")
    ]


def test_approved_by_another_reviewer_shows_in_the_accounting(staged: Path) -> None:
    out, log = staged / "out", staged / "log.sqlite3"
    code, stdout, stderr = _approve(staged)
    assert code == 0, stderr
    assert "approved by R. Okafor and released" in stdout
    assert not (out / RECORD_NAME).exists(), "the folder holds only what is sent"
    rows = _accounting(log)
    assert [(r["release_id"], r["status"], r["approved_by"]) for r in rows] == [
        ("2", "disclosed", REVIEWER)
    ]
    assert (
        rows[0]["recipient"] == "County Family Court" and "2 document(s)" in rows[0]["description"]
    )
    code, shown, _ = _invoke("log", "show", "1", "--log", str(log))
    assert code == 0 and f"approved by {REVIEWER} as release #2" in shown
    code, verified, stderr = _invoke("log", "verify", "--log", str(log))
    assert code == 0 and verified.startswith("ok: 2 release(s)"), stderr
    code, _, stderr = _approve(staged)
    assert code == 1 and "holds no staged release" in stderr and _log_size(log) == 2


def test_the_stager_cannot_approve_under_two_person(staged: Path) -> None:
    log = staged / "log.sqlite3"
    code, _, stderr = _approve(staged, STAGER.upper())
    assert code == 1 and "needs a second person" in stderr
    assert _log_size(log) == 1 and (staged / "out" / RECORD_NAME).exists()


def test_a_modified_output_refuses_approval(staged: Path) -> None:
    out, log = staged / "out", staged / "log.sqlite3"
    intake = out / "intake.txt"
    original = intake.read_text()
    intake.write_text(original + "Added after staging.\n")
    code, _, stderr = _approve(staged)
    assert code == 1 and "modified: intake.txt" in stderr and _log_size(log) == 1
    intake.write_text(original)
    (out / "cover-letter.txt").write_text("To the court.\n")
    code, _, stderr = _approve(staged)
    assert code == 1 and "added: cover-letter.txt" in stderr and _log_size(log) == 1
    (out / "cover-letter.txt").unlink()
    code, _, stderr = _approve(staged)
    assert code == 0, stderr
    assert [r["approved_by"] for r in _accounting(log)] == [REVIEWER]


def test_stage_on_an_optional_policy_lets_the_stager_approve(tmp_path: Path) -> None:
    request = tmp_path / "request"
    request.mkdir()
    (request / "visit.md").write_text(NOTES["visit.md"])
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, _, stderr = _invoke(
        "batch", str(request), "--purpose", "consultation", "--out", str(out), "--log", str(log),
        "--quiet", "--stage", "--actor", STAGER, "--subject-ref", "CL-9",
    )  # fmt: skip
    assert code == 0 and "staged, awaiting approval (--stage)" in stderr
    code, _, stderr = _invoke("approve", str(out), "--reviewer", STAGER, "--log", str(log))
    assert code == 0, stderr
    assert [r["approved_by"] for r in _accounting(log)] == [STAGER]


def test_a_rejected_staging_is_not_released_and_cannot_be_approved(staged: Path) -> None:
    log = staged / "log.sqlite3"
    code, stdout, stderr = _approve(staged, REVIEWER, "--reject")
    assert code == 0 and "rejected by R. Okafor; nothing was released" in stdout, stderr
    assert _accounting(log) == []
    code, listing, _ = _invoke("log", "list", "--log", str(log))
    assert "rejects staged #1" in listing
    code, _, stderr = _approve(staged)
    assert code == 1 and "holds no staged release" in stderr and _log_size(log) == 2
    code, verified, stderr = _invoke("log", "verify", "--log", str(log))
    assert code == 0 and verified.startswith("ok: 2 release(s)"), stderr
