"""Which found spans overlap a span, in logarithmic time: the last steps of detection ask it
for every initial and inverted name of a long text, where a scan of every finding per
question made a 130,000-character record take over a second."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator

from redact.findings import Finding

#: No name span is longer than this: spans starting further back cannot reach a position.
MAX_SPAN = 200


class SpanIndex:
    """Spans (with their findings) sorted by start; spans longer than `MAX_SPAN` are kept
    aside and always checked."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._spans: list[tuple[int, int, int]] = []
        self._findings: list[Finding | None] = []
        self._long: list[tuple[int, int, int]] = []
        for finding in findings:
            self.add(finding.start, finding.end, finding)

    def add(self, start: int, end: int, finding: Finding | None = None) -> None:
        """Remember a span (and the finding it is, if any)."""
        entry = (start, end, len(self._findings))
        self._findings.append(finding)
        if end - start > MAX_SPAN:
            self._long.append(entry)
        else:
            insort(self._spans, entry)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, Finding | None]]:
        """The spans sharing a character with start..end."""
        low = bisect_left(self._spans, (start - MAX_SPAN, -1, -1))
        high = bisect_left(self._spans, (end, -1, -1))
        for s, e, i in (*self._spans[low:high], *self._long):
            if s < end and start < e:
                yield s, e, self._findings[i]

    def free(self, start: int, end: int) -> bool:
        """Whether no span shares a character with start..end."""
        return next(self.overlapping(start, end), None) is None
