"""lower_case_addresses: a house-number address typed in lower case, with a second mark."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lower_case_addresses import lower_case_address_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_case_address_findings(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("HV done (2206 s lakeview rd apt 4), mom home", "2206 s lakeview rd apt 4"),
        ("Letter mailed to 318 tamarack ct #2 on Friday.", "318 tamarack ct #2"),
        ("9/3 8:10 pm  dee: we moved to 45 orchard ln lol", "45 orchard ln"),
        ("new addr: 7710 w bluff trail, unit 9", "7710 w bluff trail, unit 9"),
        # the town and ZIP that close a lower-case address line are the address's
        # a clause and a sum after the street are no town and ZIP
        ("lives at 1417 n hastings way, and pays 12000 a year", "1417 n hastings way"),
        ("lives at 1417 n hastings way, she pays 12000 a year", "1417 n hastings way"),
    ],
)
def test_a_lower_case_address_with_a_second_mark(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Address: 17 partridge ln apt 3, manchester 03104 (2nd fl)",
            ["17 partridge ln apt 3", "manchester", "03104"],
        ),
        (
            "mailed to 88 birch ln #2, so. burlington vt 05403-2231 on friday",
            ["88 birch ln #2", "so. burlington vt", "05403-2231"],
        ),
        (
            "home: 48 river rd apt 1, west lebanon 03784",
            ["48 river rd apt 1", "west lebanon", "03784"],
        ),
    ],
)
def test_the_lower_case_town_and_zip_after_it(text: str, found: list[str]) -> None:
    spans = sorted((f.start, f.end) for f in lower_case_address_findings(text))
    assert [text[s:e] for s, e in spans] == found


@pytest.mark.parametrize(
    "text",
    [
        "took 2 pills way too late",
        "she has 30 kids in the court",
        "give 250 mg the usual way",
        "he scored 12 points on the court",
        "drove 40 miles down the road",
    ],
)
def test_counts_and_doses_are_no_address(text: str) -> None:
    assert _found(text) == []


def test_the_redactor_removes_a_lower_case_address(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Parent letter mailed to 5120 n ridgeview dr #11 after the hearing."
    out = redactor_for("consultation").redact(text).text
    assert "ridgeview" not in out and "5120" not in out and "Parent letter mailed" in out
