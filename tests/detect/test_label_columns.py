"""Table columns headed by a label: the cells under it are that label's identifiers."""

from __future__ import annotations

import pytest

from redact.detect.label_columns import column_values

MARKDOWN = (
    "| Student | Student ID | Grade |\n"
    "|---------|------------|-------|\n"
    "| Brody Van Wyk | 215093 | 10 |\n"
    "| Hodan Warsame | 213377 | 11 |\n"
    "\n"
    "Both attended."
)


def _values(text: str) -> list[tuple[str, str]]:
    return [(v.entity_type, text[v.start : v.end]) for v in column_values(text)]


def test_markdown_column_under_a_label() -> None:
    assert _values(MARKDOWN) == [("ID_NUMBER", "215093"), ("ID_NUMBER", "213377")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name\tMRN\tDOB\nDana\t00482913\t3/9/2010\n", [("MEDICAL_RECORD_NUMBER", "00482913")]),
        ("| Client | Medicaid # |\n| D. W. | NY 66120457Q |", [("MEMBER_ID", "NY 66120457Q")]),
        ("| Case # | Opened |\n| 2025-JV-0147 | 5/28 |", [("CASE_NUMBER", "2025-JV-0147")]),
    ],
)
def test_other_layouts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Notes |\n|---|---|\n| Dana | 215093 |",
        "| Student | Grade |\n|---|---|\n| Brody | 10 |",
        "| Student ID | Grade |\n|---|---|\n| pending | 10 |",
        "A | B on one line only, Student ID | 215093",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _values(text) == []


PRINT_OUT = (
    "REFILLS  Lakeview Drug  store 22\n"
    "FILLED      RX#        ITEM                      QTY   BY\n"
    "02/03/25    5540918    AMLODIPINE 5MG TAB        30    self\n"
    "03/04/25    5541377    ATORVASTATIN 20MG TAB     30    daughter\n"
    "Counselled on 3/4.  No concerns."
)


def test_a_fixed_width_column_under_a_prescription_sign() -> None:
    # a prescription's number is the patient's key in the pharmacy's system, as a member
    # number is in a plan's
    assert _values(PRINT_OUT) == [("MEMBER_ID", "5540918"), ("MEMBER_ID", "5541377")]


def test_a_fixed_width_column_under_a_number_sign() -> None:
    text = (
        "VISIT       VOUCHER#   ITEM\n"
        "02/03/25    5540918    bus pass\n"
        "03/04/25    5541377    bus pass\n"
    )
    assert _values(text) == [("ID_NUMBER", "5540918"), ("ID_NUMBER", "5541377")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "VISIT       MRN           CLINIC\n3/9/25      00482913      Eastside\n",
            [("MEDICAL_RECORD_NUMBER", "00482913")],
        ),
        (  # a label with a second name after a slash; a cell opening with its number sign
            "DATE        CHEQUE/REF     PAYEE\n"
            "02/03/24    #6612          Corbin Achebe-Lund\n"
            "02/19/24    #6615          Mesa Roofing\n",
            [("US_BANK_NUMBER", "6612"), ("US_BANK_NUMBER", "6615")],
        ),
        (  # a count under a number sign is no reference
            "ITEM        BIN #     QTY\nGauze       12        4\nTape        7         2\n",
            [],
        ),
        (  # prose with two spaces after a full stop is no table
            "Client arrived late.  Rx# was checked.  Staff agreed.\nShe left.  All ok.  Done.\n",
            [],
        ),
    ],
)
def test_fixed_width_layouts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_a_row_holding_a_label_word_is_no_new_header() -> None:
    text = (
        "FILLED      RX#        ITEM                PAYER\n"
        "02/03/25    5540918    AMLODIPINE 5MG      MEDICAID\n"
        "03/04/25    5541377    AMLODIPINE 5MG      MEDICAID\n"
    )
    assert _values(text) == [("MEMBER_ID", "5540918"), ("MEMBER_ID", "5541377")]


def test_comma_table_pasted_into_a_note() -> None:
    text = "Pasted from the roster:\nstatus,Student ID,WA tag,notes\nopen,20417763,7QRT550,none\n"
    assert _values(text) == [("ID_NUMBER", "20417763"), ("VEHICLE_PLATE", "7QRT550")]


def test_quoted_comma_table() -> None:
    text = '"status","Medicaid ID","notes"\n"open","RB55019382K","verified"\n'
    assert _values(text) == [("MEMBER_ID", "RB55019382K")]


@pytest.mark.parametrize(
    "text",
    [
        "She paid rent, Student ID fees, and bus fare.\nThen 20417763, 55, and 9 came up.",
        "id,notes\n20417763,none",  # two cells: a sentence with one comma looks the same
        "a,SSN,b\n1,2,3,4\n",  # rows of another width are no table of this header
    ],
)
def test_comma_lines_that_are_no_table(text: str) -> None:
    assert _values(text) == []
