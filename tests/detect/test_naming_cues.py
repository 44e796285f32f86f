"""A name given after words that give a name ("her spirit name, ...", "call her ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.naming_cues import naming_cue_findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'received her spirit name, Ziigwan-giizhigookwe ("Spring Sky Woman"), at',
            ["Ziigwan-giizhigookwe", "Spring Sky Woman"],
        ),
        ("Her Dakota relatives call her Hinhan Win.", ["Hinhan Win"]),
        ('his Indian name is "Makwa Giizhig"', ["Makwa Giizhig"]),
        ("a dog named Buster", ["Buster"]),
        ('fyi she has been calling herself "kiki" in class this week', ["kiki"]),
        ('he goes by "tavo" with his friends now', ["tavo"]),
        ("Lately she calls herself Noor at school.", ["Noor"]),
        ('On the unit she is known as "Pip."', ["Pip"]),
        ("but he goes by Theo / Teddy since middle school", ["Theo", "Teddy"]),
        ("They went by Rook or Birdie online.", ["Rook", "Birdie"]),
    ],
)
def test_names_after_a_naming_cue_are_found(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in naming_cue_findings(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "she calls him Dad",
        "the kids call her Kookum",
        "call her back tomorrow",
        "named in the order",
        'he calls himself "stupid" when he gets a math problem wrong',
        'the twins call him "nana" and her "gigi"',
        "The programme is known as Wraparound Valley.",
    ],
)
def test_role_words_and_plain_words_after_a_cue_are_left(text: str) -> None:
    assert naming_cue_findings(text) == []


CULTURAL_PLAN = (
    '1. Identity. Tristan received his spirit name, Makoons-ogimaa ("Little Bear Chief"), at '
    "a feast held by his uncle Ray Delacroix. His namesakes are Bernard Oakes and Lyle Finch. "
    "His Dakota relatives call him Mato Ska.\n"
    "\n"
    "2. Family. His cousin Dale Fontaine was named Waabi Makwa at the same feast.\n"
)


def test_a_name_a_cue_gives_the_subject_stays_and_a_cousins_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    subject = ["Tristan Delacroix", "Tristan M. Delacroix"]
    out = redactor_for("court-subpoena").redact(CULTURAL_PLAN, subject=subject).text
    assert "Makoons-ogimaa" in out and "Mato Ska" in out, out
    assert "Waabi" not in out and "Oakes" not in out, out


def test_without_a_subject_every_cued_name_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(CULTURAL_PLAN).text
    assert "Makoons" not in out and "Mato Ska" not in out, out


def test_the_names_she_goes_by_stay_with_her(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Theodora Lindqvist-Baptiste (17) is enrolled as Theodora but she goes by Teddie / "
        "Tee (she/her). Her cousin Margo Feld drove her to the intake.\n"
    )
    subject = ["Teddie Lindqvist-Baptiste", "Theodora Lindqvist-Baptiste", "Tee"]
    out = redactor_for("client-request").redact(text, subject=subject).text
    assert "Teddie / Tee" in out, out
    assert "Margo" not in out, out


def test_a_nickname_cut_from_her_surname_stays_after_a_pronoun_cue(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Petra Szabo, the landlord, came with Ms. Quintero-Baptiste and called twice. "
        'Around the warehouse she is known as "Quin."\n'
    )
    subject = ["Dolores Quintero-Baptiste", "Lola"]
    out = redactor_for("court-subpoena").redact(text, subject=subject).text
    assert '"Quin."' in out, out
    assert "Szabo" not in out, out


def test_a_cued_nickname_cut_from_no_name_of_hers_still_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Petra Szabo, the landlord, came with Ms. Quintero-Baptiste and called twice. "
        'Around the warehouse she is known as "Pesh."\n'
    )
    subject = ["Dolores Quintero-Baptiste", "Lola"]
    out = redactor_for("court-subpoena").redact(text, subject=subject).text
    assert "Pesh" not in out, out
