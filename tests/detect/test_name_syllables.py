"""The first syllable of a Hmong woman's given name joins the name found after it
(`redact.detect.name_syllables`)."""

from __future__ import annotations

import pytest

from redact.detect.name_syllables import with_name_syllables
from redact.findings import Finding


def _widened(text: str, name: str, entity_type: str = "PERSON") -> str:
    start = text.index(name)
    (result,) = with_name_syllables(text, [Finding(start, start + len(name), entity_type, 0.6)])
    return text[result.start : result.end]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("abdi fixed it with pa houa husband", "houa", "pa houa"),
        ("Neighbour Mai Yer Thao brought rice.", "Yer Thao", "Yer Thao"),  # two words: own
        ("Neighbour Mai Yer brought rice.", "Yer", "Mai Yer"),
        ("call nou chee tmrw", "chee", "nou chee"),
    ],
)
def test_a_syllable_before_a_name(text: str, name: str, expected: str) -> None:
    assert _widened(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen by PA Houa in clinic", "Houa"),  # a physician assistant
        ("grandpa houa came", "houa"),
        ("pa Houa came", "Houa"),  # not in the name's case
    ],
)
def test_other_words_before_a_name_stay_out(text: str, name: str) -> None:
    assert _widened(text, name) == name


def test_other_findings_pass_unchanged() -> None:
    assert _widened("pa houa street", "houa street", "LOCATION") == "houa street"
