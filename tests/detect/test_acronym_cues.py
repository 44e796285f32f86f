"""Acronyms written with a score or a session are scales and treatments; initials still go."""

from __future__ import annotations

import pytest

from redact.detect.acronym_cues import clinical_acronym


def _acronym(text: str, word: str) -> bool:
    start = text.index(word)
    return clinical_acronym(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("On intake, KPS 40%, eating little.", "KPS", True),
        ("Baseline QRS-TX score high.", "QRS", True),  # a slash or hyphen compound, whole
        ("Finished 6 of 12 SPARCS sessions.", "SPARCS", True),
        ("Plan: continue PHP through Friday.", "PHP", True),
        ("Screened: latent HBV, referred.", "HBV", True),
        ("DLA-20 total 3.4; WHODAS 41.", "WHODAS", True),
        ("- LIHWAP (water bill assistance): applied", "LIHWAP", True),
        ("Referred to QPHC (Quarry Park Health Center).", "QPHC", False),
        ("Siblings MK 12 and DT 9 at home.", "MK", False),  # initials and an age
        ("Siblings JRT 12 y/o at home.", "JRT", False),
        ("Called DHHS 3 times about the card.", "DHHS", False),  # a count of calls
        ("Referred to Tri County MCO 2 weeks ago.", "MCO", False),  # ends a name
        ("Letter from DHHS about the card.", "DHHS", False),
        ("Her KVLTC application is pending.", "KVLTC", True),  # a benefit's own noun
        ("Her KVLTC share of cost is paid monthly.", "KVLTC", True),
        ("the widow's pension check (MSRS) stopped.", "MSRS", True),
        ("Opened a DCYF case last spring.", "DCYF", False),  # an agency's case
        ("Referred to Tri County MCO application desk.", "MCO", False),  # ends a name
        ("Labs: LDH 1,210, ALT 88, potassium 5.9.", "LDH", True),  # a lab value
        ("Echo: LVEF 35% per cardiology.", "LVEF", True),
        ("Pt with hx PE and s/p TAVR, on warfarin.", "PE", True),  # a history's shorthand
        ("Pt with hx PE and s/p TAVR, on warfarin.", "TAVR", True),
        ("Siblings JT 14 and MK 9 at home.", "JT", False),  # an age stays an age
        ("Met with DCFS 4 times.", "DCFS", False),
    ],
)
def test_clinical_acronym(text: str, word: str, expected: bool) -> None:
    assert _acronym(text, word) is expected
