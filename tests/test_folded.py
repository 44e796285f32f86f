"""Folded patterns find what the case-insensitive pattern finds, at the same offsets."""

from __future__ import annotations

import re

import pytest

from benchmarks.corpus import NoteMaker
from redact.folded import FoldedPattern, fold
from redact.risk import vocabulary as v
from redact.topics.registry import TOPICS
from tests.conftest import SAMPLE_DATA


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_a_simple_word_list_is_matched_on_lower_cased_text() -> None:
    pattern = FoldedPattern(r"(?<!\w)(?:house fire|Lou Gehrig'?s disease)(?!\w)")
    assert pattern.folded is not None
    text = "After the HOUSE FIRE she learned of lou gehrigs disease."
    assert _spans(pattern.finditer(text)) == [(10, 20), (36, 55)]
    assert pattern.search(text)


@pytest.mark.parametrize("source", [r"(?-i:ALS)|sclerosis", r"\Wfire", r"(?P<x>fire)"])
def test_sources_that_depend_on_case_keep_the_exact_form(source: str) -> None:
    pattern = FoldedPattern(source)
    assert pattern.folded is None
    assert _spans(pattern.finditer("Fire ALS als")) == _spans(
        re.finditer(source, "Fire ALS als", re.I)
    )


def test_a_text_whose_length_changes_when_lowered_is_matched_exactly() -> None:
    text = "İstanbul fire"  # "İ" lowers to two characters
    assert fold(text) is None
    assert _spans(FoldedPattern(r"fire").finditer(text)) == [(9, 13)]


def test_every_risk_table_and_topic_matches_as_before_on_notes() -> None:
    notes = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*.txt"))]
    texts = [
        *notes,
        *NoteMaker(3).notes(200),
        "A HOUSE FIRE; TWINS; Arson. ALS and als; Methadone, AA; her father, a firefighter",
        "The only bakery on the square burned down; Huntington's disease; five children",
    ]
    tables = [v.RARE_EVENTS, v.RARE_DIAGNOSES, v.FAMILY_STRUCTURES, v.DESCRIBED_PLACES]
    patterns = [p for table in tables for _, p in table]
    found = 0
    for pattern in patterns:
        for text in texts:
            expected = _spans(pattern.exact.finditer(text))
            assert _spans(pattern.finditer(text)) == expected, pattern.pattern[:60]
            found += len(expected)
    assert found >= 8  # the two planted lines hold eight table phrases
    for topic in TOPICS.values():
        phrases = getattr(topic, "phrases", None)
        if phrases is not None:
            for text in texts:
                assert FoldedPattern(phrases.pattern, phrases.flags).search(text) == bool(
                    phrases.search(text)
                )
