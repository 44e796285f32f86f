"""Rare proper nouns named as where something happens ("at Crouse"): synthetic records."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.place_nouns import place_noun_findings
from redact.findings import Finding


def _found(text: str, findings: list[Finding] | None = None) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.entity_type) for f in place_noun_findings(text, findings or [])
    ]


def test_a_rare_word_after_at_and_its_other_mentions_are_an_organisation() -> None:
    text = "Is the intake at Brockway? Brockway nurse called back. Mom works at Wegmans."
    assert _found(text) == [
        ("Brockway", "ORGANIZATION"),
        ("Brockway", "ORGANIZATION"),
        ("Wegmans", "ORGANIZATION"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Met at Starbucks near the bus stop.",  # a common word in English text
        "Dinner at Marisol's on Sunday.",  # a given name: the name recognizers'
        "Attends meetings at Alateen weekly.",  # a programme: meaning stays
        "Session held at Zoom link sent by text.",
    ],
)
def test_common_words_names_and_meaning_are_left_alone(text: str) -> None:
    assert _found(text) == []


def test_a_word_of_the_subjects_name_is_never_taken() -> None:
    text = "Weekend at Okerlund family cabin."
    assert place_noun_findings(text, [], ["Dwayne Okerlund"]) == []


def test_a_mention_typed_by_another_recognizer_lends_its_type() -> None:
    text = "Seen at Brockway in the nurse's office. Brockway attendance teacher called."
    school = Finding(8, 16, "SCHOOL", 0.85, source="SpacyRecognizer")
    assert _found(text, [school]) == [("Brockway", "SCHOOL"), ("Brockway", "SCHOOL")]


def test_the_hospital_goes_for_consultation(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "4/10 Mother texted: thanks for letting me know. Is the appointment at Brockway? I need"
        " it for the file.\n"
        "4/11 Mother's counsellor at Brockway, 315-555-0143, ROI on file. Dx: ADHD (F90.2).\n"
    )
    out = redactor_for("consultation").redact(text, subject=["Tamsin Okerlund"]).text
    assert "Brockway" not in out
    assert "ADHD (F90.2)" in out
