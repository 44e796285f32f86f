"""A surname, a comma and an initial ("Hallworth, J.", "VANDERMOLEN-OAKES, T.",
"client: vandermolen-oakes, t.") is a person, the subject too when the surname is theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.inverted_names import inverted_name_findings

HEADERS = """\
NORTHWIND HOME CARE - HHA VISIT NOTES
client: vandermolen-oakes, t.   acct NHC-55102   POC: personal care 3x/wk
---
Client: VANDERMOLEN-OAKES, T. · MBI 5TK7QW2HN59 · Case APS-25-00433
90-day Treatment Plan Review — Vandermolen-Oakes, T. Client CH-20551
Emergency contact: Szczepanski, R. (neighbor) 555-201-7788
"""
SUBJECT = ["Tobias Vandermolen-Oakes"]


@pytest.mark.parametrize("policy", ["social-media", "consultation", "research-safe-harbor"])
def test_inverted_names_go_where_everyone_goes(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(HEADERS, subject=SUBJECT).text
    for gone in ("vandermolen", "Vandermolen", "VANDERMOLEN", "Szczepanski", "oakes, t."):
        assert gone not in out
    assert "Treatment Plan Review" in out


@pytest.mark.parametrize("policy", ["provider-referral", "client-request"])
def test_the_subjects_inverted_name_stays_where_the_subject_does(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(HEADERS, subject=SUBJECT).text
    assert "VANDERMOLEN-OAKES, T." in out
    assert "Vandermolen-Oakes, T." in out
    assert "Szczepanski" not in out  # the neighbour is a third party


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in inverted_name_findings(text, [])]


def test_places_abbreviations_and_common_words_are_not_inverted_names() -> None:
    text = (
        "Seen in Washington, D.C. on Monday. Plan, A. and B. options.\n"
        "notes: the client, p. 4 of the form. see page, p. 2\n"
    )
    assert _found(text) == []


def test_a_lower_case_inverted_name_needs_a_label_or_a_known_surname() -> None:
    assert _found("pt: przybylski, w.  rm 614") == ["przybylski, w."]
    assert _found("reviewed with przybylski, w. today") == []


def test_a_lower_case_surname_comma_given_name_after_a_label_is_one_person() -> None:
    text = "portal export, pt wojciechowska, dorota k mrn 44120\nbread, milk and eggs, dorota said"
    assert _found(text) == ["wojciechowska, dorota k"]
    assert _found("we bought bread, eggs and jam") == []


def test_a_surname_comma_given_name_in_a_mail_header_is_one_person() -> None:
    text = "From: Okonkwo-Bell, Adaeze <aob@example.org>\nSent: Monday\nRe: Springfield, Illinois"
    assert [text[f.start : f.end] for f in inverted_name_findings(text, [])] == [
        "Okonkwo-Bell, Adaeze"
    ]
