"""The relation words the three rules share (pure, no model)."""

from __future__ import annotations

import re

import pytest

from redact.detect.lower_case_names import RELATION_WORDS
from redact.detect.relation_words import CORE_RELATIONS, alternation
from redact.detect.subject_numbers import _OTHERS_WORD
from redact.policy.contacts import _RELATION


@pytest.mark.parametrize("word", sorted(CORE_RELATIONS))
def test_every_rule_reads_every_shared_word(word: str) -> None:
    assert word in RELATION_WORDS
    assert _OTHERS_WORD.fullmatch(f"{word}'s") is not None
    assert _RELATION.fullmatch(word.capitalize()) is not None


def test_the_alternation_tries_longer_words_first() -> None:
    pattern = re.compile(rf"(?:{alternation(['step', 'stepmom', 'mom'])})")
    assert pattern.match("stepmom").group() == "stepmom"
