"""Two processes appending at once keep one chain."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

import pytest

from redact.release import ReleaseLog
from tests.release._append_worker import append_many

PER_WORKER = 50


@pytest.mark.parametrize("precreate", [True, False], ids=["existing-file", "new-file"])
def test_two_processes_keep_one_chain(log_path: Path, precreate: bool) -> None:
    if precreate:
        with ReleaseLog.open(log_path):
            pass
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Barrier(2)  # both workers hold an open log before either appends
    workers = [
        ctx.Process(target=append_many, args=(str(log_path), n, PER_WORKER, ready)) for n in (1, 2)
    ]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [p.exitcode for p in workers] == [0, 0]

    with ReleaseLog.open(log_path) as log:
        report = log.verify()
        entries = log.entries()
    assert (report.ok, report.entries) == (True, 2 * PER_WORKER), report.reason
    assert [e.id for e in entries] == list(range(1, 2 * PER_WORKER + 1))
    assert Counter(e.actor for e in entries) == {"worker-1": PER_WORKER, "worker-2": PER_WORKER}
