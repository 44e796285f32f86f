"""MoneyRecognizer: amounts next to a currency; bare numbers and other units left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.money import MoneyRecognizer


def _spans(text: str) -> list[str]:
    recognizer = MoneyRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted({text[r.start : r.end] for r in results})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She owes $1,200 in back rent.", ["$1,200"]),
        ("a settlement of $2.5 million last year", ["$2.5 million"]),
        ("the sum of EUR 4,000 was paid", ["EUR 4,000"]),
        ("a total of TRY 2,719 (approximately EUR 1,400 at the time)", ["EUR 1,400", "TRY 2,719"]),
        ("In April 2001 the sum of 5,699.21 euros (EUR) was paid", ["5,699.21 euros (EUR)"]),
        ("a total of 200,000 Turkish liras (TRY)", ["200,000 Turkish liras (TRY)"]),
        ("an allowance of 588 GDR marks", ["588 GDR marks"]),
        ("a price of 615 DEM (314.44 EUR) per share", ["314.44 EUR", "615 DEM"]),
        ("a fine of 1,500 Austrian schillings", ["1,500 Austrian schillings"]),
        ("rent is £950 a month", ["£950"]),
        ("he earns 3,000 dollars", ["3,000 dollars"]),
    ],
)
def test_catches(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 children and 12,000 followers.",
        "Seen on 2019-03-04 at 10:30 am.",
        "Case no. 2024-00123 was opened.",
        "He was in ALL 5 sessions.",
        "exceeding the speed limit by 26 km/h",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
