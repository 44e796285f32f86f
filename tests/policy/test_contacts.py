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


def _their(text: str, owners: list[tuple[str, bool]], detail: str) -> Action:
    """The action the one contact detail `detail` gets, given the names (text, kept)."""
    kind = "EMAIL_ADDRESS" if "@" in detail else "PHONE_NUMBER"
    found = [(name, "PERSON", kept) for name, kept in owners] + [(detail, kind, False)]
    actions = dict(_actions(text, found))
    return actions[detail]


@pytest.mark.parametrize(
    ("text", "owners", "detail"),
    [
        # a sentence that is only a label and the detail: the last person named before it
        (
            "Dad R. Okonkwo picked up at 3:15, was calm. Cell 614-555-0182.",
            [("R. Okonkwo", False)],
            "614-555-0182",
        ),
        ("Foster mom Trish cooperative with plan. Msg left 765-555-0117.", [], "765-555-0117"),
        (
            "Relative placement: Ida B. Fenwick, 118 Quarry Rd, Barre VT. Home phone 802-555-0150.",
            [("Ida B. Fenwick", False)],
            "802-555-0150",
        ),
        # a pronoun and a contact word open the sentence after someone who goes
        ("could aunt dee drive me thurs? her # is 317 555 0121", [("dee", False)], "317 555 0121"),
        (
            "Ask whether Marcus can come to the meeting. His cell is 412-555-0164.",
            [("Marcus", False)],
            "412-555-0164",
        ),
        (
            "Spoke w/ his wife Ruth Amara. Number on file 330-555-0120.",
            [("Ruth Amara", False)],
            "330-555-0120",
        ),
    ],
)
def test_a_detail_opening_its_sentence_is_the_last_named_persons(
    text: str, owners: list[tuple[str, bool]], detail: str
) -> None:
    assert _their(text, owners, detail) is Action.PLACEHOLDER


@pytest.mark.parametrize(
    ("text", "owners", "detail"),
    [
        # the client is named after the relative: "her" is the client's
        ("Mother Jane Ruiz visited. Client says her cell is 574-555-0103.", [("Jane Ruiz", False)],
         "574-555-0103"),
        # the subject is the last person named
        ("Grandma Bev left. Tasha Ruiz stayed for group. Cell 574-555-0104.",
         [("Bev", False), ("Tasha Ruiz", True)], "574-555-0104"),
        # no one is named before it
        ("Intake completed by phone. Cell 574-555-0105.", [], "574-555-0105"),
        # the sentence before names them as the client's company: her own number
        ("Lives with partner Terry Hall and son Jace (9). Cell 574-555-0106.",
         [("Terry Hall", False), ("Jace", False)], "574-555-0106"),
        ("She stays with her aunt and a cousin, Mireya, at 40 Pine St. Cell 574-555-0107.",
         [("Mireya", False)], "574-555-0107"),
    ],
)  # fmt: skip
def test_a_detail_opening_its_sentence_after_the_subject_stays(
    text: str, owners: list[tuple[str, bool]], detail: str
) -> None:
    assert _their(text, owners, detail) is Action.KEEP


@pytest.mark.parametrize(
    ("text", "owners", "detail", "action"),
    [
        # a collateral's e-mail signature
        (
            "Thanks.\n\nWendell Osei\nShift Supervisor, Kroger #412\n937-555-0190\n",
            [("Wendell Osei", False)],
            "937-555-0190",
            Action.PLACEHOLDER,
        ),
        ("ok see you then\nbecca\nc: 937-555-0191\n", [("becca", False)], "937-555-0191",
         Action.PLACEHOLDER),
        # the worker's own signature stays
        ("Regards,\nDana Whitlow, LCSW\n937-555-0192\n", [("Dana Whitlow", True)], "937-555-0192",
         Action.KEEP),
    ],
)  # fmt: skip
def test_a_detail_under_a_signature_is_the_signers(
    text: str, owners: list[tuple[str, bool]], detail: str, action: Action
) -> None:
    assert _their(text, owners, detail) is action


