"""MemberIdRecognizer: strings it must catch, and case-note sentences it must leave alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.member_id import MemberIdRecognizer


def _spans(text: str) -> list[str]:
    recognizer = MemberIdRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medicaid ID 1234567890 verified.", "1234567890"),
        ("Medicaid #: MA12345678", "MA12345678"),
        ("member ID XJH123456789", "XJH123456789"),
        ("policy number 55-AB-99012", "55-AB-99012"),
        ("group no. 00412", "00412"),
        ("MBI 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
        ("Medicaid DCN: 20417733 active", "20417733"),
        ("CIN XY40917B on file", "XY40917B"),
        ("New Medicare card 1EG4TE5MK73 arrived.", "1EG4TE5MK73"),
        ("Her Medicare number is 1EG4TE5MK73.", "1EG4TE5MK73"),
        ("MassHealth 100012345678 active", "100012345678"),
        ("Pt: WHITFIELD, J.  ADAP GA-ADAP-0447192  Ph 404-555-0387", "GA-ADAP-0447192"),
        ("Recert done. ADAP active (GA-ADAP-0447192), Medicaid pending.", "GA-ADAP-0447192"),
        ("PAYER: MEDICARE A (7XK4RT9MW63) → ALTCS PENDING (A70418823)", "A70418823"),
        ("PAYER: MEDICARE A (7XK4RT9MW63) → ALTCS PENDING (A70418823)", "7XK4RT9MW63"),
        ("Insurance: Medicare Part B 1EG4-TE5-MK72 since 2019", "1EG4-TE5-MK72"),
        ("his AHCCCS approved (A00918243) last week", "A00918243"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 children.",
        "On 12 occasions the worker visited.",
        "Met in Room 204.",
        "Her Medicaid was renewed in 2019.",
        "Has had Medicaid 2019 onward.",
        "She is a member of 3 support groups.",
        "The group 2019 cohort met weekly.",
        "Mother called at 3:30 pm.",
        "Policy 2 of the handbook applies.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
