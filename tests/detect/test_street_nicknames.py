"""Street nicknames declared by a cue or quotes, then used alone in any case. People synthetic."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.lexicon import gather_names
from redact.detect.street_nicknames import (
    declared_nicknames,
    nickname_mentions,
    nickname_words,
    street_nickname_findings,
)
from tests.conftest import TEST_KEY


def _declared(text: str) -> list[str]:
    return [text[s:e] for s, e in declared_nicknames(text)]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Peer Dante K. (goes by Pickles) was loud.", "Pickles"),
        ('Omar aka "Big Worm" joined group.', "Big Worm"),
        ("Omar, a.k.a. Lil Rocket, was moved.", "Lil Rocket"),
        ('a youth known on the unit as "Domino" refused school', "Domino"),
        ("Co-defendant Reggie Small, known on the street as Bandit, fled.", "Bandit"),
        ("His street name is Gravy.", "Gravy"),
        ('Tavion ("Cheese") was moved to 2C.', "Cheese"),
        ('Youth: Tavion R. "Cheese", 15.', "Cheese"),
        ("nicknamed Sprout by his cousins", "Sprout"),
        # after a name inverted in capitals, as a form's party line writes it
        ('SPOUSE: ST. CLAIR, ASHLEY N ("Ash")   DOB 03/02/96', "Ash"),
        ('CLIENT: OKAFOR, DANIEL "Danny"  DOB 4/4/09', "Danny"),
        ('MOTHER: DE LA CRUZ, MARIA ELENA ("Nena"), 41', "Nena"),
    ],
)
def test_a_declared_nickname_is_read(text: str, nickname: str) -> None:
    assert nickname in _declared(text)


@pytest.mark.parametrize(
    "text",
    [
        "A practice known as Restorative Justice was used.",  # two capitalised words
        "known to the family as Grandma",  # kin word
        'Staff told Jordan "Stop" twice.',  # speech to him
        "She is known as a hard worker.",
        "Her condition, known as ADHD, was treated.",
        'RE: STATE OF OHIO, PLAINTIFF ("State")',  # a party's short name, no given name
    ],
)
def test_no_nickname_is_read(text: str) -> None:
    assert "State" not in _declared(text)
    assert "Restorative" not in _declared(text)
    assert "Grandma" not in _declared(text)
    assert "Stop" not in _declared(text)
    assert "ADHD" not in _declared(text)


def test_a_prefixed_nickname_is_searched_by_its_name_word_too() -> None:
    assert nickname_words(["Lil Rocket", "Pickles"]) == ("Lil Rocket", "Pickles", "Rocket")


def test_mentions_in_any_case_but_the_english_word_after_a_determiner() -> None:
    text = "Worm late. worm asked for a call; WORM calm. Found a worm in the salad."
    found = [text[f.start : f.end] for f in nickname_mentions(text, ["Big Worm"])]
    assert found == ["Worm", "worm", "WORM"]


def test_every_mention_in_the_declaring_text_is_found() -> None:
    text = 'Present: Marco aka "Gravy", Lu. Gravy joked; later gravy apologized.'
    found = {text[f.start : f.end] for f in street_nickname_findings(text)}
    assert found == {"Gravy", "gravy"}


NOTE = (
    'Group: Dante K. (goes by Pickles), Omar aka "Lil Rocket", Sione.\n'
    "Pickles shared first. Rocket laughed and was redirected."
)


def test_the_note_loses_every_mention() -> None:
    out = Redactor("consultation", key=TEST_KEY).redact(NOTE).text
    for word in ("Pickles", "Rocket"):
        assert word not in out
    assert "laughed and was redirected" in out


def test_the_release_loses_the_nickname_in_short_rows_and_logs() -> None:
    rows = ["JB +3. helped pickles w/ packet.", "talked about rocket and pickles, redirected"]
    names = gather_names([NOTE, *rows])
    assert {"Pickles", "Lil Rocket"} <= set(names.street_names)
    redactor = Redactor("court-subpoena", key=TEST_KEY, release_names=names)
    for row in rows:
        out = redactor.redact(row, ["Jalen Brooks"]).text
        assert "pickles" not in out and "rocket" not in out
    assert "w/ packet" in redactor.redact(rows[0], ["Jalen Brooks"]).text


def test_the_subjects_own_nickname_stays_under_a_purpose_that_keeps_him() -> None:
    text = 'Youth: Jalen Brooks ("Sprout"), 16. Sprout did well in school.'
    out = Redactor("court-subpoena", key=TEST_KEY).redact(text, ["Jalen Brooks", "Sprout"]).text
    assert out.count("Sprout") == 2
