"""Workbooks (.xlsx): every sheet read as a table and written back, redacted, as a workbook."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.documents.tables import (
    SHEET,
    TableWriter,
    iter_table,
    released_sheet_names,
    sheet_names,
)

runner = CliRunner()
SECRETS = ["Odalys Brennerman", "Odalys", "Brennerman", "315-555-0178", "Kestrel Vantongeren"]


def _workbook(path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame(
            {
                "note_id": ["X1", "X2"],
                "client_id": ["00417", "00417"],
                "text": [
                    "Home visit with Odalys Brennerman. Diagnosis F41.1, continues sertraline.",
                    "Phone 315-555-0178 left for Ms. Brennerman about the IEP meeting.",
                ],
            }
        ).to_excel(writer, sheet_name="Notes", index=False)
        pd.DataFrame(
            {
                "note_id": ["X3"],
                "client_id": ["00418"],
                "text": ["Case conference with Kestrel Vantongeren about WIC enrolment."],
            }
        ).to_excel(writer, sheet_name="Calls", index=False)
        writer.book.properties.creator = "Kestrel Vantongeren"


def test_every_sheet_is_read_in_chunks_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    _workbook(path)
    chunks = list(iter_table(path, 1))
    assert [c.attrs[SHEET] for c in chunks] == ["Notes", "Notes", "Calls"]
    assert chunks[0]["client_id"].iat[0] == "00417", "ids are read as text, zeros kept"


def test_writer_puts_rows_back_on_their_sheets_with_fixed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    _workbook(path)
    outputs = []
    for _ in range(2):
        buffer = io.BytesIO()
        writer = TableWriter(buffer, ".xlsx", {"Notes": "Notes", "Calls": "Calls"})
        for chunk in iter_table(path, 1):
            writer.write(chunk)
        writer.close()
        outputs.append(buffer.getvalue())
    assert outputs[0] == outputs[1], "same input, same bytes"
    sheets = pd.read_excel(io.BytesIO(outputs[0]), sheet_name=None, dtype=str)
    assert list(sheets) == ["Notes", "Calls"]
    assert len(sheets["Notes"]) == 2
    with zipfile.ZipFile(io.BytesIO(outputs[0])) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "Kestrel" not in core, "the input's document properties are not carried over"


def test_a_sheet_the_writer_was_given_no_name_for_goes_out_by_its_place(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    _workbook(path)
    buffer = io.BytesIO()
    writer = TableWriter(buffer, ".xlsx", {"Notes": "Notes"})
    for chunk in iter_table(path, 5):
        writer.write(chunk)
    writer.close()
    assert list(pd.read_excel(io.BytesIO(buffer.getvalue()), sheet_name=None)) == [
        "Notes",
        "Sheet2",
    ]


@pytest.mark.parametrize(
    ("names", "treated", "expected"),
    [
        (["A", "B"], {"A": "Notes", "B": "Notes"}, ["Notes", "Notes_2"]),
        (["A"], {"A": "calls [PERSON]: 3/4"}, ["calls  PERSON   3 4"]),
        (["A"], {"A": "x" * 40}, ["x" * 31]),
        (["A", "B"], {"A": ""}, ["Sheet1", "Sheet2"]),
    ],
)
def test_released_sheet_names_are_valid_unique_and_never_the_input(
    names: list[str], treated: dict[str, str], expected: list[str]
) -> None:
    assert list(released_sheet_names(names, treated).values()) == expected


def test_sheet_names_lists_hidden_sheets_too(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    _workbook(path)
    with pd.ExcelWriter(path, engine="openpyxl", mode="a") as writer:
        pd.DataFrame({"note_id": ["X9"]}).to_excel(writer, sheet_name="Old", index=False)
        writer.book["Old"].sheet_state = "hidden"
    assert sheet_names(path) == ["Notes", "Calls", "Old"]
    assert sheet_names(tmp_path / "missing.xlsx") == []


def test_a_sheet_named_for_a_person_a_hidden_sheet_and_a_comment_do_not_reach_the_recipient(
    tmp_path: Path, log_path: Path
) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    book = Workbook()
    first = book.active
    first.title = "Calls Brennerman O"
    first.append(["note_id", "client_id", "text"])
    first.append(["Y1", "00417", "Phone call about WIC enrolment; continues sertraline."])
    first["C2"].comment = Comment("Her cell 315-555-0178, ask Kestrel Vantongeren", "Kestrel")
    hidden = book.create_sheet("Vantongeren K")
    hidden.sheet_state = "hidden"
    hidden.append(["note_id", "client_id", "text"])
    hidden.append(["Y2", "00418", "Kestrel Vantongeren moved rooms."])
    book.properties.creator = "Odalys Brennerman"
    path = tmp_path / "export.xlsx"
    book.save(path)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["batch", str(path), "--purpose", "consultation", "--id-column", "note_id",
         "--out", str(out), "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(out / "export.xlsx") as archive:
        everything = " ".join(
            archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
        )
    assert not [s for s in SECRETS if s in everything]
    assert "Calls" in everything and "sertraline" in everything


def test_corrupt_workbook_is_a_failed_row(tmp_path: Path, log_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["batch", str(path), "--purpose", "social-media", "--out", str(out), "--quiet"]
    )
    assert result.exit_code == 1
    with (out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["status"] == "failed" and "cannot read broken.xlsx" in row["reason"]


def test_batch_round_trip_redacts_every_sheet(tmp_path: Path, log_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    _workbook(path)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["batch", str(path), "--purpose", "consultation", "--id-column", "note_id",
         "--out", str(out), "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    released = out / "export.xlsx"
    sheets = pd.read_excel(released, sheet_name=None, dtype=str)
    assert list(sheets) == ["Notes", "Calls"]
    with zipfile.ZipFile(released) as archive:
        everything = " ".join(
            archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
        )
    assert not [s for s in SECRETS if s in everything]
    for kept in ["F41.1", "sertraline", "Diagnosis", "enrolment"]:
        assert kept in everything
    with (out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        statuses = [r["status"] for r in csv.DictReader(handle)]
    assert statuses == ["released"] * 3  # ids as released: consultation pseudonymises them