@pytest.mark.parametrize(
    ("text", "owners", "detail", "action"),
    [
        # a chat line's speaker gives their own number
        ("3/2 4:10 pm  jaylen_b: np. my number is 260 555 0148 if u need", [("jaylen_b", False)],
         "260 555 0148", Action.PLACEHOLDER),
        # a voicemail whose caller says who they are
        ("mar 3 2025 9:02 am from unknown\nhey it's lorna gutierrez his cousin\n"
         "call me back my cell is 260-555-0177\n", [("lorna gutierrez", False)], "260-555-0177",
         Action.PLACEHOLDER),
        # the subject's own chat line
        ("3/2 4:12 pm  kay.b: my # is 260 555 0150", [("kay.b", True)], "260 555 0150",
         Action.KEEP),
    ],
)  # fmt: skip
def test_my_number_in_a_message_is_its_authors(
    text: str, owners: list[tuple[str, bool]], detail: str, action: Action
) -> None:
    assert _their(text, owners, detail) is action


@pytest.mark.parametrize(
    ("text", "owners", "detail", "action"),
    [
        # the local part spells the name of someone who goes
        ("Cc: Lucinda Vargas-Pell; lvargaspell@example.org", [("Lucinda Vargas-Pell", False)],
         "lvargaspell@example.org", Action.PLACEHOLDER),
        ("Sister Odette Brandt wants updates, odette.b72@example.net.",
         [("Odette Brandt", False)], "odette.b72@example.net", Action.PLACEHOLDER),
        # a family name the subject shares says nothing; her given name keeps it
        ("Client Noor Haddad; mother Rima Haddad. Email noor.haddad@example.com",
         [("Noor Haddad", True), ("Rima Haddad", False)], "noor.haddad@example.com",
         Action.KEEP),
    ],
)  # fmt: skip
def test_an_email_that_spells_a_removed_name_is_theirs(
    text: str, owners: list[tuple[str, bool]], detail: str, action: Action
) -> None:
    assert _their(text, owners, detail) is action


@pytest.mark.parametrize(
    ("text", "owners", "detail"),
    [
        # a housemate's phone is still the housemate's (the household keeps addresses only)
        ("Lives with partner Corey Lutz (231-555-0109), who drinks daily.", [("Corey Lutz", False)],
         "231-555-0109"),
        ("PARENTS IN BANGOR NOTIFIED W/ CONSENT, MOTHER CELL 207-555-0110.", [], "207-555-0110"),
        # a sentence in capitals ends before the relative who owns the number
        ("LIVES W/ HUSBAND IN QUINCY. SON DMITRI VOSS (617-555-0111) VISITS.",
         [("DMITRI VOSS", False)], "617-555-0111"),
        # a sentence ending in a quote ends before the relative who owns the number
        ('Nephew says she is "fine". Her son Abel Tran lives in Lowell, 978-555-0112.',
         [("Abel Tran", False)], "978-555-0112"),
        # a town in lower case, an aside with a number, a labelled number on the way
        ("daughter keisha in dayton (937-555-0113) aware", [("keisha", False)], "937-555-0113"),
        ("collateral: neighbor Opal Reyes, 2nd floor, 937-555-0114, heard it",
         [("Opal Reyes", False)], "937-555-0114"),
        ("Father: Lyle Banks, DOB 2/2/1980, SSN last 4: 1122, cell 937-555-0115.",
         [("Lyle Banks", False)], "937-555-0115"),
        # the relation word in brackets after the label
        ("PHONE 937-555-0100   CELL (son) 937-555-0116", [], "937-555-0116"),
        # a call with a few words between the verb and the number
        ("aunt mavis rang the front desk (937-555-0117) twice", [("mavis", False)],
         "937-555-0117"),
    ],
)  # fmt: skip
def test_a_relatives_number_reached_along_the_sentence_is_theirs(
    text: str, owners: list[tuple[str, bool]], detail: str
) -> None:
    assert _their(text, owners, detail) is Action.PLACEHOLDER


