"""Nicknames, insurers and employers written after their labels in intake forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.labelled_names import attention_names, labelled_name_findings
from redact.detect.lexicon import gather_names

FORM = (
    'Client: Achterberg, Desmond J.        Pref. name: "Dez"        Client #: CH-10442\n'
    "Insurance: Evergreen Health Plan PPO, Member ID EHP7731049201\n"
    "Employer: Siuslaw Timber Products (shipping supervisor)\n"
    "Dez reports he did 3 of 4 conversations.\n"
)


def test_the_label_says_what_the_value_is() -> None:
    found = [(FORM[f.start : f.end], f.entity_type) for f in labelled_name_findings(FORM)]
    assert found == [
        ("Dez", "PERSON"),
        ("Evergreen Health Plan PPO", "ORGANIZATION"),
        ("Siuslaw Timber Products", "EMPLOYER"),
    ]


def test_terms_and_common_words_after_a_label_are_no_names() -> None:
    text = "Insurance: Medicaid. Employer: None. Insurance: Self. She goes by Teddy."
    found = [text[f.start : f.end] for f in labelled_name_findings(text)]
    assert found == ["Teddy"]


def test_another_client_member_or_roommate_after_a_label_is_a_person() -> None:
    text = (
        "Other client: Nasrullah (Hazara, SIV), seen same day.\n"
        "Roommate assigned: Dorian Pettibone (room 9C).\n"
        "Other members: None. Another client: Self.\n"
    )
    found = [(text[f.start : f.end], f.entity_type) for f in labelled_name_findings(text)]
    assert found == [("Nasrullah", "PERSON"), ("Dorian Pettibone", "PERSON")]


def test_consultation_removes_the_nickname_everywhere_and_the_insurer(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("consultation").redact(FORM).text
    for gone in ("Dez", "Evergreen", "Siuslaw", "Achterberg", "Desmond"):
        assert gone not in out, (gone, out)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_subject_keeping_policy_keeps_the_whole_name_before_a_field_gap(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    subject = ["Desmond J. Achterberg", "Dez"]
    out = redactor_for(policy).redact(FORM, subject=subject).text
    assert "Achterberg, Desmond J." in out and '"Dez"' in out


def test_a_person_after_attn_is_a_person_and_the_release_gathers_them() -> None:
    text = "To: Westgate Accountability Board, attn. Noelani Fetuao, Diversion Coordinator"
    found = [(f.entity_type, text[f.start : f.end]) for f in labelled_name_findings(text)]
    assert ("PERSON", "Noelani Fetuao") in found
    assert attention_names("Attn: Records Unit. Attention: Medical Records.") == []
    assert dict(gather_names([text]).forms)["Fetuao"] == "noelani fetuao"


def test_a_short_label_in_a_table_row_and_the_next_field_ends_the_value() -> None:
    text = "Intake. Ins Evergreen Health Plan ID EHP7731049201. INSPECTOR GADGET visited."
    found = [(text[f.start : f.end], f.entity_type) for f in labelled_name_findings(text)]
    assert found == [("Evergreen Health Plan", "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Copies to: Anjali Venkataraman, court-appointed counsel; file", "Anjali Venkataraman"),
        ("cc: Oluwaseun Adebayo-Reyes, school counselor", "Oluwaseun Adebayo-Reyes"),
        ("Copy to Thandiwe Mokoena (probation)", "Thandiwe Mokoena"),
    ],
)
def test_a_person_a_letter_is_copied_to_is_a_person(text: str, name: str) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in labelled_name_findings(text)]
    assert found == [(name, "PERSON")]


def test_an_office_a_letter_is_copied_to_is_no_person() -> None:
    text = "Copy to Lakemont CBH intake, fax on file. cc: Records Unit"
    assert [f for f in labelled_name_findings(text) if f.entity_type == "PERSON"] == []


def test_a_payer_of_programme_and_care_level_terms_is_no_name() -> None:
    text = "PAYER: MEDICARE SNF, DAY 12.\nInsurance: Molina Medicaid\n"
    found = [text[f.start : f.end] for f in labelled_name_findings(text)]
    assert found == ["Molina Medicaid"]
