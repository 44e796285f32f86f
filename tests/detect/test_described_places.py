"""Places described in a message by what stands near them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.described_places import described_place_findings


@pytest.mark.parametrize(
    ("message", "gone", "kept"),
    [
        (
            "3/02 4:40 PM in: can i go to the blood place on 7th sat morning?? need bus money",
            ["blood place", "7th"],
            ["sat morning"],
        ),
        (
            "3/29 11:03 PM in: bus broke down by family dollar by the tracks on queen hwy, walking",
            ["family dollar", "tracks", "queen"],
            ["walking"],
        ),
        (
            "go to my sisters place in sarasota after group tonight if its ok with u",
            ["sisters place", "sarasota"],
            ["after group"],
        ),
        (
            "the kids wants to go to the powwow at the brainerd center sat, ok? i said yes",
            ["brainerd center"],
            ["powwow"],
        ),
        (
            "car is in the shop and my aunt work doubles at the walmart place this week",
            ["walmart place"],
            ["work doubles"],
        ),
        (
            "hurt my wrist at work. going to the urgent care on 21st after i clock out",
            ["urgent care", "21st"],
            ["clock out"],
        ),
    ],
)
def test_a_described_place_goes_whole_in_a_court_copy(
    redactor_for: Callable[[str], Redactor], message: str, gone: list[str], kept: list[str]
) -> None:
    out = redactor_for("court-subpoena").redact(message, ["Dana Whitfield"]).text
    for words in gone:
        assert words not in out
    for words in kept:
        assert words in out


def test_a_place_with_nothing_near_it_is_left(redactor_for: Callable[[str], Redactor]) -> None:
    message = "ok im at the place now, the store was closed so i came back home early lol"
    out = redactor_for("court-subpoena").redact(message, ["Dana Whitfield"]).text
    assert "at the place now" in out and "the store was closed" in out


@pytest.mark.parametrize(
    ("message", "shop"),
    [
        ("3/19 6:30 PM neecy: kowalczyks on maple says the refill needs a new script", True),
        ("3/19 6:30 PM neecy: kowalczyks on parade says the refill needs a new script", True),
        ("3/19 6:30 PM neecy: my moms on vacation so the kids are here with me all week", False),
        ("3/19 6:30 PM neecy: the twins on monday and then we go to the store after", False),
    ],
)
def test_a_shop_named_by_its_owner_and_street(message: str, shop: bool) -> None:
    found = [message[f.start : f.end] for f in described_place_findings(message, [])]
    assert len(found) == (1 if shop else 0)
    assert all(place.startswith("kowalczyks on ") for place in found)
