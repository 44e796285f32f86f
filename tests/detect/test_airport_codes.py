"""An airport's code where a journey is told."""

from __future__ import annotations

import pytest

from redact.detect.airport_codes import airport_code_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in airport_code_findings(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("ARRIVED: 11/02/2024 (BOI)     COUNTRY OF ORIGIN: DRC", ["BOI"]),
        ("Airport pick-up CLE 23:15, family of four, one stroller.", ["CLE"]),
        ("Family arrived at ICT on 3/14 after a flight from IST.", ["ICT", "IST"]),
        ("Departure 6/02 7:40 pm MSP", ["MSP"]),
    ],
)
def test_a_code_after_arriving_or_flying_is_a_place(text: str, codes: list[str]) -> None:
    assert _found(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Arrival: 5/1/25 (RCA enrolled)",
        "Arrived at the DHS office at 9:15.",
        "Client arrived late; PHQ score 14.",
    ],
)
def test_acronyms_that_are_no_code_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Release 05/02/2025, flight BRO–IAH with the escort.", ["BRO", "IAH"]),
        ("Itinerary: ELP-DFW, then Greyhound to Tulsa.", ["ELP", "DFW"]),
        ("Booked flight UA 1422 SAT->ORD for Friday.", ["SAT", "ORD"]),
    ],
)
def test_a_route_of_two_codes_after_flying_names_both(text: str, codes: list[str]) -> None:
    assert _found(text) == codes


@pytest.mark.parametrize(
    "text", ["Flight risk noted by ICE-ERO.", "Flight of ideas; PHQ-GAD pending."]
)
def test_a_route_needs_two_codes(text: str) -> None:
    assert _found(text) == []
