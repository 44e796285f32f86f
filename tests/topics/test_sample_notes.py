"""Topics on the synthetic sample notes: few false positives, every annotated note found.

The false-positive rate of a topic is the share of sentences it withholds in the notes
whose annotated `topics` do not include it. Texts and ids are synthetic (see
sample_data/README.md); failures name note ids, never sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redact.topics.base import TopicContext, WholeTextTopic
from redact.topics.registry import TOPICS
from redact.topics.sentences import sentences
from redact.topics.threat import is_identity_line, released
from redact.topics.withhold import find_withheld
from tests.conftest import SAMPLE_DATA

MAX_FALSE_POSITIVE_RATE = 0.02


def _notes() -> list[dict[str, object]]:
    files = sorted((SAMPLE_DATA / "annotations").glob("*.jsonl"))
    if not files:
        pytest.skip(f"no sample annotations under {SAMPLE_DATA / 'annotations'}")
    return [json.loads(line) for f in files for line in Path(f).read_text().splitlines()]


def _topics(note: dict[str, object]) -> list[str]:
    topics = note["topics"]
    assert isinstance(topics, list)
    return [str(t) for t in topics]


def _context(note: dict[str, object]) -> TopicContext:
    subject = note.get("subject") or {}
    assert isinstance(subject, dict)
    return TopicContext(tuple(subject.get("names", ())))


#: Sentence-by-sentence topics; a whole-text topic (duty to warn) withholds what is not
#: about its subject and is measured the other way round below.
PHRASE_TOPICS = sorted(t for t, topic in TOPICS.items() if not isinstance(topic, WholeTextTopic))


@pytest.mark.parametrize("topic_id", PHRASE_TOPICS)
def test_false_positive_rate_on_notes_without_the_topic(topic_id: str) -> None:
    total = withheld = 0
    offenders = []
    for note in _notes():
        if topic_id in _topics(note):
            continue
        text = str(note["text"])
        passages = find_withheld(text, [topic_id], _context(note))
        found = sentences(text)
        hits = sum(any(p.start <= s.start and s.end <= p.end for p in passages) for s in found)
        total, withheld = total + len(found), withheld + hits
        if hits:
            offenders.append(note["id"])
    rate = withheld / max(total, 1)
    assert rate <= MAX_FALSE_POSITIVE_RATE, f"{topic_id}: {withheld}/{total} in {offenders}"


def test_duty_to_warn_releases_few_sentences_of_notes_without_a_client_threat() -> None:
    """None of the sample notes records a client's threat: beyond their header lines,
    almost every sentence is withheld (the crisis call's partner with a firearm stays)."""
    total = kept = 0
    for note in _notes():
        text = str(note["text"])
        found = sentences(text)
        decisions = released(text, found, _context(note))
        body = [k for s, k in zip(found, decisions, strict=True)
                if not is_identity_line(text, s)]  # fmt: skip
        total, kept = total + len(body), kept + sum(body)
    assert total > 400
    assert kept / total <= MAX_FALSE_POSITIVE_RATE, f"{kept}/{total} released"


@pytest.mark.parametrize("topic_id", sorted(TOPICS))
def test_every_note_annotated_with_the_topic_has_a_passage(topic_id: str) -> None:
    missed = [
        note["id"]
        for note in _notes()
        if topic_id in _topics(note)
        and not find_withheld(str(note["text"]), [topic_id], _context(note))
    ]
    assert missed == []
