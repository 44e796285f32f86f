"""Cells of non-text columns as the recipient gets them, by plan."""

from __future__ import annotations

import pandas as pd
import pytest

from redact.detect.names import person_key
from redact.policy.columns import ColumnAction as A
from redact.policy.columns import ColumnKind as K
from redact.policy.columns import ColumnPlan
from redact.transform.columns import (
    generalize_date_cell,
    govern_cell,
    govern_frame,
    identifier_pseudonym,
    person_cell,
)
from redact.transform.pseudonym import ReleaseKey

KEY = ReleaseKey(b"k" * 32)
OTHER_KEY = ReleaseKey(b"q" * 32)


@pytest.mark.parametrize(
    ("value", "granularity", "expected"),
    [
        ("2024-03-18", "year", "2024"),
        ("2024-03-18", "month", "2024-03"),
        ("2024-03-18T14:05:00", "month", "2024-03"),
        ("3/18/2024", "year", "2024"),
        ("March 18, 2024", "month", "March 2024"),
        ("sometime", "year", "[DATE]"),
    ],
)
def test_dates_keep_only_what_the_policy_allows(
    value: str, granularity: str, expected: str
) -> None:
    assert generalize_date_cell(value, granularity) == expected


def test_identifier_pseudonyms_link_rows_within_a_release_only() -> None:
    a = identifier_pseudonym(KEY, "CASE_NUMBER", "771204")
    assert a == identifier_pseudonym(KEY, "CASE_NUMBER", " 771204 ")
    assert a != identifier_pseudonym(KEY, "CASE_NUMBER", "771205")
    assert a != identifier_pseudonym(OTHER_KEY, "CASE_NUMBER", "771204")
    assert a.startswith("ID-") and "771204" not in a and len(a) == 13


PERSON_PLACEHOLDER = ColumnPlan("author", K.PERSON, A.PLACEHOLDER, "PERSON")
PERSON_PSEUDONYM = ColumnPlan("author", K.PERSON, A.PSEUDONYM, "PERSON")
PERSON_KEEP_SUBJECT = ColumnPlan("client", K.PERSON, A.PLACEHOLDER, "PERSON", keep_subject=True)


def test_person_cells_keep_credentials_but_not_names() -> None:
    assert person_cell("Marguerite Okonkwo, LCSW", PERSON_PLACEHOLDER, KEY, ()) == "[PERSON], LCSW"
    assert (
        person_cell("D. Ferrante, PhD, LMFT", PERSON_PLACEHOLDER, KEY, ()) == "[PERSON], PhD, LMFT"
    )
    assert person_cell("Okonkwo, Marguerite", PERSON_PLACEHOLDER, KEY, ()) == "[PERSON]"
    assert person_cell("A. Lind; B. Moss", PERSON_PLACEHOLDER, KEY, ()) == "[PERSON]; [PERSON]"


def test_person_pseudonyms_are_the_texts_pseudonyms() -> None:
    cell = person_cell("Marguerite Okonkwo, LCSW", PERSON_PSEUDONYM, KEY, ())
    assert cell == KEY.pseudonym("PERSON", person_key("Marguerite Okonkwo")) + ", LCSW"
    inverted = person_cell("OKONKWO, Marguerite", PERSON_PSEUDONYM, KEY, ())
    assert inverted == KEY.pseudonym("PERSON", person_key("Marguerite Okonkwo"))


def test_the_subject_in_a_person_column_has_her_pseudonym_of_the_text() -> None:
    subject = ("Ottilie Brannigan", "Tilly")
    assert person_cell("Tilly", PERSON_PSEUDONYM, KEY, subject) == KEY.pseudonym(
        "PERSON", person_key("Ottilie Brannigan")
    )


def test_the_subject_stays_only_under_a_policy_that_keeps_the_subject() -> None:
    subject = ("Talia Brandvold", "Tali")
    assert person_cell("talia brandvold", PERSON_KEEP_SUBJECT, KEY, subject) == "talia brandvold"
    assert person_cell("Osric Vale", PERSON_KEEP_SUBJECT, KEY, subject) == "[PERSON]"
    assert person_cell("Talia Brandvold", PERSON_PLACEHOLDER, KEY, subject) == "[PERSON]"


def test_cells_by_action() -> None:
    ssn = ColumnPlan("ssn", K.IDENTIFIER, A.MASK, "US_SSN", keep_last=4)
    assert govern_cell("458-21-7736", ssn, KEY, ()) == "*******7736"
    blank = ColumnPlan("dob", K.DATE, A.PLACEHOLDER, "DATE_OF_BIRTH")
    assert govern_cell("2010-03-09", blank, KEY, ()) == "[DOB]"
    removed = ColumnPlan("author", K.PERSON, A.REMOVE, "PERSON")
    assert govern_cell("Dana Whitlock", removed, KEY, ()) == "[REDACTED]"
    assert govern_cell(None, ssn, KEY, ()) is None
    assert (
        govern_cell(pd.Timestamp("2024-03-18"), ColumnPlan("d", K.DATE, A.GENERALIZE), KEY, ())
        == "2024"
    )


@pytest.mark.parametrize(
    ("band", "over", "value", "expected"),
    [(None, 89, "92", "90+"), (None, 89, "41", "41"), (10, None, "34", "30-39")],
)
def test_age_columns_follow_the_age_rule(
    band: int | None, over: int | None, value: str, expected: str
) -> None:
    plan = ColumnPlan("age", K.DATE, A.GENERALIZE, "AGE", band=band, over=over)
    assert govern_cell(value, plan, KEY, ()) == expected


def test_zip_columns_keep_three_digits() -> None:
    plan = ColumnPlan("zip", K.IDENTIFIER, A.GENERALIZE, "ZIP_CODE")
    assert govern_cell("76903", plan, KEY, ()) == "769XX"


def test_govern_frame_returns_a_new_frame_with_dropped_columns_gone() -> None:
    frame = pd.DataFrame(
        {
            "note_id": ["CN-48213", "CN-48214"],
            "note_date": ["2024-03-18", None],
            "note_type": ["home_visit", "phone"],
            "text": ["Met Talia.", "Called."],
        }
    )
    copy = frame.copy(deep=True)
    plans = [
        ColumnPlan("note_id", K.IDENTIFIER, A.DROP, "CASE_NUMBER"),
        ColumnPlan("note_date", K.DATE, A.GENERALIZE, "DATE_TIME", "month"),
        ColumnPlan("note_type", K.CATEGORY, A.KEEP),
        ColumnPlan("text", K.TEXT, A.REDACT),
    ]
    out = govern_frame(frame, plans, KEY, [(), ()])
    pd.testing.assert_frame_equal(frame, copy)
    assert list(out.columns) == ["note_date", "note_type", "text"]
    assert out["note_date"].iloc[0] == "2024-03" and pd.isna(out["note_date"].iloc[1])
    assert list(out["text"]) == ["Met Talia.", "Called."], "text is the Redactor's job"


@pytest.mark.parametrize("cell", ["front desk", "Case Manager", "CPS Caseworker II", "LCSW"])
def test_a_person_cell_that_is_a_role_is_kept(cell: str) -> None:
    assert person_cell(cell, PERSON_PLACEHOLDER, KEY, ()) == cell


def test_a_name_with_a_title_in_a_person_cell_still_goes() -> None:
    assert person_cell("Dana Roe Therapist", PERSON_PLACEHOLDER, KEY, ()) == "[PERSON]"
    assert (
        person_cell("front desk; Dana Roe", PERSON_PLACEHOLDER, KEY, ()) == "front desk; [PERSON]"
    )
