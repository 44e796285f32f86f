"""Tables read in chunks, as text, and written back in their own format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from redact.documents.tables import TableWriter, column_names, iter_table
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


def _written(tmp_path: Path, suffix: str, frames: list[pd.DataFrame], **names: object) -> Path:
    buffer = io.BytesIO()
    writer = TableWriter(buffer, suffix, **names)  # type: ignore[arg-type]
    for frame in frames:
        writer.write(frame)
    writer.close()
    path = tmp_path / f"out{suffix}"
    path.write_bytes(buffer.getvalue())
    return path


def test_column_names_lists_headers_and_every_jsonl_key(tmp_path: Path) -> None:
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("id,text,Rang Eulalie Brisbois\n1,a,yes\n2,b,no\n3,c,no\n")
    assert column_names(csv_path, chunk_rows=1) == ["id", "text", "Rang Eulalie Brisbois"]
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text(
        '{"id": "1", "contact": {"phone": "x"}}\n'
        '{"id": "2", "contact": {"Eulalie Brisbois": "y"}, "late key": 1}\n'
    )
    assert column_names(jsonl, chunk_rows=1) == [
        "id", "contact", "phone", "Eulalie Brisbois", "late key"
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet", ".xlsx"])
def test_columns_are_written_under_their_treated_names_else_by_place(
    tmp_path: Path, suffix: str
) -> None:
    frame = pd.DataFrame(
        {"id": ["1"], "text": ["a"], "Called Eulalie Brisbois": ["yes"], "odd": ["z"]}
    )
    treated = {"id": "id", "text": "text", "Called Eulalie Brisbois": "Called PERSON"}
    path = _written(tmp_path, suffix, [frame], column_names=treated)
    back = next(iter(iter_table(path)))
    assert list(back.columns) == ["id", "text", "Called PERSON", "column4"]
    assert back["Called PERSON"].tolist() == ["yes"]


def test_nested_keys_are_written_under_their_treated_names(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "phones": {"Eulalie Brisbois": "x", "office": "y"}}\n')
    chunk = next(iter(iter_table(source)))
    treated = {"id": "id", "phones": "phones", "Eulalie Brisbois": "PERSON", "office": "office"}
    path = _written(tmp_path, ".jsonl", [chunk], column_names=treated)
    assert json.loads(path.read_text()) == {"id": "1", "phones": {"PERSON": "x", "office": "y"}}


def test_two_columns_treated_alike_stay_apart(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Eulalie": ["1"], "Brisbois": ["2"]})
    path = _written(
        tmp_path, ".csv", [frame], column_names={"Eulalie": "PERSON", "Brisbois": "PERSON"}
    )
    assert path.read_text().splitlines()[0] == "PERSON,PERSON_2"


def test_parquet_metadata_is_neither_read_nor_written(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    source = tmp_path / "in.parquet"
    frame = pd.DataFrame({"id": ["1"], "text": ["a"]})
    frame.attrs["client"] = "Eulalie Brisbois"
    frame.to_parquet(source)
    table = pq.read_table(source)
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata, b"k": b"Brisbois"}),
                   source)  # fmt: skip
    chunk = next(iter(iter_table(source)))
    assert chunk.attrs == {}
    chunk.attrs["client"] = "Eulalie Brisbois"  # as if a step had set it
    path = _written(tmp_path, ".parquet", [chunk])
    schema = pq.read_schema(path)
    assert not schema.metadata and all(not f.metadata for f in schema)
    assert "Brisbois" not in path.read_bytes().decode("latin-1")
    assert pq.read_table(path).to_pydict() == {"id": ["1"], "text": ["a"]}
