"""A number shortened for the subject's sake goes whole where it is someone else's. People
and numbers synthetic."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.findings import Action, Finding
from redact.policy.decide import assign_actions
from redact.policy.loader import load_policy
from redact.policy.number_owners import drop_third_party_numbers
from tests.conftest import TEST_KEY


def _action(text: str, names: list[tuple[str, bool]], number: str, entity_type: str) -> Action:
    """The action on `number` once its owner is read; `names` are (name, kept)."""
    policy = load_policy("court-subpoena").policy
    found = [
        Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.9, is_subject=kept)
        for n, kept in names
    ]
    start = text.index(number)
    found.append(Finding(start, start + len(number), entity_type, 0.9))
    decided = drop_third_party_numbers(text, assign_actions(found, policy))
    return next(f.action for f in decided if f.entity_type == entity_type)


@pytest.mark.parametrize(
    ("text", "name", "number", "entity_type"),
    [
        ("Father: Luis Reyes, SSN 512-44-8021", "Luis Reyes", "512-44-8021", "US_SSN"),
        ("Mom Dana Pruitt (DOB 3/9/1986) called", "Dana Pruitt", "3/9/1986", "DATE_OF_BIRTH"),
        ("Stepdad Ray Tubbs, Medicaid # WA 77120458Q", "Ray Tubbs", "WA 77120458Q", "MEMBER_ID"),
    ],
)
def test_a_number_after_a_name_that_goes_goes_whole(
    text: str, name: str, number: str, entity_type: str
) -> None:
    assert _action(text, [(name, False)], number, entity_type) is Action.PLACEHOLDER


def test_a_relation_word_alone_gives_no_owner() -> None:
    # a child-welfare record calls the client herself "Mother"
    assert _action("Mother SSN 458-21-7736, cell on file.", [], "458-21-7736", "US_SSN") is (
        Action.MASK
    )


def test_a_list_of_numbers_after_a_name_that_goes_is_all_theirs() -> None:
    text = "Father: Luis Reyes, SSN ending 4417, DL WA REYESL*221KD"
    assert _action(text, [("Luis Reyes", False)], "4417", "US_SSN") is Action.PLACEHOLDER
    policy = load_policy("court-subpoena").policy
    found = [
        Finding(8, 18, "PERSON", 0.9),
        Finding(text.index("4417"), text.index("4417") + 4, "US_SSN", 0.9),
        Finding(text.index("WA RE"), len(text), "US_DRIVER_LICENSE", 0.9),
    ]
    decided = drop_third_party_numbers(text, assign_actions(found, policy))
    assert [f.action for f in decided if f.entity_type != "PERSON"] == [Action.PLACEHOLDER] * 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Name: Okonkwo, Jaylen   SSN: 078-05-1120", [("Okonkwo, Jaylen", True)]),
        ("Mother: Adaeze Okonkwo, SSN 078-05-1120", [("Adaeze Okonkwo", True)]),
        ("Client lives with mother. SSN: 078-05-1120", []),
        ("SSN: 078-05-1120 (verified with card)", []),
    ],
)
def test_the_subjects_number_or_one_given_to_no_one_is_shortened(
    text: str, names: list[tuple[str, bool]]
) -> None:
    assert _action(text, names, "078-05-1120", "US_SSN") is Action.MASK


FACE_SHEET = (
    "CLIENT FACE SHEET\n"
    "Name: Okonkwo, Jaylen          SSN: 078-05-1120\n"
    "Mother: Adaeze Okonkwo, SSN 512-44-8021, DOB 3/9/1986\n"
    "Father: Luis Reyes, SSN ending 4417, DL WA REYESL*221KD\n"
)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
def test_a_face_sheet_keeps_the_subjects_digits_and_none_of_the_parents(policy: str) -> None:
    out = Redactor(policy, key=TEST_KEY).redact(FACE_SHEET, ["Jaylen Okonkwo"]).text
    assert "1120" in out and "Okonkwo, Jaylen" in out
    for theirs in ("8021", "1986", "3/9", "4417", "221KD", "REYESL", "Luis", "Adaeze"):
        assert theirs not in out


def test_the_list_goes_on_across_a_number_the_policy_removes_anyway() -> None:
    out = Redactor("mandated-report", key=TEST_KEY).redact(FACE_SHEET, ["Jaylen Okonkwo"]).text
    assert "1986" not in out and "3/9" not in out and "8021" not in out
