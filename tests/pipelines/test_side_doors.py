"""Side doors of a batch release: names of files and folders, the recipient's manifest, long
documents, inputs that collide or escape. Each test plants canary identifiers (synthetic
people) in file and folder names and checks everything the recipient gets: every output
file name and file, the released manifest, the release log's rows, stdout and stderr.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import stat
from pathlib import Path

import pandas as pd
import pyzipper  # type: ignore[import-untyped]
from typer.testing import CliRunner

from redact.cli import app

runner = CliRunner()

NOTE = (
    "Intake with Adaeze Okonkwo on 11/05/2024. Her cousin Ifeoma Nwachukwu drove her. "
    "Plan: follow up in two weeks about the housing application.\n"
)
#: Identifiers planted in names of files and folders (and some in the text).
CANARIES = [
    "Okonkwo", "Adaeze", "Vasquez", "Trembley", "Hoeven", "Brannigan", "Nwachukwu", "Ifeoma",
    "J-24-0831", "2024-11-05", "11/05", "QX",
]  # fmt: skip
REQUEST = "Okonkwo, Adaeze - records request"


def _request(root: Path) -> Path:
    """A records request whose folder and file names carry names, a case number, a date."""
    folder = root / REQUEST
    (folder / "Brannigan family").mkdir(parents=True)
    names = [
        "Okonkwo_Adaeze_intake.txt",
        "07_joint_staffing_Vasquez-Trembley.txt",
        "05_letter_to_Dr_van_der_Hoeven.txt",
        "02_court_report_J-24-0831.txt",
        "01_intake_2024-11-05.txt",
        "IEP_review_QX.md",
    ]
    for name in names:
        (folder / name).write_text(NOTE)
    (folder / "Brannigan family" / "home_visit.md").write_text(NOTE)
    return folder


def _log_text(log: Path) -> str:
    """Every cell of every table of the SQLite release log."""
    with sqlite3.connect(log) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        cells = [str(c) for t in tables for row in db.execute(f"select * from {t}") for c in row]
    return "\n".join(cells)


def _for_recipient(out: Path) -> list[Path]:
    """What may be sent: everything under --out but the agency's files and hidden state."""
    return [
        p
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and "NOT-FOR-RELEASE" not in p.name
        and not any(part.startswith(".") for part in p.relative_to(out).parts)
    ]


def _recipient_view(out: Path, log: Path, *streams: str) -> str:
    names = [p.relative_to(out).as_posix() for p in _for_recipient(out)]
    texts = [p.read_text(errors="replace") for p in _for_recipient(out)]
    return "\n".join([*names, *texts, _log_text(log), *streams])


def _leaks(view: str, canaries: list[str]) -> list[str]:
    """Canaries found in `view` as written, not inside a longer run of letters and digits:
    a keyed pseudonym ("R7QXA2") may hold "QX" by chance, a file name "_QX.md" may not."""
    return [
        c
        for c in canaries
        if re.search(rf"(?<![^\W_]){re.escape(c)}(?![^\W_])", view, re.IGNORECASE)
    ]


def _batch(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["batch", "--quiet", *args])
    return result.exit_code, result.stdout, result.stderr


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_names_of_files_and_folders_go_through_the_policy(tmp_path: Path) -> None:
    folder = _request(tmp_path)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "research-safe-harbor", "--recipient", "Study team",
        "--out", str(out), "--log", str(log),
    )  # fmt: skip
    assert code == 0, stderr
    view = _recipient_view(out, log, stdout, stderr)
    assert _leaks(view, CANARIES) == []
    names = {p.relative_to(out).as_posix() for p in _for_recipient(out)}
    assert "PERSON_intake.txt" in names, "the document kind survives, the name does not"
    assert "01_intake_2024.txt" in names, "a date in a name keeps its year only (Safe Harbor)"
    assert "05_letter_to_Dr_PERSON.txt" in names
    # The docket number goes (after "report" it reads as a report number); the words stay.
    assert names & {"02_court_report_CASE_NUMBER.txt", "02_court_report_REPORT_NUMBER.txt"}
    assert any(n.startswith("PERSON") and n.endswith("/home_visit.md") for n in names)
    released = {r["id"] for r in _rows(out / "manifest.csv")}
    assert released == names - {"manifest.csv"}, "the manifest names the released files"
    review = out / "review.NOT-FOR-RELEASE.html"
    assert "Okonkwo_Adaeze_intake.txt" in review.read_text(), "the agency keeps the mapping"
    assert stat.S_IMODE(review.stat().st_mode) == 0o600


