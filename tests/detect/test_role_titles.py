"""A role title and a name: the name is a person (kept with the record where staff stay),
the title stays as meaning ("Supervisor [PERSON]", "Pastor [PERSON]")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor

REMOVAL_NOTE = """\
Emergency removal approved by Supervisor Lindqvist at 7:20 PM. Det. Yazzie interviewed mother.
PO Okafor called re: curfew. Counselor Rosenthal met with the youth. Pastor Mike visited.
Submitted by JPO Marisol Quintero.
Supervisor Review: pending.
"""


@pytest.mark.parametrize("policy", ["social-media", "consultation", "research-safe-harbor"])
def test_titled_names_go_and_titles_stay(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(REMOVAL_NOTE).text
    for gone in ("Lindqvist", "Yazzie", "Okafor", "Rosenthal", "Mike", "Quintero"):
        assert gone not in out
    for kept in ("Supervisor", "Det.", "PO", "Counselor", "Pastor", "JPO", "Supervisor Review"):
        assert kept in out


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_titled_professionals_stay_where_staff_stay(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(REMOVAL_NOTE).text
    for kept in ("Supervisor Lindqvist", "Det. Yazzie", "PO Okafor", "JPO Marisol Quintero"):
        assert kept in out


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena"])
def test_an_hr_contact_or_foreman_after_their_title_is_found(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "Phoned Kessling Foundry HR Benedetta Sorensen re light duty; Foreman Okonjo agreed.\n"
        "HR 112 at rest. HR Director on leave.\n"
    )
    out = redactor_for(policy).redact(text).text
    for gone in ("Benedetta", "Sorensen", "Okonjo"):
        assert gone not in out
    for kept in ("HR 112", "HR Director", "Foreman"):
        assert kept in out


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena", "client-request"])
def test_a_carriers_adjuster_and_a_union_steward_after_their_title_are_found(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # NER reads "Adjuster Wendeborn" as an organisation, which a court's policy keeps
    text = (
        "Adjuster Wendeborn called re: IME. Referred to atty.\n"
        "Steward Ostrowski called re: the light-duty grievance.\n"
    )
    out = redactor_for(policy).redact(text).text
    for gone in ("Wendeborn", "Ostrowski"):
        assert gone not in out
    for kept in ("Adjuster", "Steward", "IME"):
        assert kept in out


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena", "provider-referral"])
def test_a_partys_role_said_as_a_title_stays_and_the_name_goes(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "Sponsor Nwachukwu agreed to the home study on 4/2.\n"
        "Roommate Halloran moved out in May; Landlord Pettigrew filed for eviction.\n"
        "Sponsor Agreement signed.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Yeison Ardon"]).text
    for gone in ("Nwachukwu", "Halloran", "Pettigrew"):
        assert gone not in out
    for kept in ("Sponsor", "Roommate", "Landlord", "Sponsor Agreement"):
        assert kept in out
