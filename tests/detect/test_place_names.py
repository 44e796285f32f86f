"""Towns in capitals and lower case: found with the gazetteer, words and people left alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.place_names import place_name_findings, us_places


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in place_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("PT LIVES ALONE IN WORCESTER, DAUGHTER IN SHREWSBURY.", ["WORCESTER", "SHREWSBURY"]),
        ("D/C TO SPRINGFIELD REHAB WHEN CLEARED", ["SPRINGFIELD"]),
        ("hes at his moms in binghamton", ["binghamton"]),
        ("we moved to eugene last yr from springfield", ["eugene", "springfield"]),
        ("grew up in grand rapids then moved", ["grand rapids"]),
        ("FAMILY RELOCATED TO WINSTON-SALEM IN MAY", ["WINSTON-SALEM"]),
        ("stayed w/ her cousin in tulsa", ["tulsa"]),
        ("D/C to Holden via ambulette. Holden accepted.", ["Holden"]),
        ("Client lives in Binghamton with her aunt.", ["Binghamton"]),
    ],
)
def test_towns_in_one_case_are_found(text: str, places: list[str]) -> None:
    assert _found(text) == places
    assert all(f.entity_type == "LOCATION" for f in place_name_findings(text))


@pytest.mark.parametrize(
    "text",
    [
        "we meet again in spring",  # a word before it is a town
        "the court of justice ruled",
        "a celebration of independence",
        "ask eugene if he can drive",  # a given name without a place cue is a person's
        "she likes reading and mobile games",
        "Binghamton is a long drive for her.",  # title case without a cue is NER's
        "moved to new york last year",  # states pass under Safe Harbor
        "Setting\n\u2029\nHome\n\u2029\nOffice\n",  # a cell of common words is no town
    ],
)
def test_words_people_and_title_case_are_left_alone(text: str) -> None:
    assert _found(text) == []


def test_the_list_holds_towns_not_states() -> None:
    places = us_places()
    assert {"binghamton", "worcester", "eugene", "tulsa"} <= places
    assert "new york" not in places and "oregon" not in places


def test_a_word_of_the_subjects_name_is_never_a_town() -> None:
    text = "Talked to Marion about the move to Holden."
    found = [text[f.start : f.end] for f in place_name_findings(text, ["Marion Kessler"])]
    assert found == ["Holden"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Moved to a one-bedroom at 40 Elm St, Apt 2, Fresno in June.", ["Fresno"]),
        ("Referred by Lutheran Family Services, Boise\nIntake: 3/2", ["Boise"]),
        ("| Address | Maple Court MHP, lot 9, Pueblo 81006 |", ["Pueblo"]),
        ("Hearing 5/1/2025, Worcester District Court", ["Worcester"]),
        # a table's cell, a paragraph of its own in a .docx
        ("5/7/2025\n\u2029\nPet. partner\n\u2029\nhome\n\u2029\nCedar Rapids\n", ["Cedar Rapids"]),
        ("| 4/2/25 | home visit | Fort Collins |", ["Fort Collins"]),
    ],
)
def test_a_town_in_an_address_is_found_in_title_case(text: str, places: list[str]) -> None:
    assert _found(text) == places


def test_a_given_name_after_a_comma_is_not_a_town() -> None:
    assert _found("Members present: Ruiz, Eugene; Patel, Anika.") == []


def test_two_word_towns_in_capitals_and_unaccented_spellings_are_found() -> None:
    text = "OPTIONS: PUEBLO WEST DUPLEX (NO VOUCHER). CANON CITY SENIOR APTS - WAITLIST"
    assert _found(text) == ["PUEBLO WEST", "CANON CITY"]
    assert _found("GREEN VALLEY APARTMENTS, PARK CITY VIEW") == []


def test_a_town_after_a_comma_goes_under_a_court_policy(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "CASE NOTE 6/3/2025\n"
        "Nadia Okafor attended her review. Her cousin moved to 18 Birch Ln, Apt 3, Syracuse\n"
        "in July and may host the children on weekends.\n"
        "Referral: Catholic Charities Refugee Services, Boise\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=["Nadia Okafor"]).text
    assert "Syracuse" not in out and "Boise" not in out
    assert "Nadia Okafor" in out and "Catholic Charities Refugee Services" in out


def test_a_town_as_an_item_of_a_keyword_list() -> None:
    assert _found("youth advocacy; Safe Dates; DVPO; Lakewood") == ["Lakewood"]
    assert _found("She was tired; Eugene called later.") == []  # a given name


def test_a_town_stands_bare_in_a_message_line_typed_in_lower_case() -> None:
    log = "5/09/25 1:15 AM in: battle creek pd talked to me at the motel. i didnt do nothing\n"
    assert _found(log) == ["battle creek"]
    prose = "On 1 December 1997 the villages appealed against the decision of the Court."
    assert _found(prose) == []


def test_a_small_town_in_title_case_after_a_place_cue() -> None:
    assert _found("Nia lives with her mother in Plainwell.") == ["Plainwell"]
    assert _found("We went to Hope, then in Spanish.") == []  # words
    log = "6/01/25 3:30 PM in: her mom said i can see her at the plainwell park sunday ok\n"
    assert _found(log) == ["plainwell"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("apprehended near the park, Mission, TX, by the station", ["Mission"]),
        ("She moved to Orange, Texas last year.", ["Orange"]),
        ("Our mission, TX law says, is to serve.", []),  # not title case before the state
        ("The Mission Statement, TX edition", []),
    ],
)
def test_a_town_named_like_a_word_before_its_state(text: str, places: list[str]) -> None:
    assert [text[f.start : f.end] for f in place_name_findings(text)] == places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Works nights at the Harbor View Motel (Pasadena), housekeeping.", "Pasadena"),
        ("PCP: Mercy Clinic (Springfield), last visit 4/2.", "Springfield"),
    ],
)
def test_a_town_in_parentheses_after_a_workplace_is_a_place(text: str, town: str) -> None:
    found = [text[f.start : f.end] for f in place_name_findings(text)]
    assert town in found


@pytest.mark.parametrize("text", ["Dr. Lee (Marion) called back.", "GED (Reading) section passed."])
def test_a_given_name_or_word_in_parentheses_stays(text: str) -> None:
    assert place_name_findings(text) == []
