"""The committed sample data is what `sample_data/generate.py` makes, and its spans are exact."""

from __future__ import annotations

import csv
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from redact.entities import ENTITY_TYPES

pytest.importorskip("faker")
docx = pytest.importorskip("docx")

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
GENERATED = ("notes", "annotations", "request")
#: Made by `make_pages.py` (PDFs, a scan, workbooks), not by `generate.py`.
MADE_BY_MAKE_PAGES = ("pages", "request/pages")
TOPICS = {
    "substance_use",
    "communicable_disease",
    "psychotherapy_notes",
    "reproductive_health",
    "shelter_location",
    "group_disclosures",
}


def generated_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for name in GENERATED:
        path = root / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    made = tuple(root / name for name in MADE_BY_MAKE_PAGES)
    return [p.relative_to(root) for p in files if not any(m in p.parents for m in made)]


def docx_text(path: Path) -> str:
    """Body in order: paragraph text, table rows as tab-joined cells; newline-joined."""
    blocks = []
    for item in docx.Document(str(path)).iter_inner_content():
        if isinstance(item, docx.table.Table):
            blocks.extend("\t".join(cell.text for cell in row.cells) for row in item.rows)
        else:
            blocks.append(item.text)
    return "\n".join(blocks) + "\n"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample_data")
    subprocess.run(
        [sys.executable, str(SAMPLE / "generate.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def test_regenerating_gives_the_committed_files(regenerated: Path) -> None:
    committed = generated_files(SAMPLE)
    assert committed == generated_files(regenerated)
    for rel in committed:
        if rel.suffix == ".docx":
            assert docx_text(SAMPLE / rel) == docx_text(regenerated / rel), rel
        else:
            assert (SAMPLE / rel).read_bytes() == (regenerated / rel).read_bytes(), rel


def test_make_pages_gives_the_committed_pdfs_scans_and_workbooks(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SAMPLE / "make_pages.py"), "--out", str(tmp_path / "pages"),
         "--request-out", str(tmp_path / "request" / "pages")],
        check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(SAMPLE.parent)},
    )  # fmt: skip
    for name in MADE_BY_MAKE_PAGES:
        committed = sorted(p.name for p in (SAMPLE / name).iterdir())
        assert committed == sorted(p.name for p in (tmp_path / name).iterdir()), name
        for file in committed:
            assert (SAMPLE / name / file).read_bytes() == (tmp_path / name / file).read_bytes()
    request = sorted(p.name for p in (SAMPLE / "request" / "pages").iterdir())
    assert request == ["03_home_visit_signed.pdf", "07_discharge_summary.pdf", "phone_log.xlsx"]


@pytest.mark.parametrize(
    "name",
    [
        "annotations/notes.jsonl",
        "annotations/request_notes.jsonl",
        "annotations/request_export.jsonl",
    ],
)
def test_span_offsets_are_exact(name: str) -> None:
    records = read_jsonl(SAMPLE / name)
    assert records
    for record in records:
        text = record["text"]
        assert record["spans"], record["id"]
        assert set(record["topics"]) <= TOPICS, record["id"]
        for span in record["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], (record["id"], span)
            assert span["label"] in ENTITY_TYPES, span["label"]
        starts = [(s["start"], s["end"]) for s in record["spans"]]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts)), record["id"]


def test_annotation_texts_are_the_files() -> None:
    for name in ("annotations/notes.jsonl", "annotations/request_notes.jsonl"):
        for record in read_jsonl(SAMPLE / name):
            path = SAMPLE / record["file"]
            text = docx_text(path) if path.suffix == ".docx" else path.read_text(encoding="utf-8")
            assert text == record["text"], record["id"]
            people = {s["text"] for s in record["spans"] if s["label"] == "PERSON"}
            assert set(record["subject"]["names"]) <= people, record["id"]
    with (SAMPLE / "request" / "export.csv").open(encoding="utf-8", newline="") as fh:
        rows = {row["note_id"]: row for row in csv.DictReader(fh)}
    records = read_jsonl(SAMPLE / "annotations" / "request_export.jsonl")
    assert [r["id"] for r in records] == list(rows)
    for record in records:
        assert rows[record["id"]]["text"] == record["text"]
        assert rows[record["id"]]["client_id"] == record["subject"]["client_id"]


def test_enough_notes_of_enough_kinds() -> None:
    records = read_jsonl(SAMPLE / "annotations" / "notes.jsonl")
    kinds = {r["id"].split("_", 1)[1] for r in records}
    assert len(records) >= 10 and len(kinds) >= 6
    topics = [t for r in records for t in r["topics"]]
    assert topics.count("substance_use") >= 2 and "shelter_location" in topics
    assert any(not r["topics"] for r in records)
    request_notes = sorted(p.suffix for p in (SAMPLE / "request" / "notes").iterdir())
    assert 6 <= len(request_notes) <= 8 and request_notes.count(".docx") == 1
