"""Turning a redaction into review segments: what stayed, what changed, and to what."""

from __future__ import annotations

from pipelines.records import ReviewDoc, Segment
from redact.findings import Action
from redact.result import RedactionResult


def review_doc(doc_id: str, original: str, result: RedactionResult) -> ReviewDoc:
    """Segments covering `original` in order, each change paired with its replacement."""
    segments: list[Segment] = []
    cursor = 0
    for placed in result.placed:
        finding = placed.finding
        if finding.action is Action.KEEP:
            continue
        if finding.start > cursor:
            segments.append(Segment(original[cursor : finding.start]))
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
    return ReviewDoc(doc_id, tuple(segments))
