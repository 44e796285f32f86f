"""Ctrl+C during `redact batch`: a hint to resume, exit 130, no traceback from any process.

Ctrl+C at a terminal sends SIGINT to the whole foreground process group, the worker
processes included; the test does the same to a batch started in its own group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from redact.release import ReleaseLog

NOTE = "Met Marisol Ferreira-Lunt at 14 Quarry Road; she asked about WIC. Call 607-555-0134.\n"


def _request(root: Path) -> None:
    root.mkdir()
    for i in range(30):
        (root / f"note{i:02d}.txt").write_text(f"Note {i}. {NOTE}")
    # 600 rows in chunks of 20: after the first three chunks, a loaded machine still has
    # most of the request to do when the interrupt comes
    pd.DataFrame({"note_id": [f"R{i}" for i in range(600)], "text": [NOTE] * 600}).to_csv(
        root / "rows.csv", index=False
    )


def _hears_ctrl_c() -> None:
    """Run in the child before exec: SIGINT back to its default disposition.

    A shell starts a background job (`cmd &`, `nohup`, CI runners started that way) with
    SIGINT ignored, and a child inherits that: Python then installs no handler and the batch
    rightly goes on through a Ctrl+C that was never meant for it. The test plays a command in
    the foreground of a terminal, whatever the test run itself was started as (two CI runs
    started in the background "released 630 items after Ctrl+C" for that reason alone).
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _batch(source: Path, out: Path, log: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "redact", "batch", str(source), "--purpose", "social-media",
         "--id-column", "note_id", "--out", str(out), "--log", str(log), "--quiet",
         "--chunk-rows", "20", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_hears_ctrl_c,
    )  # fmt: skip


def test_ctrl_c_says_how_to_resume_and_resuming_finishes_the_release(tmp_path: Path) -> None:
    source, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.sqlite3"
    _request(source)
    process = _batch(source, out, log, "--workers", "2")
    state = out / ".redact-state"
    deadline = time.monotonic() + 600  # a loaded machine starts two workers slowly
    while time.monotonic() < deadline and len(list(state.glob("unit-*/*.rows.json"))) < 3:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=240)
    assert process.returncode == 130, stderr
    assert "interrupted: nothing was released or logged" in stderr
    assert "run the same command again with --resume" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert "Marisol" not in stderr
    assert not (out / "manifest.csv").exists() and not log.exists()

    resumed = _batch(source, out, log, "--workers", "2", "--resume")
    _, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr
    with ReleaseLog.open(log) as opened:
        assert opened.size() == 1
    assert len(list(out.glob("note*.txt"))) == 30
