"""The draft letter asking a court to withdraw or limit its order."""

from __future__ import annotations

from datetime import date

from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from redact.release.court_letter import DRAFT_MARK, LetterFacts, court_letter

FIELDS = ReleaseFields("clerk", "Tompkins County Family Court", "Subpoena 25-JV-0431", "C-1009")


def test_the_letter_states_what_was_released_and_asks_to_limit_the_order() -> None:
    letter = court_letter(
        LetterFacts(load_policy("court-subpoena").policy, FIELDS,
                    (date(2025, 1, 1), date(2025, 3, 31)), 7, True, date(2026, 4, 1))
    )  # fmt: skip
    assert letter.startswith(DRAFT_MARK)
    assert "To: Tompkins County Family Court" in letter and "Re: Subpoena 25-JV-0431" in letter
    assert "withdraw the order or to limit it" in letter
    assert "7 document(s)" in letter and "from 2025-01-01 to 2025-03-31" in letter
    assert "substance use treatment" in letter
    assert "Social Security numbers" in letter and "only the last 4 characters" in letter
    assert "maintained under seal" in letter
    assert "[Name, credentials]" in letter
    assert "C-1009" not in letter  # the agency's client id is not the court's business


def test_without_a_seal_or_period_it_says_neither() -> None:
    letter = court_letter(LetterFacts(load_policy("court-subpoena").policy, FIELDS, documents=2))
    assert "under seal" not in letter
    assert "no narrower period" in letter
