"""`redact log list|show|verify` over a real SQLite log written by real releases."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog

runner = CliRunner()


def _release(n: int) -> None:
    for i in range(n):
        result = runner.invoke(
            app, ["note", "-", "--purpose", "social-media"], input=f"Ana Silva called {i} times."
        )
        assert result.exit_code == 0, result.stderr


def test_list_show_and_verify(log_path: Path) -> None:
    _release(3)
    listed = runner.invoke(app, ["log", "list"])
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()] == ["#1", "#2", "#3"]
    entry = json.loads(runner.invoke(app, ["log", "show", "2", "--format", "json"]).stdout)
    assert entry["id"] == 2 and entry["purpose"] == "social-media"
    assert len(entry["documents"]) == 1 and entry["documents"][0]["source"] == "-"
    verified = runner.invoke(app, ["log", "verify"])
    assert verified.exit_code == 0 and "3 release(s), chain intact" in verified.stdout


def test_verify_fails_naming_the_edited_entry(log_path: Path) -> None:
    _release(3)
    with sqlite3.connect(log_path) as db:
        triggers = [
            row[0] for row in db.execute("select name from sqlite_master where type='trigger'")
        ]
        for trigger in triggers:
            db.execute(f"drop trigger {trigger}")
        db.execute("update releases set recipient = 'Someone else' where id = 2")
    result = runner.invoke(app, ["log", "verify"])
    assert result.exit_code == 1
    assert "entry 2" in result.stderr


def test_log_commands_on_a_missing_log_fail_clearly(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    result = runner.invoke(app, ["log", "verify", "--log", str(missing)])
    assert result.exit_code == 2 and "no release log at" in result.stderr
    assert not missing.exists()


def test_checkpoint_then_verify_head_catches_a_cut_tail(log_path: Path) -> None:
    _release(3)
    checkpoint = runner.invoke(app, ["log", "checkpoint"])
    assert checkpoint.exit_code == 0, checkpoint.stderr
    head = checkpoint.stdout.strip()
    assert len(head) == 64 and "head of 3 release(s)" in checkpoint.stderr
    _release(1)
    later = runner.invoke(app, ["log", "verify", "--head", head])
    assert later.exit_code == 0 and "1 release(s) after it" in later.stdout
    with sqlite3.connect(log_path) as db:
        for (trigger,) in db.execute("select name from sqlite_master where type='trigger'"):
            db.execute(f"drop trigger {trigger}")
        db.execute("delete from release_documents where release_id >= 3")
        db.execute("delete from releases where id >= 3")
    assert runner.invoke(app, ["log", "verify"]).exit_code == 0  # a shorter chain is valid
    cut = runner.invoke(app, ["log", "verify", "--head", head])
    assert cut.exit_code == 1 and "head not found" in cut.stderr


def test_checkpoint_of_an_empty_or_missing_log_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    with ReleaseLog.open(empty):
        pass
    result = runner.invoke(app, ["log", "checkpoint", "--log", str(empty)])
    assert result.exit_code == 1 and "is empty" in result.stderr
    missing = runner.invoke(app, ["log", "checkpoint", "--log", str(tmp_path / "none.db")])
    assert missing.exit_code == 2


def test_show_prints_a_readable_summary_in_plain_words(log_path: Path) -> None:
    _release(1)
    shown = runner.invoke(app, ["log", "show", "1"])
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("Release #1, ")
    assert "Purpose: social-media" in shown.stdout
    assert "Removed, masked or withheld: names of people (1)" in shown.stdout
    assert "Chain: this entry" in shown.stdout
