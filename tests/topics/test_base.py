"""The blocker mask of phrase topics: near misses blanked, offsets kept, nothing else touched."""

from __future__ import annotations

import re

from redact.folded import FoldedPattern
from redact.topics.base import NO_CONTEXT, PhraseTopic, _mask

_BLOCKERS = FoldedPattern(r"\bno (?:longer )?(?:keeps|raises) (?:bees|goats)\b", re.IGNORECASE)


def test_a_sentence_without_a_blocker_is_returned_as_it_is() -> None:
    sentence = "Tends the hives behind the barn each morning."
    assert _mask(sentence, _BLOCKERS) is sentence


def test_every_blocker_is_blanked_and_offsets_are_kept() -> None:
    sentence = "No longer keeps bees; no raises goats either."
    masked = _mask(sentence, _BLOCKERS)
    assert len(masked) == len(sentence)
    assert masked.strip(" ;") == "either."
    assert masked.index("either") == sentence.index("either")


def test_a_blocked_phrase_does_not_match_but_a_second_mention_does() -> None:
    topic = PhraseTopic(
        id="beekeeping",
        label="beekeeping",
        citation="none",
        phrases=re.compile(r"\b(?:keeps|raises) (?:bees|goats)\b", re.IGNORECASE),
        blockers=re.compile(r"\bno (?:longer )?(?:keeps|raises) (?:bees|goats)\b", re.IGNORECASE),
    )
    assert not topic.matches("She no longer keeps bees.", NO_CONTEXT)
    assert topic.matches("She no longer keeps bees; her son keeps bees now.", NO_CONTEXT)
