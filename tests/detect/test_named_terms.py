"""A cue or a shape that puts a name on a role or a programme is overruled; names stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.named_terms import drop_named_terms
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Insurance: Apple Health ProviderOne ID 301177425WA", ["Apple Health"], ["301177425WA"]),
        ("Intake advocate: Noor Haddad, Youth Advocate", ["Youth Advocate"], ["Noor Haddad"]),
        (
            "From: Tobias Lindqvist, Juvenile Probation Counselor",
            ["Juvenile Probation Counselor"],
            ["Lindqvist"],
        ),
        ("| Diversion | 20 hrs | Noor (JPC) |", ["Diversion", "JPC"], ["Noor"]),
        # a label's value cut at a slash is still the public programme it names
        ("INS: MEDICARE A/B MBI 7HX2TN4KP63", ["MEDICARE A/B"], ["7HX2TN4KP63"]),
        # a public programme's plan is the programme; an insurer after it still goes
        ("INS: MASSHEALTH STANDARD. SECONDARY: NONE", ["MASSHEALTH STANDARD"], []),
        ("Insurance: Medicaid Molina Healthcare ID 4471120938", [], ["Molina", "4471120938"]),
        # a state's programme: a state locates nobody; the managed-care plan after it goes
        (
            "Payer: WV Medicaid via Allegheny Family Health Plan, member # AFH 7720194-03",
            ["WV Medicaid"],
            ["Allegheny", "7720194"],
        ),
        ("Contact: Virginia Molina, payer liaison", [], ["Molina"]),
    ],
)
def test_roles_and_programmes_after_a_cue_survive(
    redactor_for: Callable[[str], Redactor], text: str, kept: list[str], gone: list[str]
) -> None:
    out = redactor_for("research-safe-harbor").redact(text).text
    for term in kept:
        assert term in out
    for name in gone:
        assert name not in out


def test_names_after_a_cue_still_go(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "Insurance: Premera Blue Cross. Her son Will and daughter Grace came with Ms. Rose Foster."
    )
    out = redactor_for("research-safe-harbor").redact(text).text
    for name in ("Premera", "Will", "Grace", "Rose Foster"):
        assert name not in out


def test_a_finding_that_is_a_term_with_the_next_word_is_dropped() -> None:
    text = "Referred by Juvenile Probation Counselor Dana Roe."
    start = text.index("Juvenile")
    agency = Finding(start, start + len("Juvenile Probation"), "AGENCY", 0.6)
    person = Finding(text.index("Dana"), text.index("Dana") + 8, "PERSON", 0.85)
    assert drop_named_terms(text, [agency, person]) == [person]


def test_a_role_word_inside_a_misread_name_is_not_spread(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "# Diversion Referral — Thurston County Juvenile Court, Juvenile Probation\n"
        "**From:** Tobias Lindqvist, Juvenile Probation Counselor\n"
        "**Re:** first referral; the youth attends Juvenile Drug Court."
    )
    out = redactor_for("research-safe-harbor").redact(text).text
    assert "Juvenile Probation Counselor" in out and "Lindqvist" not in out


def test_a_state_before_its_public_insurance_is_dropped() -> None:
    text = "She has Ohio Medicaid since the twins were born."
    start = text.index("Ohio")
    ohio = Finding(start, start + 4, "ORGANIZATION", 0.85, source="SpacyRecognizer")
    assert drop_named_terms(text, [ohio]) == []


def test_a_formula_brand_is_meaning_not_a_person(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "She requests a hospital-grade pump and Similac NeoSure when her supply is low."
    assert "Similac NeoSure" in redactor_for("consultation").redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rent came from Ryan White Part B last spring.", "Ryan White"),
        ("He was approved for Virginia ADAP in May.", "Virginia"),
        ("Funding: Ryan White HIV/AIDS Program, emergency assistance.", "Ryan White"),
    ],
)
def test_a_name_or_a_state_opening_a_listed_programme_is_dropped(text: str, name: str) -> None:
    start = text.index(name)
    finding = Finding(start, start + len(name), "PERSON", 0.85, source="SpacyRecognizer")
    assert drop_named_terms(text, [finding]) == []


def test_a_state_read_as_a_place_before_a_programme_is_dropped() -> None:
    text = "Enrolled in Texas HOPWA since June; he moved from Texas in May."
    first = Finding(12, 17, "LOCATION", 0.85, source="SpacyRecognizer")
    second = Finding(text.rindex("Texas"), text.rindex("Texas") + 5, "LOCATION", 0.85)
    assert drop_named_terms(text, [first, second]) == [second]


def test_a_person_named_like_a_state_still_goes(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Georgia Pruitt called; Georgia said the Ryan White Part A clinic moved."
    out = redactor_for("research-safe-harbor").redact(text).text
    assert "Georgia" not in out and "Pruitt" not in out and "Ryan White Part A" in out


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Copay is $20 a visit; Deductible met.", ["Copay", "Deductible"], []),
        ("She called the DV hotline from Marta's phone.", ["DV hotline"], ["Marta"]),
        ("Referred to DV services; Dana Roe to follow up.", ["DV services"], ["Dana Roe"]),
    ],
)
def test_what_a_plan_costs_and_a_kind_of_service_are_no_names(
    redactor_for: Callable[[str], Redactor], text: str, kept: list[str], gone: list[str]
) -> None:
    out = redactor_for("consultation").redact(text).text
    assert all(k in out for k in kept), out
    assert not any(g in out for g in gone), out
