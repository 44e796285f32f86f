"""MaskedTailRecognizer and MaskedAccountRecognizer: numbers masked but for their last digits."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from redact import Redactor
from redact.detect.recognizers.masked_tail import MaskedAccountRecognizer, MaskedTailRecognizer


def _spans(recognizer: EntityRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tax form shows SSN xxx-xx-4019 for the payee.", ["xxx-xx-4019"]),
        ("SS# XXX XX 8862 on the award letter", ["XXX XX 8862"]),
        ("Widow's claim no. 318-62-0457D, paid monthly.", ["318-62-0457D"]),
        ("BIC 318620457B2 on the notice", ["318620457B2"]),
    ],
)
def test_masked_ssns_and_claim_numbers(text: str, expected: list[str]) -> None:
    assert _spans(MaskedTailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transfer to account xxxx3391 at the credit union.", ["xxxx3391"]),
        ("card XXXX-XXXX-XXXX-2208 was cancelled", ["XXXX-XXXX-XXXX-2208"]),
        ("deposited to ••••5120 on Friday", ["••••5120"]),
        ("SDCU fraud: wire to acct ...7719 frozen.", ["...7719"]),
    ],
)
def test_masked_accounts(text: str, expected: list[str]) -> None:
    assert _spans(MaskedAccountRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Boxes marked xx on the form, 4 of them.",
        "Rated 3x daily, 2024 total.",
        "Model XR-2210 walker delivered.",
        "ICD F03.90; MoCA 14/30.",
        "Phone 520-318-6204 (cell).",
        "and then...2024 was the year she moved",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(MaskedTailRecognizer(), text) == []
    assert _spans(MaskedAccountRecognizer(), text) == []


def test_the_last_digits_go_where_the_policy_removes_the_number() -> None:
    text = "Award letter lists SSN xxx-xx-4019; refund went to account xxxx3391."
    released = Redactor(policy="research-safe-harbor").redact(text).text
    assert "4019" not in released and "3391" not in released
