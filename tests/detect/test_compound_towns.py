"""A township or small community named as places are, that the gazetteer misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.compound_towns import compound_town_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in compound_town_findings(text, [])]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Keywords: SSDI; trial work period; Kohl's; Pinebrook", ["Pinebrook"]),
        ("They moved out to Cedarcreek in May.", ["Cedarcreek"]),
        ("Mailing address: PO Box 12, Oakmeadow, OH 44333", ["Oakmeadow"]),
    ],
)
def test_a_compound_of_place_elements_where_a_place_stands(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text",
    [
        "Admitted at Parkview on 3/2.",  # "at": as often a hospital
        "Lives in Oakbrook Terrace Apartments.",  # part of a longer name
        "Keywords: Highland; Woodland",  # English words
        "Seen by Dr. Ridgeway today.",  # no place cue
    ],
)
def test_a_hospital_a_longer_name_or_a_word_is_left(text: str) -> None:
    assert _found(text) == []


def test_a_court_loses_the_township(redactor_for: Callable[[str], Redactor]) -> None:
    note = "Plan keywords: SSDI; trial work period; Pinebrook\nCustomer file."
    out = redactor_for("court-subpoena").redact(note, ["Lyle Ferro"]).text
    assert "Pinebrook" not in out and "trial work period" in out
