"""Review material: each redaction as segments, and the release's overview for the page.

A document becomes segments covering its original in order: text left as it was, text
found and kept by the policy (typed, no replacement), and each change with its replacement.
The overview gathers, from the agency's manifest rows as they stream past, what the top of
the review page says: documents by status, counts by type, failures and notes, and the
corrections applied (counts only, for the release log).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.records import FAILED, RELEASED, ManifestRow, ReviewDoc, Segment, parse_counts
from redact.findings import Action
from redact.result import RedactionResult


def review_doc(
    doc_id: str, original: str, result: RedactionResult, pages: Sequence[int] = ()
) -> ReviewDoc:
    """Segments covering `original` in order, each change paired with its replacement.

    `pages` are the offsets where a PDF's or scan's pages start in `original`.
    """
    segments: list[Segment] = []
    cursor = 0
    for placed in result.placed:
        finding = placed.finding
        if finding.start < cursor:
            continue
        if finding.start > cursor:
            segments.append(Segment(original[cursor : finding.start]))
        if finding.action is Action.KEEP:
            kept = original[finding.start : finding.end]
            segments.append(Segment(kept, None, finding.entity_type))
        else:
            segments.append(
                Segment(
                    original[finding.start : finding.end],
                    result.text[placed.out_start : placed.out_end],
                    finding.entity_type,
                )
            )
        cursor = finding.end
    if cursor < len(original):
        segments.append(Segment(original[cursor:]))
    return ReviewDoc(doc_id, tuple(segments), tuple(result.warnings), tuple(pages))


@dataclass
class ReleaseOverview:
    """The top of the review page, gathered from the agency's manifest rows."""

    statuses: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    #: (document, reason) of every failed document.
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: (document, note) of released documents that carry one (OCR confidence, removed images).
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: What the release's corrections changed, by `keep:TYPE` / `redact:TYPE`.
    corrections: Counter[str] = field(default_factory=Counter)

    def observe(self, row: ManifestRow) -> None:
        """Take in one agency manifest row."""
        self.statuses[row.status] += 1
        if row.status == FAILED:
            self.failures.append((row.doc_id, row.reason))
        elif row.status == RELEASED:
            self.counts.update(parse_counts(row.counts))
            self.corrections.update(parse_counts(row.corrections))
            if row.reason:
                self.notes.append((row.doc_id, row.reason))
