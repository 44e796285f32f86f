"""Fixtures for batch tests: small synthetic request folders built in tmp_path."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pandas as pd
import pytest

NOTE_A = (
    "Progress note. Met with Lucia Ferreira on 03/14/2026 at 12 Elm Street, Springfield, "
    "IL 62704. Lucia's son Tomas, age 9, attends Lincoln Elementary School. Phone 217-555-0143."
)
NOTE_B = "Phone call with Rosa Delgado, who asked about housing. E-mail rosa.delgado@example.com."
SECRETS = [
    "Lucia",
    "Ferreira",
    "Tomas",
    "Rosa",
    "Delgado",
    "217-555-0143",
    "rosa.delgado@example.com",
]


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A small real .docx."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under root, by relative path."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def request_dir(tmp_path: Path) -> Path:
    """A folder with good notes, a .docx, a CSV, and three unreadable files."""
    root = tmp_path / "request"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "a.txt").write_text(NOTE_A)
    (root / "notes" / "b.md").write_text(NOTE_B)
    (root / "notes" / "c.docx").write_bytes(
        docx_bytes(
            [NOTE_A, "Plan: follow up."], [["Contact", "Rosa Delgado"], ["Phone", "217-555-0143"]]
        )
    )
    (root / "notes" / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a real docx")
    (root / "notes" / "scan.bin.txt").write_bytes(b"\x89PNG\x00\x00\x01binary")
    (root / "notes" / "empty.txt").write_bytes(b"")
    frame = pd.DataFrame(
        {
            "note_id": ["N1", "N2", "N3", "N4", "N5"],
            "client_id": ["007", "007", "007", "008", "007"],
            "note_date": ["2024-12-30", "2025-01-15", "2025-06-01", "2025-07-04", "2026-02-01"],
            "text": [
                NOTE_B,
                NOTE_A,
                "Rosa Delgado called 217-555-0143.",
                None,
                "Lucia Ferreira seen.",
            ],
        }
    )
    frame.to_csv(root / "export.csv", index=False)
    return root
