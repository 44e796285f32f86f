"""Streets named without a number, after a word that places something on them."""

from __future__ import annotations

import pytest

from redact.detect.street_names import street_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in street_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("the kids stay at her sister's on Maple Ave some nights", ["Maple Ave"]),
        ("a duplex off Old Route Rd, behind the church", ["Old Route Rd"]),
        ("saw him down on Lincoln Street again", ["Lincoln Street"]),
        ("lives near the corner of Salina St. and Court", ["Salina St"]),
        # a numbered road and a landmark on it
        ("exchanges at the Circle K on Hwy 501", ["Hwy 501"]),
        ("the trailer is off State Route 9", ["State Route 9"]),
        ("he drove up I-95 to see her", ["I-95"]),
    ],
)
def test_streets_without_a_number_are_found(text: str, streets: list[str]) -> None:
    assert _found(text) == streets
    assert {f.entity_type for f in street_name_findings(text)} == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "f/u w/ pedi Dr Abernathy next week",  # a title, not a street type
        "appeared in Family Court on Tuesday",
        "referred to St Joseph's Hospital",
        "Maple Ave is closed",  # no placing word: left to the address recognizers
        "Seen at Road 12 of the trail map.",
        "Route 66 was his favourite song.",
    ],
)
def test_titles_courts_and_bare_mentions_are_not_streets(text: str) -> None:
    assert _found(text) == []


def test_the_town_of_a_town_state_zip_line_is_found() -> None:
    text = "119 Belmont Street · Worcester, Massachusetts 01605 · 508-334-7000; Eugene, OR 97401"
    found = [(text[f.start : f.end], f.entity_type) for f in street_name_findings(text)]
    assert found == [("Worcester", "LOCATION"), ("Eugene", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EPC hold at mom's apt Pike Bay Loop. Mom nodding off", ["Pike Bay Loop"]),
        ("she moved to a house Birch Ln last spring", ["Birch Ln"]),
    ],
)
def test_a_home_named_by_its_street_alone_is_a_street(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a police form in capitals: a hyphenated state road and a street in capitals
        ("DROPPED ON THE SR-417 OVERPASS AT GOLDENROD RD, SAID", ["GOLDENROD RD", "SR-417"]),
        ("WALKING WEST ALONG N MILLS AVE AT 0200", ["N MILLS AVE"]),
        ("taken east on US 27 to the county line", ["US 27"]),
        ("stopped on CR-15 near the dairy", ["CR-15"]),
    ],
)
def test_roads_in_capitals_and_numbered_roads_are_found(text: str, streets: list[str]) -> None:
    assert _found(text) == streets


@pytest.mark.parametrize(
    "text",
    [
        "Meds: Wellbutrin SR 150 mg daily.",  # a dose, not a road
        "SEEN AT ST JOSEPH ER BY DR PATEL",  # a saint's hospital, a doctor
    ],
)
def test_doses_and_saints_are_no_roads(text: str) -> None:
    assert _found(text) == []
