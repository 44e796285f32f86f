"""CourtNumberRecognizer: "year CODE sequence" court numbers, not counts or doses."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.court_number import CourtNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = CourtNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03_letter_2024 GU 01177.txt", "2024 GU 01177"),
        ("cc: file 2023 DR 004512 (magistrate)", "2023 DR 004512"),
        ("IN RE: ESTATE    2025 EST 1290", "2025 EST 1290"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["In 2025 ER visits rose by 300", "the 2024 CV 12 form", "x2025 GU 01177"],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
