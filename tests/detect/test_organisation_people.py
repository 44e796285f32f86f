"""A name ending in what a body is names the body; its words are not a person's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.organisation_people import ends_in_org_head, people_to_organisations
from redact.findings import Finding


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("HIGH DESERT STREET OUTREACH", True),
        ("River Valley Family Services", True),
        ("NORTHERN PINES HOUSING ALLIANCE", True),
        ("Golden Plains Youth Program", True),
        ("Tomás Ulibarri, LMSW, High Desert Street Outreach", False),
        ("Dana Whitfield", False),
        ("Outreach", False),
    ],
)
def test_a_name_ending_in_a_head_word(name: str, body: bool) -> None:
    assert ends_in_org_head(name) is body


def test_people_inside_a_body_and_team_labels_are_no_people() -> None:
    text = "HIGH DESERT STREET OUTREACH\noutreach: hi, this is Rachel"
    findings = [
        Finding(0, 27, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(28, 36, "PERSON", 0.6, source="LowerCaseName"),
        Finding(text.index("Rachel"), len(text), "PERSON", 0.85, source="SpacyRecognizer"),
    ]
    out = people_to_organisations(text, findings)
    assert [(text[f.start : f.end], f.entity_type) for f in out] == [
        ("HIGH DESERT STREET OUTREACH", "ORGANIZATION"),
        ("Rachel", "PERSON"),
    ]


def test_outreach_stays_a_word_where_the_agency_is_pseudonymised(
    redactor_for: Callable[[str], Redactor],
) -> None:
    texts = [
        "SUNRISE MESA STREET OUTREACH — PATH team 1 — contact notes\n"
        "6/3 Outreach worker met client at camp. Outreach van left water.",
        "outreach phone 1 — sms export\n6/13 8:10 am  outreach: hi, we have tents fri.",
    ]
    redactor = redactor_for("consultation")
    redactor.start_release(texts)
    outs = [r.text for r in redactor.redact_many(texts)]
    assert "SUNRISE" not in outs[0]
    assert "Outreach worker" in outs[0] and "Outreach van" in outs[0]
    assert "outreach: hi" in outs[1]
