"""A small synthetic Word note with a header, a table and body text (no real person)."""

from __future__ import annotations

import io

import docx

HEADER = "Harbor Family Services - progress note for Delphine Arceneaux"
TABLE = [("Client", "Delphine Arceneaux"), ("Phone", "504-555-0182"), ("Programme", "WIC")]
BODY = [
    "Met Delphine Arceneaux at home on 03/14/2026 with her son Lucien.",
    "Diagnosis F33.1; continues sertraline 50 mg. Delphine asked about Head Start for Lucien.",
]
#: Identifiers the redaction must remove from every part.
CANARIES = ("Delphine", "Arceneaux", "Lucien", "504-555-0182", "03/14/2026")
#: Facts that must survive.
KEPT = ("F33.1", "sertraline", "Head Start", "WIC", "Diagnosis")


def note_docx() -> bytes:
    """The note as a .docx: a header, a two-column table, two body paragraphs."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER
    table = document.add_table(rows=0, cols=2)
    for label, value in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def layout_of(data: bytes) -> tuple[list[str], list[list[str]], list[str]]:
    """A .docx's header paragraphs, table rows and body paragraphs, as python-docx reads them."""
    document = docx.Document(io.BytesIO(data))
    header = [p.text for p in document.sections[0].header.paragraphs]
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    body = [p.text for p in document.paragraphs if p.text]
    return header, rows, body
