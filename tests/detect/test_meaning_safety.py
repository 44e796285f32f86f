"""Detention terms a court and a researcher need stay readable. People synthetic."""

from __future__ import annotations

import pytest

from redact import Redactor
from tests.conftest import TEST_KEY


@pytest.mark.parametrize("policy", ["research-safe-harbor", "court-subpoena"])
def test_detention_programmes_and_roles_survive(policy: str) -> None:
    redactor = Redactor(policy, key=TEST_KEY)
    screen = "PREA Risk Screening completed by YSO Marguerite Okafor-Lind on 6/3/25."
    out = redactor.redact(screen, ["Tobiah Renwick"]).text
    assert "PREA Risk Screening" in out and "YSO" in out
    plan = "Recommendation: Home Detention, Electronic Monitoring 60 days."
    out = redactor.redact(plan, ["Tobiah Renwick"]).text
    assert "Home Detention" in out and "Electronic Monitoring" in out
