"""Spans cut out of findings: what is left of a finding once some of its characters belong
to another, exact finding (a labelled value, a date found by its pattern).

Findings carry offsets only; cutting keeps each remaining piece that holds a letter or a
digit, trimmed of the spaces and punctuation at its new edges ("Isaiah     ID" loses "ID"
and becomes "Isaiah").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from redact.findings import Finding


class Spans:
    """Disjoint spans, sorted, to ask which of them a finding touches in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def touching(self, finding: Finding) -> list[tuple[int, int]]:
        """The spans that share a character with `finding`."""
        low = bisect_right(self._ends, finding.start)
        high = bisect_left(self._starts, finding.end)
        return self.spans[low:high]


#: Types whose value is words; a piece of any other type (an address, a phone) is kept only
#: while it holds a digit: "Mother" cut off "Mother SSN 458" is no address.
WORD_TYPES = frozenset(
    {"PERSON", "ORGANIZATION", "LOCATION", "NRP", "SCHOOL", "AGENCY", "EMPLOYER",
     "HEALTHCARE_FACILITY"}
)  # fmt: skip


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(ch.isdigit() for ch in text[start:end])


def cut_out(text: str, finding: Finding, cuts: Sequence[tuple[int, int]]) -> list[Finding]:
    """What is left of `finding` outside `cuts`, trimmed; pieces with no letter or digit go,
    and so do pieces without a digit of a type that is not words (`WORD_TYPES`)."""
    spans = [(finding.start, finding.end)]
    for cut_start, cut_end in cuts:
        next_spans = []
        for start, end in spans:
            if cut_end <= start or end <= cut_start:
                next_spans.append((start, end))
                continue
            if start < cut_start:
                next_spans.append((start, cut_start))
            if cut_end < end:
                next_spans.append((cut_end, end))
        spans = next_spans
    if spans == [(finding.start, finding.end)]:
        return [finding]
    kept = []
    for start, end in spans:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start and (finding.entity_type in WORD_TYPES or _has_digit(text, start, end)):
            kept.append(
                Finding(start, end, finding.entity_type, finding.score, finding.action,
                        finding.source, finding.group, finding.is_subject)
            )  # fmt: skip
    return kept
