"""The strict reading of file-name words: names go, words of records and dates stay readable."""

from __future__ import annotations

import pytest

from pipelines.name_words import PARTICLE, taken_spans, word_is_name


@pytest.mark.parametrize(
    "word",
    ["Smith", "John", "Okafor", "Quintanilla", "JB", "Q", "SMITH", "patricia", "Baker", "okonkwo"],
)
def test_names_and_initials_are_taken(word: str) -> None:
    assert word_is_name(word)


@pytest.mark.parametrize(
    "word",
    ["intake", "Intake", "Letter", "Court", "Report", "IEP", "Staffing", "Predisposition",
     "Dr", "home", "visit", "the", "The", "August", "session", "mgmt", "summary"],
)  # fmt: skip
def test_words_of_records_are_kept(word: str) -> None:
    assert not word_is_name(word)


def _taken(text: str, covered: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in taken_spans(text, covered or [])]


def test_numbers_long_enough_to_be_record_numbers_are_taken_and_ordinals_kept() -> None:
    assert _taken("02 court report J-24-0831") == [("J-24-0831", "CASE_NUMBER")]
    assert _taken("03 group session3 2024") == []
    assert _taken("client 52907 notes") == [("52907", "CASE_NUMBER")]


@pytest.mark.parametrize(
    "date", ["2024-11-05", "11-05-2024", "20241105", "2024 11 05", "11.05.2024"]
)
def test_dates_are_taken_as_dates_so_the_policy_date_rule_applies(date: str) -> None:
    assert _taken(f"01 intake {date}") == [(date, "DATE_TIME")]


def test_particles_go_with_the_name_after_them() -> None:
    text = "05 letter to Dr van der Hoeven"
    assert _taken(text) == [("van der", PARTICLE), ("Hoeven", "PERSON")]


def test_two_known_names_side_by_side_are_a_name_even_in_lower_case() -> None:
    assert _taken("smith john intake") == [("smith", "PERSON"), ("john", "PERSON")]
    assert _taken("john intake") == [], "one common given name alone may be a word"
    assert _taken("young adult program") == []


def test_nothing_inside_a_covered_span_is_taken_again() -> None:
    text = "Okonkwo Adaeze intake"
    assert _taken(text, [(0, 14)]) == []
    assert _taken(text) == [("Okonkwo", "PERSON"), ("Adaeze", "PERSON")]
