"""A process that appends to a shared log; used by the concurrency tests under `spawn`."""

from __future__ import annotations

import time
from multiprocessing.synchronize import Barrier

from redact.release import open_release_log
from tests.release.factories import make_draft


def append_many(location: str, worker: int, count: int, ready: Barrier) -> None:
    """Open the log (a file or a postgresql:// URL), wait until every worker has, then
    append `count` entries.

    A short pause between appends stands for the redaction work between two releases;
    without it one process re-takes the write lock at once and the appends never mix.
    """
    with open_release_log(location) as log:
        ready.wait(timeout=120)
        for i in range(count):
            log.append(make_draft(worker * 1000 + i, actor=f"worker-{worker}"))
            time.sleep(0.002)
