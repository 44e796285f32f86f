"""The name after "County of" in a caption, in capitals or title case (synthetic text)."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.county_of import CountyOfRecognizer


def _spans(text: str) -> list[str]:
    return [text[r.start : r.end] for r in CountyOfRecognizer().analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IN THE CIRCUIT COURT\nFOR THE COUNTY OF MULTNOMAH\nJuvenile Department", "MULTNOMAH"),
        ("the County of Los Angeles Department of Health", "Los Angeles"),
        ("COUNTY OF SAN BERNARDINO, STATE OF CALIFORNIA", "SAN BERNARDINO"),
        ("Parish of Orleans", "Orleans"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text", ["county of residence", "County of the State", "the County of\nresidence"]
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
