"""Tables (.csv, .jsonl, .parquet, .xlsx) read and written in chunks, never whole.

Every column is read as text (`dtype=str`) so that ids such as "00123" keep their zeros and
non-text columns go out exactly as they came in.

A JSONL record's nested object (`"contact": {"name": ..., "phone": ...}`) is read as one
column per field, named by its path (`contact.name`, `contact.phone`), so each field gets a
kind and a rule of its own like any column: read whole, the object would be one cell whose
Python form ("{'name': ...}") is redacted as a single value, losing the object's shape and
every field that should have stayed (a relation, a programme). The paths travel in
`frame.attrs["nested"]` and the writer puts the fields back into their objects; an object
whose fields all come out empty is written as null.

A Parquet file's key-value metadata (the schema's, each field's, pandas' `attrs`) is free
text the recipient can read with one call (`pq.read_schema(path).metadata`): none of the
input's is read into a chunk, and a written file's schema holds column names and types only.

A workbook (.xlsx) is every one of its sheets, each read as a table; a chunk carries its
sheet's name in `frame.attrs["sheet"]` so the writer puts its rows back on that sheet. The
output workbook is built new from the cell values alone: the input's comments, document
properties (author, company), hidden names and formulas are not carried over. A sheet's
name is read by the recipient like a file name ("Notes - J. Okafor"), so the writer never
writes one as it came: it takes the treated name the batch gives it (`sheet_names`), or,
for a sheet it was given no name for, "Sheet" and its place (fail closed).

A column's name is read the same way ("Called Ana Ruiz", "SSN 458-21-7736" as a header), and
so is each key of a JSONL object: `column_names` lists every name a table shows, the batch
treats them like file names, and the writer writes each column under its treated name
(`column_names=`), or "column" and its place for a name it was not given (fail closed).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from redact.documents.invisible import visible
from redact.documents.stable_zip import FIXED_TIME, stable_zip
from redact.errors import DocumentReadError

TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".parquet", ".xlsx"})
#: Characters a worksheet's name may not hold, and its longest length (Excel's rules).
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_SHEET_MAX = 31
#: The attrs key naming the workbook sheet a chunk came from.
SHEET = "sheet"
#: The attrs key of a JSONL chunk's columns that were fields of nested objects, each with
#: its path: {"contact.name": ["contact", "name"]}.
NESTED = "nested"
#: Entry time and document-property time of every written workbook, for reproducible bytes.
DEFAULT_CHUNK_ROWS = 2000


def iter_table(path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """Chunks of a table as DataFrames of strings, without invisible format characters in
    their texts and column names (`invisible`); raises `DocumentReadError` if unreadable."""
    for chunk in _iter_raw(path, chunk_rows):
        yield _visible(chunk)


def _visible(chunk: pd.DataFrame) -> pd.DataFrame:
    """The chunk with invisible format characters out of its strings (a soft hyphen inside
    a name hid it from the detector), in place; its attrs stay."""
    renamed = {c: visible(c) for c in chunk.columns if isinstance(c, str) and visible(c) != c}
    for column in chunk.columns:
        if pd.api.types.is_numeric_dtype(chunk[column]) or pd.api.types.is_bool_dtype(
            chunk[column]
        ):
            continue
        values = chunk[column].tolist()
        if any(isinstance(v, str) and visible(v) != v for v in values):
            chunk[column] = pd.Series(
                [visible(v) if isinstance(v, str) else v for v in values],
                index=chunk.index, dtype=chunk[column].dtype,
            )  # fmt: skip
    if renamed:
        nested: dict[str, list[str]] = chunk.attrs.get(NESTED, {})
        if nested:
            chunk.attrs[NESTED] = {
                renamed.get(k, k): [visible(p) for p in v] for k, v in nested.items()
            }
        chunk.columns = [renamed.get(c, c) for c in chunk.columns]
    return chunk


def _iter_raw(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    try:
        if path.suffix == ".csv":
            yield from pd.read_csv(
                path, dtype=str, keep_default_na=False, na_values=[""], chunksize=chunk_rows
            )
        elif path.suffix == ".jsonl":
            for chunk in pd.read_json(path, lines=True, dtype=False, chunksize=chunk_rows):
                yield flatten_objects(chunk.astype(object).where(chunk.notna(), None))
        elif path.suffix == ".parquet":
            for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_rows):
                frame = batch.to_pandas()
                frame.attrs = {}  # the file's own key-value metadata is not ours to carry
                yield frame
        elif path.suffix == ".xlsx":
            yield from _iter_workbook(path, chunk_rows)
        else:
            raise DocumentReadError(f"cannot read {path.name}: unsupported table format")
    except DocumentReadError:
        raise
    except (
        ValueError,
        OSError,
        KeyError,
        zipfile.BadZipFile,
        pa.ArrowException,
        UnicodeDecodeError,
    ) as exc:
        raise DocumentReadError(
            f"cannot read {path.name}: {type(exc).__name__} while parsing the table"
        ) from None


def _is_object_column(values: list[object]) -> bool:
    return any(isinstance(v, dict) for v in values) and all(
        v is None or isinstance(v, dict) for v in values
    )


def _leaves(values: list[object], path: list[str]) -> list[tuple[list[str], list[object]]]:
    """(path, cells) of each field of a column of objects (or nulls), nested ones opened
    too, fields in the order they are first seen."""
    keys: dict[str, None] = {}
    for value in values:
        if isinstance(value, dict):
            keys.update(dict.fromkeys(str(k) for k in value))
    out: list[tuple[list[str], list[object]]] = []
    for key in keys:
        cells = [v.get(key) if isinstance(v, dict) else None for v in values]
        if _is_object_column(cells):
            out += _leaves(cells, [*path, key])
        else:
            out.append(([*path, key], cells))
    return out


def flatten_objects(chunk: pd.DataFrame) -> pd.DataFrame:
    """`chunk` with each column of nested objects opened into one column per field, in
    place; the fields' paths in `attrs["nested"]`. A column whose field names would clash
    with a column already there is left whole."""
    columns: dict[str, list[object]] = {}
    nested: dict[str, list[str]] = {}
    for column in chunk.columns:
        values = chunk[column].tolist()
        leaves = _leaves(values, [str(column)]) if _is_object_column(values) else []
        names = [".".join(path) for path, _ in leaves]
        if not leaves or set(names) & ({str(c) for c in chunk.columns} | set(columns)):
            columns[str(column)] = values
            continue
        for name, (path, cells) in zip(names, leaves, strict=True):
            columns[name] = cells
            nested[name] = path
    if not nested:
        return chunk
    flat = pd.DataFrame(columns, index=chunk.index, dtype=object)
    flat.attrs = {**chunk.attrs, NESTED: nested}
    return flat


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, dict) and all(map(_empty, value.values())))


def nest_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of a chunk read by `flatten_objects`, with its fields back in their
    objects (an object whose fields are all null is null)."""
    nested: dict[str, list[str]] = frame.attrs.get(NESTED, {})
    text = frame.to_json(orient="records", lines=True, force_ascii=False)
    records = []
    for line in text.splitlines():
        if not line.strip():
            continue
        flat = json.loads(line)
        record: dict[str, object] = {}
        for column, value in flat.items():
            path = nested.get(column)
            if path is None:
                record[column] = value
                continue
            parent = record
            for key in path[:-1]:
                child = parent.get(key)
                if not isinstance(child, dict):
                    child = parent[key] = {}
                parent = child
            parent[path[-1]] = value
        for column in {path[0] for path in nested.values()}:
            if column in record and _empty(record[column]):
                record[column] = None
        records.append(record)
    return records