def test_a_policy_that_keeps_the_subject_keeps_the_subjects_name_in_file_names(
    tmp_path: Path,
) -> None:
    folder = _request(tmp_path)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "court-subpoena", "--subject", "Adaeze Okonkwo",
        "--recipient", "Family Court", "--authority", "Order 7", "--out", str(out),
        "--log", str(log),
    )  # fmt: skip
    assert code == 0, stderr
    names = {p.relative_to(out).as_posix() for p in _for_recipient(out)}
    assert "Okonkwo_Adaeze_intake.txt" in names
    # the doctor in "05_letter_to_Dr_van_der_Hoeven.txt" is a professional: a court keeps him
    third_parties = ["Vasquez", "Trembley", "Brannigan", "Nwachukwu", "QX"]
    assert _leaks(_recipient_view(out, log, stdout, stderr), third_parties) == []


def test_opaque_names_number_the_outputs_and_map_them_only_on_the_review_page(
    tmp_path: Path,
) -> None:
    folder = _request(tmp_path)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "social-media", "--opaque-names", "--out", str(out),
        "--log", str(log),
    )  # fmt: skip
    assert code == 0, stderr
    names = sorted(p.relative_to(out).as_posix() for p in _for_recipient(out))
    numbered = [f"doc-000{n}.{'md' if n in (5, 6) else 'txt'}" for n in range(1, 8)]
    assert names == [*numbered, "manifest.csv"], "one folder, numbered in input order"
    manifest = (out / "manifest.csv").read_text()
    assert "intake" not in manifest and "doc-0007" in manifest
    assert _leaks(_recipient_view(out, log, stdout, stderr), CANARIES) == []
    assert (
        "07_joint_staffing_Vasquez-Trembley.txt"
        in (out / "review.NOT-FOR-RELEASE.html").read_text()
    )


def test_the_recipients_manifest_lists_released_documents_only(tmp_path: Path) -> None:
    folder = _request(tmp_path)
    (folder / "Okonkwo_scan.txt").write_bytes(b"\x89PNG\x00\x00binary")
    pd.DataFrame(
        {
            "note_id": ["N1", "N2", "N3"],
            "client_id": ["C-1", "C-2", "C-1"],
            "text": [NOTE, "Call with Brannigan Vasquez about rent.", NOTE],
        }
    ).to_csv(folder / "export.csv", index=False)
    password = tmp_path / "pw.txt"
    password.write_text("a long package password")
    out, log, package = tmp_path / "out", tmp_path / "log.sqlite3", tmp_path / "release.zip"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "research-safe-harbor", "--recipient", "Study team",
        "--id-column", "note_id", "--client-column", "client_id", "--subject-ref", "C-1",
        "--package", str(package), "--password-file", str(password),
        "--out", str(out), "--log", str(log),
    )  # fmt: skip
    assert code == 1, "the binary file failed"
    # Research-safe-harbor requires sign-off: the batch staged; the package is sealed on approval.
    assert not package.exists() and "redact approve" in stderr
    approved = runner.invoke(
        app,
        ["approve", str(out), "--reviewer", "Second Reviewer", "--log", str(log),
         "--package", str(package), "--password-file", str(password)],
    )  # fmt: skip
    assert approved.exit_code == 0, approved.stderr
    released = _rows(out / "manifest.csv")
    assert list(released[0]) == ["id", "file", "counts", "output_sha256"]
    # Research releases no agency note id: rows are named by their keyed pseudonyms.
    table_rows = [r for r in released if r["file"] == "export.csv"]
    assert len(table_rows) == 2 and not {"N1", "N2", "N3"} & {r["id"] for r in released}
    agency = out / "manifest.NOT-FOR-RELEASE.csv"
    statuses = [r["status"] for r in _rows(agency)]
    assert statuses.count("out-of-scope") == 1 and "failed" in statuses
    assert stat.S_IMODE(agency.stat().st_mode) == 0o600
    manifest_text = (out / "manifest.csv").read_text()
    assert "out-of-scope" not in manifest_text and "binary" not in manifest_text
    assert _leaks(_recipient_view(out, log, stdout, stderr), CANARIES) == []
    with pyzipper.AESZipFile(package) as archive:
        archive.setpassword(b"a long package password")
        inside = archive.namelist()
        assert "manifest.csv" in inside and not [n for n in inside if "NOT-FOR-RELEASE" in n]
        assert archive.read("manifest.csv").decode() == manifest_text
        assert _leaks("\n".join(inside), CANARIES) == []
    leftovers = [p.name for p in out.rglob(".*")]
    assert leftovers == [], "no resume state or temporary file outlives the release"


