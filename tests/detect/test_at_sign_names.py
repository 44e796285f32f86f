"""A person and a workplace written as one with "@" become two findings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.at_sign_names import split_at_signs
from redact.findings import Finding
from redact.redactor import Redactor


def _split(text: str, run: str, entity: str = "ORGANIZATION") -> list[tuple[str, str]]:
    start = text.index(run)
    found = split_at_signs(text, [Finding(start, start + len(run), entity, 0.85)])
    return [(f.entity_type, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        (
            "3/6 Called adjuster Lowry @ Anthracite Mutual re: WC.",
            "Lowry @ Anthracite Mutual",
            [("PERSON", "Lowry"), ("ORGANIZATION", "Anthracite Mutual")],
        ),
        (
            "Met Dana Kowalski @ Tri-State Freight today.",
            "Dana Kowalski @ Tri-State Freight",
            [("PERSON", "Dana Kowalski"), ("ORGANIZATION", "Tri-State Freight")],
        ),
    ],
)
def test_a_name_before_an_at_sign_is_a_person(
    text: str, run: str, expected: list[tuple[str, str]]
) -> None:
    assert _split(text, run) == expected


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Job fair @ Summit Mall on Friday.", "Summit @ Mall"),
        ("Lunch @ Noon Diner.", "Lunch @ Noon Diner"),
        ("Called Anthracite Mutual re: WC.", "Anthracite Mutual"),
    ],
)
def test_a_word_or_a_run_without_an_at_sign_stays_whole(text: str, run: str) -> None:
    if run not in text:
        text = run + " " + text
    start = text.index(run)
    assert _split(text, run) == [("ORGANIZATION", text[start : start + len(run)])]


def test_a_run_read_as_a_person_keeps_its_organisation_apart() -> None:
    assert _split("Lowry @ Anthracite Mutual", "Lowry @ Anthracite Mutual", "PERSON") == [
        ("PERSON", "Lowry"),
        ("ORGANIZATION", "Anthracite Mutual"),
    ]


def test_a_court_keeps_the_carrier_and_not_its_adjuster(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "3/6 Called adjuster Wendeborn @ Keystone Mutual Casualty re: WC voc services. -TW\n"
    out = redactor_for("court-subpoena").redact(text, subject=["Dariusz Pelczar"]).text
    assert "Wendeborn" not in out
    assert "Keystone Mutual Casualty" in out
