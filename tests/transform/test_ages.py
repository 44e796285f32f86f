"""Ages a policy's generalisation leaves as written are kept, and 90+ is still aggregated."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact.findings import Action, Finding
from redact.policy.loader import load_policy
from redact.redactor import Redactor
from redact.transform.ages import generalize_age, keep_unchanged_ages

HOUSEHOLD = (
    "HOUSEHOLD: client; grandson Tobias Whitcombe, 11, 6th grade at Riverside Middle School;\n"
    "daughter Marianne Whitcombe (41) stays on weekends. Client's father Edmund Whitcombe, 93,\n"
    "lives in the back room. Children: Harper (7) & Owen (3) W.\n"
    "WISNIEWSKI, Harper Lee   DOB 03/11/2017   7 y/o   F   2nd grade\n"
    "Mr. Whitcombe is a 95-year-old widower; Mrs. Abernathy (76) is the neighbour.\n"
)


def _age(text: str, number: str, action: Action) -> Finding:
    start = text.index(number)
    return Finding(start, start + len(number), "AGE", 0.85, action, "AgeRecognizer")


def test_an_age_under_the_cap_is_a_keep_and_one_over_it_stays_generalised() -> None:
    text = "Harper (7), great-grandfather 94"
    policy = load_policy("research-safe-harbor").policy
    found = [_age(text, "7", Action.GENERALIZE), _age(text, "94", Action.GENERALIZE)]
    kept = keep_unchanged_ages(text, found, policy)
    assert [f.action for f in kept] == [Action.KEEP, Action.GENERALIZE]


def test_a_banding_policy_changes_every_age() -> None:
    text = "Harper (7)"
    found = [_age(text, "7", Action.GENERALIZE)]
    assert keep_unchanged_ages(text, found, load_policy("consultation").policy) == found
    assert generalize_age("7", 10, None) == "0-9"


def test_household_ages_under_safe_harbor(redactor_for: Callable[[str], Redactor]) -> None:
    result = redactor_for("research-safe-harbor").redact(HOUSEHOLD)
    out = result.text
    for kept in ("[PERSON], 11, 6th grade", "[PERSON] (41)", "(7) &", "(3)", "7 y/o", "(76)"):
        assert kept in out
    assert "93" not in out and "95" not in out
    assert "90+" in out
    ages = [f for f in result.findings if f.entity_type == "AGE"]
    assert {HOUSEHOLD[f.start : f.end] for f in ages if f.action is Action.GENERALIZE} <= {
        "93", "95", "95-year-old"
    }  # fmt: skip
    assert not re.search(r"\b(?:19|20)\d\d\b", out.replace("2017", ""))  # no age became a year


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report", "provider-referral"])
def test_household_ages_where_ages_are_kept(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(HOUSEHOLD).text
    for kept in (", 11, 6th grade", "(41)", ", 93,", "(7) &", "(3)", "7 y/o", "95-year-old"):
        assert kept in out
    assert "Tobias" not in out and "Marianne" not in out


def test_household_ages_in_bands_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("consultation").redact(HOUSEHOLD).text
    assert "(40-49)" in out and ", 10-19," in out
    assert "(41)" not in out and "93" not in out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Patient: 92-year-old female, fall at home.", "Patient: 90+-year-old female"),
        ("Patient: 47-year-old female, fall at home.", "Patient: 47-year-old female"),
        ("INTAKE. Age/Sex: 93/F. Lives alone.", "Age/Sex: 90+/F."),
        ("INTAKE. Age/Sex: 38/M. Lives alone.", "Age/Sex: 38/M."),
        ("PT IS 96 YO F W/ CHF, LIVES ALONE.", "PT IS 90+ YO F"),
    ],
)
def test_labelled_and_terse_ages_under_safe_harbor(
    redactor_for: Callable[[str], Redactor], note: str, expected: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(note).text
    assert expected in out
    assert "[MRN]" not in out and "[PERSON]" not in out


@pytest.mark.parametrize(
    ("text", "band", "over", "expected"),
    [
        ("90s", None, 89, "90+"),
        ("mid-90s", None, 89, "mid-90+"),
        ("90's", None, 89, "90+"),
        ("40s", None, 89, "40s"),
        ("40s", 10, None, "40s"),
        ("34", 10, None, "30-39"),
    ],
)
def test_a_decade_of_life_is_top_coded_whole_and_is_a_band_already(
    text: str, band: int | None, over: int | None, expected: str
) -> None:
    assert generalize_age(text, band, over) == expected


def test_a_neighbour_in_his_90s_under_safe_harbor(redactor_for: Callable[[str], Redactor]) -> None:
    out = redactor_for("research-safe-harbor").redact("A neighbour (in his 90s) helps daily.").text
    assert "(in his 90+)" in out


@pytest.mark.parametrize(
    ("note", "expected", "gone"),
    [
        ("DOB 3/4/51, widowed.", "DOB 1951,", "2051"),
        ("DOB 3/4/31, widowed.", "DOB [DOB],", "31"),
        ("PT 93YOF ADM S/P FALL.", "PT 90+YOF", "93"),
        ("F/94 SEEN IN ED.", "F/90+ SEEN", "94"),
        (
            "45 YO HISPANIC MALE, 2 MO OLD INFANT.",
            "45 YO HISPANIC MALE, 2 MO OLD INFANT",
            "[PERSON]",
        ),
    ],
)
def test_birth_years_and_terse_ages_under_safe_harbor(
    redactor_for: Callable[[str], Redactor], note: str, expected: str, gone: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(note).text
    assert expected in out
    assert gone not in out


@pytest.mark.parametrize(
    ("written", "over_89", "band_of_ten"),
    [
        ("ninety-three", "90+", "90-99"),
        ("one hundred and two", "90+", "100-109"),
        ("ninety last week", "90+ last week", "90-99 last week"),
    ],
)
def test_an_age_in_words_is_top_coded_or_banded(
    written: str, over_89: str, band_of_ten: str
) -> None:
    assert generalize_age(written, None, 89) == over_89
    assert generalize_age(written, 10, None) == band_of_ten


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Haldane is 97.",
        "a ninety-four-year-old widow",
        "She is ninety-one and lives alone.",
        "aged one hundred and one",
    ],
)
def test_safe_harbor_top_codes_an_age_over_89_in_words_or_after_a_name(text: str) -> None:
    result = Redactor("research-safe-harbor").redact(text)
    assert "90+" in result.text
    assert not re.search(r"\b9[1-7]\b|ninety|hundred", result.text)


def test_a_number_in_words_that_is_no_age_stays() -> None:
    text = "Ninety percent of the rent is paid by the voucher."
    assert Redactor("research-safe-harbor").redact(text).text == text
