"""Words of a street address are not names, through a real Redactor: a policy that keeps
addresses keeps them whole; a name beside the address still goes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor

SUBJECT = ["Gerald Ostrander", "Gerry"]
TEXT = (
    "Patient: Gerald Ostrander   Admit 06/02/2025\n"
    "Home address: 77 Dorchester St., Apt 2, Worcester, MA 01604\n"
    "Discharged to wife Paulette at 1418 Birchwood Ln, Duluth MN 55803. Mail: 2291 Polk St, "
    "Eugene OR 97405.\n"
)


@pytest.mark.parametrize("policy", ["mandated-report", "provider-referral"])
def test_an_address_the_policy_keeps_stays_whole(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(TEXT, subject=SUBJECT).text
    for address in (
        "77 Dorchester St., Apt 2, Worcester, MA 01604",
        "1418 Birchwood Ln, Duluth MN 55803",
        "2291 Polk St, Eugene OR 97405",
    ):
        assert address in out, out
    assert "Paulette" not in out, out  # the wife, before the address, still goes


def test_an_address_the_policy_removes_still_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(TEXT, subject=SUBJECT).text
    assert "Dorchester" not in out and "Birchwood" not in out and "Polk" not in out, out
    assert "Paulette" not in out and "Gerald Ostrander" in out, out
