"""`redact note` on a long PDF or scan: how far the page reading has got, on stderr.

A 300-page scan takes minutes of OCR before the note prints anything. On a terminal a
line is redrawn in place (`redact: page 41/300 read`, then `page 12/300 checked` while the
released pages are read back) and wiped when the pages are done, so what follows is what
`redact note` always printed. Elsewhere (a log file, a pipe, a test's captured stderr) a
short document prints nothing, and a long one (`LONG_DOCUMENT` pages or more) prints a line
every tenth of the way: enough to see a job is alive, never a page of log lines per page.
`--quiet` prints nothing. Counts only: never a file name or a word of a page.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

#: From this many pages, the note reports page progress even when stderr is not a terminal.
LONG_DOCUMENT = 10
#: Seconds between two redraws of the terminal line.
REDRAW_SECONDS = 0.2


class PageLines:
    """A `PageSink` (see `redact.documents.page_count`) writing the note's page progress."""

    def __init__(self, stream: TextIO | None = None, terminal: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.known = self.read = self.checking = self.checked = 0
        self._last = 0.0
        self._drawn = 0
        self._logged: tuple[str, int] = ("", 0)

    def add_pages(self, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
        """Count pages, and say so if due."""
        self.known += known
        self.read += read
        self.checking += checking
        self.checked += checked
        if self.checking:
            self._say("checked", self.checked, self.checking)
        elif self.known:
            self._say("read", self.read, self.known)

    def _say(self, verb: str, done: int, total: int) -> None:
        line = f"redact: page {done}/{total} {verb}"
        if self.terminal:
            now = time.monotonic()
            if done < total and now - self._last < REDRAW_SECONDS:
                return
            self._last = now
            self.stream.write("\r" + line.ljust(self._drawn))
            self._drawn = len(line)
        else:
            if total < LONG_DOCUMENT or not done or (verb, done) == self._logged:
                return
            step = max(total // 10, 1)
            if done % step and done != total:
                return
            self._logged = (verb, done)
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Wipe the terminal line, so the note's own stderr lines follow as always."""
        if self.terminal and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0


__all__ = ["LONG_DOCUMENT", "PageLines"]
