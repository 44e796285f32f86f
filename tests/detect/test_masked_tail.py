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
        # dots in brackets after the bank or the kind of account
        ("her own account at Service Credit Union (...0274) overdrawn", ["...0274"]),
        ("Her Chase checking (…5512) was emptied.", ["…5512"]),
        ("the BECU savings (ending ...8830) too", ["...8830"]),
        ("$35 visa x6120, receipt 88", ["x6120"]),
        ("paid by his aunt, MC x 0932", ["x 0932"]),
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
        "Call the front desk x4410 for the card reader.",  # an extension, no card word before
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(MaskedTailRecognizer(), text) == []
    assert _spans(MaskedAccountRecognizer(), text) == []


def test_the_last_digits_go_where_the_policy_removes_the_number() -> None:
    text = "Award letter lists SSN xxx-xx-4019; refund went to account xxxx3391."
    released = Redactor(policy="research-safe-harbor").redact(text).text
    assert "4019" not in released and "3391" not in released


@pytest.mark.parametrize(
    "text",
    [
        "Fee paid 04/02, amex ****3106, receipt emailed.",
        "Copay: Mastercard ****2254 (her sister's card).",
        "Refund to debit card ****7390 on 6/1.",
        "Paid online, Visa ending ****5518, by the client.",
    ],
)
def test_a_ledger_s_starred_card_tail_is_not_taken_for_our_own_mask(text: str) -> None:
    """A ledger or card terminal prints "visa ****4417" as our mask would: four stars after a
    card's word are the source's, and the last four digits go."""
    released = Redactor(policy="research-safe-harbor").redact(text).text
    digits = text.split("****")[1][:4]
    assert digits not in released


@pytest.mark.parametrize("text", ["ID *****8841 kept as sent", "acct ****5678 as masked"])
def test_a_starred_number_without_a_card_word_is_still_our_own_mask(text: str) -> None:
    assert Redactor(policy="research-safe-harbor").redact(text).text == text


def test_redacting_a_masked_card_tail_twice_changes_nothing() -> None:
    redactor = Redactor(policy="court-subpoena")
    once = redactor.redact("Paid by visa 4539 1488 0343 6467 on 3/3.").text
    assert redactor.redact(once).text == once
