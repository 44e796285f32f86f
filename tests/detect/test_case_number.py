"""CaseNumberRecognizer: strings it must catch, and case-note sentences it must leave alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.case_number import CaseNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = CaseNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case #2024-00123 was opened today.", "2024-00123"),
        ("Transferred under case no. CW-55120.", "CW-55120"),
        ("client ID 448812", "448812"),
        ("Client #: 77-1203", "77-1203"),
        ("Hearing set, Docket No. 24-JV-0192.", "24-JV-0192"),
        ("The case originated in an application (no. 18403/91) against", "18403/91"),
        ("application no. 18403/91", "18403/91"),
        ("see file number FN-2291", "FN-2291"),
        ("Her case number is 2024-00123.", "2024-00123"),
        ("Case 2024-00123 closed", "2024-00123"),
        ("Referral #R-20931 received", "R-20931"),
        ("case file no. IC 119/05", "IC 119/05"),
        ("Referral 12/5-20931 pending", "12/5-20931"),
        ("case no. 6/13", "6/13"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert expected in _spans(text)


def test_application_number_list() -> None:
    assert _spans("nos. 18403/91 and 19876/92") == ["18403/91", "19876/92"]


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 children.",
        "On 12 occasions the worker visited.",
        "Met in Room 204.",
        "Moved in the year 2019.",
        "Mother called at 3:30 pm.",
        "Client phone 555-123-4567, call after noon.",
        "In case 3 children attend, book a bigger room.",
        "In case 24-hour care is needed.",
        "This is the client's 2nd placement.",
        "Report dated 2024-03-01 attached.",
        "The 2019/20 school year went well.",
        "REFINERY29 article shared by client",
        "BP 120/80 at intake.",
        "Blood pressure: 118/76, pulse 80.",
        "Reading 132/84 mmHg today.",
        "Follow-up: ACT team intake 6/13, lithium level in 5 days.",
        "Legal advocate to help with DVPO petition 2/5.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
