"""Worker processes start side by side, not one after the first task is done, and deaf to
Ctrl+C (the parent handles it)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pipelines.executor import start_all_workers


def _record_start(folder: str) -> None:
    time.sleep(0.3)  # a model loading
    Path(folder, str(os.getpid())).write_text("started", encoding="utf-8")


def _pid() -> int:
    return os.getpid()


def test_every_worker_starts_before_the_first_task_is_answered(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, context, _record_start, (str(tmp_path),)) as pool:
        start_all_workers(pool, 2)
        first = pool.submit(_pid).result()
        deadline = time.monotonic() + 30
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        started = {int(p.name) for p in tmp_path.iterdir()}
    assert first in started
    assert len(started) == 2  # both loaded, though only one task was ever waited for


def _ignores_ctrl_c() -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_workers_started_together_ignore_ctrl_c_and_the_parent_still_hears_it() -> None:
    context = multiprocessing.get_context("spawn")
    before = signal.getsignal(signal.SIGINT)
    with ProcessPoolExecutor(2, context) as pool:
        start_all_workers(pool, 2)
        answers = [pool.submit(_ignores_ctrl_c) for _ in range(6)]
        assert all(answer.result(timeout=60) for answer in answers)
    assert signal.getsignal(signal.SIGINT) is before
