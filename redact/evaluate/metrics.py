"""The scoring rules, as pure functions over offsets and strings: no model, no I/O.

Three questions are asked of every redacted document:

- strict recall: is every letter and digit of a gold span inside a removed region? Spaces
  and punctuation are ignored, so "Maria Alvarez" covered as "Maria" + "Alvarez" counts,
  and so does "(555) 010-4477" without its brackets; one uncovered letter does not.
- leak: does the span's whole text, or any word of 3+ characters of it, still appear as a
  word in the output? This catches what offsets cannot: a generalised date that keeps its
  year, or the same surname left elsewhere in the document. Matching is case-sensitive,
  on `\\w+` words, so "may" does not leak "May".
- token precision: of the words the redactor touched, how many lie in (overlap) a gold span.

A region is a half-open (start, end) interval of the input; regions are merged first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from redact.findings import Action, Finding

Interval = tuple[int, int]

_WORD = re.compile(r"\w+")

#: Words shorter than this do not count as a leak on their own ("Al", "of", "12").
MIN_LEAK_WORD = 3


def merge_intervals(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted, non-overlapping intervals covering the same characters; empty ones dropped."""
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def removed_regions(findings: Iterable[Finding]) -> tuple[Interval, ...]:
    """The merged regions of every finding whose action is not `keep`."""
    return merge_intervals((f.start, f.end) for f in findings if f.action is not Action.KEEP)


def _index_of(regions: Sequence[Interval], position: int) -> int:
    """Index of the last region starting at or before `position` (-1 when none)."""
    return bisect_right(regions, position, key=lambda r: r[0]) - 1


def contains(regions: Sequence[Interval], position: int) -> bool:
    """True when a character position lies inside one of the merged `regions`."""
    i = _index_of(regions, position)
    return i >= 0 and regions[i][1] > position


def overlaps(regions: Sequence[Interval], start: int, end: int) -> bool:
    """True when [start, end) shares a character with one of the merged `regions`."""
    i = _index_of(regions, start)
    if i >= 0 and regions[i][1] > start:
        return True
    return i + 1 < len(regions) and regions[i + 1][0] < end


def strictly_covered(text: str, start: int, end: int, regions: Sequence[Interval]) -> bool:
    """True when every letter and digit of text[start:end] lies in a removed region.

    A span without letters or digits (rare: "&") must have all its visible characters
    covered instead; a blank span is trivially covered.
    """
    significant = [i for i in range(start, end) if text[i].isalnum()]
    if not significant:
        significant = [i for i in range(start, end) if not text[i].isspace()]
    return all(contains(regions, i) for i in significant)


def output_words(output: str) -> frozenset[str]:
    """The set of words in a redacted output, to test leaks against."""
    return frozenset(_WORD.findall(output))


def leaks(span_text: str, output: str, words: frozenset[str] | None = None) -> bool:
    """True when the span's whole text, or a word of 3+ characters of it, is a word of `output`.

    `words` is `output_words(output)`, passed in when many spans share one output.
    """
    words = output_words(output) if words is None else words
    if any(len(w) >= MIN_LEAK_WORD and w in words for w in _WORD.findall(span_text)):
        return True
    whole = span_text.strip()
    if not whole:
        return False
    return re.search(rf"(?<!\w){re.escape(whole)}(?!\w)", output) is not None


@dataclass(frozen=True)
class TokenCounts:
    """Word tokens of an input the redactor touched, and how many of them were gold."""

    touched: int = 0
    in_gold: int = 0

    def __add__(self, other: TokenCounts) -> TokenCounts:
        return TokenCounts(self.touched + other.touched, self.in_gold + other.in_gold)

    @property
    def precision(self) -> float | None:
        """in_gold / touched, or None when nothing was touched."""
        return self.in_gold / self.touched if self.touched else None


def token_counts(text: str, regions: Sequence[Interval], gold: Iterable[Interval]) -> TokenCounts:
    """Count the `\\w+` words of `text` overlapping a removed region, and those also in gold.

    `gold` should be every annotated span of the document, whatever the label or filter: a
    redacted identifier of another label is not a false positive.
    """
    gold_regions = merge_intervals(gold)
    touched = in_gold = 0
    for match in _WORD.finditer(text):
        if overlaps(regions, match.start(), match.end()):
            touched += 1
            in_gold += overlaps(gold_regions, match.start(), match.end())
    return TokenCounts(touched, in_gold)


def mask(text: str, regions: Sequence[Interval], marker: str = "[REDACTED]") -> str:
    """`text` with each merged region replaced by `marker`, for engines that only find spans."""
    pieces: list[str] = []
    cursor = 0
    for start, end in regions:
        pieces.extend((text[cursor:start], marker))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
