"""Bodies named by their town or county and their kind (`redact.detect.place_bodies`)."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.place_bodies import place_body_findings


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in place_body_findings(text)]


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("ok so nashua valley home care comes tues and fri", "nashua valley home care",
         "HEALTHCARE_FACILITY"),
        ("TEEN GIVEN CLINIC CARD (WAUSAU CITY-COUNTY HEALTH DEPT) PER POLICY",
         "WAUSAU CITY-COUNTY HEALTH DEPT", "HEALTHCARE_FACILITY"),
        ("Appeal sent to Grievances, Billerica Senior Advantage, on 4/2.",
         "Billerica Senior Advantage", "ORGANIZATION"),
        ("plan: refer dtr to york co office of aging re respite", "york co office of aging",
         "AGENCY"),
        ("Copy of the ledger sent to Yavapai County Attorney for review.",
         "Yavapai County Attorney", "AGENCY"),
        # the kind first, the place after "of"
        ("cg referred to elder services of berkshire county 3/4",
         "elder services of berkshire county", "AGENCY"),
        ("Visiting Nurse Association of Greater Akron will open the case.",
         "Visiting Nurse Association of Greater Akron", "HEALTHCARE_FACILITY"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_place_and_kind_is_found_whole(
    text: str, span: str, entity: str
) -> None:
    assert _found(text) == [(span, entity)]


@pytest.mark.parametrize(
    "text",
    [
        "Family services and home care are in place; County health dept called.",
        "She has Medicare Advantage and a home care aide.",
        "the plan of care was reviewed; department of health notified; services of hope",
        "son lives in Dayton. home care started today.",  # a sentence ends between them
        "Referral placed with Lowell home care",  # town and kind in two case styles
        "Moved to Lancaster County last spring.",  # a county alone is a place, no body
        "Center Health notified",  # a word of a kind is no town on its own
    ],
)
def test_kinds_without_a_place_or_a_place_without_a_kind_are_left(text: str) -> None:
    assert _found(text) == []


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(policy="research-safe-harbor")


def test_the_whole_body_leaves_the_research_copy(redactor: Redactor) -> None:
    text = "sw faxed referral to nashua valley home care for skilled nursing visits."
    out = redactor.redact(text).text
    assert "nashua" not in out
    assert "valley home care" not in out
    assert "skilled nursing visits" in out
