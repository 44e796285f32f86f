"""Nicknames of two or three capitals ("JJ"), declared with a full name, are found in every
case and with a bare possessive, in the same note and across a release. People synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.letter_nicknames import is_letter_nickname, letter_nickname_people
from redact.detect.lexicon import gather_names
from tests.conftest import TEST_KEY

INTAKE = 'Ex-boyfriend Dorian "DJ" Castellaw (18) has shown up at her job twice.'
LOG = (
    "[3/2] 4:40p  client: dj keeps messaging me from a new acct\n"
    "[3/2] 4:41p  client: i saw djs car outside, DJ is not supposed to be here"
)


def test_letters_are_a_nickname_only_when_not_a_label() -> None:
    assert is_letter_nickname("DJ") and is_letter_nickname("TJW")
    assert not is_letter_nickname("OK") and not is_letter_nickname("Dj")
    assert not is_letter_nickname("DOB")
    assert letter_nickname_people(INTAKE) == [("Dorian Castellaw", ("DJ",))]


def test_the_nickname_goes_in_the_same_note(redactor_for: Callable[[str], Redactor]) -> None:
    out = redactor_for("consultation").redact(INTAKE + "\n" + LOG).text
    assert "Dorian" not in out
    for form in (" dj ", " djs ", " DJ ", '"DJ"'):
        assert form not in out
    assert "client:" in out and "messaging me" in out


def test_the_nickname_goes_in_other_documents_of_the_release() -> None:
    names = gather_names([INTAKE, LOG])
    assert dict(names.forms)["DJ"] == "dorian castellaw"
    redactor = Redactor("consultation", key=TEST_KEY, release_names=names)
    out = redactor.redact(INTAKE + "\n" + LOG).text
    assert "Castellaw" not in out and "Dorian" not in out
    for form in (" dj ", " djs ", " DJ "):
        assert form not in out
    assert "messaging me" in out


@pytest.mark.parametrize("text", ["The form is OK.", "Call DJ at the radio station."])
def test_undeclared_capitals_are_left_alone(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    assert redactor_for("consultation").redact(text).text.endswith(text[-12:])


def test_capitals_a_relation_word_names_are_searched_for_again(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "His son, DJ, is 12. DJ's counselor called. Later dj texted."
    out = redactor_for("provider-referral").redact(text, subject=["Marcus Odum"]).text
    assert "DJ" not in out and "dj" not in out


@pytest.mark.parametrize(
    "log",
    [
        "3/2 9:14p client: cant make it tmrw, jj has a fever again\n"
        "3/2 9:20p worker: ok feel better jj! lets do thurs\n"
        "3/12 4:45p client: jj n kayla r at my moms til sunday\n",
        "client: tj got suspended again\nworker: sorry to hear. is tj home today?\n",
    ],
)
def test_letters_a_message_names_in_lower_case_are_searched_for_again(
    redactor_for: Callable[[str], Redactor], log: str
) -> None:
    out = redactor_for("court-subpoena").redact(log, ["Shawna Pruitt"]).text
    assert " jj" not in out and " tj " not in out and "tj?" not in out
    assert "fever again" in out or "suspended again" in out
