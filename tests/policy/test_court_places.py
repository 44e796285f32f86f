"""The court's own places under `agency: keep`: the county of a caption and the agency's
letterhead town are the recipient's and the agency's identity, not the client's; where the
client lives still goes, and everything goes where the agency does (real model, real policy)."""

from __future__ import annotations

from collections.abc import Callable

from redact import Redactor

CAPTION = (
    "IN THE COURT OF COMMON PLEAS OF SUMMIT COUNTY, OHIO\n"
    "JUVENILE DIVISION\n\n"
    "IN RE: Dylan Marsh\n\n"
    "Dylan lives with his uncle in Barberton.\n\n"
    "Respectfully submitted,\n"
    "Karen Holt, LISW\n"
    "Summit County Children Services\n"
    "264 S. Arlington St., Akron, Ohio 44306\n"
)


def test_a_court_reads_its_own_county_and_the_agency_town(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(CAPTION, subject=["Dylan Marsh"]).text
    assert "COURT OF COMMON PLEAS OF SUMMIT COUNTY" in out
    assert "Akron" in out
    assert "Barberton" not in out


def test_the_court_and_agency_places_go_where_the_agency_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    for policy in ("consultation", "research-safe-harbor"):
        out = redactor_for(policy).redact(CAPTION, subject=["Dylan Marsh"]).text
        for place in ("SUMMIT COUNTY", "Akron", "Barberton"):
            assert place not in out, (policy, place)
