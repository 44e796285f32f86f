"""Generalising dates, ages and ZIP codes."""

from __future__ import annotations

import pytest

from redact.transform.ages import generalize_age
from redact.transform.dates import generalize_date
from redact.transform.zip3 import generalize_zip


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("03/14/2026", "2026", "March 2026"),
        ("March 14, 2026", "2026", "March 2026"),
        ("2026-03-14", "2026", "March 2026"),
        ("14 March 2026", "2026", "March 2026"),
        ("3/14", "[DATE]", "March"),
        ("14 March", "[DATE]", "March"),
        ("1985", "1985", "1985"),
        ("last Tuesday", "[DATE]", "[DATE]"),
        ("March 2026", "2026", "March 2026"),
    ],
)
def test_dates_keep_only_what_the_text_stated(text: str, year: str, month: str) -> None:
    assert generalize_date(text, "year") == year
    assert generalize_date(text, "month") == month


@pytest.mark.parametrize(
    ("text", "band", "over", "expected"),
    [
        ("a 34-year-old", 10, None, "a 30-39-year-old"),
        ("age 7", 10, None, "age 0-9"),
        ("age 93", None, 89, "age 90+"),
        ("age 89", None, 89, "age 89"),
        ("aged 95", 10, 89, "aged 90+"),
        ("age 30-39", 10, None, "age 30-39"),
        ("age unknown", 10, None, "[AGE]"),
    ],
)
def test_ages(text: str, band: int | None, over: int | None, expected: str) -> None:
    assert generalize_age(text, band, over) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("02139", "021XX"), ("02139-4307", "021XX"), ("03601", "000XX"), ("MA", "[ZIP]")],
)
def test_zip_to_three_digits_with_restricted_areas(text: str, expected: str) -> None:
    assert generalize_zip(text) == expected


@pytest.mark.parametrize("band_text", ["age 30-39", "a 30-39-year-old"])
def test_age_generalisation_is_idempotent(band_text: str) -> None:
    assert generalize_age(band_text, 10, None) == band_text
