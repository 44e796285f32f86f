"""A lone extension or pager number is a phone number, never a year."""

from __future__ import annotations

import pytest

from redact.detect.extensions import extension_spans, with_extensions
from redact.findings import Finding


def _numbers(text: str) -> list[str]:
    return [text[s:e] for s, e in extension_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tamsin Oyelowo, LICSW\nInpatient Social Work, pager 3318", "3318"),
        ("Case Management, ext. 5590\ncc: file", "5590"),
        ("call me at extension 204 any time", "204"),
        ("Beeper #7781 after hours", "7781"),
        ("PGR: 22417", "22417"),
        ("the unit called x 6120 and he left", "6120"),
        ("please page x2209 when she arrives", "2209"),
        # a campus's extension, the exchange's digit before a dash
        ("Jordan Pelletier, Accessibility Coordinator, ext. 4-1703, jp@nhu.example.edu", "4-1703"),
        ("906-227-1700 ext. 5-2290 | records office", "5-2290"),
        # a bare x ending a contact line
        ("Jo Oyenuga, discharge planner   jo.oyenuga@bernco.example.gov   x8741\n", "8741"),
        ("Dana Ruiz | d.ruiz@county.example.org | x 2231", "2231"),
        ("Office: x4410 (voicemail checked daily)", "4410"),
    ],
)
def test_a_lone_extension_is_found(text: str, number: str) -> None:
    assert _numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "ibuprofen 400 mg x 3 days",
        "seen x 2 this week; BID x 1000 never",  # no calling word before the x
        "ext 2.5 cm laceration",
        "pager 12",  # too short to be an extension
        "Wound 4 x 1200 mm",
        "Campus Box 4471, Marquette",
        "emailed mom@home.example.com re: meds x 3 days",
        "Office visit: dressing 10 x 1500",
    ],
)
def test_counts_and_measures_are_not_extensions(text: str) -> None:
    assert _numbers(text) == []


def test_a_year_on_an_extension_gives_way_and_a_whole_phone_stays() -> None:
    text = "pager 4471; desk 608-241-6677 ext. 24"
    year = Finding(6, 10, "DATE_TIME", 0.6, source="test")
    phone = Finding(18, text.index(" ext") + 8, "PHONE_NUMBER", 0.7, source="test")
    settled = with_extensions(text, [year, phone])
    assert phone in settled and year not in settled
    pagers = [f for f in settled if f.source == "Extension"]
    assert [(text[f.start : f.end], f.entity_type) for f in pagers] == [("4471", "PHONE_NUMBER")]
