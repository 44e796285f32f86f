"""A venue placed by its street (`redact.detect.venue_streets`)."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.venue_streets import venue_street_findings
from redact.findings import Finding


def _found(text: str, findings: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in venue_street_findings(text, findings or [])]


def _at(text: str, part: str, entity: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity, 0.8, source="SpacyRecognizer")


@pytest.mark.parametrize(
    ("text", "venue", "entity", "span"),
    [
        ("Wants a job at Arby's on Kellogg in spring.", "Arby's", "EMPLOYER",
         "Arby's on Kellogg"),
        ("0810 walked toward the quik trip on grand. i followed.", "quik trip", "ORGANIZATION",
         "quik trip on grand"),
        ("Met her at Hy-Vee on Euclid Ave after group.", "Hy-Vee", "ORGANIZATION",
         "Hy-Vee on Euclid Ave"),
    ],
)  # fmt: skip
def test_a_found_venue_takes_the_street_after_it(
    text: str, venue: str, entity: str, span: str
) -> None:
    assert span in _found(text, [_at(text, venue, entity)])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Referral from MDOC. Staying at Motel 6 on Stadium. Bed 2/10.", "Motel 6 on Stadium"),
        ("Outing to the Library Station on Kearney, then lunch.", "Library Station on Kearney"),
        ("walked toward the quik & go on grand, back at 0828", "quik & go on grand"),
    ],
)
def test_a_named_venue_after_a_placing_word_takes_its_street(text: str, span: str) -> None:
    assert _found(text) == [span]


def test_a_found_street_after_a_venue_makes_the_venue_a_name() -> None:
    text = "bday party sat at jump zone on mineral point rd, can she come"
    street = _at(text, "mineral point rd", "STREET_ADDRESS")
    assert _found(text, [street]) == ["jump zone on mineral point rd"]


@pytest.mark.parametrize(
    "text",
    [
        "Went to the store on monday. Pt to the ER on arrival. Sent to court on time.",
        "pt to ed on arrival, family at bedside on and off. we go to the store on weds",
        "Mom went to the clinic on Saturday and to work on Tuesdays.",
        "He was placed at home on probation; she is at school on an IEP.",
    ],
)
def test_an_everyday_on_phrase_is_no_street(text: str) -> None:
    assert _found(text) == []


def test_a_kept_organisation_is_no_venue_before_a_weekday_or_a_phrase() -> None:
    text = "Aetna on file. Mom went to Walmart on Saturday. DCF on the case."
    findings = [_at(text, w, "ORGANIZATION") for w in ("Aetna", "Walmart", "DCF")]
    assert _found(text, findings) == []


def test_the_branch_leaves_a_court_copy_that_keeps_organisations() -> None:
    redactor = Redactor(policy="court-subpoena")
    text = "Client states she buys her groceries at the Quik Shop on Ferrisburg every week."
    out = redactor.redact(text).text
    assert "Ferrisburg" not in out
    assert "groceries" in out
