"""Badge numbers after a rank and patrol units' call signs (`redact.detect.police_numbers`),
and a dispatch system's incident number after "CAD" (`redact.detect.labelled`)."""

from __future__ import annotations

import pytest

from redact.detect.labelled import labelled_values
from redact.detect.police_numbers import police_values


def _values(text: str) -> list[str]:
    return [text[item.start : item.end] for item in police_values(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Orlando PD Ofc. B. Kessinger #4417 (unit 2B14) met us.", "4417"),
        ("TRANSPORTING OFC: OFC. B. KESSINGER #4417   UNIT: 2B14", "4417"),
        ("SUPERVISOR NOTIFIED: SGT. R. ABERNATHY-COLE #1876", "1876"),
        ("OFC SIGNATURE: ______ KESSINGER #4417", "4417"),
        ("Deputy Alvarez, #22071, took the report.", "22071"),
        ("Det. Mara Quist no. 318 called back.", "318"),
        # "badge" and a short number, whatever stands before it
        ("Police report 25-010877 (Sgt. Andrea Lindqvist, badge 417)", "417"),
        ("Deputy Alvarez, badge 88, transported the client.", "88"),
        ("Badge: 312 on the form", "312"),
        ("Orlando PD Ofc. B. Kessinger #4417 (unit 2B14) met us.", "2B14"),
        ("transported by Orlando PD unit 2B14 to the ED", "2B14"),
        ("ASSISTING OFC: OFC. L. MATSUDA #3092   UNIT: 2B22", "2B22"),
        ("Sheriff's deputy arrived.\nUnit K9-3 searched the lot.", "K9-3"),
    ],
)
def test_badge_and_unit_numbers_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unit 3B at Cedar Crest Apartments, Lovell St.",
        "Admitted to 4 North unit 2B14 bed.",  # a ward, with no police near
        "Room #204 on the second floor.",
        "Ofc. Diaz said it happened 3 times.",
        "Step #12 of the plan; goal #3.",
        "She got a merit badge in 2019 and 12 badges at camp; Badge 3 of the reading program.",
    ],
)
def test_counts_rooms_and_apartments_stay(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("988 warm transfer, CAD 25-318847.", "25-318847"),
        ("CAD INC# 25-318847   OPD CASE# 2025-00461183", "25-318847"),
    ],
)
def test_a_cad_incident_is_a_report_number(text: str, value: str) -> None:
    found = {text[v.start : v.end]: v.entity_type for v in labelled_values(text)}
    assert found.get(value) == "REPORT_NUMBER"


@pytest.mark.parametrize("text", ["Hx: CAD, HTN, DM2.", "CAD 2019, stent.", "CAD s/p CABG."])
def test_coronary_artery_disease_is_no_label(text: str) -> None:
    assert [v for v in labelled_values(text) if v.entity_type == "REPORT_NUMBER"] == []
