"""Spans and cut_out: what is left of a finding outside exact spans."""

from __future__ import annotations

from redact.detect.spans import Spans, cut_out
from redact.findings import Finding


def test_spans_tell_which_spans_a_finding_touches() -> None:
    spans = Spans([(10, 14), (0, 3), (12, 20), (30, 35)])
    assert spans.spans == [(0, 3), (10, 20), (30, 35)]
    assert spans.touching(Finding(2, 11, "PERSON", 0.9)) == [(0, 3), (10, 20)]
    assert spans.touching(Finding(20, 30, "PERSON", 0.9)) == []
    assert spans.touching(Finding(34, 40, "PERSON", 0.9)) == [(30, 35)]


def test_cut_out_keeps_trimmed_pieces_with_letters_or_digits() -> None:
    text = "Isaiah     ID 214738"
    name = Finding(0, 13, "PERSON", 0.85, source="SpacyRecognizer")
    pieces = cut_out(text, name, [(11, 13)])
    assert [(text[p.start : p.end], p.source) for p in pieces] == [("Isaiah", "SpacyRecognizer")]
    assert cut_out(text, Finding(11, 13, "PERSON", 0.85), [(11, 13)]) == []
