"""Contact details kept for the subject, taken back from everyone else (pure, no model)."""

from __future__ import annotations

import pytest

from redact.findings import Action, Finding
from redact.policy.contacts import drop_third_party_contacts
from redact.policy.decide import assign_actions
from redact.policy.loader import load_policy

PROVIDER_REFERRAL = load_policy("provider-referral").policy
OWNED = ("PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS")


def _actions(text: str, found: list[tuple[str, str, bool]]) -> list[tuple[str, Action]]:
    """The action each contact detail gets, in order, after `drop_third_party_contacts`:
    `found` are (text, type, is_subject) of every finding."""
    findings = [
        Finding(text.index(s), text.index(s) + len(s), kind, 0.9, is_subject=subject)
        for s, kind, subject in found
    ]
    decided = assign_actions(findings, PROVIDER_REFERRAL)
    return [
        (text[f.start : f.end], f.action)
        for f in drop_third_party_contacts(text, decided)
        if f.entity_type in OWNED
    ]


def test_a_kept_phone_right_after_a_removed_name_goes_with_it() -> None:
    text = (
        "Neighbour Mrs. Petrakis (315-555-0191) called. Client cell 315-555-0100. "
        "Dr. Ansel at 315-555-0177."
    )
    assert _actions(
        text,
        [
            ("Petrakis", "PERSON", False),
            ("315-555-0191", "PHONE_NUMBER", False),
            ("315-555-0100", "PHONE_NUMBER", False),
            ("Ansel", "PERSON", True),
            ("315-555-0177", "PHONE_NUMBER", False),
        ],
    ) == [
        ("315-555-0191", Action.PLACEHOLDER),  # the neighbour's
        ("315-555-0100", Action.KEEP),  # after no name
        ("315-555-0177", Action.KEEP),  # after a kept name
    ]


def test_a_kept_phone_in_a_table_row_whose_names_all_go_goes_with_them() -> None:
    text = (
        "| Name | Role | Phone |\n"
        "|---|---|---|\n"
        "| VANTERPOOL, Odessa | Client | 602-555-0110 |\n"
        "| Vanterpool, Curtis | Father | 602-555-0144 |\n"
        "| Main office | Agency | 602-555-0100 |\n"
        "Cell on file: 602-555-0150\n"
    )
    assert _actions(
        text,
        [
            ("VANTERPOOL, Odessa", "PERSON", True),
            ("602-555-0110", "PHONE_NUMBER", False),
            ("Vanterpool, Curtis", "PERSON", False),
            ("602-555-0144", "PHONE_NUMBER", False),
            ("602-555-0100", "PHONE_NUMBER", False),
            ("602-555-0150", "PHONE_NUMBER", False),
        ],
    ) == [
        ("602-555-0110", Action.KEEP),  # the client's row
        ("602-555-0144", Action.PLACEHOLDER),  # the father's row
        ("602-555-0100", Action.KEEP),  # a row with no name
        ("602-555-0150", Action.KEEP),  # no table, no owner before it
    ]


def test_a_kept_phone_after_a_removed_name_and_who_they_are_goes_with_it() -> None:
    text = "Alleged perpetrator: Marcus Roe (son), 802-555-0188. Client phone 802-555-0133."
    assert _actions(
        text,
        [
            ("Marcus Roe", "PERSON", False),
            ("802-555-0188", "PHONE_NUMBER", False),
            ("802-555-0133", "PHONE_NUMBER", False),
        ],
    ) == [("802-555-0188", Action.PLACEHOLDER), ("802-555-0133", Action.KEEP)]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Father's cell on file: 602-555-0150", "602-555-0150"),
        ("Aunt won't let her stay. Sister's # 505-892-3316", "505-892-3316"),
        ('9/2 texts w/ "mom" ((407) 555-9174) re: rides', "(407) 555-9174"),
        ("sms w/ mama (404-555-2290)", "404-555-2290"),
        ("Ex-boyfriend's number is 919-555-0143, blocked.", "919-555-0143"),
        ("her landlord: kvick@rentals.example.com", "kvick@rentals.example.com"),
        ("Grandma's house, 44 Mast Rd, is where the kids go.", "44 Mast Rd"),
        ("grandson's cell 440-396-0127 for access if no answer", "440-396-0127"),
        ("Birth grandmother called front office 10/30 from 509-473-2206.", "509-473-2206"),
        ("DAUGHTER CALLED X2 FROM 603-493-2207.", "603-493-2207"),
        ("Downstairs neighbour Mrs. Vukovich (315-472-9018) said", "315-472-9018"),
        ("Roommate Nate called back 321-555-2740; has pt's keys.", "321-555-2740"),
    ],
)
def test_a_kept_detail_right_after_a_relation_word_is_that_persons(text: str, detail: str) -> None:
    kind = (
        "EMAIL_ADDRESS" if "@" in detail else "STREET_ADDRESS" if "Rd" in detail else "PHONE_NUMBER"
    )
    assert _actions(text, [(detail, kind, False)]) == [(detail, Action.PLACEHOLDER)]


