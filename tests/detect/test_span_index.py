"""The span index answers overlap questions as a scan of every span would."""

from __future__ import annotations

import random

from redact.detect.span_index import MAX_SPAN, SpanIndex
from redact.findings import Finding


def test_overlaps_are_those_a_full_scan_finds() -> None:
    rng = random.Random(7)
    spans = []
    for _ in range(300):
        start = rng.randrange(0, 5000)
        spans.append((start, start + rng.choice([1, 5, 30, MAX_SPAN + 50])))
    index = SpanIndex(Finding(s, e, "PERSON", 0.5) for s, e in spans[:200])
    for s, e in spans[200:]:
        index.add(s, e)
    for _ in range(500):
        start = rng.randrange(0, 5200)
        end = start + rng.randrange(1, 40)
        expected = sorted((s, e) for s, e in spans if s < end and start < e)
        assert sorted((s, e) for s, e, _ in index.overlapping(start, end)) == expected
        assert index.free(start, end) == (not expected)


def test_the_finding_of_a_span_comes_back_with_it() -> None:
    name = Finding(10, 20, "PERSON", 0.9, group="p:x")
    index = SpanIndex([name])
    index.add(30, 35)
    assert [f for _, _, f in index.overlapping(15, 32)] == [name, None]
