"""The README stays true: its commands run, and CI runs its test command word for word."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from redact.cli import app
from redact.policy.loader import builtin_names
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL)
COMMANDS = [line.strip() for block in BLOCKS for line in block.splitlines() if line.strip()]
SETUP = "python3 -m venv .venv && .venv/bin/pip install -q -e ."


def test_first_two_commands_set_up_then_run_the_main_job_and_the_tests() -> None:
    main, tests = COMMANDS[0], COMMANDS[1]
    assert main.startswith(SETUP + " && ") and " batch sample_data/" in main
    assert tests.startswith('python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"')
    assert "pytest" in tests


def test_the_pictures_the_readme_shows_are_there() -> None:
    for picture in re.findall(r"!\[[^\]]*\]\((docs/[^)]+)\)", README):
        assert (REPO_ROOT / picture).is_file(), picture
    assert "docs/redacted-page.png" in README


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text()
    assert COMMANDS[1] in ci.splitlines()


def test_every_command_and_policy_is_documented() -> None:
    group = get_command(app)
    names = set(group.commands)  # type: ignore[attr-defined]
    assert {"note", "batch", "serve", "evaluate", "policies", "log"} <= names
    for name in names:
        assert f"redact {name}" in README, name
    subs = ["policies list", "policies show", "log list", "log show", "log verify"]
    subs += ["log accounting", "log trace", "log checkpoint"]
    for sub in subs:
        assert f"redact {sub}" in README, sub
    for policy in builtin_names():
        assert f"`{policy}`" in README, policy


def _runnable(command: str, tmp: Path) -> list[str]:
    """A README command as argv for this interpreter, writing into `tmp`."""
    command = command.split(" && ")[-1]
    command = command.replace("out/release-log.sqlite3", str(tmp / "log.sqlite3"))
    command = command.replace("out/request", str(tmp / "request"))
    argv = shlex.split(command)
    assert argv[0] == ".venv/bin/redact"
    return [sys.executable, "-m", "redact", *argv[1:]]


EXAMPLES = [c for c in COMMANDS[2:] if c.startswith(".venv/bin/redact ")]
OFFLINE_EXAMPLES = [c for c in EXAMPLES if " serve " not in c and " evaluate " not in c]


def _run(command: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_runnable(command, tmp), cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=600, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def main_job(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's main command, run once: its outputs and release log."""
    tmp = tmp_path_factory.mktemp("readme")
    done = _run(COMMANDS[0], tmp)
    assert done.returncode == 0, done.stderr[-2000:]
    return tmp


def test_main_command_releases_the_sample_request(main_job: Path) -> None:
    agency = (main_job / "request" / "manifest.NOT-FOR-RELEASE.csv").read_text()
    assert ",released," in agency and ",out-of-scope," in agency
    released = (main_job / "request" / "manifest.csv").read_text()
    assert "notes/06_court_report.docx" in released and "out-of-scope" not in released
    assert (main_job / "request" / "notes" / "06_court_report.docx").exists()


def test_main_command_releases_the_sample_pdfs_scan_and_workbook(main_job: Path) -> None:
    """The request holds a scan, a text PDF and a workbook: each goes out redacted."""
    import pandas as pd
    import pypdf

    released = (main_job / "request" / "manifest.csv").read_text()
    agency = (main_job / "request" / "manifest.NOT-FOR-RELEASE.csv").read_text()
    pages = main_job / "request" / "pages"
    for name in ("03_home_visit_signed.pdf", "07_discharge_summary.pdf"):
        assert f"pages/{name}" in released, name
        text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(pages / name).pages)
        # The subpoena keeps the subject's name; third parties and contact details go.
        assert "Ganesan" not in text and "315-555-0130" not in text, name
        assert "[PERSON]" in text and "[PHONE]" in text, name
    assert "read by OCR" in agency  # the scan's note: its page was read by OCR
    assert "pages/phone_log.xlsx" in released
    sheet = pd.read_excel(pages / "phone_log.xlsx", dtype=str)
    assert 0 < len(sheet) < 9  # the subject's 2025 phone notes only, in scope
    assert not sheet["text"].str.contains("315-555-01").any()


@pytest.mark.parametrize("command", OFFLINE_EXAMPLES)
def test_readme_examples_run(command: str, main_job: Path) -> None:
    result = CliRunner().invoke(app, _runnable(command, main_job)[3:])
    assert result.exit_code == 0, result.stderr[-2000:]
    assert result.stdout.strip()


def test_documented_evaluate_and_serve_commands_parse() -> None:
    for command in EXAMPLES:
        argv = shlex.split(command)[1:]
        if argv[0] in {"evaluate", "serve"}:
            shown = CliRunner().invoke(app, [argv[0], "--help"])
            for option in [a for a in argv if a.startswith("--")]:
                assert option.split("=")[0] in shown.stdout, option
