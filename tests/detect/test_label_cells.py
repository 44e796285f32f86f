"""A header cell or a bracket that is a label, whole (no model needed)."""

from __future__ import annotations

import pytest

from redact.detect.label_cells import label_cell


@pytest.mark.parametrize(
    ("cell", "entity_type", "marked"),
    [
        ("docket no.", "CASE_NUMBER", True),
        ("license no.", "US_DRIVER_LICENSE", True),
        ("incident report no.", "REPORT_NUMBER", True),
        ("wa tag", "VEHICLE_PLATE", False),
        ("group number", "MEMBER_ID", True),
        ("ssn", "US_SSN", True),
        ("policy", "MEMBER_ID", False),
    ],
)
def test_label_cells(cell: str, entity_type: str, marked: bool) -> None:
    found = label_cell(cell, 0, len(cell))
    assert found is not None
    assert (found.entity_type, found.marked) == (entity_type, marked)


@pytest.mark.parametrize(
    "cell", ["see the letter", "in case", "ssn card lost", "notes", "me ssn", "status"]
)
def test_not_label_cells(cell: str) -> None:
    assert label_cell(cell, 0, len(cell)) is None
