"""Stage calls that never stop a batch: every bad document becomes a `failed` row.

A batch is a whole records request. One document the tool cannot handle (too long, out of
time, a link out of the input folder, an error of ours) must not abort the rest, and must
not come back on `--resume` either: it is recorded as failed, with a reason that names the
cause and never the document's text, and the batch goes on.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pipelines.records import FAILED, ManifestRow, sha256_bytes
from pipelines.stages import ChunkOutcome, FileOutcome, process_chunk, process_file
from pipelines.units import Source
from redact.errors import DetectionTimeoutError, RedactError

if TYPE_CHECKING:
    from redact.redactor import Redactor

#: Longest document (in characters, or bytes on disk for a text file) a batch redacts.
DEFAULT_MAX_DOCUMENT_CHARS = 20_000_000
#: A .docx may hold this many times the limit in (uncompressed) XML: its markup.
DOCX_XML_FACTOR = 10

OUT_OF_TIME = "ran out of time: detection took longer than its limit; nothing was released"


@dataclass(frozen=True)
class Limits:
    """How large a document a batch takes on."""

    max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS


def _failed(source: Source, reason: str, digest: str = "") -> FileOutcome:
    return FileOutcome(ManifestRow(source.rel, source.rel, FAILED, reason, "", digest), None, None)


def _too_large(source: Source, limits: Limits) -> str | None:
    """Why a file is too large to take on, judged without reading it whole."""
    limit = limits.max_document_chars
    size = source.path.stat().st_size
    if source.kind == "text" and size > limit:
        return f"too long: {size:,} bytes, over the limit of {limit:,} characters"
    if source.kind == "docx":
        try:
            with zipfile.ZipFile(source.path) as archive:
                xml = sum(i.file_size for i in archive.infolist() if i.filename.endswith(".xml"))
        except (zipfile.BadZipFile, OSError):
            return None  # the reader says what is wrong with it
        if xml > limit * DOCX_XML_FACTOR:
            return f"too long: {xml:,} bytes of XML, over the limit for {limit:,} characters"
    return None


def guarded_file(
    redactor: Redactor, source: Source, limits: Limits, subject: Sequence[str], *args: Any
) -> FileOutcome:
    """`process_file`, with problems found before reading and every error as a failed row."""
    if source.problem is not None:
        return _failed(source, source.problem)
    try:
        too_large = _too_large(source, limits) if source.kind in ("text", "docx") else None
    except OSError as exc:
        return _failed(source, f"cannot read: {exc.strerror}")
    if too_large is not None:
        return _failed(source, too_large)
    try:
        outcome = process_file(redactor, source, subject, *args)
    except (DetectionTimeoutError, TimeoutError):
        return _failed(source, OUT_OF_TIME, _digest(source))
    except RedactError as exc:
        return _failed(source, exc.message, _digest(source))
    except Exception as exc:
        return _failed(source, f"internal error ({type(exc).__name__})", _digest(source))
    return replace(outcome, row=replace(outcome.row, source=source.rel))


def _digest(source: Source) -> str:
    try:
        return sha256_bytes(source.path.read_bytes())
    except OSError:
        return ""


def guarded_chunk(redactor: Redactor, *args: Any) -> ChunkOutcome:
    """`process_chunk`; an error fails the table with its reason instead of the batch."""
    try:
        return process_chunk(redactor, *args)
    except (DetectionTimeoutError, TimeoutError):
        reason = OUT_OF_TIME
    except RedactError as exc:
        reason = exc.message
    except Exception as exc:
        reason = f"internal error ({type(exc).__name__})"
    import pandas as pd

    return ChunkOutcome((), pd.DataFrame(), (), reason)
