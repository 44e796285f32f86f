"""Withheld passages and findings together: a passage swallows the findings inside it.

A passage withheld for its topic (a sentence about methadone treatment, a shelter's
location) is replaced whole by a marker. A finding that straddles its edge widens the
passage rather than leaving half a name outside it.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    widened = []
    for passage in passages:
        start, end = passage.start, passage.end
        for finding in findings:
            if finding.action is not Action.KEEP and finding.overlaps(passage):
                start, end = min(start, finding.start), max(end, finding.end)
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
    outside = [f for f in findings if not any(f.overlaps(p) for p in merged)]
    return sorted([*outside, *merged], key=lambda f: f.start)
