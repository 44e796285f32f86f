"""Names set off before a kin word, and whole names in capitals (synthetic names)."""

from __future__ import annotations

import pytest

from redact.detect.apposed_names import apposed_name_findings


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in apposed_name_findings(text, [])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name that is also an English word, made a name by its apposition
        ("Hodan says Mercy, Hope's daughter, plays with Ayaan.", ["Mercy"]),
        ("Paris, her son, started school in August.", ["Paris"]),
        # a name no list holds
        ("Called Nhialic, their oldest son, about the rent.", ["Nhialic"]),
    ],
)
def test_a_name_set_off_before_a_kin_word(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["Yesterday, her daughter called.", "Later, the client's son came by.", "Today, his wife."],
)
def test_a_word_set_off_before_a_kin_word_stays(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1. MOHAMUD ELMI ABDIRIZAK   SPOUSE   EMPLOYED? NO", ["MOHAMUD ELMI ABDIRIZAK"]),
        ("Custody worry. ABDIRIZAK M. MOHAMUD may relocate.", ["ABDIRIZAK M. MOHAMUD"]),
        (
            "Group: JEAN-ROBERT DORVILUS, OKSANA BONDARENKO",
            ["JEAN-ROBERT DORVILUS", "OKSANA BONDARENKO"],
        ),
    ],
)
def test_a_whole_name_in_capitals(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "SNAP WIC LTBI TANF",
        "PTSD HMIS SSVF",
        "HOUSEHOLD MEMBERS APPLYING",
        "PUEBLO WEST DUPLEX - LANDLORD WON'T TAKE VASH",
        "DX: COPD CHF HTN",
    ],
)
def test_acronyms_headings_and_towns_in_capitals_stay(text: str) -> None:
    assert _names(text) == []


def test_a_name_already_found_is_not_found_again() -> None:
    from redact.findings import Finding

    text = "Custody worry. ABDIRIZAK M. ELMI may relocate."
    found = Finding(15, 32, "PERSON", 0.85)
    assert apposed_name_findings(text, [found]) == []


def test_capitals_around_a_middle_initial_are_a_name_though_no_list_holds_them() -> None:
    assert _names("Safety plan. KHADRAWI J. OSSOBLE may move to Dayton.") == ["KHADRAWI J. OSSOBLE"]


def test_a_run_is_taken_whole_though_a_finding_holds_its_initial_and_surname() -> None:
    from redact.findings import Finding

    text = "Safety plan. KHADRAWI J. OSSOBLE may move to Dayton."
    part = Finding(22, 32, "PERSON", 0.7)  # "J. OSSOBLE", as the letter-initial rule finds it
    found = apposed_name_findings(text, [part])
    assert [text[f.start : f.end] for f in found] == ["KHADRAWI J. OSSOBLE"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("BNS CASE NOTES — Warsame household — case 0734", ["Warsame"]),
        ("Visited the Nguyen family at home.", ["Nguyen"]),
        ("A Foster family, a Somali family, the Louisville home, a Host family.", []),
    ],
)
def test_a_family_name_before_a_word_for_the_family(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_word_listed_beside_a_found_name_is_a_name() -> None:
    from redact.findings import Finding

    text = "Present: Marguerite Osei-Lindqvist, Tobiah R., Anjali and two others."
    found = [Finding(9, 34, "PERSON", 0.85), Finding(36, 45, "PERSON", 0.85)]
    names = [text[f.start : f.end] for f in apposed_name_findings(text, found)]
    assert names == ["Anjali"]


def test_a_title_or_a_town_beside_a_found_name_stays() -> None:
    from redact.findings import Finding

    text = "Seen by Marguerite Osei, Director, and Tobiah Rand, Louisville."
    found = [Finding(8, 23, "PERSON", 0.85), Finding(39, 50, "PERSON", 0.85)]
    assert apposed_name_findings(text, found) == []
