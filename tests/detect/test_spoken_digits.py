"""SpokenDigitsRecognizer: a number a caller read out digit by digit."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.recognizers.spoken_digits import SpokenDigitsRecognizer


def _spans(text: str) -> list[str]:
    recognizer = SpokenDigitsRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the card ending three one nine eight got declined", ["three one nine eight"]),
        (
            "call me back at five two zero, four oh one, seven seven two two",
            ["five two zero, four oh one, seven seven two two"],
        ),
        ("my member number is Nine-Four-Four-One-Zero", ["Nine-Four-Four-One-Zero"]),
    ],
)
def test_catches(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "one or two times a week",
        "she has two sons and one daughter",
        "oh one more thing",
        "three four times maybe",
        "from nine to five",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []


def test_a_read_out_account_goes_under_a_court_order() -> None:
    text = "hi it's the bank the transfer went to the account ending eight two two six thanks"
    released = Redactor(policy="court-subpoena").redact(text).text
    assert "eight two two six" not in released
