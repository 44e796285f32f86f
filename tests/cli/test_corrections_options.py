"""`--keep`, `--redact` and `--corrections` on `redact batch` and `redact note`.

A release of a text note, a table and a .docx (body, table, header): the redacted term goes
from every one of them, the kept term stays, and the log counts both by type, never the
terms. All people are synthetic.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import docx
import pandas as pd
from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog

KEPT = "Hillcrest Head Start"
NICKNAME = "peanut"  # a word detection leaves in some of its forms
NOTE = (
    f"Kendra Alvey attends {KEPT} three mornings a week. Her cousin, called Peanut by "
    "everyone, stayed for the visit; peanut's mother called later. PEANUT drew a picture.\n"
)


def _docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Family file: Peanut and Kendra"
    document.add_paragraph(f"Kendra is at {KEPT}. Peanut's mother visited on Tuesday.")
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "Visitor"
    grid.cell(0, 1).text = "peanut (cousin)"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _request(root: Path) -> Path:
    root.mkdir()
    (root / "visit.txt").write_text(NOTE, encoding="utf-8")
    pd.DataFrame(
        {"note_id": ["N-1", "N-2"], "text": ["Phone call with peanut's mother.", NOTE]}
    ).to_csv(root / "export.csv", index=False)
    (root / "letter.docx").write_bytes(_docx())
    return root


def _all_text(out: Path) -> dict[str, str]:
    """Every released file as text (a .docx: every XML part), by relative name."""
    texts = {}
    for path in out.rglob("*"):
        if not path.is_file() or "NOT-FOR-RELEASE" in path.name:
            continue
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                texts[str(path.relative_to(out))] = " ".join(
                    package.read(n).decode("utf-8", "replace") for n in package.namelist()
                )
        else:
            texts[str(path.relative_to(out))] = path.read_text(encoding="utf-8")
    return texts


def test_batch_corrections_apply_to_text_tables_and_every_docx_part(tmp_path: Path) -> None:
    inputs = _request(tmp_path / "request")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(
        "# redact corrections: terms kept or redacted in every document of a release\n"
        f"keep:\n  - {KEPT}\nredact: []\n",
        encoding="utf-8",
    )
    log = tmp_path / "log.sqlite3"
    result = CliRunner().invoke(
        app,
        ["batch", str(inputs), "--purpose", "social-media", "--out", str(tmp_path / "out"),
         "--log", str(log), "--quiet", "--id-column", "note_id", "--corrections",
         str(corrections), "--redact", NICKNAME],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    texts = _all_text(tmp_path / "out")
    assert {"visit.txt", "export.csv", "letter.docx", "manifest.csv"} <= set(texts)
    for name, text in texts.items():
        assert NICKNAME not in text.casefold(), name
    assert KEPT in texts["visit.txt"] and KEPT in texts["letter.docx"]
    with ReleaseLog.open(log) as release_log:
        [entry] = release_log.entries()
    redacted = dict(item.split(":") for item in str(entry.extra["corrections_redacted"]).split())
    assert int(redacted["PERSON"]) >= 8  # 3 in the note, 1 + 3 in the table, 3 in the .docx
    assert "SCHOOL" in str(entry.extra["corrections_kept"])
    assert entry.extra["corrections_applied"] == sum(
        int(n) for cell in ("corrections_kept", "corrections_redacted")
        for n in (item.split(":")[1] for item in str(entry.extra[cell]).split())
    )  # fmt: skip
    with sqlite3.connect(log) as db:
        dump = "\n".join(db.iterdump()).casefold()
    assert NICKNAME not in dump and KEPT.casefold() not in dump
    assert NICKNAME not in result.output.casefold()
    page = (tmp_path / "out" / "review.NOT-FOR-RELEASE.html").read_text(encoding="utf-8")
    assert "Corrections applied in this run" in page
    assert f'"keep": ["{KEPT.casefold()}"]' in page, "the page starts from these corrections"


def test_note_takes_the_same_options_and_logs_the_counts(tmp_path: Path) -> None:
    note = tmp_path / "visit.txt"
    note.write_text(NOTE, encoding="utf-8")
    log = tmp_path / "log.sqlite3"
    result = CliRunner().invoke(
        app,
        ["note", str(note), "--purpose", "social-media", "--log", str(log), "--format", "json",
         "--keep", KEPT, "--redact", f"{NICKNAME}=person"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert KEPT in payload["text"] and NICKNAME not in payload["text"].casefold()
    with ReleaseLog.open(log) as release_log:
        [entry] = release_log.entries()
    assert entry.extra["corrections_redacted"] == "PERSON:3"
    assert entry.extra["corrections_kept"] == "SCHOOL:1"


def test_a_misspelt_type_stops_before_any_work(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["batch", str(tmp_path), "--purpose", "social-media", "--out", str(tmp_path / "o"),
         "--redact", "Tiko=PERSN"],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "did you mean PERSON?" in result.output and "Tiko" not in result.output
    assert not (tmp_path / "o").exists()
