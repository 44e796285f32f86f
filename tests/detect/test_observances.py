"""Holidays and observances say what a family keeps, never who it is; names stay names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.observances import is_observance


@pytest.mark.parametrize(
    "phrase",
    ["Diwali", "Eid al-Fitr", "Kwanzaa", "Hanukkah", "Lunar New Year", "Juneteenth",
     "Día de los Muertos", "Rosh Hashanah", "Nowruz", "First Day of Ramadan"],
)  # fmt: skip
def test_holidays_of_many_countries_and_faiths_are_observances(phrase: str) -> None:
    assert is_observance(phrase)


@pytest.mark.parametrize(
    "phrase",
    # a one-word holiday that is also a name; a town; what is left of a day named after
    # a person or a place without its "Day"
    [
        "Noel",
        "Easter",
        "Corpus Christi",
        "Columbus",
        "Lee Jackson",
        "Memorial",
        "Eid Ahmed",
        # a feast in plain English words: a hospital's or a school's name as often
        "Sacred Heart",
        "Holy Cross",
        "Immaculate Conception",
    ],
)
def test_names_towns_and_short_forms_of_named_days_are_no_observances(phrase: str) -> None:
    assert not is_observance(phrase)


@pytest.mark.parametrize("policy", ["consultation", "social-media", "research-safe-harbor"])
@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "The family celebrates Kwanzaa and Hanukkah, Lunar New Year, Juneteenth and Día "
            "de los Muertos.",
            ["Kwanzaa", "Hanukkah", "Lunar New Year", "Juneteenth", "Día de los Muertos"],
            [],
        ),
        ("Visit moved for Diwali; dinner with Grandma Mei.", ["Diwali"], ["Mei"]),
        (
            "Eid Ahmed called before Eid al-Fitr. Noel Baptiste came too.",
            ["Eid al-Fitr"],
            ["Eid Ahmed", "Noel Baptiste"],
        ),
    ],
)
def test_observances_stay_and_the_names_beside_them_go(
    redactor_for: Callable[[str], Redactor], policy: str, text: str, kept: list[str],
    gone: list[str],
) -> None:  # fmt: skip
    out = redactor_for(policy).redact(text).text
    assert all(k in out for k in kept), out
    assert not any(g in out for g in gone), out
