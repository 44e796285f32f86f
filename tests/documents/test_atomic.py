"""Atomic writes: a failure leaves no half-written file that looks complete."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from redact.documents.atomic import atomic_text, write_text_atomic


def test_completed_write_appears_with_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    write_text_atomic(target, "done", mode=0o600)
    assert target.read_text() == "done"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError), atomic_text(target) as handle:
        handle.write("half of a note")
        raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []


def test_failed_rewrite_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_text(target) as handle:
        handle.write("new")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
