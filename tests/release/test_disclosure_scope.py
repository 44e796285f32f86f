"""What a policy shares and withholds, in plain words, read from its rules alone."""

from __future__ import annotations

from redact.policy.loader import load_policy
from redact.release.disclosure_scope import disclosure_scope


def test_court_subpoena_shares_dates_masks_numbers_and_withholds_topics() -> None:
    scope = disclosure_scope(load_policy("court-subpoena").policy)
    assert "dates" in scope.shared and "names of agencies" in scope.shared
    masked = dict(scope.changed)["only the last 4 characters"]
    assert "Social Security numbers" in masked and "insurance and Medicaid numbers" in masked
    assert dict(scope.changed)["only the year"] == ("dates of birth",)
    assert any(kind.startswith("names of other people") for kind in scope.removed)
    assert "substance use treatment" in scope.withheld_topics
    assert scope.keeps_subject


def test_research_names_no_other_people_because_it_keeps_nobody() -> None:
    scope = disclosure_scope(load_policy("research-safe-harbor").policy)
    assert "names of people" in scope.removed
    assert not scope.keeps_subject
    assert "dates" not in scope.shared
