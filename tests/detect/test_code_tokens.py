"""Bare codes of capitals and digits are case numbers; terms and short codes are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.code_tokens import code_token_findings


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
