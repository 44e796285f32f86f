"""lower_case_place_findings: places and chain stores typed in lower case in messages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lower_case_places import lower_case_place_findings

_LOG = (
    "Text messages exported 8/2/25 (client: Deshawn Ekwueme)\n"
    "7/11/25 6:40 PM  in: my grandma is in brookdale again they moved her last nite\n"
    "7/11/25 6:52 PM  out: Thank you for telling me. Do you need a ride to see her?\n"
    "7/12/25 9:03 AM  in: nah my cousin works at kroger he can drive me after his shift\n"
    "7/12/25 9:10 AM  in: i been staying out in glenwood with a friend since the eviction\n"
)


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_case_place_findings(text)]


def test_compounds_and_chains_in_a_message_log() -> None:
    assert _found(_LOG) == ["brookdale", "kroger", "glenwood"]


@pytest.mark.parametrize(
    "text",
    [
        "7/12/25 9:03 AM  in: she is in the highland games this weekend w the kids lol",
        "7/12/25 9:03 AM  in: we walked in the woodland behind the school for a while ok",
        "7/12/25 9:03 AM  in: im at the park now waiting on the bus it is late again",
        "Client states her grandmother is in Brookdale Manor and she visits on Sundays.",
    ],
)
def test_common_words_and_capitalised_prose_are_left(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "consultation"])
def test_the_redactor_removes_them(redactor_for: Callable[[str], Redactor], policy: str) -> None:
    out = redactor_for(policy).redact(_LOG, ["Deshawn Ekwueme"]).text
    for leak in ("brookdale", "kroger", "glenwood", "Ekwueme"):
        assert leak not in out, (policy, out)
    assert "eviction" in out and "grandma" in out


def test_a_chain_store_with_its_street_is_one_place() -> None:
    text = (
        "5/20/25 8:48 PM  in: the lady at walmart on pueblo blvd said theyre hiring overnight\n"
        "5/21/25 9:02 PM  in: ok i went to the dollar general off hwy 50 and got the stuff\n"
        "5/22/25 9:10 PM  in: i was at walmart on the phone with my sister for an hour lol\n"
    )
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert found == [
        ("walmart on pueblo blvd", "LOCATION"),
        ("dollar general off hwy 50", "LOCATION"),
        ("walmart", "ORGANIZATION"),
    ]
