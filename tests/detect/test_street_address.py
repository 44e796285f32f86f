"""StreetAddressRecognizer: addresses and their parts; numbers in ordinary sentences are not."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.street_address import StreetAddressRecognizer

THRESHOLD = 0.35


def _spans(text: str) -> list[str]:
    recognizer = StreetAddressRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lives at 12 Elm St with her aunt.", "12 Elm St"),
        ("1420 North Maple Avenue, Apt 3B", "1420 North Maple Avenue, Apt 3B"),
        (
            "Address: 6606 Rodriguez Throughway, West Mariah, NE 40242",
            "6606 Rodriguez Throughway, West Mariah, NE 40242",
        ),
        ("12 State Street, Boston, MA 02110", "12 State Street, Boston, MA 02110"),
        ("12 High Street", "12 High Street"),
        ("Mail goes to PO Box 1123.", "PO Box 1123"),
        ("P.O. Box 242", "P.O. Box 242"),
        ("Moved to Apt. 864 last week.", "Apt. 864"),
        ("Office is Suite 200.", "Suite 200"),
        ("She stays at 4 Rue de la Paix", "4 Rue de la Paix"),
        ("Via Lorenzo 12", "Via Lorenzo 12"),
        # the US Southwest: a direction before a Spanish street type
        ("Moved to 3115 W. Camino Largo #4 in June.", "3115 W. Camino Largo #4"),
        ("Lives at 88 N Calle Ventana, Tucson, AZ 85719", "88 N Calle Ventana, Tucson, AZ 85719"),
        (
            "6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677",
            "6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677",
        ),
        ("Erzsébet tér 19.", "Erzsébet tér 19."),
        ("Skoanveien 226", "Skoanveien 226"),
        ("ul. Narewska 94", "ul. Narewska 94"),
        ("Avda. Rio Nalon 58", "Avda. Rio Nalon 58"),
        ("Friedhofstrasse 33 Suite 979", "Friedhofstrasse 33 Suite 979"),
        ("PSC 3294, Box 9168\nAPO AA 61487", "PSC 3294, Box 9168\nAPO AA 61487"),
        ("Lives at 12345 State Route 7", "12345 State Route 7"),
        ("Πλατεία Συντάγματος 204", "Πλατεία Συντάγματος 204"),
        ("the corner of 35 Pentelis Str. and", "35 Pentelis Str."),
        (
            "the corner of Csabai kapu 39. and Mathias Pass",
            "the corner of Csabai kapu 39. and Mathias Pass",
        ),
        ("Mail to PO Box 1123, Abilene.", "PO Box 1123"),
        ("Mail to P.O. Box 88 Abilene TX 79601", "P.O. Box 88 Abilene TX 79601"),
        ("Rt. 2 Box 442, Lometa TX", "Rt. 2 Box 442, Lometa TX"),
        ("Box 442, Rt. 2, Lometa TX", "Box 442, Rt. 2, Lometa TX"),
        ("HCR 1 Box 12", "HCR 1 Box 12"),
        ("Moved to Lot 22, Shady Acres.", "Lot 22"),
        ("Unit 14 upstairs", "Unit 14"),
        ("Working trial @ the store W 38th St (front end).", "W 38th St"),
        ("Moved near East 5th Avenue last week.", "East 5th Avenue"),
        ("PT LIVES IN APT ON W 12TH AVE W/ SON.", "W 12TH AVE"),
        ("RESIDENT: OYELOWO, T   RM 307-A   ADM 3/2", "307-A"),  # a patient's room and bed
        ("moved to room 12C near the nurses' station", "12C"),
        ("Rm/Bed: 1104 (private)", "1104"),
        ("transferred to 6 North 612-A overnight", "612-A"),
        ("Unit: 3E-318B", "318B"),
        ("ROOMMATE 507-B COMPLAINED OF NOISE", "507-B"),
        # a street named without its type, known by the town and state after it
        ("Therapist, 220 Broadway, Lorain OH 44052", "220 Broadway, Lorain OH 44052"),
        ("Mailing address: 1450 Euclid, Cleveland, OH 44115.", "1450 Euclid, Cleveland, OH 44115"),
        ("Office at 88 Main, Suite 4, Elyria OH.", "88 Main, Suite 4, Elyria OH"),
        ("Lives at 4410 Grand River, Detroit, MI 48208", "4410 Grand River, Detroit, MI 48208"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 children.",
        "She has 3 children in the court system.",
        "On 12 occasions the worker visited.",
        "Met in Room 204.",
        "Family meeting in conference room 3.",
        "bed 2 of the ward was empty",
        "walked 40 ft, then 4 W 20 min",
        "Seen at 3 PM Thursday in 5 North.",
        "Finished the unit 3 quiz.",
        "Box 3 of the files is missing.",
        "Moved in the year 2019.",
        "Mother called at 3:30 pm.",
        "She has 2 Family Court hearings this month.",
        "Met Via Zoom 3 times.",
        "Seen at 3 PM Thursday.",
        "Hattie 12 came with her mother.",
        "the 3rd Brigade 5 years ago",
        "St. Mary's Hospital discharged her.",
        "Dr. Smith saw her.",
        "31 : 12 Cue The Lonely Island",
        "Came in 3rd at the St. Patrick's race.",
        "His 5th attempt at the 2nd stage.",
        "0900 LOPRESSOR 25 MG PO GIVEN PER DR. ABERCROMBIE, HR 61",
        "Heparin 5000 Units SubQ given per Dr. Lindgren at 0600.",
        "LIVES ALONE IN APT ON THE WEST SIDE.",
        "CAME 1ST TO ST JOSEPHS.",
        "Marcus, 34 Male, Toledo OH",
        "Served 120 Families, Dayton OH in 2024.",
        "Scored 12 Points, Akron",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []


def test_street_without_number_needs_context() -> None:
    """A bare street name is found, below the threshold; context words must lift it."""
    recognizer = StreetAddressRecognizer()
    text = "She lives on Maple Street."
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    assert [(text[r.start : r.end], r.score < THRESHOLD) for r in results] == [
        ("Maple Street", True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("saw them near the 7-Eleven on Eastern & Broadway.", "Eastern & Broadway"),
        ("staying at Greenmount/North Ave now", "Greenmount/North Ave"),
        ("she hangs out on Monroe St and 5th most nights", "Monroe St and 5th"),
        ("dropped off near W. North Ave & Pulaski", "W. North Ave & Pulaski"),
        ("the bus stop on 5th & Main", "5th & Main"),
    ],
)
def test_a_street_crossing_after_a_place_word_is_an_address(text: str, expected: str) -> None:
    # a crossing finds a block as surely as a house number does
    assert expected in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "works at Walmart and Target",  # "and" without a street type: two places, no crossing
        "group meets on Tuesday & Thursday",
        "Mom on SSI / SSDI since 2019",
        "attends AA/NA meetings at the church",
    ],
)
def test_pairs_that_are_not_crossings_are_left(text: str) -> None:
    assert not any(("&" in s or "/" in s or " and " in s) for s in _spans(text))
