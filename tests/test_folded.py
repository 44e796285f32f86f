"""Folded patterns find what the case-insensitive pattern finds, at the same offsets."""

from __future__ import annotations

import re

import pytest

from benchmarks.corpus import NoteMaker
from redact.folded import FoldedPattern, fold
from redact.risk import vocabulary as v
from redact.topics.base import NO_CONTEXT, PhraseTopic
from redact.topics.registry import TOPICS
from redact.topics.sentences import sentences
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
            expected = _spans(re.finditer(pattern.pattern, text, pattern.flags | re.I))
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


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        (r"(?-i:ALS)|sclerosis", "no als here", False),
        (r"(?-i:ALS)|sclerosis", "has ALS", True),
        (r"\Wfire", "a fire", True),
        (r"\Wfire", "bonfire", False),
        (r"(?P<job>Baker)s?", "BAKERS", True),
    ],
)
def test_a_source_that_cannot_be_folded_is_settled_by_its_loose_form_first(
    source: str, text: str, found: bool
) -> None:
    pattern = FoldedPattern(source)
    assert pattern.folded is None and pattern.loose is not None
    assert pattern.search(text) is found
    assert _spans(pattern.finditer(text)) == _spans(re.finditer(source, text, re.I))


@pytest.mark.parametrize("source", [r"(?-i:A(?!LS))", r"(?-i:(?<!X)ALS)", r"\x41LS|(?-i:B)"])
def test_no_loose_form_where_loosening_could_lose_a_match(source: str) -> None:
    assert FoldedPattern(source).loose is None


def _exact_topic_match(topic: PhraseTopic, sentence: str) -> bool:
    """A phrase topic's sentence test written with the case-insensitive patterns only."""
    masked = sentence
    if topic.blockers is not None:
        masked = topic.blockers.sub(lambda m: " " * len(m.group(0)), sentence)
    if topic.phrases.search(masked):
        return True
    if topic.weak is not None and topic.anchors is not None:
        return bool(topic.weak.search(masked) and topic.anchors.search(masked))
    return False


def test_phrase_topics_decide_every_sentence_as_the_case_insensitive_patterns_do() -> None:
    notes = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*.txt"))]
    texts = [*notes, *NoteMaker(5).notes(150)]
    held = 0
    for topic in TOPICS.values():
        if not isinstance(topic, PhraseTopic):
            continue
        for text in texts:
            for found in sentences(text):
                sentence = text[found.start : found.end]
                expected = _exact_topic_match(topic, sentence)
                assert topic.matches(sentence, NO_CONTEXT) == expected, (topic.id, found)
                held += expected
    assert held >= 30  # the notes do hold topic sentences: the comparison is not vacuous
