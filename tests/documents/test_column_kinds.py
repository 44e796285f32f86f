"""Column kinds: inferred from names and values only when there is no doubt; declared otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.documents.column_kinds import (
    KindGuess,
    describe_kinds,
    infer_kind,
    load_declarations,
    parse_declarations,
)
from redact.errors import ColumnKindError
from redact.policy.columns import ColumnKind as K

INFERRED = [
    ("note_id", ["N-1"], K.IDENTIFIER, "CASE_NUMBER"),
    ("id", ["17"], K.IDENTIFIER, "CASE_NUMBER"),
    ("ClientID", ["5521"], K.IDENTIFIER, "CASE_NUMBER"),
    ("case_number", ["24-JV-1"], K.IDENTIFIER, "CASE_NUMBER"),
    ("mrn", ["00812"], K.IDENTIFIER, "MEDICAL_RECORD_NUMBER"),
    ("ssn_last4", ["4411"], K.IDENTIFIER, "US_SSN"),
    ("phone_number", ["555-0100"], K.IDENTIFIER, "PHONE_NUMBER"),
    ("guardian_email", ["a@b.org"], K.IDENTIFIER, "EMAIL_ADDRESS"),
    ("note_date", ["not even a date"], K.DATE, "DATE_TIME"),
    ("noteDate", [], K.DATE, "DATE_TIME"),
    ("created_at", [], K.DATE, "DATE_TIME"),
    ("dob", [], K.DATE, "DATE_OF_BIRTH"),
    ("start_time", [], K.DATE, "DATE_TIME"),
    ("in", ["9:05 AM", "13:40"], K.DATE, "DATE_TIME"),
    ("date_of_birth", [], K.DATE, "DATE_OF_BIRTH"),
    ("visit", ["2024-03-18", "2024-04-02"], K.DATE, "DATE_TIME"),
    ("seen", ["3/18/2024", "4/2/24"], K.DATE, "DATE_TIME"),
    ("author", ["Dana Whitlock"], K.PERSON, "PERSON"),
    ("entered_by", ["dwhitlock"], K.PERSON, "PERSON"),
    ("staff_name", ["Dana Whitlock"], K.PERSON, "PERSON"),
    ("guardian", ["Ruth Abernathy"], K.PERSON, "PERSON"),
    ("username", ["rabernathy"], K.PERSON, "PERSON"),  # not a lower-case code
    ("program", ["WIC", "SNAP", "WIC"], K.CATEGORY, ""),
    ("note_type", ["home_visit", "intake", "phone"], K.CATEGORY, ""),
    ("contact_type", ["phone", "in person", "phone", "phone"], K.CATEGORY, ""),
    ("billable", ["Y", "N", "Y"], K.CATEGORY, ""),
    # the fields of a JSONL record's nested contact object
    ("contact.relation", ["aunt", "landlord", "ex-partner"], K.CATEGORY, ""),
    ("contact.name", ["Rosa Ibarra"], K.PERSON, "PERSON"),
    ("contact.phone", ["555-0101"], K.IDENTIFIER, "PHONE_NUMBER"),
    ("minutes", ["45", "30", "60"], K.CATEGORY, ""),
    ("contact", ["cyril@example.org", "ann@example.net"], K.IDENTIFIER, "EMAIL_ADDRESS"),
    ("callback", ["(555) 201-7788", "555.201.7789"], K.IDENTIFIER, "PHONE_NUMBER"),
    ("client", ["52907", "52944"], K.IDENTIFIER, "CASE_NUMBER"),
    ("ref", ["RA-SW-1041", "N45008", "case_2024_0001"], K.IDENTIFIER, "CASE_NUMBER"),
    ("client_ref", ["C100", "C200"], K.IDENTIFIER, "CASE_NUMBER"),  # few digits: by name
    ("case_reference", ["Q7"], K.IDENTIFIER, "CASE_NUMBER"),
    ("zip", ["76903"], K.IDENTIFIER, "ZIP_CODE"),
    ("postal_code", ["76903"], K.IDENTIFIER, "ZIP_CODE"),
    ("notes", ["Brief check-in"], K.TEXT, ""),
    ("age", ["92", "41"], K.DATE, "AGE"),
    ("client_age_at_intake", ["15"], K.DATE, "AGE"),
    ("staff_notes", ["ok"], K.TEXT, ""),
    ("school_name", ["Red Mesa Middle School"], K.TEXT, ""),
    ("city", ["Abilene", "San Marcos"], K.TEXT, ""),
    ("placement", ["Kinship home"], K.TEXT, ""),
    ("extra", ["Seen at the clinic with her aunt, who drove her in."], K.TEXT, ""),
    # a dosing log exported from an opioid treatment programme
    ("nurse", ["KS", "D. Perdue"], K.PERSON, "PERSON"),
    ("witness_initials", ["KS", "RC"], K.PERSON, "PERSON"),
    ("prescriber", ["A. Velamuri, MD"], K.PERSON, "PERSON"),
    ("dose", ["16 mg/4 mg SL", "8 mg/2 mg SL"], K.TEXT, ""),
    ("medication", ["Suboxone 16 mg/4 mg"], K.TEXT, ""),
    # an HMIS or EHR export's record types in title case: the name says they are types
    (
        "note_type",
        ["Street Outreach Contact", "Coordinated Entry", "Jail in-reach"],
        K.CATEGORY,
        "",
    ),
    ("ServiceType", ["Case Management - Phone", "Housing Search"], K.CATEGORY, ""),
    ("enrollment_status", ["Active", "Exited - Permanent Housing"], K.CATEGORY, ""),
    ("contact_kind", ["Face to Face", "Collateral Call"], K.CATEGORY, ""),
]


@pytest.mark.parametrize(("column", "values", "kind", "entity"), INFERRED)
def test_confident_inference(column: str, values: list[str], kind: K, entity: str) -> None:
    assert infer_kind(column, values) == KindGuess(kind, entity)


UNKNOWN = [
    ("misc", ["Met with the family."]),
    ("origin", ["Abilene", "San Marcos"]),
    ("referral_source", ["Lakeshore Family Center", "Mercy Hospital"]),
    ("program", ["Head Start", "Early Head Start"]),  # two capitalised words: a name?
    ("extra", []),  # nothing sampled: no evidence
    ("gender", ["F", "M"]),  # demographic: social-media removes it, so no guess
    # a type column holding a person or a dated label is no type
    ("contact_type", ["Smith, John"]),
    ("note_type", ["Dr. Patel", "Home Visit"]),
    ("visit_type", ["Home Visit 3/14", "Phone"]),
    ("referral_type", ["Self", "Jail In-Reach pod 4B"]),
]


@pytest.mark.parametrize(("column", "values"), UNKNOWN)
def test_everything_else_is_unknown(column: str, values: list[str]) -> None:
    assert infer_kind(column, values).kind is None


def test_declarations_from_options_and_file(tmp_path: Path) -> None:
    assert parse_declarations(["author=person", " visit = DATE "]) == {
        "author": K.PERSON,
        "visit": K.DATE,
    }
    path = tmp_path / "columns.yaml"
    path.write_text("columns:\n  worker: person\n  program: category\n")
    assert load_declarations(path) == {"worker": K.PERSON, "program": K.CATEGORY}
    path.write_text("worker: person\n")
    assert load_declarations(path) == {"worker": K.PERSON}


@pytest.mark.parametrize("bad", ["author", "=person", "author=name"])
def test_bad_declarations_are_errors(bad: str) -> None:
    with pytest.raises(ColumnKindError, match="column-kind"):
        parse_declarations([bad])


def test_a_bad_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "columns.yaml"
    path.write_text("- just\n- a list\n")
    with pytest.raises(ColumnKindError, match=r"columns\.yaml"):
        load_declarations(path)
    with pytest.raises(ColumnKindError, match="cannot read"):
        load_declarations(tmp_path / "missing.yaml")


def test_the_description_names_columns_and_kinds_only() -> None:
    kinds = {
        "note_id": infer_kind("note_id", ["N-77101"]),
        "author": infer_kind("author", ["Dana Whitlock"]),
        "origin": infer_kind("origin", ["Abilene"]),
    }
    line = describe_kinds(kinds)
    assert line == "note_id=identifier, author=person, origin=unknown"
    assert "Whitlock" not in line and "77101" not in line
