"""Long texts in overlapping pieces: spaCy parses at most `nlp.max_length` characters (a
million by default) and needs about a gigabyte per 100,000 characters while it does.

A text longer than `PIECE_CHARS` is cut at paragraph breaks (else line breaks, sentence
ends, spaces) into pieces of about that size. Each piece reaches `MARGIN_CHARS` past its
cut points on both sides, so an entity at a cut is seen whole, with context, by the piece
that owns it: a piece owns the findings that start between its cut points. The rest of
detection (subject, every mention of each name, address blocks) runs on the whole text,
so a name found in one piece is found in all of them. Memory holds one piece's parse at a
time; time is bounded per piece by `redact.detect.deadline`.

Pure functions over offsets; the Detector does the parsing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from redact.findings import Finding

#: Characters per piece, and the context each piece sees past its cut points.
PIECE_CHARS = 100_000
MARGIN_CHARS = 2_000

#: Where a cut may go, best first: a paragraph break, a line break, a sentence end, a space.
_CUTS = (
    re.compile(r"\n[ \t]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"')\]]*\s"),
    re.compile(r"\s"),
)


@dataclass(frozen=True)
class Piece:
    """A piece of a text: the span parsed, and the span whose findings it owns."""

    start: int
    end: int
    own_start: int
    own_end: int


def _cut_near(text: str, target: int, window: int) -> int:
    """A cut point close before `target`: the best kind of break within `window` of it."""
    low = max(1, target - window)
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(text, low, target):
            last = match
        if last is not None:
            return last.end()
    return target


def _word_edge(text: str, position: int, forward: bool) -> int:
    """`position` moved to the nearest white space (forward or back), so no word is cut."""
    step = 1 if forward else -1
    limit = len(text) if forward else 0
    moved = 0
    while (
        position != limit and moved < 200 and not text[position - (0 if forward else 1)].isspace()
    ):
        position += step
        moved += 1
    return position


def split_pieces(text: str, size: int = PIECE_CHARS, margin: int = MARGIN_CHARS) -> list[Piece]:
    """The pieces of `text`: one when it is no longer than `size`."""
    if len(text) <= size:
        return [Piece(0, len(text), 0, len(text))]
    cuts = [0]
    while len(text) - cuts[-1] > size:
        cut = _cut_near(text, cuts[-1] + size, size // 4)
        cuts.append(cut if cut > cuts[-1] else cuts[-1] + size)
    cuts.append(len(text))
    pieces = []
    for own_start, own_end in itertools.pairwise(cuts):
        start = _word_edge(text, max(0, own_start - margin), forward=False)
        end = _word_edge(text, min(len(text), own_end + margin), forward=True)
        pieces.append(Piece(start, end, own_start, own_end))
    return pieces


def owned(findings: Sequence[Finding], piece: Piece) -> list[Finding]:
    """A piece's findings (offsets in the piece) that it owns, with offsets in the text."""
    kept = []
    for finding in findings:
        start = finding.start + piece.start
        if piece.own_start <= start < piece.own_end:
            kept.append(
                Finding(start, finding.end + piece.start, finding.entity_type, finding.score,
                        finding.action, finding.source, finding.group, finding.is_subject,
                        finding.withheld)
            )  # fmt: skip
    return kept
