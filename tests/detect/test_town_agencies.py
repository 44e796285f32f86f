"""The town in a police, probation or sheriff's office's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.town_agencies import town_agency_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in town_agency_findings(text, [])]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Stopped by Grand Rapids PD on 3/2 for a tail light.", ["Grand Rapids"]),
        ("Supervised by Muskegon Probation since May.", ["Muskegon"]),
        ("Welfare check by Ottawa County Sheriff's Office.", []),  # no town: a county
        ("Roanoke Police Department took the report.", ["Roanoke"]),
    ],
)
def test_the_town_heading_a_police_or_probation_name_is_found(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text",
    ["State Police took the report.", "Adult Probation called.", "Juvenile Probation intake."],
)
def test_a_name_with_no_town_is_left(text: str) -> None:
    assert _found(text) == []


def test_a_court_keeps_the_police_kind_and_loses_the_town(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "On 6/01 the client was questioned by Grand Rapids PD after a dispute."
    out = redactor_for("court-subpoena").redact(note, ["Lyle Ferro"]).text
    assert "Grand Rapids" not in out and "PD" in out


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Contact: claims rep at the Altoona field office.", ["Altoona"]),
        ("Apprehended 2/2 by USBP Laredo Station near the river.", ["Laredo"]),
        ("PCP Dr. Ames, Fairview Family Practice.", ["Fairview"]),
        ("Dosing moved to Valley Health Wayne clinic on 9/3.", ["Wayne"]),
        ("Supervised by MDOC Saginaw Probation.", ["Saginaw"]),
    ],
)
def test_the_town_naming_an_office_or_practice_is_found(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text", ["Reviewed the Wayne clinic notes.", "Saw Dr. Wayne clinic staff.", "Fire Station 4."]
)
def test_a_lone_name_before_clinic_is_left(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Apprehended 2/2 by USBP DeKalb Station near the river.", ["DeKalb"]),
        ("Booked by LaGrange Police on 4/4.", ["LaGrange"]),
    ],
)
def test_a_town_with_a_capital_inside_is_one_word(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    ("note", "town", "kept"),
    [
        (
            "Contact: claims rep Mr. Odom, Scranton field office, (570) 555-2231.",
            "Scranton",
            "Odom",
        ),
        ("PCP Dr. Lena Marsh, Millcreek Family Practice.", "Millcreek", "Family Practice"),
    ],
)
def test_a_kept_name_running_over_the_town_is_cut_at_it(
    redactor_for: Callable[[str], Redactor], note: str, town: str, kept: str
) -> None:
    out = redactor_for("court-subpoena").redact(note, ["Lyle Ferro"]).text
    assert town not in out and kept in out


@pytest.mark.parametrize(
    "note",
    [
        "He was returned by Sgt. Almeida of Kent PD on 2/26.",
        "Report taken by Officer Haas from Grand Rapids PD.",
        "Spoke with Deputy Lindqvist at Muskegon Probation.",
    ],
)
def test_the_word_linking_an_officer_to_the_office_stays(
    redactor_for: Callable[[str], Redactor], note: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(note).text
    for link in (" of ", " from ", " at "):
        if link in note:
            assert link in out
