"""The residual-risk report: levels, reasons in our words, and no quoted text."""

from __future__ import annotations

import pytest

from redact.risk.assess import assess_risk

SPECIFIC = (
    "[PERSON] lost her home in a house fire last spring. Her father, a retired firefighter, "
    "paid $1,200 for two weeks at a motel. She has five children."
)


def test_rare_event_exact_number_and_profession_are_flagged_and_high() -> None:
    report = assess_risk(SPECIFIC)
    assert report.level == "high"
    assert report.reasons[:3] == (
        "a rare event (fire) is described",
        "exact numbers (money, count) survived redaction",
        "a profession (firefighter) is named",
    )
    # and the combination, in plain words (redact.risk.circumstances)
    assert report.reasons[3].startswith(
        "4 kinds of circumstance are combined (who is in the family: father, how many there "
        "are; what happened to them: losing their home, fire; work: firefighter; when: season)"
    )
    assert "a neighbour, a relative or the client would know" in report.reasons[3]
    assert {c.kind for c in report.cues} == {
        "rare_event",
        "exact_number",
        "profession",
        "circumstance",
    }


def test_a_bland_text_is_low_with_no_reasons() -> None:
    report = assess_risk("[PERSON] attended the session and discussed coping skills.")
    assert (report.level, report.reasons, report.cues) == ("low", (), ())


def test_incidental_numbers_are_reported_but_stay_low() -> None:
    report = assess_risk("Methadone dose unchanged at 80 mg; PHQ-9 score 14.")
    assert report.level == "low"
    assert report.reasons == ("exact numbers (other number) survived redaction",)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Her husband died in March.", "medium"),  # one strong cue alone
        ("She works as a baker.", "medium"),  # one specific cue
        ("She works as a baker and has five children.", "medium"),  # two specific kinds
        ("She works as a baker, has twins and owes $300.", "high"),  # three specific kinds
        ("Her mother is a baker at the only bakery on the square.", "high"),  # place + other
        ("Her son, who has cystic fibrosis, is one of twins.", "high"),  # diagnosis + other
    ],
)
def test_levels(text: str, level: str) -> None:
    assert assess_risk(text).level == level


def test_reasons_never_quote_the_text() -> None:
    text = "Zebulon's house fire made the Gazette; his mother is the town's only pharmacist."
    report = assess_risk(text)
    assert report.level == "high"
    assert not any(word in reason for reason in report.reasons for word in ("Zebulon", "Gazette"))
    assert "Zebulon" not in repr(report) and "Zebulon" not in str(report.to_dict())


def test_to_dict_is_offsets_and_our_words() -> None:
    report = assess_risk("She has five children.")
    assert report.to_dict() == {
        "level": "medium",
        "reasons": ["exact numbers (count) survived redaction"],
        "cues": [{"kind": "exact_number", "category": "count", "start": 8, "end": 21}],
    }


def test_an_identifier_like_number_is_not_incidental() -> None:
    report = assess_risk("Medicaid ID 770642712057 was confirmed.")
    assert report.level == "medium"
    assert report.reasons == ("exact numbers (identifier-like) survived redaction",)
