"""A baby's gestational and corrected age, a hospital day and an obstetric history stay as
written; long numbers NER called a date are removed as identity numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.clinical_counts import settle_clinical_counts
from redact.findings import Finding


def _guess(text: str, mention: str, kind: str = "DATE_TIME") -> Finding:
    start = text.index(mention)
    return Finding(start, start + len(mention), kind, 0.85, source="SpacyRecognizer")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Twin B: GA 29 3/7 weeks, BW 1,115 g.", "29 3/7 weeks"),
        ("Twins born at 29+3 weeks by C-section.", "29+3 weeks"),
        ("TWIN A DOL 12, CGA 31+1 WKS, WT 1,310 G", "31+1 WKS"),
        ("Both are 9 weeks old today, corrected age about 38 weeks PMA.", "age about 38 weeks"),
        ("delivered at 33 weeks gestation", "33 weeks"),
        ("HUS day 3 pending.", "day 3"),
        ("POD 2, ambulating.", "POD 2"),
    ],
)
def test_ages_and_day_counts_are_no_dates(text: str, mention: str) -> None:
    assert settle_clinical_counts(text, [_guess(text, mention)]) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("She was admitted for 3 weeks in March.", "3 weeks in March"),
        ("Seen 3/7 and again on 3/21.", "3/7"),
        ("She will start work in 2 weeks.", "2 weeks"),  # no gestational cue: left as it was
    ],
)
def test_dates_and_plain_spans_of_weeks_stay(text: str, mention: str) -> None:
    guess = _guess(text, mention)
    assert settle_clinical_counts(text, [guess]) == [guess]


def test_a_day_count_stays_where_dates_go_outright() -> None:
    text = "HUS day 3 pending."
    guess = _guess(text, "day 3")
    assert settle_clinical_counts(text, [guess], durations_are_dates=True) == [guess]


@pytest.mark.parametrize("history", ["G1P0202", "G3 P2", "G4P3-0-1-3"])
def test_an_obstetric_history_is_no_place(history: str) -> None:
    text = f"Ms. Roe is a 19-year-old {history} with limited prenatal care."
    assert settle_clinical_counts(text, [_guess(text, history, "LOCATION")]) == []


def test_long_numbers_called_a_date_are_an_identity_number() -> None:
    text = "the infants' IDs are 1105319084 and 1105319085."
    (found,) = settle_clinical_counts(text, [_guess(text, "1105319084 and 1105319085")])
    assert found.entity_type == "ID_NUMBER"


def test_a_cued_finding_is_left_alone() -> None:
    text = "HUS day 3 pending."
    cued = Finding(4, 9, "DATE_TIME", 0.9, source="CaseNoteDateRecognizer")
    assert settle_clinical_counts(text, [cued]) == [cued]


@pytest.mark.parametrize("policy", ["consultation", "research-safe-harbor", "court-subpoena"])
def test_a_nicu_note_keeps_its_ages(policy: str, redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "Twin B, Baby Boy Roe: GA 29 3/7 weeks, BW 1,115 g. Ms. Roe is a G1P0202. "
        "Corrected age about 38 weeks PMA. HUS day 3 pending."
    )
    out = redactor_for(policy).redact(text, subject=["Jane Roe"]).text
    for kept in ("29 3/7 weeks", "G1P0202", "38 weeks PMA"):
        assert kept in out
    assert "March" not in out