def column_names(path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> list[str]:
    """Every column name and object key a table shows, each once, in order of first sight.

    A JSONL record's keys can differ row by row, so a JSONL file is read whole; other
    formats are read up to each sheet's first chunk. Raises `DocumentReadError` as
    `iter_table` does.
    """
    names: dict[str, None] = {}
    sheets_seen: set[object] = set()
    for chunk in iter_table(path, chunk_rows):
        sheet = chunk.attrs.get(SHEET)
        if path.suffix != ".jsonl" and sheet in sheets_seen:
            if path.suffix == ".xlsx":
                continue
            break
        sheets_seen.add(sheet)
        nested: dict[str, list[str]] = chunk.attrs.get(NESTED, {})
        for column in chunk.columns:
            names.update(dict.fromkeys(nested.get(str(column), [str(column)])))
    return list(names)


def _released_columns(
    frame: pd.DataFrame, treated: Mapping[str, str]
) -> tuple[list[str], dict[str, list[str]]]:
    """The chunk's column names, and nested paths, under their treated names (unique)."""
    nested: dict[str, list[str]] = frame.attrs.get(NESTED, {})
    names: list[str] = []
    paths: dict[str, list[str]] = {}
    for place, column in enumerate(frame.columns, 1):
        keys = nested.get(str(column), [str(column)])
        path = [treated.get(key) or f"column{place}" for key in keys]
        number = 2
        while ".".join(path) in names:
            path[-1] = f"{path[-1].rsplit('_', 1)[0] if number > 2 else path[-1]}_{number}"
            number += 1
        names.append(".".join(path))
        if str(column) in nested:
            paths[names[-1]] = path
    return names, paths


def rename_columns(frame: pd.DataFrame, treated: Mapping[str, str]) -> pd.DataFrame:
    """A copy of `frame` whose columns (and nested keys) carry their treated names."""
    names, paths = _released_columns(frame, treated)
    renamed = frame.set_axis(names, axis="columns")
    renamed.attrs = {**frame.attrs, NESTED: paths} if NESTED in frame.attrs else dict(frame.attrs)
    return renamed


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's sheets, hidden ones too, in order; [] if unreadable (the
    batch then reports the table as failed when it reads it)."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(path, read_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return []
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def released_sheet_names(names: list[str], treated: dict[str, str]) -> dict[str, str]:
    """Each sheet's released name: its treated name made a valid, unique worksheet name, or
    "Sheet" and its place when it has none (a sheet the batch did not name is not trusted)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for place, name in enumerate(names, 1):
        given = _SHEET_UNSAFE.sub(" ", treated.get(name, "")).strip(" '")[:_SHEET_MAX].strip()
        candidate = given or f"Sheet{place}"
        number = 2
        while candidate.lower() in used:
            suffix = f"_{number}"
            candidate = (given or f"Sheet{place}")[: _SHEET_MAX - len(suffix)] + suffix
            number += 1
        used.add(candidate.lower())
        out[name] = candidate
    return out


def _iter_workbook(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    """Every sheet of a workbook, in chunks; an empty sheet is one empty chunk (kept)."""
    sheets = pd.read_excel(
        path, sheet_name=None, dtype=str, keep_default_na=False, na_values=[""],
        engine="openpyxl",
    )  # fmt: skip
    for name, frame in sheets.items():
        frame.columns = [str(c) for c in frame.columns]
        starts = range(0, max(len(frame), 1), chunk_rows)
        for start in starts:
            chunk = frame.iloc[start : start + chunk_rows].reset_index(drop=True)
            chunk = chunk.astype(object).where(chunk.notna(), None)
            chunk.attrs[SHEET] = str(name)
            yield chunk


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _unstamped(name: str, content: bytes) -> bytes:
    """openpyxl stamps "modified" in docProps/core.xml with the time of saving."""
    if name != "docProps/core.xml":
        return content
    return _STAMP.sub(rb"\g<1>1980-01-01T00:00:00Z\g<2>", content)


class TableWriter:
    """Appends chunks to an open output in the input's format."""

    def __init__(
        self,
        handle: IO[bytes],
        suffix: str,
        sheet_names: dict[str, str] | None = None,
        column_names: Mapping[str, str] | None = None,
    ) -> None:
        """`column_names` maps each column name and object key to its released name; with
        it, a name missing from it is written as "column" and its place. Without it (a
        tool writing its own sample inputs) the names go out as they are."""
        self.handle = handle
        self.suffix = suffix
        self._sheet_names = dict(sheet_names or {})
        self._column_names = None if column_names is None else dict(column_names)
        self._parquet: pq.ParquetWriter | None = None
        self._wrote_header = False
        self._sheets: dict[str, list[pd.DataFrame]] = {}

    def write(self, frame: pd.DataFrame) -> None:
        """Append one chunk."""
        if self._column_names is not None:
            frame = rename_columns(frame, self._column_names)
        if self.suffix == ".csv":
            frame.to_csv(self.handle, index=False, header=not self._wrote_header)
            self._wrote_header = True
        elif self.suffix == ".xlsx":
            self._sheets.setdefault(str(frame.attrs.get(SHEET, "Sheet1")), []).append(frame)
        elif self.suffix == ".jsonl" and frame.attrs.get(NESTED):
            for record in nest_records(frame):
                line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                self.handle.write(line.encode("utf-8") + b"\n")
        elif self.suffix == ".jsonl":
            if len(frame):
                text = frame.to_json(orient="records", lines=True, force_ascii=False)
                self.handle.write(text.encode("utf-8"))
                if not text.endswith("\n"):
                    self.handle.write(b"\n")
        else:
            bare = frame.copy(deep=False)
            bare.attrs = {}  # pandas would store attrs in the schema's metadata
            table = pa.Table.from_pandas(bare, preserve_index=False).replace_schema_metadata()
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.handle, table.schema)
            self._parquet.write_table(table.cast(self._parquet.schema))

    def close(self) -> None:
        """Finish the file (parquet needs its footer; a workbook is written whole here)."""
        if self._parquet is not None:
            self._parquet.close()
        if self.suffix == ".xlsx":
            names = released_sheet_names(list(self._sheets), self._sheet_names)
            renamed = {names[name]: frames for name, frames in self._sheets.items()}
            self.handle.write(_workbook_bytes(renamed))


def _workbook_bytes(sheets: dict[str, list[pd.DataFrame]]) -> bytes:
    """A new workbook of the sheets' rows: values only, fixed properties and entry times.

    A sheet's chunks are joined before writing (a workbook cannot be appended to as it
    streams); the rows are redacted text, already in memory in the parts on disk.
    """
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frames in sheets.items() or {"Sheet1": [pd.DataFrame()]}.items():
            joined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
            joined.to_excel(writer, sheet_name=name, index=False)
        fixed = datetime(*FIXED_TIME)
        properties = writer.book.properties
        properties.creator = None
        properties.lastModifiedBy = None
        properties.created = fixed
        properties.modified = fixed
    return stable_zip(buffer.getvalue(), _unstamped)
