"""State codes in address lines: must and must-not tables."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.us_state import UsStateCodeRecognizer

RECOGNIZER = UsStateCodeRecognizer()


def _found(text: str) -> list[str]:
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities, None)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("185 Alan Loaf Suite 814, Brianville, NY 11816.", ["NY"]),
        ("North Marcia, CT 06263", ["CT"]),
        ("Springfield, IL, 62704-1234", ["IL"]),
    ],
)
def test_must_catch(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "IT 12345 is a ticket number",
        "We met OR 12 times",
        "ny 11816",
        "Call me at 12345",
        "NYC 10001",
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []
