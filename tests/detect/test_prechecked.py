"""Presidio's licence and IPv6 patterns led by a look-ahead find exactly what Presidio's find."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import IpRecognizer, UsLicenseRecognizer

from benchmarks.corpus import NoteMaker
from redact.detect.recognizers.prechecked import (
    PRECHECKS,
    prechecked,
    prechecked_ip_recognizer,
    prechecked_license_recognizer,
)
from tests.conftest import SAMPLE_DATA, corpus_texts

PAIRS: list[tuple[PatternRecognizer, PatternRecognizer]] = [
    (UsLicenseRecognizer(), prechecked_license_recognizer()),
    (IpRecognizer(), prechecked_ip_recognizer()),
]


def _spans(recognizer: PatternRecognizer, text: str) -> list[tuple[int, int, float]]:
    found = recognizer.analyze(text, recognizer.supported_entities)
    return sorted((r.start, r.end, r.score) for r in found)


def _compare(texts: list[str]) -> int:
    found = 0
    for presidio, ours in PAIRS:
        for text in texts:
            expected = _spans(presidio, text)
            assert _spans(ours, text) == expected, (presidio.name, len(text))
            found += len(expected)
    return found


def test_every_precheck_is_in_use() -> None:
    names = {p.name for _, ours in PAIRS for p in ours.patterns if p.name in PRECHECKS}
    assert names == set(PRECHECKS)


def test_same_results_on_sample_and_benchmark_notes() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*.txt"))]
    texts += list(NoteMaker(11).notes(60))
    texts += [
        "DL A1234567, lic# AB123456, 123AB4567, A-Z]]123, fe80::1, ::1, 2001:db8::ff00:42:8329",
        "host 1::, :: and ::ffff:10.0.0.1, a:b:c:d:e:f:1:2, x 12:30, ac:dc",
    ]
    assert _compare(texts) > 10


def test_same_results_on_the_shared_corpora(shared_dir: Path) -> None:
    assert _compare(corpus_texts(shared_dir, 200)) > 10


_ALPHABET = "0123456789abcdefABCDEFHVXRZ:-]. \n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_same_matches_on_random_text(text: str) -> None:
    for presidio, ours in PAIRS:
        for before, after in zip(presidio.patterns, ours.patterns, strict=True):
            flags = presidio.global_regex_flags
            expected = [m.span() for m in regex.finditer(before.regex, text, flags)]
            assert [m.span() for m in regex.finditer(after.regex, text, flags)] == expected


def test_a_pattern_that_changed_upstream_is_refused() -> None:
    name = next(iter(PRECHECKS))
    with pytest.raises(ValueError, match="no longer starts as expected"):
        prechecked([Pattern(name, r"(?:something else)", 0.3)])
