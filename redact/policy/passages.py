"""Withheld passages and findings together: a passage swallows the findings inside it.

Both are found with sorted offsets and binary search, not by comparing every pair: a
document of a million characters has thousands of each.

A passage withheld for its topic (a sentence about methadone treatment, a shelter's
location) is replaced whole by a marker. A finding that straddles its edge widens the
passage rather than leaving half a name outside it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from redact.findings import WITHHELD, Action, Finding
from redact.topics.withhold import WithheldPassage


def passage_findings(passages: Sequence[WithheldPassage]) -> list[Finding]:
    """Each passage as a finding of type WITHHELD, carrying its topic ids."""
    return [
        Finding(p.start, p.end, WITHHELD, 1.0, Action.REMOVE, "topic", withheld=p.topic_ids)
        for p in passages
        if p.end > p.start
    ]


def merge_passages(findings: Sequence[Finding], passages: Sequence[Finding]) -> list[Finding]:
    """Sorted, non-overlapping: passages widened over straddling findings, inner ones dropped."""
    if not passages:
        return list(findings)
    acted = sorted((f for f in findings if f.action is not Action.KEEP), key=lambda f: f.start)
    starts = [f.start for f in acted]
    reach = list(accumulate((f.end for f in acted), max))  # the furthest end so far
    widened = []
    for passage in passages:
        start, end = passage.start, passage.end
        index = bisect_left(starts, passage.end) - 1  # findings starting before its end
        while index >= 0 and reach[index] > passage.start:
            finding = acted[index]
            if finding.end > passage.start:
                start, end = min(start, finding.start), max(end, finding.end)
            index -= 1
        widened.append(
            Finding(start, end, WITHHELD, 1.0, Action.REMOVE, "topic", withheld=passage.withheld)
        )
    merged: list[Finding] = []
    for passage in sorted(widened, key=lambda f: f.start):
        if merged and passage.start < merged[-1].end:
            last = merged.pop()
            topics = tuple(dict.fromkeys((*last.withheld, *passage.withheld)))
            passage = Finding(last.start, max(last.end, passage.end), WITHHELD, 1.0,
                              Action.REMOVE, "topic", withheld=topics)  # fmt: skip
        merged.append(passage)
    merged_starts = [p.start for p in merged]
    outside = [f for f in findings if not _inside_any(f, merged, merged_starts)]
    return sorted([*outside, *merged], key=lambda f: f.start)


def _inside_any(finding: Finding, merged: Sequence[Finding], starts: Sequence[int]) -> bool:
    """Whether `finding` overlaps one of `merged` (sorted, disjoint): only the last one
    starting before the finding ends can."""
    index = bisect_left(starts, finding.end) - 1
    return index >= 0 and merged[index].end > finding.start
