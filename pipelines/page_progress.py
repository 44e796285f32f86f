"""Page counts from worker processes to the parent's progress line, through shared memory.

A worker reads a long scan page by page; the parent, which draws the progress line, only
hears of the document when it is done. So each worker process adds its page counts
(`redact.documents.page_count`) to four integers in shared memory, handed to it when it
starts (a worker initialiser argument: inherited, as multiprocessing requires), and the
parent moves them onto its progress line while it waits for results.

Shared integers rather than a queue: nothing has to be drained for a worker to go on or to
exit, a count costs one locked addition, and no text or name can travel by construction.
"""

from __future__ import annotations

from concurrent.futures import Future, wait
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from redact.documents.page_count import PageSink

T = TypeVar("T")
#: How often (seconds) the parent moves the counts onto its line while it waits.
POLL_SECONDS = 0.5


class SharedPageCounts:
    """known/read/checking/checked, added to by workers and taken by the parent."""

    def __init__(self, context: BaseContext) -> None:
        self._values: Any = context.Array("q", 4)  # synchronised: it carries its own lock

    def add_pages(self, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
        """Add to the counts (in a worker)."""
        with self._values.get_lock():
            self._values[0] += known
            self._values[1] += read
            self._values[2] += checking
            self._values[3] += checked

    def move_to(self, sink: PageSink) -> None:
        """Hand what was added since the last call to `sink` (in the parent)."""
        with self._values.get_lock():
            known, read, checking, checked = self._values[:]
            self._values[:] = [0, 0, 0, 0]
        if known or read or checking or checked:
            sink.add_pages(known, read, checking, checked)


def result_with_pages(
    future: Future[T], counts: SharedPageCounts | None, sink: PageSink | None
) -> T:
    """The future's result; while it is not there, the page counts go to `sink` twice a
    second (the parent would otherwise sit silent in `result()` through a long scan)."""
    if counts is not None and sink is not None:
        while not wait([future], timeout=POLL_SECONDS).done:
            counts.move_to(sink)
        counts.move_to(sink)
    return future.result()


__all__ = ["POLL_SECONDS", "SharedPageCounts", "result_with_pages"]
