"""Ages in a table column headed "Age" are ages: kept, banded or aggregated by the policy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.age_columns import age_column_findings
from redact.redactor import Redactor

MARKDOWN = """\
| Name | Relation | Age | School |
|---|---|---|---|
| Harper Wisniewski | daughter | 7 | Oakdale Elementary |
| Owen Wisniewski | son | 3 yrs | Early Head Start |
| Stanley Wisniewski | grandfather | 92 | - |
"""
TABS = (
    "Household member\tRelationship\tAge\tOccupation\n"
    "Loretta Ambrose\tgreat-aunt (applicant)\t61\tretired, school cafeteria\n"
    "Walter Ambrose\tgreat-grandfather\t94\tretired\n"
    "Kay Dombrowski\tfoster child\t6\tgrade 1\n"
)


def _ages(text: str) -> list[str]:
    return [text[f.start : f.end] for f in age_column_findings(text)]


def test_every_number_under_an_age_header_is_an_age() -> None:
    assert _ages(MARKDOWN) == ["7", "3", "92"]
    assert _ages(TABS) == ["61", "94", "6"]


def test_other_columns_and_other_cells_are_no_ages() -> None:
    text = "| Grade | Room | Age |\n|---|---|---|\n| 7 | 12 | unknown |\n| 9 | 14 | 12 |\n"
    assert _ages(text) == ["12"]
    assert _ages("Age 7 and grade 3, no table here.") == []


def test_safe_harbor_keeps_ages_under_90_and_aggregates_the_rest(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("research-safe-harbor")
    markdown, tabs = redactor.redact(MARKDOWN).text, redactor.redact(TABS).text
    assert "| daughter | 7 |" in markdown and "| son | 3 yrs |" in markdown
    assert "| grandfather | 90+ |" in markdown and "92" not in markdown
    assert "(applicant)\t61\t" in tabs and "\t90+\t" in tabs and "94" not in tabs
    assert "Wisniewski" not in markdown and "Ambrose" not in tabs


def test_consultation_puts_table_ages_in_bands(redactor_for: Callable[[str], Redactor]) -> None:
    out = redactor_for("consultation").redact(TABS).text
    assert "\t60-69\t" in out and "\t0-9\t" in out
    assert "\t61\t" not in out and "94" not in out


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_policies_that_keep_ages_keep_table_ages(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(TABS).text
    assert "\t61\t" in out and "\t94\t" in out and "\t6\t" in out
