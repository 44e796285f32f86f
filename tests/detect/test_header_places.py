"""Facilities and towns in a terse one-case note's header line: "detox flowsheet — spectrum
westboro — 1/17"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.header_places import header_place_findings


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in header_place_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a town the list does not hold ("westboro" for Westborough) goes with the name
            "detox flowsheet — larkspur westboro — 1/17\ncl bed 4",
            [("larkspur westboro", "HEALTHCARE_FACILITY")],
        ),
        (
            "pt/ot tx note 4/2 — halvorsen cambridge — rm 218b\npt amb 150 ft",
            [("cambridge", "LOCATION"), ("halvorsen", "HEALTHCARE_FACILITY")],
        ),
        (
            "HOSPICE RN VISIT NOTE  8/8  BLUE HERON HOSPICE\nPT SLEEPING",
            [("BLUE HERON", "HEALTHCARE_FACILITY")],
        ),
        (
            "ED PHYSICIAN NOTE  ST. AGATHA ED  10/3 @ 0400\nCC: AMS",
            [("ST. AGATHA", "HEALTHCARE_FACILITY")],
        ),
        (
            "ltc nsg note 2/20 1500 — oak knoll unit b\nres in rm 12",
            [("oak knoll", "HEALTHCARE_FACILITY")],
        ),
        (
            "QUARTERLY NOTE — FENWICK NURSING & REHAB\nRES SEEN",
            [("FENWICK", "HEALTHCARE_FACILITY")],
        ),
    ],
)
def test_a_place_in_a_note_header(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1:1 OBSERVATION LOG — UNIT 4 WEST — 10/15\n0700 in bed",
        "SBAR HANDOFF 1900 4/17 — 7 SOUTH TELE\nS: RM 7",
        "ccs progress notes - vanderlinden, s (ccs-118204) - clinician rqs\nseen today",
        "PARTNER CONTACT LOG — CONFIDENTIAL — NOT PART OF THE TREATMENT RECORD\ncall 1",
        "unit 3b phone log - youth deuce (whitlock) - approved numbers: mom\n1. mom",
        # mixed case: a titled header is read by the capitalised rules, not this one
        "Progress Note — Larkspur Westboro — 1/17\nseen",
        # no kind of note in the first part: no header
        "mom and dad — larkspur westboro — fine\nseen",
    ],
)
def test_no_place_in_other_headers(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("policy", ["research-safe-harbor", "social-media"])
def test_header_places_go_and_the_note_reads(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "pt/ot tx note 4/2 — halvorsen cambridge — rm 218b\n"
        "pt 71f s/p l tka, hx osa, afib on apixaban. amb 150 ft w/ rw.\n"
    )
    out = redactor_for(policy).redact(text).text
    assert "halvorsen" not in out and "cambridge" not in out
    for kept in ("tx note", "apixaban", "osa", "afib", "tka"):
        assert kept in out, (kept, out)
