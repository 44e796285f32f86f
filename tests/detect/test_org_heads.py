"""grow_organisations: a bank's or credit union's head noun joins the name NER found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.org_heads import grow_organisations, lower_case_bank_findings
from redact.findings import Finding


def _grown(text: str, part: str, entity_type: str = "ORGANIZATION") -> str:
    start = text.index(part)
    finding = Finding(start, start + len(part), entity_type, 0.85)
    (out,) = grow_organisations(text, [finding])
    return text[out.start : out.end]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Bank: Maple Hollow Savings checking #1", "Maple Hollow", "Maple Hollow Savings"),
        ("at Lakeshore Federal Credit Union today", "Lakeshore", "Lakeshore Federal Credit Union"),
        ("Ridgeway Savings Bank called", "Ridgeway", "Ridgeway Savings Bank"),
        ("Maple Hollow savings were spent", "Maple Hollow", "Maple Hollow"),  # lower case
        ("Maple Hollow\nBank statement", "Maple Hollow", "Maple Hollow"),  # next line
    ],
)
def test_grows(text: str, part: str, expected: str) -> None:
    assert _grown(text, part) == expected


def test_a_person_is_not_grown() -> None:
    assert _grown("Dana Trust arrived", "Dana", "PERSON") == "Dana"


def test_the_redactor_removes_the_whole_bank_name(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Bank: Maple Hollow Savings checking acct ending 5521; the branch manager called."
    released = redactor_for("research-safe-harbor").redact(text).text
    assert "Hollow" not in released and "Savings" not in released, released
    assert "branch manager" in released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi its odile at maple hollow savings just confirming the freeze ok",
         ["maple hollow savings"]),
        ("she called from lakeshore federal credit union about the loan today",
         ["lakeshore federal credit union"]),
        ("i went to the bank and then to the food bank with my mom today ok", []),
        ("we walked to river bank park with the dog today", []),
        ("she banks at black rock savings since the move", ["black rock savings"]),
        ("money came from my savings and from the credit union last week ok", []),
        ("Money came from Maple Hollow Savings last week, she said.", []),  # prose: NER's
    ],
)  # fmt: skip
def test_lower_case_bank_names(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in lower_case_bank_findings(text)] == expected


def test_the_redactor_removes_a_lower_case_bank_name(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "hi its odile at maple hollow savings just confirming the freeze went through ok bye"
    released = redactor_for("consultation").redact(text).text
    assert "maple hollow" not in released and "freeze went through" in released, released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/08 4:30 PM  in: and can u call copper basin savings they froze my card",
         ["copper basin savings"]),
        ("She moved her money into retirement savings last year, per Mom.", []),
    ],
)  # fmt: skip
def test_a_lower_case_bank_in_a_message_line(text: str, expected: list[str]) -> None:
    found = lower_case_bank_findings(text)
    assert [text[f.start : f.end] for f in found] == expected


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        (
            "Health screening at Family Medicine Residency of Idaho 9/24.",
            "Family Medicine Residency of",
            "Family Medicine Residency of Idaho",
        ),
        ("Seen at Legal Aid of the Ozarks today", "Legal Aid of the", "Legal Aid of the Ozarks"),
        ("at the Bank of\nAmerica", "Bank of", "Bank of"),  # the next line is not its name
    ],
)
def test_an_organisation_ending_in_of_is_grown_over_its_name(
    text: str, part: str, expected: str
) -> None:
    assert _grown(text, part) == expected


NER = "SpacyRecognizer"


def test_a_lone_town_from_ner_is_a_place_not_an_organisation() -> None:
    text = "Placed w/ great-aunt L. Szymanski, Liverpool. Seen at Hutchings."
    town, clinic = (
        Finding(text.index(w), text.index(w) + len(w), "ORGANIZATION", 0.85, source=NER)
        for w in ("Liverpool", "Hutchings")
    )
    out = grow_organisations(text, [town, clinic])
    assert [f.entity_type for f in out] == ["LOCATION", "ORGANIZATION"]


def test_a_town_of_several_words_from_ner_is_a_place_too() -> None:
    text = "He grew up in Coeur d'Alene, Idaho; later Winston-Salem. Worked at Delta Dental."
    found = [
        Finding(text.index(w), text.index(w) + len(w), "ORGANIZATION", 0.85, source=NER)
        for w in ("Coeur d'Alene", "Winston-Salem", "Delta Dental")
    ]
    out = grow_organisations(text, found)
    assert [f.entity_type for f in out] == ["LOCATION", "LOCATION", "ORGANIZATION"]


def test_a_court_removes_where_a_relative_lives(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Case opened. Kayleigh placed w/ great-aunt L. Szymanski, Liverpool. Medicaid CIN."
    released = redactor_for("court-subpoena").redact(text, subject=["Kayleigh Dombrowski"]).text
    assert "Liverpool" not in released, released
