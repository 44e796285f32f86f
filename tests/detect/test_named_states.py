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
        ("Born in Dearborn, Michigan, to a Lebanese-American family.", "Michigan"),
        ("IN THE PROBATE COURT OF LORAIN COUNTY, OHIO\n", "OHIO"),
        ("FAMILY COURT OF THE STATE OF NEW YORK\nCOUNTY OF ONONDAGA", "NEW YORK"),
        ("Signed at Tacoma, Washington on February 5, 2025.", "Washington"),
        ("1401 Presque Isle Avenue, Marquette, Michigan 49855", "Michigan"),
        ("History clear in WA and Idaho; checked 3/2.", "Idaho"),
        ("Dated at Madison, Wisconsin, September 22, 2025.", "Wisconsin"),
        ("His son lives in Beaverton, Oregon ((503) 641-2290).", "Oregon"),
    ],
)  # fmt: skip
def test_a_state_written_as_a_state_is_no_place_to_remove(text: str, state: str) -> None:
    assert is_named_state(text, _place(text, state))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Seen at home; Georgia said she would call back.", "Georgia"),
        ("Kids present: Ana, Georgia and Tom.", "Georgia"),
        ("He moved to Washington last spring.", "Washington"),
        ("1/4 degree Minnesota Chippewa Tribe blood", "Minnesota"),
        ("Fishing trip on Lake Michigan with his uncle.", "Michigan"),
        ("Referred by Ohio Department of Health staff.", "Ohio"),
        ("Lives in Kansas City with her aunt.", "Kansas"),
        ("We understand he is Mdewakanton Dakota.", "Dakota"),
    ],
)  # fmt: skip
def test_a_name_or_a_longer_place_stays_found(text: str, state: str) -> None:
    assert not is_named_state(text, _place(text, state))


def test_a_cued_finding_is_left_alone() -> None:
    text = "Born in Dearborn, Michigan."
    finding = _place(text, "Michigan", source="PlaceName")
    assert without_named_states(text, [finding]) == [finding]


@pytest.fixture(scope="module")
def court() -> Redactor:
    return Redactor("court-subpoena")


def test_a_court_copy_keeps_the_state_and_removes_the_town(court: Redactor) -> None:
    text = (
        "Ms. Dana Whitfield grew up in Coeur d'Alene, Idaho, and moved to Spokane in 2009.\n"
        "Her brother Mark Whitfield lives in Beaverton, Oregon."
    )
    out = court.redact(text).text
    assert "Idaho" in out and "Oregon" in out
    assert "Mark Whitfield" not in out and "Beaverton" not in out
