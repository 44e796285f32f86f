"""The room a resident lives in is part of their address; a meeting room is no one's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.residence_rooms import hall_findings, residence_room_findings


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Since March she has resided at Linden Court Care Center, Room 306-A.", "306-A"),
        ("RESIDENT: OKAFOR, BEATRIX   RM/BED: 412-2   PAYER: MEDICAID", "412-2"),
        ("08/02 MOVED TO RM 221 (PRIVATE) PER FAMILY REQUEST.", "221"),
        ("Placement at Willow Bend assisted living, rm 14B, going well.", "14B"),
        ("ROOMMATE IN 305-B COMPLAINED OF NOISE AT NIGHT.", "305-B"),
    ],
)
def test_a_residents_room_is_an_address(text: str, room: str) -> None:
    found = [text[f.start : f.end] for f in residence_room_findings(text)]
    assert found == [room]


@pytest.mark.parametrize(
    "text",
    [
        "IEP meeting held in room 112 with the school psychologist.",
        "Group met in Room 3; six members present.",
        "Seen in exam rm 4 by the NP, vitals stable.",
    ],
)
def test_a_room_no_one_lives_in_stays(text: str) -> None:
    assert residence_room_findings(text) == []


def test_the_residents_room_goes_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Mr. Abernathy-Quist, 88, resides at Cedar Hollow Nursing Center, Room 118-C."
    out = redactor_for("consultation").redact(text).text
    assert "118-C" not in out and "Room" in out


def test_a_barracks_building_and_room_are_where_he_lives() -> None:
    text = "MPO: no contact; soldier moved to barracks bldg 7731 rm 208 until further notice."
    found = [text[f.start : f.end] for f in residence_room_findings(text)]
    assert found == ["7731", "208"]


def test_a_meeting_building_is_no_home() -> None:
    assert residence_room_findings("Hearing held in Building 4410, courtroom B.") == []


@pytest.mark.parametrize(
    ("text", "hall", "room"),
    [
        ("Residence: Harlow Hall, Rm 318B (double)", "Harlow Hall", "Harlow Hall, Rm 318B"),
        (
            "Ms. Ada Brook\nQuenneville Hall, Room 212\nBox 4471",
            "Quenneville Hall",
            "Quenneville Hall, Room 212",
        ),
        ("Lives in Okafor Hall 4C; RA aware.", "Okafor Hall", "Okafor Hall 4C"),
        ("hearing 12/3 in jamrich hall 1320, ~5h", "jamrich hall", "jamrich hall 1320"),
        ("Dorm: Brzezinski Tower rm. 1104", "Brzezinski Tower", "Brzezinski Tower rm. 1104"),
    ],
)
def test_a_named_hall_and_its_room_go_whole(text: str, hall: str, room: str) -> None:
    found = {(text[f.start : f.end], f.entity_type) for f in hall_findings(text)}
    assert found == {(hall, "LOCATION"), (room, "STREET_ADDRESS")}


@pytest.mark.parametrize(
    "text",
    [
        "Meeting at City Hall, Room 204.",
        "Study Hall 3 on Tuesdays",
        "went to the Town Hall 2 times",
        "Dr. Marcus Hall 412 called back.",
    ],
)
def test_common_halls_and_people_are_no_halls(text: str) -> None:
    assert hall_findings(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("11/4 8:00 am  tomas: moved to unit 7c at the oak st apartments", "7c"),
        ("she stays in unit 12 at the shelter now", "12"),
        ("Client lives in Unit 3B of the senior housing complex.", "3B"),
    ],
)
def test_a_unit_where_someone_lives_is_an_address(text: str, unit: str) -> None:
    assert [text[f.start : f.end] for f in residence_room_findings(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Transferred to unit 5 after the fall; vitals stable.",
        "Finished unit 4 of the parenting curriculum.",
    ],
)
def test_a_ward_or_a_course_unit_is_no_address(text: str) -> None:
    assert residence_room_findings(text) == []