@pytest.mark.parametrize(
    ("text", "found", "actions"),
    [
        # a relative's block in a form: the fields under their name are theirs
        (
            "Emergency contact: Vera Holm (aunt)\nHome phone: 651-555-0130\n"
            "E-mail: vholm@example.net\n",
            [("Vera Holm", "PERSON", False), ("651-555-0130", "PHONE_NUMBER", False),
             ("vholm@example.net", "EMAIL_ADDRESS", False)],
            [Action.PLACEHOLDER, Action.PLACEHOLDER],
        ),
        (
            "Name: Dale Okafor     Relationship: stepfather     Age: 47\n"
            "Address: 9 Birch Ct, Apt 2     Cell: 651-555-0131\n",
            [("Dale Okafor", "PERSON", False), ("Age", "PERSON", False),
             ("9 Birch Ct, Apt 2", "STREET_ADDRESS", False),
             ("651-555-0131", "PHONE_NUMBER", False)],
            # the address may be the client's household too: only the phone goes
            [Action.KEEP, Action.PLACEHOLDER],
        ),
        # the client's own block, a label mistaken for a name in between
        (
            "Client: Ines Carrow\nAge: 33\nAddress: 40 Hill Rd\nPhone: 651-555-0132\n",
            [("Ines Carrow", "PERSON", True), ("Age", "PERSON", False),
             ("40 Hill Rd", "STREET_ADDRESS", False), ("651-555-0132", "PHONE_NUMBER", False)],
            [Action.KEEP, Action.KEEP],
        ),
        # a blank line ends the relative's block; a field that names the client is hers
        (
            "Collateral: Rudy Pace (uncle)\n\nPhone: 651-555-0133\n"
            "Collateral: Rudy Pace (uncle)\nClient cell: 651-555-0134\n",
            [("Rudy Pace", "PERSON", False), ("651-555-0133", "PHONE_NUMBER", False),
             ("651-555-0134", "PHONE_NUMBER", False)],
            [Action.KEEP, Action.KEEP],
        ),
    ],
)  # fmt: skip
def test_a_form_field_in_a_persons_block_is_theirs(
    text: str, found: list[tuple[str, str, bool]], actions: list[Action]
) -> None:
    assert [a for _, a in _actions(text, found)] == actions


K, G = Action.KEEP, Action.PLACEHOLDER
P, E, A, N = "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "PERSON"


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (  # a reporter's line in a hotline intake, then the client's
            "Reporter: Dana Whitfield, LPN, day nurse, Oakmont Middle School, 608-555-0142\n"
            "Client: Mia Roe, 608-555-0100",
            [
                ("Dana Whitfield", N, False),
                ("608-555-0142", P, False),
                ("Mia Roe", N, True),
                ("608-555-0100", P, False),
            ],
            [G, K],
        ),
        (  # a family list's bullet about the son
            "- Son Peter Alvarez, 44, holds power of attorney since 2021 and pays the bills, "
            "717-555-0190; his wife Ann.",
            [("Peter Alvarez", N, False), ("717-555-0190", P, False)],
            [G],
        ),
        (  # the sentence is about her: she lives there, not the client
            "Mr. Haddad, 52, a long-haul driver for Swift, lives at 88 Birch Rd, Ames.",
            [("Haddad", N, False), ("88 Birch Rd", A, False)],
            [G],
        ),
        (  # a lower-case note
            "aunt marisol ortega checks on her most evenings, cell 978-555-0123.",
            [("marisol ortega", N, False), ("978-555-0123", P, False)],
            [G],
        ),
        (  # the client lives there with her: the household's address stays
            "Mother Jane Roe lives with client at 12 Elm St, 555-555-0100.",
            [("Jane Roe", N, False), ("12 Elm St", A, False), ("555-555-0100", P, False)],
            [K, K],
        ),
        (  # "client's request" names no owner; the mother stays the clause's topic
            "Client's mother Denise Roe in Tampa called by client's request at 0255, "
            "(407) 555-0174, will come.",
            [("Denise Roe", N, False), ("(407) 555-0174", P, False)],
            [G],
        ),
    ],
)
def test_a_detail_in_a_clause_about_someone_who_goes_is_theirs(
    text: str, found: list[tuple[str, str, bool]], expected: list[Action]
) -> None:
    assert [action for _, action in _actions(text, found)] == expected


