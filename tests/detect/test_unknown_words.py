"""A capitalised word English does not know, inside a sentence, is a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.unknown_words import is_unknown_word, unknown_word_findings
from redact.findings import Finding


def _found(text: str, findings: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in unknown_word_findings(text, findings or [])]


def test_a_lone_unknown_word_inside_a_sentence_is_a_person() -> None:
    text = "Visit went fine; Tavi and the baby slept. Gave Obiageli the bus pass."
    assert _found(text) == ["Tavi", "Obiageli"]


def test_words_english_knows_and_terms_of_meaning_are_left() -> None:
    text = "Started Sertraline, referred to Medicaid, still in Chicago with Grace."
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebecca M. Thornquist, Guardian ad Litem, interviewed the children.",
        "Report of the Attorney ad Litem for the respondent, filed 9/22.",
        "Copy to the guardian ad Litem and to both parents.",
    ],
)
def test_a_word_of_a_longer_title_is_no_person(text: str) -> None:
    assert _found(text) == []


def test_the_first_word_of_a_sentence_or_a_label_value_is_left() -> None:
    text = "Supv reviewed.\nPlan: Cont meds. Hx noted."
    assert _found(text) == []


def test_a_run_of_capitalised_words_is_left_to_the_organisation_steps() -> None:
    text = "He worked at Zorvik Cold Storage until May, then at Brellin's Mart."
    assert _found(text) == []


def test_a_line_in_capitals_says_nothing_by_its_capitals() -> None:
    assert _found("PT SEEN BY ZORVIK TEAM. PLAN CONT TELE.") == []


def test_a_word_already_found_is_not_found_twice() -> None:
    text = "Visit went fine; Tavi slept."
    assert _found(text, [Finding(17, 21, "PERSON", 0.8)]) == []


def test_the_lists_decide_what_is_unknown() -> None:
    assert is_unknown_word("Okwuosa") and not is_unknown_word("Denver")
    assert not is_unknown_word("Lithium") and not is_unknown_word("Ojibwe")


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral", "client-request"])
def test_a_nickname_in_a_short_row_goes_under_a_readable_policy(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    row = "School f/u done. Marisol in 9th grade; Tavi and Brennick doing fine, dad visits Sat."
    out = redactor_for(policy).redact(row, subject=["Marisol Quintero"]).text
    assert "Tavi" not in out and "Brennick" not in out
    assert "Marisol in 9th grade" in out and "dad visits" in out


def test_a_thing_after_a_determiner_and_an_abbreviation_are_left() -> None:
    text = "Her ex drives a silver Zorvana; filed a reply (Dkt. 87) and got the Brellix."
    assert _found(text) == []


def test_an_abbreviation_without_its_dot_has_no_vowel() -> None:
    text = "Hearing cont'd to 4/22 (Dkt 25-JD-00412); moved to Bldg C with Chepe."
    assert _found(text) == ["Chepe"]
