"""Write the generated notes, annotations, .docx and CSV; every output is byte-reproducible."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docx import Document

from generator.notes import Note
from generator.request import CSV_COLUMNS

#: Stamped into .docx core properties and zip entries so the file does not depend on the clock.
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    write_text(path, buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with every entry stamped FIXED_TIME (python-docx stamps the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, text: str) -> None:
    """Title as a heading, `Label<TAB>value` lines as a two-column table, the rest paragraphs.

    Reading the body in order (paragraph text; table rows as tab-joined cells), joined by
    newlines and ending with one, gives back `text` exactly, so the note's spans apply to it.
    """
    doc = Document()
    lines = text.removesuffix("\n").split("\n")
    doc.add_heading(lines[0], level=1)
    rows = [line.split("\t") for line in lines if "\t" in line]
    table_added = False
    for line in lines[1:]:
        if "\t" not in line:
            doc.add_paragraph(line)
        elif not table_added:
            table = doc.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for row, (label, value) in zip(table.rows, rows, strict=True):
                row.cells[0].text, row.cells[1].text = label, value
            table_added = True
    props = doc.core_properties
    props.author = props.last_modified_by = "redact sample_data/generate.py"
    props.title = "Synthetic sample record"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def write_note(out: Path, note: Note) -> None:
    path = out / note.file
    if path.suffix == ".docx":
        write_docx(path, note.rendered.text)
    else:
        write_text(path, note.rendered.text)


def clear_generated(out: Path) -> None:
    """Remove notes left by an earlier run, so a renamed kind leaves no stale file behind."""
    for folder, patterns in (
        (out / "notes", ("*.txt",)),
        (out / "request" / "notes", ("*.txt", "*.md", "*.docx")),
    ):
        for pattern in patterns:
            for old in sorted(folder.glob(pattern)):
                old.unlink()
