"""A group note's roster: who the members are. People synthetic."""

from __future__ import annotations

from redact.topics import group_roster


def test_a_nickname_cue_in_a_roster_is_no_members_name() -> None:
    text = 'Present (3): Dante K. (goes by Pickles), Omar aka "Gravy", Luis\nPickles shared.'
    found = group_roster.members(text, frozenset())
    assert set(found) == {"Dante K", "Pickles", "Omar", "Gravy", "Luis"}
    pattern = group_roster.members_pattern(found)
    assert pattern is not None and pattern.search("signed by staff") is None
