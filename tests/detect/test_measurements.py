"""Weights, BMI percentiles, heights and paired readings stay as written; real dates, names
and telephone numbers around them are still found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.measurements import drop_measurements
from redact.findings import Finding


def _found(text: str, mention: str, kind: str, source: str = "SpacyRecognizer") -> Finding:
    start = text.index(mention)
    return Finding(start, start + len(mention), kind, 0.85, source=source)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("BMI 21.4, 63rd percentile for age.", "21.4, 63rd", "DATE_TIME"),
        ("| 3/2 | 39.5 | 15.9 | 4th | 78% |", "15.9 | 4th", "DATE_TIME"),
        ("Wt 61.7 kg / 57th.", "/ 57th", "DATE_TIME"),
        ("BMI 12th %ile at entry.", "12th", "DATE_TIME"),
        ("Pulse lying/standing 58 / 97 today.", "58 / 97", "DATE_TIME"),
        ("Wt 38.9 kg, 2nd %ile.", "Wt 38.9 kg", "PERSON"),
        ("Goal: BMI 45th percentile by spring.", "BMI 45th", "ORGANIZATION"),
    ],
)
def test_ner_measurements_are_dropped(text: str, mention: str, kind: str) -> None:
    assert drop_measurements(text, [_found(text, mention, kind)]) == []


def test_a_short_number_before_a_unit_is_no_telephone_number() -> None:
    text = "Height 151.8 cm at intake."
    found = _found(text, "151.8", "PHONE_NUMBER", source="PhoneRecognizer")
    assert drop_measurements(text, [found]) == []


@pytest.mark.parametrize(
    ("text", "mention", "kind", "source"),
    [
        ("Seen on March 3rd for a weight check.", "March 3rd", "DATE_TIME", "SpacyRecognizer"),
        ("Weighed on the 21st after school.", "the 21st", "DATE_TIME", "SpacyRecognizer"),
        ("Born 6/82 in Toledo.", "6/82", "DATE_TIME", "SpacyRecognizer"),
        ("Lives on 41st Street near the park.", "41st Street", "LOCATION", "SpacyRecognizer"),
        ("Call 614-555-0199 kg", "614-555-0199", "PHONE_NUMBER", "PhoneRecognizer"),
        ("BMI 18.6 on 4/2.", "4/2", "DATE_TIME", "CaseNoteDateRecognizer"),
    ],
)
def test_dates_places_and_phones_stay(text: str, mention: str, kind: str, source: str) -> None:
    found = _found(text, mention, kind, source)
    assert drop_measurements(text, [found]) == [found]


def test_a_research_copy_keeps_the_weight_log(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "Nutrition note 4/14/2025. Wt 39.2 kg, BMI 15.6, 3rd percentile for age; HR 48 / 91 "
        "lying to standing; height 158.4 cm. Seen with her father Tobias Lindqvist."
    )
    out = redactor_for("research-safe-harbor").redact(text, subject=["Wren Ostby"]).text
    for measure in ("39.2 kg", "15.6, 3rd percentile", "48 / 91", "158.4 cm"):
        assert measure in out, measure
    assert "Tobias" not in out and "Lindqvist" not in out and "4/14" not in out