def test_a_document_past_spacys_limit_is_redacted_in_pieces(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paragraph = "The family attended the review and agreed to the plan for the coming month.\n\n"
    filler = paragraph * (1_050_000 // len(paragraph))
    (folder / "long.txt").write_text(filler + NOTE + filler[:5000])
    (folder / "short.txt").write_text(NOTE)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "social-media", "--out", str(out), "--log", str(log)
    )
    assert code == 0, stderr
    assert _leaks(_recipient_view(out, log, stdout, stderr), ["Okonkwo", "Nwachukwu"]) == []
    long_out = (out / "long.txt").read_text()
    assert len(long_out) > 1_000_000 and "Okonkwo" not in long_out and "Ifeoma" not in long_out
    assert "Okonkwo" not in (out / "short.txt").read_text()


def test_a_document_over_the_limit_fails_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Trembley_long.txt").write_text(NOTE * 40)
    (folder / "short.txt").write_text(NOTE)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "social-media", "--max-document-chars", "2000",
        "--out", str(out), "--log", str(log),
    )  # fmt: skip
    assert code == 1
    rows = {r["id"]: r for r in _rows(out / "manifest.NOT-FOR-RELEASE.csv")}
    failed = [name for name, row in rows.items() if row["status"] == "failed"]
    assert len(failed) == 1 and failed[0].endswith("_long.txt")
    assert rows[failed[0]]["reason"].startswith("too long: ")
    assert rows["short.txt"]["status"] == "released"
    assert not (out / failed[0]).exists()
    assert _leaks(_recipient_view(out, log, stdout, stderr), CANARIES) == []


def test_inputs_that_would_share_an_output_are_refused_before_any_work(tmp_path: Path) -> None:
    for parent in ("Vasquez", "Hoeven"):
        (tmp_path / parent / "Brannigan").mkdir(parents=True)
        (tmp_path / parent / "Brannigan" / "Okonkwo.txt").write_text(NOTE)
    out = tmp_path / "out"
    code, stdout, stderr = _batch(
        str(tmp_path / "Vasquez" / "Brannigan"), str(tmp_path / "Hoeven" / "Brannigan"),
        "--purpose", "social-media", "--out", str(out), "--log", str(tmp_path / "log.sqlite3"),
    )  # fmt: skip
    assert code == 2 and "same output name" in stderr
    assert not out.exists() and not (tmp_path / "log.sqlite3").exists(), "nothing written"
    assert _leaks(stdout + stderr, ["Vasquez", "Hoeven", "Brannigan", "Okonkwo"]) == []


def test_links_out_of_the_input_folder_are_not_followed_and_missing_paths_are_not_found(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "request"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE)
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "other_client.txt").write_text("Brannigan Vasquez, DOB 02/03/1981.")
    os.symlink(secret / "other_client.txt", folder / "linked.txt")
    os.symlink(secret, folder / "linked_folder")
    os.symlink(folder / "note.txt", folder / "same_note.txt")
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), str(tmp_path / "Hoeven_missing.txt"), "--purpose", "social-media",
        "--out", str(out), "--log", str(log),
    )  # fmt: skip
    assert code == 1
    rows = {r["id"]: r for r in _rows(out / "manifest.NOT-FOR-RELEASE.csv")}
    assert rows["request/linked.txt"]["reason"].startswith("a link that leads outside")
    assert rows["request/linked_folder"]["status"] == "failed"
    assert rows["request/same_note.txt"]["status"] == "released", "a link inside is followed"
    assert rows["PERSON_missing.txt"]["reason"] == "not found"
    view = _recipient_view(out, log, stdout, stderr)
    assert _leaks(view, ["Brannigan", "Vasquez", "1981", "Hoeven"]) == []


