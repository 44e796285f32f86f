"""Measuring a scenario in its own process: elapsed time and peak memory of a process tree.

Each scenario runs in a fresh subprocess so one scenario's memory (a second model, a worker
pool) never counts against another. Peak RSS is sampled from /proc over the subprocess and
all its descendants, summed (two workers hold two models at once); each scenario also
reports `getrusage` maxima (itself and its waited-for children: the largest single
process), so a spike shorter than the sampling period is not lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
SAMPLE_SECONDS = 0.1


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            found.extend(int(p) for p in text.split())
    except OSError:
        pass
    return found


def tree_rss_kb(pid: int) -> int:
    """Resident memory of `pid` and every descendant, in KiB (0 once it has exited)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            fields = Path(f"/proc/{current}/statm").read_text().split()
            total += int(fields[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
        stack.extend(_children(current))
    return total


@dataclass(frozen=True)
class Run:
    """A finished subprocess: its JSON report (last stdout line), peak RSS, wall time."""

    report: dict[str, object]
    peak_tree_mb: float
    peak_single_mb: float
    wall_seconds: float


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command`, sampling its tree's RSS; fail loudly if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}... exited {process.returncode}: {err[-2000:]}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {}
    single = float(report.get("maxrss_mb", 0.0))
    return Run(report, max(peak[0] / 1024, single), single, wall)
