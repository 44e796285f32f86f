"""A name given after words that give a name ("her spirit name, ...", "call her ...")."""

from __future__ import annotations

import pytest

from redact.detect.naming_cues import naming_cue_findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'received her spirit name, Ziigwan-giizhigookwe ("Spring Sky Woman"), at',
            ["Ziigwan-giizhigookwe", "Spring Sky Woman"],
        ),
        ("Her Dakota relatives call her Hinhan Win.", ["Hinhan Win"]),
        ('his Indian name is "Makwa Giizhig"', ["Makwa Giizhig"]),
        ("a dog named Buster", ["Buster"]),
    ],
)
def test_names_after_a_naming_cue_are_found(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in naming_cue_findings(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "she calls him Dad",
        "the kids call her Kookum",
        "call her back tomorrow",
        "named in the order",
    ],
)
def test_role_words_and_plain_words_after_a_cue_are_left(text: str) -> None:
    assert naming_cue_findings(text) == []
