"""The page for the conversation with the client before a disclosure."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from redact.release.client_summary import (
    PART2_NOTICE,
    REDISCLOSURE,
    SummaryFacts,
    summary_text,
    write_client_summary,
)

FIELDS = ReleaseFields("records-clerk", "Tompkins County Family Court", "Order 25-JV-0431")


def _facts(purpose: str, **more: object) -> SummaryFacts:
    return SummaryFacts(load_policy(purpose).policy, FIELDS, "Renata Szabo", **more)  # type: ignore[arg-type]


def test_it_names_recipient_purpose_authority_and_the_client_only() -> None:
    text = summary_text(_facts("court-subpoena", period=(date(2025, 1, 1), date(2025, 6, 30))))
    assert "Renata Szabo" in text
    assert "Tompkins County Family Court" in text and "Order 25-JV-0431" in text
    assert "Court subpoena or order" in text
    assert "Your name stays on the records." in text
    assert "from 2025-01-01 to 2025-06-30" in text
    assert "Shared as written: " in text and "dates" in text
    assert "Left out entirely, as whole passages: substance use treatment" in text
    assert REDISCLOSURE in text


def test_the_part_2_notice_shows_where_substance_use_is_not_withheld() -> None:
    assert PART2_NOTICE not in summary_text(_facts("court-subpoena"))
    assert "substance_use" not in load_policy("provider-referral").policy.withhold_topics
    assert PART2_NOTICE in summary_text(_facts("provider-referral"))


def test_a_policy_that_removes_the_client_says_so() -> None:
    assert "Your name is taken out of the records." in summary_text(_facts("consultation"))


def test_counts_are_in_plain_words() -> None:
    text = summary_text(_facts("consultation", counts={"PERSON": 4, "DATE_TIME": 2}))
    assert "names of people 4" in text and "dates 2" in text and "PERSON" not in text


def test_html_is_self_contained_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "summary.html"
    write_client_summary(target, _facts("court-subpoena"))
    page = target.read_text()
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page
    assert "Renata Szabo" in page
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
