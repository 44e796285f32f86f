"""Lower-case names in message logs behind a speaker label that opens on digits, after a
kin word said as a title or a clergy title, after "tell" before "im", and a capitalised
given name in a parenthesis after a kin word (`redact.detect.lower_case_names`)."""

from __future__ import annotations

import pytest

from redact.detect.lower_case_names import lower_case_name_findings

DISCORD = """discord dms, server "late night lofi gang"
8/9 3:14 AM 2sleepy.nat: bro u still up
8/9 3:16 AM 4amtris: always lol. cant sleep since simone left
8/9 3:20 AM 9livesjuju: u need to talk to somebody fr
8/21 8:50 PM 9livesjuju: ofc. marisol from the group says hi
"""


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in lower_case_name_findings(text)}


def test_speaker_labels_that_open_on_digits_are_user_names() -> None:
    assert {"2sleepy.nat", "4amtris", "9livesjuju"} <= _found(DISCORD)


def test_a_log_with_digit_led_labels_is_read_as_a_log() -> None:
    assert {"simone", "marisol"} <= _found(DISCORD)


@pytest.mark.parametrize(
    "line",
    [
        "8/9 3:16 AM 2nd: shift starts",
        "8/9 3:16 AM 10am: group",
        "8/9 3:16 AM 3pm: appt",
    ],
)
def test_an_ordinal_or_a_time_is_no_speaker(line: str) -> None:
    assert _found(line + "\n") == set()


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("dont let uncle ray come up here pls", "ray"),
        ("aunt rose said she can take me", "rose"),
        ("tia rosa is bringing food", "rosa"),
        ("pastor wes is praying", "wes"),
        ("deacon ray drove me", "ray"),
        ("tell bri im ok", "bri"),
    ],
)
def test_kin_and_clergy_titles_and_tell_name_a_person(message: str, name: str) -> None:
    assert name in _found(f"8/13 10:05 AM tris: {message}\n")


@pytest.mark.parametrize(
    "message",
    [
        "my uncle will come get me",
        "uncle is mad again",
        "my cousin got out tuesday",
        "tell them im ok",
        "tell mom im ok",
    ],
)
def test_ordinary_words_after_the_same_cues_stay(message: str) -> None:
    assert _found(f"8/13 10:05 AM tris: {message}\n") == {"tris"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trigger: breakup w/ ex gf (Simone), job loss 3 wks ago.", "Simone"),
        ("Roommate (Nate) brought the pill bottles at 0605.", "Nate"),
        ("Lives with her aunt (Loretta) in town.", "Loretta"),
    ],
)
def test_a_capitalised_name_in_a_parenthesis_after_a_kin_word(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mother (Verbal) consent on file.",
        "Pt (Male) seen in hall 6.",
        "Son (Mark) not here.",  # a word English uses too often is left to NER
        "Dx per clinic (Depression).",
    ],
)
def test_other_words_in_such_a_parenthesis_stay(text: str) -> None:
    assert _found(text) == set()
