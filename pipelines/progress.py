"""A progress line on stderr: documents, pages and rows done, rate and time left. Counts only.

It never shows a file name or any text: names of files are often names of clients. Pages
(of PDFs and scans) are counted as they are read, so a long scan moves the line page by page
instead of only when it is done (`redact.documents.page_count`); pages are "known" once
their document is opened, so the total grows as documents are reached.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Redraws one line at most every half second; silent when `enabled` is False."""

    def __init__(self, total_units: int, total_rows: int, enabled: bool = True,
                 stream: TextIO | None = None) -> None:  # fmt: skip
        self.total_units = total_units
        self.total_rows = total_rows
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.units = 0
        self.rows = 0
        self.pages_known = 0
        self.pages_read = 0
        self.pages_checking = 0
        self.pages_checked = 0
        self.started = time.monotonic()
        self._last = 0.0

    def add_pages(self, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
        """Count pages opened, read and read back (a `PageSink`), and redraw if due."""
        self.pages_known += known
        self.pages_read += read
        self.pages_checking += checking
        self.pages_checked += checked
        self.advance()

    def advance(self, units: int = 0, rows: int = 0) -> None:
        """Count finished work and redraw if due."""
        self.units += units
        self.rows += rows
        now = time.monotonic()
        if self.enabled and now - self._last >= 0.5:
            self._last = now
            self.stream.write("\r" + self.line(now) + " " * 4)
            self.stream.flush()

    def line(self, now: float) -> str:
        """`files 3/7 · pages 41/300 · rows 1,200/4,000 · 850 rows/s · ETA 0:03`.

        Pages appear once a PDF or image is opened; `checked` counts the OCR'd pages read
        back from the released file, the other half of a scan's time.
        """
        elapsed = max(now - self.started, 1e-6)
        rate = self.rows / elapsed
        text = f"redact: files {self.units}/{self.total_units}"
        if self.pages_known:
            text += f" · pages {self.pages_read:,}/{self.pages_known:,}"
        if self.pages_checking:
            text += f" · checked {self.pages_checked:,}/{self.pages_checking:,}"
        text += f" · rows {self.rows:,}"
        # a workbook's rows are counted only as read: never show more done than in all
        total_rows = max(self.total_rows, self.rows) if self.total_rows else 0
        if total_rows:
            text += f"/{total_rows:,} · {rate:,.0f} rows/s"
            if rate > 0:
                left = int(max(total_rows - self.rows, 0) / rate)
                text += f" · ETA {left // 60}:{left % 60:02d}"
        return text

    def close(self) -> None:
        """Finish the line."""
        if self.enabled:
            self.stream.write("\r" + self.line(time.monotonic()) + "\n")
            self.stream.flush()
