"""Names after Spanish courtesy titles and kin words, and before Spanish verbs; Spanish words
the English model reads as names are trimmed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.spanish_cues import (
    absorb_courtesy_titles,
    is_spanish_non_name,
    is_spanish_word,
    spanish_cue_findings,
    trim_spanish_words,
)
from redact.findings import Finding
from redact.redactor import Redactor


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in spanish_cue_findings(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a man in Chiantla known as don Aníbal. Family paid", ["Aníbal"]),
        ("(neighbour's phone, doña Chus)", ["Chus"]),
        ("their mother doña Juana every month", ["Juana"]),
        ("a letter from the pastor, Hno. Eliseo Barrios.", ["Eliseo Barrios"]),
        ("Backup caregiver: Sra. Reyna Del Cid, neighbour", ["Reyna Del Cid"]),
        ("Call w/ Sr. Ortiz de León today", ["Ortiz de León"]),
        ('his grandmother ("abuelita Masa")', ["Masa"]),
        ('Uncle: Rigoberto ("tío Rigo"), detained', ["Rigo"]),
        ("mi mami doña juana mando la firma", ["juana"]),
        ("ir a la iglesia con hno eliseo los domingos", ["eliseo"]),
        ("con el cuñado elmer en los techos", ["elmer"]),
        ("wilmer dice q es flojo pero yo no se", ["wilmer"]),
        ("mi prima yesenia llamó ayer", ["yesenia"]),
        ('a man the group called "el Chino"; the arrangement', ["Chino"]),
        ("a woman known as la Güera drove them", ["Güera"]),
        ("Fingerprints for Méndez del Valle scheduled.", ["Méndez del Valle"]),
    ],
)
def test_names_after_titles_kin_words_and_before_verbs(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "el primo llamo de reynosa",  # a verb after the kin word
        "mi tío dice que no",
        "Sr. Case Manager reviewed the plan.",  # "senior"
        "sr case manager",
        "I don know why",
        "la jueza dice que sí",
        "el chepe no duerme",  # a nickname no list has: the subject list finds it
        "The bus comes at 7:20 and the tía brings him.",
        "He stayed at Casa del Migrante, then Iglesia de Dios.",  # Spanish words, not names
        "the town of Santa Cruz del Quiché",
    ],
)
def test_words_that_are_no_names_are_left(text: str) -> None:
    assert _found(text) == []


def test_a_courtesy_title_goes_with_the_name_a_role_word_stays() -> None:
    text = "doña Juana and tío Rigo"
    found = [Finding(5, 10, "PERSON", 0.8), Finding(19, 23, "PERSON", 0.8)]
    spans = [text[f.start : f.end] for f in absorb_courtesy_titles(text, found)]
    assert spans == ["doña Juana", "Rigo"]


@pytest.mark.parametrize(
    ("word", "spanish"),
    [("noche", True), ("iglesia", True), ("con", True), ("juana", False), ("wilmer", False),
     ("luz", False), ("house", False)],
)  # fmt: skip
def test_common_spanish_words(word: str, spanish: bool) -> None:
    assert is_spanish_word(word) is spanish


def test_a_surname_that_is_a_spanish_word_may_still_be_part_of_a_name() -> None:
    assert is_spanish_non_name("cuñado")
    assert not is_spanish_non_name("rivas")


def test_lower_case_spanish_read_as_names_is_trimmed_or_dropped() -> None:
    text = "chepe ya quiere ir a la iglesia"
    end = len(text)
    ner = [
        Finding(0, text.index(" a la"), "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(text.index("la iglesia"), end, "LOCATION", 0.85, source="SpacyRecognizer"),
        Finding(text.index("a la"), end, "LOCATION", 0.85, source="OtherRecognizer"),
    ]
    kept = [text[f.start : f.end] for f in trim_spanish_words(text, ner)]
    assert kept == ["chepe", "a la iglesia"]


def test_a_sponsors_messages_release_names_and_keep_the_spanish(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "4/15/25, 21:40 - lupita domingo: miss el chepe no duerme, grita en la noche. "
        "wilmer dice q es flojo\n"
        "10/03/25, 19:48 - lupita domingo: mi mami doña juana mando la firma del consulado. "
        "ya quiere ir a la iglesia con hno eliseo los domingos\n"
    )
    out = redactor_for("consultation").redact(text, ["José Domingo"]).text
    for name in ("lupita", "wilmer", "juana", "doña", "eliseo"):
        assert name not in out
    for words in ("grita en la noche", "ir a la iglesia con", "la firma del consulado"):
        assert words in out
