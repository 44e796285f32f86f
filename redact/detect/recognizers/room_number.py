"""The room or bed a person lives or stays in: "Room 214-B", "RM/BED: 312-A", "rm 118", "bed 14B".

A resident of a nursing home, a group home, a shelter or a unit is found by the facility's
address and the room: the room is the unit of that address, as "Apt 2" is of a street's,
and Safe Harbor removes every geographic unit smaller than a state. Elsewhere a room number
is a meeting room or a count and the house reads it as a place, not an identifier
(`marked_numbers`), so this recognizer runs only for the strict policies that remove every
address element (research extracts, posts).

The cue is the word ("room", "rm", "bed", "rm/bed", with "#", "no." or ":" after it) and
the number is short: one to four digits with a letter of the bed ("214-B", "14B"), or a
letter and digits ("B-12"). A count after the cue is not a room: "bed 3 days", "2 bed 1
bath", "room 2 of 4".
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

_CUE = r"(?i:\b(?:rm|room|bed)(?:[ \t]*/[ \t]*(?:rm|room|bed))?\b)"
#: The cue and what stands between it and the number; never "2 bed", "3 rooms", nor a
#: tool's name run into its number ("RM2000", a risk matrix).
_BEFORE = (
    r"(?<!\d[ \t]*)(?i:\b(?:rm|room|bed)(?:[ \t]*/[ \t]*(?:rm|room|bed))?(?!\w)\.?)"
    r"[ \t]*(?:#|(?i:no\.?|number))?[ \t]*:?[ \t]*"
)
_NUMBER = r"(?:\d{1,4}(?:-?[A-Za-z])?|[A-Za-z]-?\d{1,4})"
#: A count, a share or a time after the number makes it no room.
_NOT_A_ROOM_AFTER = (
    r"(?![\w/]|[.:,]\d|[ \t]*(?i:days?|nights?|hours?|hrs?|h\b|weeks?|wks?|months?|mos?"
    r"|ba(?:th)?s?\b|x\b|times|%|am\b|pm\b|of[ \t]+\d|to[ \t]+\d|-[ \t]*\d))"
)


class RoomNumberRecognizer(CuedPatternRecognizer):
    """Find a room or bed number after its cue word (entity STREET_ADDRESS)."""

    ENTITY: ClassVar[str] = "STREET_ADDRESS"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "room or bed + number",
            rf"(?<={_BEFORE}){_NUMBER}{_NOT_A_ROOM_AFTER}",
            0.6,
            cue=_CUE,
            reach=16,
        ),
    )
