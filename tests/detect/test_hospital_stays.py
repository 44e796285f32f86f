"""hospital_stays: a hospital's short name after a hospital stay."""

from __future__ import annotations

import pytest

from redact.detect.hospital_stays import hospital_stay_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in hospital_stay_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was hospitalized at Rush in August.", ["Rush"]),
        ("hospitalised in Whittington for a week", ["Whittington"]),
        ("Discharged from Sinai on 3/2 to a shelter.", ["Sinai"]),
        ("Was inpatient at Hopkins twice in 2023.", ["Hopkins"]),
        ("He was seen in the ED at Christ yesterday.", ["Christ"]),
        ("Readmitted to the Brigham on 6/1.", ["Brigham"]),
        ("Transferred to Good Sam for surgery.", ["Good Sam"]),
    ],
)
def test_a_hospital_after_a_stay_is_a_facility(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Admitted to Detox on Friday.",
        "She was discharged from Probation in May.",
        "Maria was admitted to Inpatient Psych.",
        "Transferred to Residential Treatment.",
        "admitted to the hospital overnight",
        "She met her caseworker on Friday.",
    ],
)
def test_a_level_of_care_or_a_setting_is_no_hospital(text: str) -> None:
    assert _found(text) == []
