"""`redact note` ends as soon as it is done, with its output, log entry and exit code intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from redact.cli.fast_exit import exit_code
from tests.conftest import SAMPLE_DATA

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.mark.parametrize(("status", "code"), [(None, 0), (0, 0), (3, 3), ("bad", 1)])
def test_exit_codes_are_those_sys_exit_gives(
    status: object, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert exit_code(status) == code
    assert capsys.readouterr().err == ("bad\n" if status == "bad" else "")


def test_exit_handlers_run_and_streams_are_flushed() -> None:
    program = (
        "import atexit, sys; atexit.register(lambda: print('handler ran'));"
        "from redact.cli.fast_exit import exit_now;"
        "print('unflushed', end=''); sys.stderr.write('err'); exit_now(4)"
    )
    done = _run("-c", program)
    assert done.returncode == 4
    assert done.stdout == "unflushedhandler ran\n"
    assert done.stderr == "err"


def test_a_note_is_redacted_and_logged_before_the_process_ends(tmp_path: Path) -> None:
    note = next(iter(sorted((SAMPLE_DATA / "notes").glob("*.txt"))))
    log = tmp_path / "log.sqlite3"
    done = _run("-m", "redact", "note", str(note), "--log", str(log), "--purpose", "consultation")
    assert done.returncode == 0, done.stderr
    assert "[PERSON]" in done.stdout or "Person " in done.stdout
    with sqlite3.connect(log) as db:
        assert db.execute("SELECT count(*) FROM releases").fetchone()[0] == 1
    verified = _run("-m", "redact", "log", "verify", "--log", str(log))
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_note_that_cannot_be_read_still_fails_with_its_code(tmp_path: Path) -> None:
    done = _run("-m", "redact", "note", str(tmp_path / "missing.txt"), "-p", "consultation",
                "--log", str(tmp_path / "log.sqlite3"))  # fmt: skip
    assert done.returncode != 0
    assert "cannot read" in done.stderr
