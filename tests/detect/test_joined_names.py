"""Joined names: a NER span of two people split, and a word joined to a person taken as
one, through the whole Redactor under a subject-keeping policy (where a sibling joined to
the subject was once kept with her)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.joined_names import joined_people
from redact.findings import Finding

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


def _guess(text: str, mention: str, kind: str = "ORGANIZATION") -> Finding:
    start = text.index(mention)
    return Finding(start, start + len(mention), kind, 0.85, source="SpacyRecognizer")


@pytest.mark.parametrize(
    ("text", "mention", "people"),
    [
        ("Teammates Nora and Jade P. keep texting her.", "Nora and Jade P.", ["Nora", "Jade P."]),
        ("Discharged. RB & Talia waved goodbye.", "RB & Talia", ["RB", "Talia"]),
        ("Rides from Inez + Marisol on Fridays.", "Inez + Marisol", ["Inez", "Marisol"]),
    ],
)
def test_an_organisation_ner_made_of_people_is_people(
    text: str, mention: str, people: list[str]
) -> None:
    found = joined_people(text, [_guess(text, mention)])
    assert [text[f.start : f.end] for f in found] == people
    assert all(f.entity_type == "PERSON" for f in found)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Bought a rifle from Smith & Wesson.", "Smith & Wesson"),
        ("Referral to Catholic Charities and Goodwill.", "Catholic Charities and Goodwill"),
        ("Seen at Procter & Gamble's clinic.", "Procter & Gamble"),
    ],
)
def test_a_firm_of_surnames_or_words_stays_an_organisation(text: str, mention: str) -> None:
    found = joined_people(text, [_guess(text, mention)])
    assert [f.entity_type for f in found] == ["ORGANIZATION"]


def test_teammates_joined_are_removed_under_the_court(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Two girls from her team, Ava and Lily K., text her about her weight."
    out = redactor_for("court-subpoena").redact(text, subject=SUBJECT).text
    assert "Ava" not in out and "Lily" not in out and "her weight" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Husband Osvaldo Pereira-Lindqvist brought her in.", ["Husband"]),
        ("HUSBAND left; Husband Teodor Vainio returned at 3.", ["Husband"]),
    ],
)
def test_a_word_ending_in_and_is_not_a_joiner(text: str, kept: list[str]) -> None:
    """ "Husband Teodor Vainio": the relation word stays whole, no "Husb" joined by "and"."""
    out = Redactor("consultation").redact(text, ["Marit Solberg"]).text
    for word in kept:
        assert word in out, out
