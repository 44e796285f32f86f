"""Acronyms standing where an organisation stands are organisations; clinical ones stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.agency_acronyms import agency_acronym_findings


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "88 YO M BIB AMR FROM HOME S/P FALL. PREV ADM MGH SPRING '24 FOR PNA.",
            [("AMR", "ORGANIZATION"), ("MGH", "HEALTHCARE_FACILITY")],
        ),
        (
            "Client was transported by AMR to MGH; referred to DFCS for a safety check.",
            [("AMR", "ORGANIZATION"), ("MGH", "HEALTHCARE_FACILITY"), ("DFCS", "AGENCY")],
        ),
        (
            "APS referral to BEAS re possible exploitation; found by TPD Officer Ruiz.",
            [("BEAS", "AGENCY"), ("TPD", "AGENCY")],
        ),
        ("SNAP award letter (DFCS case 1004738225) on file.", [("DFCS", "AGENCY")]),
    ],
)
def test_an_acronym_where_an_organisation_stands(text: str, found: list[tuple[str, str]]) -> None:
    got = [(text[f.start : f.end], f.entity_type) for f in agency_acronym_findings(text)]
    assert sorted(got) == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to IOP and DBT; transferred to ICU after the CT.",
        "BIB EMS FROM HOME. PT TO IRF, d/c to HH next week.",
        "On TPD benefits since May; referred to CBT for PTSD and ADHD.",
        "Admitted to NY hospital last year.",
    ],
)
def test_clinical_acronyms_and_settings_stay(text: str) -> None:
    assert agency_acronym_findings(text) == []


def test_a_state_bureau_goes_under_research_and_stays_for_a_court(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "APS referral to BEAS filed 7/20. Letter to case manager Dana Whitfield, DCYF."
    research = redactor_for("research-safe-harbor").redact(text).text
    assert "BEAS" not in research and "DCYF" not in research and "referral to" in research
    court = redactor_for("court-subpoena").redact(text).text
    assert "BEAS" in court and "DCYF" in court
