"""organisation_mention_findings: a name found once is found again wherever it stands."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.organisation_mentions import organisation_mention_findings
from redact.findings import Finding


def _again(text: str, name: str, entity: str = "AGENCY") -> list[str]:
    start = text.index(name)
    found = [Finding(start, start + len(name), entity, 0.8, source="test")]
    return [text[f.start : f.end] for f in organisation_mention_findings(text, found)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Registered with the Disability Resource Office.\nAsh Park University · "
         "Disability Resource Office · Letter", "Disability Resource Office",
         ["Disability Resource Office"]),
        ("Visits at Kinship Bridge Family Visitation Center were ordered. Visits at Kinship "
         "Bridge went well.", "Kinship Bridge Family Visitation Center", ["Kinship Bridge"]),
        ("Sent SNF referral to Holden Rehab & Nursing. 7/22 HOLDEN ACCEPTED pending Medicaid.",
         "Holden Rehab & Nursing", ["HOLDEN"]),
        ("Seen at Harborlight CBH in May.\ncopy to harborlight cbh intake", "Harborlight CBH",
         ["harborlight cbh"]),
        ("Stillwater Trails Counseling, LLC\n...\nSTILLWATER TRAILS COUNSELING",
         "Stillwater Trails Counseling", ["STILLWATER TRAILS COUNSELING"]),
    ],
)  # fmt: skip
def test_other_mentions_and_short_forms(text: str, name: str, expected: list[str]) -> None:
    assert _again(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common word cut from a name is no short form
        ("Placed at Kinship House Services. Kinship care was discussed.", "Kinship House Services"),
        # a programme found by mistake is not spread
        (
            "Intensive Outpatient Program started. IOP three days a week; Intensive Outpatient "
            "Program notes attached.",
            "Intensive Outpatient Program",
        ),
    ],
)
def test_common_words_and_programmes_are_not_spread(text: str, name: str) -> None:
    assert _again(text, name, "ORGANIZATION") == []


def test_the_redactor_removes_every_mention_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Northgate College · Student Wellness and Access Office · Accommodation Letter\n"
        "The student is registered with the Student Wellness and Access Office and has "
        "documentation from a licensed provider."
    )
    out = redactor_for("consultation").redact(text).text
    assert "Wellness and Access" not in out
    assert "licensed provider" in out


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Admitted to Semoran Park Medical Center 8/11. Discharge summary (SPMC) enclosed.",
         "Semoran Park Medical Center", ["SPMC"]),
        ("From: Y. Dunn, Arkansas Valley Veterans Housing Partnership\n...\nSSVF (AVVHP)",
         "Arkansas Valley Veterans Housing Partnership", ["AVVHP"]),
        ("a party at the Kappa Rho Sigma house\n10/14 avoids krs house side of campus",
         "Kappa Rho Sigma", ["krs"]),
    ],
)  # fmt: skip
def test_initials_of_a_long_name(text: str, name: str, expected: list[str]) -> None:
    assert _again(text, name, "ORGANIZATION") == expected


def test_initials_that_are_an_english_word_are_not_taken_in_lower_case() -> None:
    text = "Calls to Community Action Team weekly; the cat was fed."
    assert _again(text, "Community Action Team", "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Program (DVIP) intake. DVIP group 6 pm Tuesdays.", "DVIP"),
        ("FAST 7C, PPS 30%. 9/20 PPS 20%.", "PPS"),
        ("coach on the Special Olympics team; Special Olympics bowling Sat.", "Special Olympics"),
    ],
)
def test_lone_acronyms_and_plain_names_are_not_spread(text: str, name: str) -> None:
    assert _again(text, name, "ORGANIZATION") == []
