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


def _in_log(line: str) -> str:
    """`line` as the middle message of a short lower-case log."""
    return (
        "8/9/25 3:20 AM  in: cant sleep again. u up\n"
        f"8/9/25 3:22 AM  in: {line}\n"
        "8/9/25 3:25 AM  out: Call the line if you need to talk tonight.\n"
    )


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ill be at the 7-eleven on colonial til like 5", "7-eleven on colonial"),
        ("my refill is ready at the cvs on semoran they said", "cvs on semoran"),
        ("mom gets my meds at the publix on alafaya every week", "publix on alafaya"),
    ],
)
def test_a_chain_store_by_a_bare_street_name(line: str, place: str) -> None:
    text = _in_log(line)
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert (place, "LOCATION") in found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("i was at walmart on sunday with my mom", "ORGANIZATION"),
        # after a word of work the store is where she works
        ("she works at kroger on weekends now so she cant come", "EMPLOYER"),
        ("im at target on break rn so ill text u later", "ORGANIZATION"),
    ],
)
def test_a_chain_store_before_a_day_or_a_break_is_the_store_alone(line: str, kind: str) -> None:
    text = _in_log(line)
    found = [f.entity_type for f in lower_case_place_findings(text)]
    assert found == [kind]


@pytest.mark.parametrize(
    ("line", "site", "kind"),
    [
        ("my aunt work doubles at the walmart place this week", "the walmart place", "EMPLOYER"),
        ("we went by the costco warehouse sat to get stuff", "the costco warehouse", "LOCATION"),
    ],
)
def test_a_chain_store_named_as_a_site_is_that_site(line: str, site: str, kind: str) -> None:
    text = _in_log(line)
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert found == [(site, kind)]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("go to the park by lake underhill w me tmrw", "lake underhill"),
        ("ok. u still want to go to lake fredrick saturday?", "lake fredrick"),
        ("my cousin lives out in fort myers now w her kids", "fort myers"),
    ],
)
def test_a_lake_mount_or_fort_with_its_name(line: str, place: str) -> None:
    text = _in_log(line)
    assert place in [text[f.start : f.end] for f in lower_case_place_findings(text)]


@pytest.mark.parametrize("line", ["the lake house was fun", "we went to the lake today"])
def test_a_lake_and_a_common_word_is_no_place(line: str) -> None:
    text = _in_log(line)
    assert lower_case_place_findings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pills filled 7/29 at the Publix pharmacy on Alafaya.", "Publix pharmacy on Alafaya"),
        ("Nate, Juju, the 7-eleven on colonial is NOT a good place", "7-eleven on colonial"),
        ("Refills to the Walgreens on semoran blvd today.", "Walgreens on semoran blvd"),
    ],
)
def test_a_chain_store_with_its_street_in_any_text(text: str, place: str) -> None:
    assert place in [text[f.start : f.end] for f in lower_case_place_findings(text)]


def test_a_chain_store_before_a_day_in_prose_is_not_taken() -> None:
    assert lower_case_place_findings("She works at the Target on Sundays.") == []


def test_a_workplace_by_its_short_name_after_a_word_of_work() -> None:
    text = (
        "6/2/25 7:15 PM  in: first week back at tressler went ok, they put me on the lab side\n"
        "6/3/25 8:02 PM  in: my brother got hired at kelmscott too, starts next week lol\n"
        "6/4/25 9:40 PM  in: back at it tomorrow. so tired but ok. went back to school stuff\n"
    )
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert found == [("tressler", "EMPLOYER"), ("kelmscott", "EMPLOYER")]


def test_a_possessive_place_with_its_street_is_one_place() -> None:
    text = (
        "9/2/25 7:05 PM  in: me and my cousin got tacos at lupe's on sandoval after court lol\n"
        "9/3/25 8:10 PM  in: went to rosie's off route 9 and sat there till close with her\n"
        "9/4/25 9:12 PM  in: im at mom's on the couch all day honestly so tired of this\n"
    )
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert found == [("lupe's on sandoval", "LOCATION"), ("rosie's off route 9", "LOCATION")]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("nvm im at the circle k on 4th now", "circle k on 4th"),
        ("he be at mcdonalds on main around 2", "mcdonalds on main"),
        ("we at the dollar general on 12th", "dollar general on 12th"),
        ("the cvs on state ran out", "cvs on state"),
    ],
)
def test_a_chain_store_on_a_numbered_or_a_main_street(line: str, place: str) -> None:
    text = _in_log(line)
    found = [(text[f.start : f.end], f.entity_type) for f in lower_case_place_findings(text)]
    assert (place, "LOCATION") in found


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("10/9 7:01 AM  in: mamaw is at mountain regional. they kept her", "mountain regional"),
        (
            "3/2 11:40 PM  in: they took dad to baptist memorial last nite hes ok",
            "baptist memorial",
        ),
        (
            "5/5 8:15 AM  in: my mom is in st marys general again they said 3 more days",
            "st marys general",
        ),
    ],
)
def test_a_hospital_by_its_name_and_kind_in_a_message(line: str, place: str) -> None:
    assert place in _found(line)


@pytest.mark.parametrize(
    "line",
    [
        "5/5 8:15 AM  in: we are at the big general store now",
        "5/5 8:15 AM  in: she wrote to the attorney general about it",
        "5/5 8:15 AM  in: im at dollar general by the tracks",
        "5/5 8:15 AM  in: went to the er at my hospital",
    ],
)
def test_no_hospital_in_a_store_an_office_or_a_pronoun(line: str) -> None:
    found = [f for f in lower_case_place_findings(line) if f.entity_type == "HEALTHCARE_FACILITY"]
    assert found == []
