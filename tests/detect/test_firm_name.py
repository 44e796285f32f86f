"""FirmNameRecognizer: "Surname, Surname and Surname"; lists of common words left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.firm_name import FirmNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> FirmNameRecognizer:
    return FirmNameRecognizer()


def _spans(recognizer: FirmNameRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted({text[r.start : r.end] for r in results})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a research project at Reid, Webb and Alvarez, and", "Reid, Webb and Alvarez"),
        ("operating from Ibarra, Ramsey and Arroyo’s network", "Ibarra, Ramsey and Arroyo"),
        ("on Condron, O'Beirne and Torrens’ systems", "Condron, O'Beirne and Torrens"),
        ("logs for Barnes, Barnes and Johnson, I'm", "Barnes, Barnes and Johnson"),
        ("journey with Stewart, Malone & Howard!", "Stewart, Malone & Howard"),
    ],
)
def test_catches(recognizer: FirmNameRecognizer, text: str, expected: str) -> None:
    assert _spans(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The flag is Red, White and Blue.",
        "She visited Paris, London and Rome.",
        "Monday, Tuesday and Friday visits.",
        "Food, Housing and Transport needs.",
        "reid, webb and alvarez in lower case",
        "Options A, B and C were offered.",
    ],
)
def test_leaves_alone(recognizer: FirmNameRecognizer, text: str) -> None:
    assert _spans(recognizer, text) == []