def test_a_relation_in_brackets_after_a_number_owns_it_and_only_it() -> None:
    text = (
        "Phone: (606) 555-0912 (cell, granddaughter usually answers)   Alt: 606.555.3317 "
        "(son's)\nContacts: 412-555-0101 (her sister's cell); 412-555-0177 (Mom); "
        "412-555-0199 (home)"
    )
    found = [(s, P, False) for s in ("(606) 555-0912", "606.555.3317", "412-555-0101")]
    found += [(s, P, False) for s in ("412-555-0177", "412-555-0199")]
    assert [a for _, a in _actions(text, found)] == [K, G, G, G, K]


def test_a_number_money_was_sent_to_is_the_payees() -> None:
    text = (
        "  05/02/24    Zelle to 602-555-4127    $500.00\n"
        "  05/09/24  Venmo payment to lucky7@pay.example $80\n"
        "i send 50 dollar by momo to +233 24 555 0199 yesterday. call me 555-555-0100\n"
        "Worker will send reminders to 412-555-0100 weekly."
    )
    found = [(s, P, False) for s in ("602-555-4127", "+233 24 555 0199", "555-555-0100")]
    found += [("lucky7@pay.example", E, False), ("412-555-0100", P, False)]
    assert [a for _, a in _actions(text, found)] == [G, G, K, G, K]


def test_an_e_mail_that_spells_the_clients_family_name_and_another_given_name_is_not_hers() -> None:
    text = (
        "To: Lena Ostrova <lena.ostrova@mail.example>\n"
        "Cc: Gary Ostrova <gostrova@mail.example>; dmitri.ostrova@mail.example\n"
        "hey it's ben, lena's brother. my email is benostrova88@mail.example"
    )
    found = [("Lena Ostrova", N, True), ("lena.ostrova@mail.example", E, False)]
    found += [("Gary Ostrova", N, False), ("gostrova@mail.example", E, False)]
    found += [("dmitri.ostrova@mail.example", E, False), ("ben", N, False), ("lena", N, True)]
    found += [("benostrova88@mail.example", E, False)]
    assert [a for _, a in _actions(text, found)] == [K, G, G, G]


def test_a_voicemail_caller_who_gives_a_name_not_the_clients_owns_the_number() -> None:
    text = (
        "may 2 2025 10:01 am from 330-555-9050\n"
        "hi dana it's kerry at first federal confirming the hold\n\n"
        "may 3 9:00 am from 330-555-0001\nhey it's me again call me\n\n"
        "may 4 9:00 am from 330-555-0002\nhi this is lou calling back\n\n"
        "jul 9 4:40 pm from 614-555-7719\nhello mr okafor this is dee from the front desk\n"
    )
    found = [(s, P, False) for s in ("330-555-9050", "330-555-0001")]
    found += [("lou", N, True), ("330-555-0002", P, False), ("614-555-7719", P, False)]
    assert [a for _, a in _actions(text, found)] == [G, K, K, G]


def test_a_detail_in_a_section_about_someone_who_goes_is_theirs() -> None:
    text = (
        "## 3/2/2025 — Walter Greaves, maternal grandfather (phone)\n"
        "- Sees the boys Sundays. Lives at 14 Quarry Rd, Elkhart.\n"
        '- "She tries hard." Cell 574-555-0181.\n\n'
        "## 3/9/2025 — Rhea Ostrander (client), home visit\n"
        "- Cell 574-555-0100. Lives at 9 Pine Ct.\n"
    )
    found = [("Walter Greaves", N, False), ("14 Quarry Rd", A, False)]
    found += [("574-555-0181", P, False), ("Rhea Ostrander", N, True)]
    found += [("574-555-0100", P, False), ("9 Pine Ct", A, False)]
    assert [a for _, a in _actions(text, found)] == [G, G, K, K]


