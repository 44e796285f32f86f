"""Tables (.csv, .jsonl, .parquet) read and written in chunks, never whole.

Every column is read as text (`dtype=str`) so that ids such as "00123" keep their zeros and
non-text columns go out exactly as they came in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from redact.errors import DocumentReadError

TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".parquet"})
DEFAULT_CHUNK_ROWS = 2000


def iter_table(path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """Chunks of a table as DataFrames of strings; raises `DocumentReadError` if unreadable."""
    try:
        if path.suffix == ".csv":
            yield from pd.read_csv(
                path, dtype=str, keep_default_na=False, na_values=[""], chunksize=chunk_rows
            )
        elif path.suffix == ".jsonl":
            for chunk in pd.read_json(path, lines=True, dtype=False, chunksize=chunk_rows):
                yield chunk.astype(object).where(chunk.notna(), None)
        elif path.suffix == ".parquet":
            for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_rows):
                yield batch.to_pandas()
        else:
            raise DocumentReadError(f"cannot read {path.name}: unsupported table format")
    except DocumentReadError:
        raise
    except (ValueError, OSError, pa.ArrowException, UnicodeDecodeError) as exc:
        raise DocumentReadError(
            f"cannot read {path.name}: {type(exc).__name__} while parsing the table"
        ) from None


class TableWriter:
    """Appends chunks to an open output in the input's format."""

    def __init__(self, handle: IO[bytes], suffix: str) -> None:
        self.handle = handle
        self.suffix = suffix
        self._parquet: pq.ParquetWriter | None = None
        self._wrote_header = False

    def write(self, frame: pd.DataFrame) -> None:
        """Append one chunk."""
        if self.suffix == ".csv":
            frame.to_csv(self.handle, index=False, header=not self._wrote_header)
            self._wrote_header = True
        elif self.suffix == ".jsonl":
            if len(frame):
                text = frame.to_json(orient="records", lines=True, force_ascii=False)
                self.handle.write(text.encode("utf-8"))
                if not text.endswith("\n"):
                    self.handle.write(b"\n")
        else:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.handle, table.schema)
            self._parquet.write_table(table.cast(self._parquet.schema))

    def close(self) -> None:
        """Finish the file (parquet needs its footer)."""
        if self._parquet is not None:
            self._parquet.close()
