"""Two-word descriptive surnames ("Two Crows", "Little Bear") are one name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.descriptive_surnames import (
    descriptive_pairs,
    descriptive_people,
    descriptive_surname_findings,
    in_descriptive_pair,
    may_hold_pair,
)
from redact.detect.lexicon import gather_names, release_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in descriptive_surname_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Father: Marcus Wanbli Two Crows, DOB", ["Marcus Wanbli Two Crows", "Two Crows"]),
        ("grandmother, Geraldine M. Little Bear, a", ["Geraldine M. Little Bear", "Little Bear"]),
        ("aunt Sheila Two Crows-Renville in", ["Sheila Two Crows-Renville", "Two Crows"]),
        ("adoption by Mrs. Little Bear today", ["Mrs. Little Bear", "Little Bear"]),
        # a possessive after the pair is no part of it
        ("moved to Rita Many Horses's home", ["Rita Many Horses"]),
        ("at marlys two crows' place", ["marlys two crows"]),
        # lower case, as a message log writes them, and the pair alone after that
        (
            "her uncle duane little bear came by. tell little bear fam to call",
            ["duane little bear", "little bear", "little bear"],
        ),
        # a kin word is not a given name: the name starts after it
        ("Unci Lorraine Two Crows teaches", ["Lorraine Two Crows", "Two Crows"]),
    ],
)
def test_whole_names_with_a_descriptive_surname_are_found(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Little Bear book is on the shelf.",
        "Maria Red Cross volunteer",  # "Cross" is no surname noun
        "she is a little bear about mornings",
        "Gave Tom two apples.",
    ],
)
def test_phrases_that_are_no_names_are_left(text: str) -> None:
    assert _found(text) == []


def test_the_release_searches_the_pair_whole_and_never_its_common_words() -> None:
    names = gather_names(['placed with Geraldine "Geri" Little Bear', "Wicahpi Two Crows, 4"])
    assert ("Geri", "geraldine little bear") in names.forms
    assert ("Little", "geraldine little bear") not in names.forms
    assert {"little bear", "two crows"} <= set(names.single_names)
    text = "ramen for Wicahpi. Geri willing. adoption by Little Bear. a little better"
    found = [text[f.start : f.end] for f in release_name_findings(text, names)]
    assert found == ["Wicahpi", "Geri", "Little Bear"]


def test_helpers_read_the_pair_out_of_a_name() -> None:
    assert descriptive_pairs("Sheila Two Crows-Renville") == ["Two Crows"]
    assert in_descriptive_pair("Little", "Geraldine Little Bear")
    assert not in_descriptive_pair("Geraldine", "Geraldine Little Bear")
    people = list(descriptive_people('Geraldine "Geri" Little Bear'))
    assert people == [("Geraldine Little Bear", ("Geri",))]


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_a_relative_with_a_descriptive_surname_goes_whole(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Amara's father, Marcus Two Crows, did not appear. Her grandmother Geraldine "
        "Little Bear will adopt; Mrs. Little Bear attends every hearing."
    )
    out = redactor_for(policy).redact(text, subject=["Amara Stillday"]).text
    for word in ("Crows", "Marcus", "Geraldine", "Little Bear", "Bear"):
        assert word not in out


def test_a_quoted_nickname_after_a_relation_word_is_a_name_of_the_release() -> None:
    names = gather_names(['Per Band, mom staying w/ friend "Tater" in Ball Club.'])
    assert "tater" in names.single_names


@pytest.mark.parametrize(
    "text",
    [
        "Father: Marcus Wanbli Two Crows, DOB",
        "at marlys two crows' place",
        "adoption by Mrs. LITTLE BEAR today",
        "Kelvin sign: Mr. Little \u212aettle",  # a capital that folds to a listed letter
        "Ms. Iron Cloud-Renville",
    ],
)
def test_the_pair_gate_opens_on_every_text_that_may_hold_a_pair(text: str) -> None:
    assert may_hold_pair(text)


@pytest.mark.parametrize(
    "text",
    [
        "Met with client and her mother at the office; plan reviewed.",
        "two  crows",  # two spaces: no pair the shapes read
        "Little-Bear",
    ],
)
def test_the_pair_gate_settles_a_text_without_a_pair_and_finds_nothing_there(text: str) -> None:
    assert not may_hold_pair(text)
    assert descriptive_surname_findings(text) == []


def test_the_gate_changes_no_finding_of_the_sample_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text the shapes find a name in passes the gate (the gate is exact: it only
    saves the scans of texts that cannot hold a pair)."""
    import redact.detect.descriptive_surnames as module

    texts = [
        "Father: Marcus Wanbli Two Crows, DOB. tell two crows fam to call",
        "her uncle duane little bear came by",
        "Case conference with the team; no new names.",
        "Mr. Spotted Elk called; Ms. White called back.",
    ]
    gated = [descriptive_surname_findings(t) for t in texts]
    monkeypatch.setattr(module, "may_hold_pair", lambda text: True)
    assert [descriptive_surname_findings(t) for t in texts] == gated
