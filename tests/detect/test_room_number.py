"""RoomNumberRecognizer: a room or bed number after its cue word."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.room_number import RoomNumberRecognizer


@pytest.fixture(scope="module")
def recognizer() -> RoomNumberRecognizer:
    return RoomNumberRecognizer()


def _found(recognizer: RoomNumberRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=["STREET_ADDRESS"], nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at Linden Court, room 207, since May.", ["207"]),
        ("RESIDENT: OKAFOR, B.   RM/BED: 312-A   ADM: 04/02/25", ["312-A"]),
        ("MOVED TO RM 14 (QUIETER HALL) PER DON.", ["14"]),
        ("Prior detox stay, bed 9C, left AMA.", ["9C"]),
        ("Room #B-12 on the locked unit.", ["B-12"]),
        ("pt in rm. 406.", ["406"]),
    ],
)
def test_finds_the_room(recognizer: RoomNumberRecognizer, text: str, expected: list[str]) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On bed rest 3 days.",
        "Apartment is 2 bed 1 bath.",
        "Met in room 2 of 4 at 10 am.",
        "Bed 3 days post op.",
        "Bedroom 2 is the child's.",
        "in room 3 - 4 pm",
        "3 rooms, bed 12.5 inches off floor",
        "Assessed with RM2000 and a TNA.",
    ],
)
def test_ignores_counts(recognizer: RoomNumberRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []
