"""Workplaces and private businesses by the shapes the work cues miss: synthetic text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.workplaces import is_care_name, workplace_findings
from redact.findings import Finding
from redact.redactor import Redactor


def _found(text: str, findings: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in workplace_findings(text, findings or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature's title line: the company after the bar
        ("Thanks,\nBrent Olafsen\nSenior Software Engineer | Vantor\n555-0100", ["Vantor"]),
        ("Rae Lindqvist\nAccounts Payable Clerk | Hollister & Dunn\n", ["Hollister & Dunn"]),
        # a workplace in brackets after "works"
        (
            "at the barbershop where Tay works (Sharp Cutz on Delmar Ave).",
            ["Sharp Cutz on Delmar Ave"],
        ),
        # lower case after a work cue, to the end of its clause
        ("son (19) lives w/ her; he works nights at price chopper. no concerns", ["price chopper"]),
        ("4/2 10:01p kay: i got hired at sunny day daycare lol", []),
        ("4/2 10:01p kay: i got hired at kessler tire, start monday", ["kessler tire"]),
        # an independent shop in lower case by its street; not a corner store, not family's
        (
            "mom buys groceries at dusek's market on 9th st, the corner store on main is closed",
            ["dusek's market"],
        ),
        ("he hangs out at his uncle's store on elm st after school most days", []),
        # a family business named for its family, in any case
        ("funeral home: dobrowski & sons. plan: daily visits.", ["dobrowski & sons"]),
        ("Quote from Ferenczi Bros. for the roof.", ["Ferenczi Bros."]),
        # a school district before the post held there
        ("pt is a retired hartley sd bus driver, widowed.", ["hartley sd"]),
        ("Wife: Orland USD cafeteria manager.", ["Orland USD"]),
    ],
)
def test_finds_the_workplace(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # care, government and schools stay what they are
        "Jo Pell, LCSW\nCase Manager | Warren County DHS\n",
        "Intake Coordinator | Lakeside Counseling Center",
        "Case manager works (Bridgeway Recovery Services) Mondays.",
        # no workplace: at home, at night, one English word
        "he works nights at home now. she works at it. mom works for cash.",
        "works at night; dad works for himself.",
        # a person in a table, the agency of the letterhead, a relative's place
        "Supervisor | Raul Ortiz",
        "KESTREL PATHWAYS\nJo Pell\nProgram Manager | Kestrel Pathways\n",
        "he works at dad's shop on weekends. she works for her uncle now.",
        # a business by its family's trade, not a family's name
        "Tools & Sons was the name of the band.",
        # a district where a child studies
        "Kayla attends Orland USD and rides the bus.",
    ],
)
def test_leaves_care_and_ordinary_words(text: str) -> None:
    assert _found(text) == []


def _branch(text: str, phrase: str, kind: str, source: str) -> Finding:
    start = text.index(phrase)
    return Finding(start, start + len(phrase), kind, 0.6, source=source)


def test_an_independent_shops_branch_found_as_a_place_is_a_business() -> None:
    text = "Stole from Dusek Market 9th Ave. Rx sent to Halvey Pharmacy 9th Ave. Mom at lakeview."
    findings = [
        _branch(text, "Dusek Market 9th Ave", "LOCATION", "ShopBranch"),
        _branch(text, "Halvey Pharmacy 9th Ave", "LOCATION", "ShopBranch"),  # care
        _branch(text, "lakeview", "LOCATION", "LowerCasePlace"),  # a compound of place words
    ]
    assert _found(text, findings) == ["Dusek Market 9th Ave"]


def test_a_chains_branch_is_a_business_where_a_job_is_spoken_of() -> None:
    text = (
        "the lady at target on union ave said they're hiring nights.\n"
        "ill be at the 7-eleven on colonial til like 5"
    )
    findings = [
        _branch(text, "target on union ave", "LOCATION", "LowerCasePlace"),
        _branch(text, "7-eleven on colonial", "LOCATION", "LowerCasePlace"),
    ]
    assert _found(text, findings) == ["target on union ave"]


def test_a_shop_by_its_kind_and_street_found_as_an_address_is_a_business() -> None:
    text = "stole from dusek market on 9th st. mom lives on 9th st."
    shop = _branch(text, "dusek market on 9th st", "STREET_ADDRESS", "OrgName")
    home = Finding(text.rindex("9th"), len(text) - 1, "STREET_ADDRESS", 0.6, source="OrgName")
    assert _found(text, [shop, home]) == ["dusek market on 9th st"]


def test_nothing_over_an_agency_another_step_found() -> None:
    text = "Kim Ro\nProgram Analyst | Marrow Fund\n"
    agency = Finding(text.index("Marrow"), len(text) - 1, "AGENCY", 0.6)
    assert _found(text, [agency]) == []


def test_a_district_with_a_post_is_a_workplace_even_where_found_as_a_school() -> None:
    text = "Wife: Orland USD cafeteria manager."
    school = Finding(6, 16, "SCHOOL", 0.6)
    assert _found(text, [school]) == ["Orland USD"]


def test_care_words_and_legal_forms() -> None:
    assert is_care_name("Bridgeway Recovery Services")
    assert not is_care_name("Osterhout Tree Service LLC")
    assert not is_care_name("Vantor")


@pytest.mark.parametrize("policy", ["mandated-report", "provider-referral", "court-subpoena"])
def test_a_workplace_goes_under_a_policy_that_keeps_organisations(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "From: Brent Olafsen\nSubject: pickup\n\nI can take the kids Saturday.\n\n"
        "Brent Olafsen\nSenior Software Engineer | Vantor\n\n"
        "Collateral: neighbour says the son works nights at price chopper. funeral home: "
        "dobrowski & sons."
    )
    out = redactor_for(policy).redact(text, subject=["Amina Farah Yusuf"]).text
    for name in ("Vantor", "price chopper", "dobrowski"):
        assert name not in out
