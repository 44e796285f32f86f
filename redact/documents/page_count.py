"""Pages counted as they are read and read back, for a progress line: counts, never text.

OCR takes seconds a page, so a 300-page scan is minutes of work inside one document; a
progress line that moves only when a document finishes says nothing all that time. The
readers of pages (`redact.documents.layout`) and the read-back check
(`redact.documents.pages`) call `count_pages` as they go; whoever wants the counts installs
a sink for the current context (`pages_counted_by`) or for a worker process's whole life
(`count_pages_into`): the batch's progress line, a worker's shared counters, the note's
stderr line. Without a sink, counting does nothing.

Only four integers ever travel, so a sink cannot carry a file name or a word of a page:
- `known`: pages of documents opened so far (a document's count, once it is opened),
- `read`: pages read (text layer or OCR),
- `checking`: OCR'd pages whose released form is about to be read back by OCR,
- `checked`: those read back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Protocol


class PageSink(Protocol):
    """Something that takes page counts (increments)."""

    def add_pages(self, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
        """Add to the counts."""


_SINK: ContextVar[PageSink | None] = ContextVar("redact_page_sink", default=None)


def count_pages(*, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
    """Tell the installed sink, if any, about pages opened, read or read back."""
    sink = _SINK.get()
    if sink is not None:
        sink.add_pages(known, read, checking, checked)


@contextlib.contextmanager
def pages_counted_by(sink: PageSink | None) -> Iterator[None]:
    """Within the block, `count_pages` goes to `sink` (None: nowhere)."""
    token = _SINK.set(sink)
    try:
        yield
    finally:
        _SINK.reset(token)


def count_pages_into(sink: PageSink | None) -> None:
    """From now on in this context (a worker process's initialiser), count into `sink`."""
    _SINK.set(sink)


__all__ = ["PageSink", "count_pages", "count_pages_into", "pages_counted_by"]