def test_one_folder_given_alone_is_not_nested_twice(tmp_path: Path) -> None:
    folder = tmp_path / "request"
    (folder / "notes").mkdir(parents=True)
    (folder / "notes" / "a.txt").write_text(NOTE)
    out = tmp_path / "out" / "request"
    code, _, stderr = _batch(
        str(folder), "--purpose", "social-media", "--out", str(out),
        "--log", str(tmp_path / "log.sqlite3"),
    )  # fmt: skip
    assert code == 0, stderr
    assert (out / "notes" / "a.txt").exists() and not (out / "request").exists()


#: A client named in column headers and object keys, and in a Parquet file's metadata.
HEADER_CANARIES = ["Theodora", "Vukovich", "612-48-3391", "555-0163"]
HEADER_NOTE = "Home visit; the client discussed the housing application and a school meeting."


def _tables_with_named_headers(folder: Path) -> None:
    """A CSV, a JSONL (a nested key too), a workbook and a Parquet file whose column names
    name the client, and a Parquet file whose schema, field and pandas metadata do."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    pd.DataFrame(
        {"note_id": ["N1"], "text": [HEADER_NOTE], "Called Theodora Vukovich-Anand": ["yes"]}
    ).to_csv(folder / "calls.csv", index=False)
    (folder / "contacts.jsonl").write_text(
        '{"note_id": "N2", "text": "' + HEADER_NOTE + '", '
        '"phones": {"Theodora Vukovich-Anand": "(503) 555-0163", "office": "front desk"}}\n'
    )
    pd.DataFrame(
        {"note_id": ["N3"], "text": [HEADER_NOTE], "SSN 612-48-3391": ["on file"]}
    ).to_excel(folder / "intake.xlsx", index=False)
    named = pd.DataFrame({"note_id": ["N4"], "text": [HEADER_NOTE]})
    named.attrs["client"] = "Theodora Vukovich-Anand, SSN 612-48-3391"
    named.to_parquet(folder / "attrs.parquet")
    field = pa.field("text", pa.string(), metadata={"about": "Theodora Vukovich-Anand"})
    table = pa.Table.from_arrays(
        [pa.array(["N5"]), pa.array([HEADER_NOTE])],
        schema=pa.schema([pa.field("note_id", pa.string()), field],
                         metadata={"client": "Theodora Vukovich-Anand 612-48-3391"}),
    )  # fmt: skip
    pq.write_table(table, folder / "metadata.parquet")


def _every_table_part(out: Path) -> str:
    """Headers, keys and metadata as a recipient's tools read them (Parquet's footer holds
    its schema base64-encoded; a workbook is a zip of XML)."""
    import zipfile

    import pyarrow.parquet as pq

    texts = []
    for path in _for_recipient(out):
        if path.suffix == ".parquet":
            parquet = pq.ParquetFile(path)
            texts += [str(parquet.schema_arrow), str(parquet.metadata.metadata)]
            texts += [str(f.metadata) for f in parquet.schema_arrow]
            texts.append(parquet.read().to_pandas().to_csv())
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                texts += [book.read(m).decode("utf-8", "replace") for m in book.namelist()]
    return "\n".join(texts)


def test_column_names_keys_and_table_metadata_go_through_the_policy(tmp_path: Path) -> None:
    folder = tmp_path / "request"
    _tables_with_named_headers(folder)
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    code, stdout, stderr = _batch(
        str(folder), "--purpose", "consultation", "--recipient", "Peer consultation group",
        "--id-column", "note_id", "--out", str(out), "--log", str(log),
    )  # fmt: skip
    assert code == 0, stderr
    view = "\n".join([_recipient_view(out, log, stdout, stderr), _every_table_part(out)])
    flat = re.sub(r"[^0-9a-z]", "", view.lower())  # "(503) 555-0163" read as digits too
    assert [c for c in HEADER_CANARIES if re.sub(r"[^0-9a-z]", "", c.lower()) in flat] == []
    calls = pd.read_csv(out / "calls.csv", dtype=str)
    assert list(calls.columns)[:2] == ["note_id", "text"] and len(calls.columns) == 3
    assert "front desk" in (out / "contacts.jsonl").read_text(), "the other key's value stays"
    assert "column kinds" in stderr, "the kinds are still announced, under released names"
