"""Measuring a scenario: its JSON report, wall time and the peak RSS of its process tree."""

from __future__ import annotations

import os
import sys

import pytest

from benchmarks.measure import run_measured, tree_rss_kb

CHILD = (
    "import json, subprocess, sys, time; "
    "p = subprocess.Popen([sys.executable, '-c', 'b = bytearray(80 * 2**20); import time; "
    "time.sleep(1.0)']); b = bytearray(40 * 2**20); time.sleep(1.0); p.wait(); "
    "print('noise'); print(json.dumps({'seconds': 1.5, 'maxrss_mb': 1.0}))"
)


def test_tree_rss_counts_this_process() -> None:
    assert tree_rss_kb(os.getpid()) > 1024


def test_run_measured_sums_the_tree_and_reads_the_report() -> None:
    run = run_measured([sys.executable, "-c", CHILD])
    assert run.report == {"seconds": 1.5, "maxrss_mb": 1.0}
    assert run.peak_tree_mb >= 120  # parent 40 MB + child 80 MB, sampled together
    assert run.wall_seconds >= 1.0


def test_run_measured_fails_loudly() -> None:
    with pytest.raises(RuntimeError, match="exited 3"):
        run_measured([sys.executable, "-c", "import sys; sys.exit(3)"])
