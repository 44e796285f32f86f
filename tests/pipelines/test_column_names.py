"""Headers of plain schema words stay as written; anything else goes through the policy."""

from __future__ import annotations

import pytest

from pipelines.column_names import plain_header


@pytest.mark.parametrize(
    "name",
    ["note_id", "clientId", "Date of Birth", "Visit Date", "Unnamed: 4", "caseworker",
     "Medicaid ID", "contact.phone", "Q3 score", "dob", "Mother", "school_name", "Hope"],
)  # fmt: skip
def test_a_header_of_plain_words_stays(name: str) -> None:
    assert plain_header(name)


@pytest.mark.parametrize(
    "name",
    ["Called Ottilie Brandqvist", "Brandqvist", "SSN 604-31-7720", "ottilie.b@example.org",
     "Hope Castellano", "Ramirez", "case 2025004417"],
)  # fmt: skip
def test_a_header_with_a_rare_word_a_name_or_a_long_number_is_treated(name: str) -> None:
    assert not plain_header(name)
