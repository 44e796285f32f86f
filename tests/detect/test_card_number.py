"""CardNumberRecognizer: card numbers after "card", checksum or not; other numbers left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.card_number import CardNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = CardNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Need to change billing date of my card 2623322164608847", "2623322164608847"),
        ("I want to increase limit on my card # 503890547220 for now", "503890547220"),
        ("Please block card no 4415101282806639538", "4415101282806639538"),
        ("card number 2395286334599325 is lost", "2395286334599325"),
        ("for this card: 676222165679", "676222165679"),
        ("EBT card number is 5077 1234 5678 9012.", "5077 1234 5678 9012"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Need to see last 10 transactions of card 2307.",
        "She sent a card on 2019-03-04.",
        "Paid $1,200 by card 2 weeks ago.",
        "Account 2623322164608847 was closed.",
        "Her card 12345 expired.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
