"""Lines in capitals and paragraphs in lower case, and what counts as a name there."""

from __future__ import annotations

import pytest

from redact.detect.case_style import (
    caseless_spans,
    is_name_evidence,
    is_unknown_word,
    within,
)


def test_a_capitals_line_is_caseless_and_a_prose_line_is_not() -> None:
    text = "PT SEEN FOR HYPERKALEMIA, STARTED DOPAMINE.\nThe client met with Dana Roe today."
    spans = caseless_spans(text)
    first_line = text.index("\n")
    assert within(spans, 0, first_line)
    assert not within(spans, first_line + 1, len(text))


def test_a_lower_case_paragraph_is_caseless() -> None:
    text = "Session summary. Client attended.\n\nseen by dr healey, f/u with pcp in two weeks"
    spans = caseless_spans(text)
    start = text.index("seen")
    assert within(spans, start, len(text))
    assert not within(spans, 0, text.index("\n"))


def test_prose_that_happens_to_wrap_is_not_lower_case() -> None:
    text = "Mother said that she would\ncall back on Monday after the visit."
    assert caseless_spans(text) == ()


def test_a_single_capitalised_word_is_no_capitals_line() -> None:
    assert caseless_spans("PLAN\nContinue weekly sessions.") == ()


@pytest.mark.parametrize("word", ["HEALEY", "margaret", "QUINTERO", "Whitaker"])
def test_names_are_evidence_without_case(word: str) -> None:
    assert is_name_evidence(word)


@pytest.mark.parametrize(
    "word", ["DOPAMINE", "pmh", "CABG", "WILL", "PATIENT", "X3", "with", "ADM", "dtr"]
)
def test_clinical_terms_common_words_and_codes_are_not(word: str) -> None:
    assert not is_name_evidence(word)


def test_unknown_words_are_long_words_english_does_not_know() -> None:
    assert is_unknown_word("QXZUVRE")
    assert not is_unknown_word("ABG")  # short: an abbreviation
    assert not is_unknown_word("CABG")  # a clinical term


def test_spans_are_disjoint_and_looked_up_by_bisection() -> None:
    text = "PT SEEN TODAY IN CLINIC\nBP STABLE ON CURRENT MEDS\nThe client met Dana Roe."
    spans = caseless_spans(text)
    assert spans == ((0, 23), (24, 49))
    assert within(spans, text.index("BP"), text.index("MEDS") + 4)
    assert not within(spans, text.index("IN"), text.index("BP") + 2)  # across two lines
    assert not within(spans, text.index("Dana"), text.index("Dana") + 4)
    assert not within((), 0, 1)


def test_a_rare_dictionary_word_is_name_evidence_in_lower_case_only() -> None:
    # a chart's capitals: the dictionary says it is a word; a lower-case log's nickname
    assert not is_name_evidence("DISHEVELED")
    assert is_name_evidence("gizmo")
