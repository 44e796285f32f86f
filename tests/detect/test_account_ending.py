"""AccountEndingRecognizer: the last four digits of accounts and cards after "ending"."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.account_ending import AccountEndingRecognizer


def _spans(text: str) -> list[str]:
    recognizer = AccountEndingRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the freeze went through on both accounts ending 6620 and 6684 ok", ["6620", "6684"]),
        ("Checking acct ending in 3307 overdrawn.", ["3307"]),
        ("debit card ending 0553, savings ending 7719", ["0553", "7719"]),
        ("cards ending 1111, 2222 & 3333 were used", ["1111", "2222", "3333"]),
        ("the account that ends in x4410 was closed", ["x4410"]),
    ],
)
def test_catches(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the pending 2025 budget",
        "ending 4471 and more",  # no account word before it
        "account closed. Meeting ending 1530",  # another sentence
        "credit ending balance 12345",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