def test_a_list_after_a_removed_name_is_all_theirs() -> None:
    text = (
        "Brittany Roe (mother), DOB 04/02/1998, (315) 289-0457, britt.roe98@example.com\n"
        "Son: Martin Szymborski, Tucson, AZ, 520-881-3046\n"
        "Client: Ada Lind, DOB 1/2/1960, 315-555-0100"
    )
    assert _actions(
        text,
        [
            ("Brittany Roe", "PERSON", False),
            ("04/02/1998", "DATE_OF_BIRTH", False),
            ("(315) 289-0457", "PHONE_NUMBER", False),
            ("britt.roe98@example.com", "EMAIL_ADDRESS", False),
            ("Martin Szymborski", "PERSON", False),
            ("Tucson", "LOCATION", False),
            ("520-881-3046", "PHONE_NUMBER", False),
            ("Ada Lind", "PERSON", True),
            ("1/2/1960", "DATE_OF_BIRTH", False),
            ("315-555-0100", "PHONE_NUMBER", False),
        ],
    ) == [
        ("(315) 289-0457", Action.PLACEHOLDER),
        ("britt.roe98@example.com", Action.PLACEHOLDER),
        ("520-881-3046", Action.PLACEHOLDER),
        ("315-555-0100", Action.KEEP),  # the client's own list
    ]


def test_a_list_gives_the_detail_to_the_owner_across_what_the_policy_keeps() -> None:
    # a policy that keeps birth dates and towns does not find them: the list still holds
    text = (
        "Brittany Roe (mother), DOB 04/02/1998, (315) 289-0457\n"
        "Great-aunt Loretta Szyman, 61, of Liverpool ((315) 457-3384). CW called her.\n"
        "Visited Jane Roe in Syracuse. Client cell 315-555-0100"
    )
    assert _actions(
        text,
        [
            ("Brittany Roe", "PERSON", False),
            ("(315) 289-0457", "PHONE_NUMBER", False),
            ("Loretta Szyman", "PERSON", False),
            ("(315) 457-3384", "PHONE_NUMBER", False),
            ("Jane Roe", "PERSON", False),
            ("315-555-0100", "PHONE_NUMBER", False),
        ],
    ) == [
        ("(315) 289-0457", Action.PLACEHOLDER),
        ("(315) 457-3384", Action.PLACEHOLDER),
        ("315-555-0100", Action.KEEP),
    ]


def test_a_call_from_a_removed_name_gives_the_number_to_them() -> None:
    text = (
        "Neighbour Gerald Thibault by phone (603-669-0385); daughter at bedside (cell 603-493-2207)"
    )
    assert _actions(
        text,
        [
            ("Gerald Thibault", "PERSON", False),
            ("603-669-0385", "PHONE_NUMBER", False),
            ("603-493-2207", "PHONE_NUMBER", False),
        ],
    ) == [("603-669-0385", Action.PLACEHOLDER), ("603-493-2207", Action.PLACEHOLDER)]


def test_a_relation_and_a_given_name_before_the_detail_are_one_owner() -> None:
    text = "Treatment court referral. Mom Loretta called 269-381-4476 about rides."
    assert _actions(
        text, [("Loretta", "PERSON", False), ("269-381-4476", "PHONE_NUMBER", False)]
    ) == [("269-381-4476", Action.PLACEHOLDER)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject's name stands between the relation and the detail
        (
            "Mother: Brittany Dombrowski (client), 315-289-0457",
            [("Brittany Dombrowski", "PERSON", True), ("315-289-0457", "PHONE_NUMBER", False)],
        ),
        # she lives with her mother: the address is hers too
        ("Client lives with her mother at 12 Elm St.", [("12 Elm St", "STREET_ADDRESS", False)]),
        (
            "Lives with her mother and a brother, Chukwudi, at 2215 Haverford Ave, Akron.",
            [("Chukwudi", "PERSON", False), ("2215 Haverford Ave", "STREET_ADDRESS", False)],
        ),
        (
            "Discharged to wife Paulette at 1418 Birchwood Ln, Duluth MN 55803.",
            [("Paulette", "PERSON", False), ("1418 Birchwood Ln", "STREET_ADDRESS", False)],
        ),
        (
            "Last stable address: mother's home, 1437 SE 139th Ave, Portland",
            [("1437 SE 139th Ave", "STREET_ADDRESS", False)],
        ),
        (
            "Guardians: Marguerite Castell and Tobias Lind, 2718 W Rowan Ave",
            [
                ("Marguerite Castell", "PERSON", False),
                ("Tobias Lind", "PERSON", False),
                ("2718 W Rowan Ave", "STREET_ADDRESS", False),
            ],
        ),
        (
            "Asked that the school call her, not his mother, at 440-288-4173.",
            [("440-288-4173", "PHONE_NUMBER", False)],
        ),
        # a relation in an earlier sentence says nothing of a later number
        (
            "Her mother visited Tuesday. Client cell 802-555-0133.",
            [("802-555-0133", "PHONE_NUMBER", False)],
        ),
        # the client's own number, said to her mother
        (
            "Client gave her mother the clinic card; her cell is 802-555-0134.",
            [("802-555-0134", "PHONE_NUMBER", False)],
        ),
    ],
)
def test_a_detail_the_text_does_not_give_to_anyone_else_stays(
    text: str, found: list[tuple[str, str, bool]]
) -> None:
    details = [s for s, kind, _ in found if kind in OWNED]
    assert _actions(text, found) == [(d, Action.KEEP) for d in details]


def test_a_number_a_message_came_from_is_the_callers() -> None:
    text = (
        "jun 13 2025 7:52 pm from 440-281-9934\n"
        "hi this is renee tremblay calling about mom\n\n"
        "jun 14 2025 9:00 am from 440-288-4173\n"
        "hi it's mena, call me back\n"
    )
    assert _actions(
        text,
        [
            ("440-281-9934", "PHONE_NUMBER", False),
            ("renee tremblay", "PERSON", False),
            ("440-288-4173", "PHONE_NUMBER", False),
            ("mena", "PERSON", True),
        ],
    ) == [("440-281-9934", Action.PLACEHOLDER), ("440-288-4173", Action.KEEP)]
