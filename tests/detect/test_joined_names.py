"""Joined names: a NER span of two people split, and a word joined to a person taken as
one, through the whole Redactor under a subject-keeping policy (where a sibling joined to
the subject was once kept with her)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor

SUBJECT = ["Kayleigh Ann Dombrowski", "Kayleigh"]


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Kayleigh + Mason placed w/ great-aunt.", ["Kayleigh +", "placed"], ["Mason"]),
        ("Children: Kayleigh (6) & Mason (2).", ["Kayleigh (6) &"], ["Mason"]),
        ("Farzana Rahimi, children Sana (12) and Omid (7).", ["children"], ["Sana", "Omid"]),
        ("Kayleigh and Rosa Delgado went to the park.", ["Kayleigh and", "park"], ["Rosa"]),
        ("Kayleigh and Mom went to Salt and Pepper diner.", ["Kayleigh and Mom", "Salt"], []),
        # the subject's own full name before the joiner: her surname is hers, not a sibling
        (
            "Great-aunt of Kayleigh Dombrowski and Mason Dombrowski-Kuehl.",
            ["Kayleigh Dombrowski and"],
            ["Mason", "Kuehl"],
        ),
        # a given name alone that NER took for an organisation is a person
        (
            "2. DOMBROWSKI-KUEHL, Mason   DOB 01/30/2023   2 y/o. Referral to WIC for Mason.",
            ["WIC"],
            ["Mason", "KUEHL"],
        ),
    ],
)
def test_joined_people_are_decided_one_by_one(
    redactor_for: Callable[[str], Redactor], text: str, kept: list[str], gone: list[str]
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=SUBJECT).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_couple_none_of_whom_is_the_subject_goes_as_one_name(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = "Kayleigh remains in the kinship foster home of Gloria and Earl Tamsworth since 3/11."
    out = redactor_for(policy).redact(text, subject=SUBJECT).text
    assert "Kayleigh remains" in out
    assert not [g for g in ("Gloria", "Earl", "Tamsworth", " and ") if g in out], out


def test_the_subject_joined_to_a_spouse_keeps_his_surname(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "COUPLES SESSION #4 - 9/2/2025 - Tobias Wrenfield & Marisol Wrenfield\nEFT stage 1."
    out = redactor_for("court-subpoena").redact(text, subject=["Tobias Wrenfield"]).text
    assert "Tobias Wrenfield &" in out, out
    assert "Marisol" not in out and out.count("Wrenfield") == 1, out


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "consultation"])
def test_a_kin_word_joined_to_a_name_is_a_relation_not_a_person(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact("Sweat lodge w/ Kookum + Tahnee. Jingle dress done.").text
    assert "Kookum" in out, out
    assert "Tahnee" not in out, out
