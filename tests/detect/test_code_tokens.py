"""Bare codes of capitals and digits are case numbers; terms and short codes are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.code_tokens import code_token_findings, long_number_findings
from redact.findings import Finding


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in code_token_findings(text)]


def test_bare_dockets_and_file_numbers_are_found() -> None:
    text = "Letter to court investigator re: WO25P1873GD. Also NN-08814-25 and 4TR88213KX."
    assert _found(text) == ["WO25P1873GD", "NN-08814-25", "4TR88213KX"]


@pytest.mark.parametrize(
    "text", ["ADM S/P FALL, S72.001A noted", "HbA1c 7.2 and SpO2 94", "COVID-19", "H1N1", "X4 2025"]
)
def test_terms_codes_and_short_tokens_are_not(text: str) -> None:
    assert _found(text) == []


def test_each_policy_treats_a_bare_docket_as_its_own_case_number(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Letter to court investigator re: WO25P1873GD."
    assert "WO25P1873GD" not in redactor_for("consultation").redact(text).text
    assert "WO25P1873GD" not in redactor_for("research-safe-harbor").redact(text).text
    assert "WO25P1873GD" in redactor_for("court-subpoena").redact(text).text


@pytest.mark.parametrize(
    ("text", "member_id"),
    [
        ("Pt: WHITFIELD, JEROME  ADAP GA-ADAP-0447192  Ph 404-555-0387", "GA-ADAP-0447192"),
        ("PAYER: MEDICARE A (7XK4RT9MW63) → ALTCS PENDING (A70418823)", "A70418823"),
        ("Medicare 1EG4TE5MK73; ADAP #TX-ADAP-55120 (enrolled)", "TX-ADAP-55120"),
        ("MBI on file 7QW2KA9RT48. Ride set for Tuesday.", "7QW2KA9RT48"),
    ],
)  # fmt: skip
def test_the_clients_member_ids_stay_for_the_next_provider_and_case_numbers_go(
    redactor_for: Callable[[str], Redactor], text: str, member_id: str
) -> None:
    # a bare code is a case number, which the next provider does not get; a member id read
    # as one would go with it, though the provider bills with it
    kept = redactor_for("provider-referral").redact(text + " Case WO25P1873GD.").text
    assert member_id in kept
    assert "WO25P1873GD" not in kept


def test_a_medicare_number_is_no_bare_code() -> None:
    assert _found("MBI on file 7QW2KA9RT48, docket WO25P1873GD") == ["WO25P1873GD"]


def test_an_account_ending_ner_called_a_date_stays_found(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Checking acct at the credit union (acct ending 4471) is overdrawn. HbA1c 7.2."
    out = redactor_for("research-safe-harbor").redact(text).text
    assert "4471" not in out and "HbA1c 7.2" in out


@pytest.mark.parametrize("text", ["1. SPOUSE   A219774507   EMPLOYED? NO", "file A-219-774-506"])
def test_an_a_number_is_a_case_number(text: str) -> None:
    assert [f.entity_type for f in code_token_findings(text)] == ["CASE_NUMBER"]


@pytest.mark.parametrize("text", ["Room A12, bed 3", "Grade A 2024", "Plan A1234567"])
def test_a_letter_and_few_digits_is_no_a_number(text: str) -> None:
    assert code_token_findings(text) == []


def test_a_code_with_many_digits_needs_one_letter_only() -> None:
    text = "Benefits card 55012398K7741 on file; room B12, form W2 filed."
    found = [text[f.start : f.end] for f in code_token_findings(text)]
    assert found == ["55012398K7741"]


def test_a_bare_long_number_after_an_unlisted_label_is_an_identifier() -> None:
    text = "LIHEAP 0048812290; EBT 6011 4477 2290 1183; Tribal roll 48-0031177."
    found = [text[f.start : f.end] for f in long_number_findings(text, [])]
    assert found == ["0048812290", "6011 4477 2290 1183", "48-0031177"]


def test_ranges_dates_money_counts_and_local_phones_are_no_identifier() -> None:
    text = (
        "Shift 0700-1900, employed 2016-2021, DOB 1990-04-12, paid $2,450,000 or 1,250,000,"
        " call 555-0142, dose 1500000.5 units, scores 12 14 16 18"
    )
    assert long_number_findings(text, []) == []


def test_a_weak_guess_does_not_cover_a_long_number() -> None:
    text = "TANF 0093382211."
    weak = [Finding(5, 15, "US_BANK_NUMBER", 0.05)]
    strong = [Finding(5, 15, "MEMBER_ID", 0.8)]
    assert [text[f.start : f.end] for f in long_number_findings(text, weak)] == ["0093382211"]
    assert long_number_findings(text, strong) == []
