"""Tables read in chunks, as text, and written back in their own format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from redact.documents.tables import TableWriter, iter_table
from redact.errors import DocumentReadError


def test_csv_is_read_in_chunks_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,text\n007,a\n008,\n009,c\n")
    chunks = list(iter_table(path, chunk_rows=2))
    assert [len(c) for c in chunks] == [2, 1]
    assert chunks[0]["id"].tolist() == ["007", "008"], "leading zeros survive"
    assert pd.isna(chunks[0]["text"].iloc[1])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_writer_round_trips(tmp_path: Path, suffix: str) -> None:
    frame = pd.DataFrame({"id": ["1", "2", "3"], "text": ["a", "b", "c"]})
    buffer = io.BytesIO()
    writer = TableWriter(buffer, suffix)
    writer.write(frame.iloc[:2])
    writer.write(frame.iloc[2:])
    writer.close()
    path = tmp_path / f"t{suffix}"
    path.write_bytes(buffer.getvalue())
    back = pd.concat(list(iter_table(path)), ignore_index=True)
    assert back["text"].tolist() == ["a", "b", "c"]


def test_broken_table_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"not parquet")
    with pytest.raises(DocumentReadError, match=r"broken\.parquet"):
        list(iter_table(path))


NESTED_JSONL = (
    '{"id": "1", "text": "seen", "contact": {"name": "Rosa Ibarra", "phone": "555-0101",'
    ' "address": {"city": "Tulsa", "zip": "74104"}}}\n'
    '{"id": "2", "text": "called", "contact": null}\n'
)


def test_a_jsonl_object_is_read_as_one_column_per_field(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(NESTED_JSONL)
    (chunk,) = iter_table(path)
    assert list(chunk.columns) == [
        "id", "text", "contact.name", "contact.phone", "contact.address.city",
        "contact.address.zip",
    ]  # fmt: skip
    assert chunk["contact.name"].tolist() == ["Rosa Ibarra", None]


def test_a_jsonl_object_is_written_back_as_an_object(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(NESTED_JSONL)
    (chunk,) = iter_table(path)
    governed = chunk.copy()
    governed["contact.name"] = ["[PERSON]", None]
    buffer = io.BytesIO()
    writer = TableWriter(buffer, ".jsonl")
    writer.write(governed.iloc[:1])
    writer.write(governed.iloc[1:])
    writer.close()
    lines = [json.loads(line) for line in buffer.getvalue().decode().splitlines()]
    assert lines[0]["contact"] == {
        "name": "[PERSON]", "phone": "555-0101", "address": {"city": "Tulsa", "zip": "74104"}
    }  # fmt: skip
    assert lines[1] == {"id": "2", "text": "called", "contact": None}


def test_a_jsonl_field_clashing_with_a_column_leaves_the_object_whole(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"a.b": "x", "a": {"b": "y"}}\n')
    (chunk,) = iter_table(path)
    assert list(chunk.columns) == ["a.b", "a"]
