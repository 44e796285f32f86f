"""without_named_states: a US state that NER took for a place to remove, written as a state,
stays; a word that only looks like a state, or a state inside a longer name, stays found."""

from __future__ import annotations

import pytest

from redact.detect.named_states import is_named_state, without_named_states
from redact.findings import Finding
from redact.redactor import Redactor


def _place(text: str, part: str, source: str = "SpacyRecognizer") -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), "LOCATION", 0.85, source=source)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("IN THE CIRCUIT COURT FOR THE STATE OF MICHIGAN\n", "MICHIGAN"),
        ("FAMILY COURT OF THE STATE OF NEW YORK\nCOUNTY OF ONONDAGA", "NEW YORK"),
        ("History clear in WA and Idaho; checked 3/2.", "Idaho"),
        ("Partner contact per Ohio standards.", "Ohio"),
        ("Son Erik called from Oregon, asked for video visits.", "Oregon"),
        ("The car has a Wisconsin plate, AKR-4471.", "Wisconsin"),
        ("RE:  State of Ohio v. D. Reyes", "Ohio"),
    ],
)  # fmt: skip
def test_a_state_named_alone_is_no_place_to_remove(text: str, state: str) -> None:
    assert is_named_state(text, _place(text, state))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Seen at home; Georgia said she would call back.", "Georgia"),
        ("Kids present: Ana, Georgia and Tom.", "Georgia"),
        ("He moved to Washington last spring.", "Washington"),
        ("Her mother lives in Holland, Michigan.", "Michigan"),  # one place with its town
        ("1401 Presque Isle Avenue, Marquette, Michigan 49855", "Michigan"),
        ("1/4 degree Minnesota Chippewa Tribe blood", "Minnesota"),
        ("Fishing trip on Lake Michigan with his uncle.", "Michigan"),
        ("Referred by Ohio Department of Health staff.", "Ohio"),
        ("Seen at Family Medicine Residency of Idaho in March.", "Idaho"),
        ("Lives in Kansas City with her aunt.", "Kansas"),
        ("We understand he is Mdewakanton Dakota.", "Dakota"),
    ],
)  # fmt: skip
def test_a_name_or_a_longer_place_stays_found(text: str, state: str) -> None:
    assert not is_named_state(text, _place(text, state))


def test_a_cued_finding_is_left_alone() -> None:
    text = "Licensed in Ohio and Kentucky."
    finding = _place(text, "Ohio", source="PlaceName")
    assert without_named_states(text, [finding]) == [finding]


@pytest.fixture(scope="module")
def court() -> Redactor:
    return Redactor("court-subpoena")


def test_a_court_copy_keeps_the_state_and_removes_the_town(court: Redactor) -> None:
    text = (
        "Background checks are clear in Idaho for both applicants.\n"
        "Her brother Mark Whitfield lives in Beaverton, Oregon."
    )
    out = court.redact(text).text
    assert "clear in Idaho for" in out
    assert "Mark Whitfield" not in out and "Beaverton" not in out and "Oregon" not in out