def test_a_detail_opening_a_sentence_goes_back_over_a_sentence_naming_nobody() -> None:
    text = (
        "Other youth: Kayla Brandt, 17, on probation. DOB 3/9/2008. Phone 503-555-1173.\n"
        "Met client at library. DOB 3/9/2008. Phone 503-555-1100.\n"
        "Ana Ruiz (24) is the donor, works days, lives with her father Tito in Racine. "
        "Her cell 262-555-0873.\n"
        "Lives with partner Terry and daughter Jayla (9). Cell 262-555-0111."
    )
    found = [("Kayla Brandt", N, False), ("503-555-1173", P, False)]
    found += [("503-555-1100", P, False), ("Ana Ruiz", N, False), ("Tito", N, False)]
    found += [("262-555-0873", P, False), ("Terry", N, False), ("Jayla", N, False)]
    found += [("262-555-0111", P, False)]
    assert [a for _, a in _actions(text, found)] == [G, K, G, K]


def test_a_form_block_looks_past_a_town_read_as_a_name_for_its_owner() -> None:
    text = (
        "1. Name: Dale P. Orrin   Relationship: nephew   DOB: 02/03/1990\n"
        "   Address: unknown; sometimes stays in Dover with Carla\n"
        "   Phone: 603-555-8824   Vehicle: red truck\n"
    )
    found = [("Dale P. Orrin", N, False), ("Carla", N, False), ("603-555-8824", P, False)]
    assert [a for _, a in _actions(text, found)] == [G]
    text = (  # the client's own block, with her company and a school read as a name
        "RESIDENT: ROE, ARI   DOB: 07/22/2007\n"
        "Accompanied by: mother Lorena Roe (DOB 3/9/1984); brother Benny, 9\n"
        "School: Lincoln High School\n"
        "Cell: (253) 555-4420   Snap: ari.vt07\n"
    )
    found = [("ROE, ARI", N, True), ("Lorena Roe", N, False), ("Benny", N, False)]
    found += [("Lincoln", N, False), ("(253) 555-4420", P, False)]
    assert [a for _, a in _actions(text, found)] == [K]


def test_a_form_block_of_someone_outside_the_household_loses_its_address_too() -> None:
    text = (
        "Sponsor: Rosa Elena Pérez (goes by Rosi), aunt, DOB 01/02/1990\n"
        "ID: passport 12345; A-Number: 209-876-111 (pending, Dallas)\n"
        "Address: 410 Vine St, Apt 2, Garland, TX 75040; phone (972) 555-2290\n\n"
        "ALLEGED PERPETRATOR\n"
        "Name: Kevin Roe          Relationship: son          Age: 52\n"
        "Address: 31 Lowell St., Worcester          Phone: 774.555.0148\n\n"
        "PERSONS LEGALLY RESPONSIBLE\n"
        "Travis Kuhn (mother's paramour), DOB 1/1/1994, cell 315-555-2281\n"
        "Address: 1127 Kellogg Ave, Apt 2\n"
    )
    found = [("Rosa Elena Pérez", N, False), ("Rosi", N, False), ("Dallas", N, False)]
    found += [("410 Vine St, Apt 2", A, False), ("(972) 555-2290", P, False)]
    found += [("Kevin Roe", N, False), ("31 Lowell St.", A, False), ("774.555.0148", P, False)]
    found += [("Travis Kuhn", N, False), ("315-555-2281", P, False)]
    found += [("1127 Kellogg Ave, Apt 2", A, False)]
    # the boyfriend's home is the child's too
    assert [a for _, a in _actions(text, found)] == [G, G, G, G, G, K]


def test_an_address_under_a_letters_addressee_who_goes_is_theirs() -> None:
    text = (
        "Ohio Valley Freight, Human Resources\nAttn: Pam Crouse, Leave Coordinator\n"
        "PO Box 2290, Kenova, WV 25530\n\n"
        "Mr. Dale Ferris\n88 Hill Rd\nAmes, IA\n\n"
        "Curtis R. Ballard\n412 W. Abbot Ave.\nPueblo, CO\n"
    )
    found = [("Pam Crouse", N, False), ("PO Box 2290", A, False), ("Dale Ferris", N, False)]
    found += [("88 Hill Rd", A, False), ("Curtis R. Ballard", N, True)]
    found += [("412 W. Abbot Ave.", A, False)]
    assert [a for _, a in _actions(text, found)] == [G, G, K]  # the client's stays
