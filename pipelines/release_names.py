"""The first pass of a batch: the people named anywhere in the release, before redaction.

Short documents (a table row, a comment in a .docx) name people the rest of the release
introduces in full; `redact.detect.lexicon` explains what is gathered and how it is used.
This pass reads every input once more, in the parent process, with patterns only (no model):
text files, every XML part of a .docx (body, headers, footers, comments), and the text
columns of tables, chunk by chunk. What cannot be read here is left to the redaction pass,
which reports it.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator, Sequence

from pipelines.spec import TableOptions
from pipelines.units import Source
from redact.detect.lexicon import ReleaseNames, gather_names
from redact.documents.tables import iter_table
from redact.documents.text import decode_note
from redact.errors import DocumentReadError

_PARAGRAPH_END = re.compile(r"</w:p>")
_RUN_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_ELEMENT_TEXT = re.compile(r">([^<]+)<")


def _docx_texts(data: bytes) -> Iterator[str]:
    """Each paragraph of every XML part (runs joined), and each element of the others
    (document properties)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in sorted(archive.namelist()):
            if not member.endswith(".xml"):
                continue
            xml = archive.read(member).decode("utf-8", "replace")
            for chunk in _PARAGRAPH_END.split(xml):
                if "<w:t" in chunk:
                    yield html.unescape("".join(_RUN_TEXT.findall(chunk)))
                else:
                    yield html.unescape("\n".join(_ELEMENT_TEXT.findall(chunk)))


def source_texts(sources: Sequence[Source], tables: TableOptions) -> Iterator[str]:
    """Every text of the release, in input order."""
    for source in sources:
        try:
            if source.kind == "text":
                yield decode_note(source.path.read_bytes(), source.rel)
            elif source.kind == "docx":
                yield from _docx_texts(source.path.read_bytes())
            elif source.kind == "table":
                for chunk in iter_table(source.path, tables.rows_per_chunk):
                    for column in tables.text_columns:
                        if column in chunk.columns:
                            yield from (v for v in chunk[column] if isinstance(v, str))
        except (OSError, DocumentReadError, zipfile.BadZipFile, ValueError):
            continue


def gather_release_names(sources: Sequence[Source], tables: TableOptions) -> ReleaseNames:
    """The people named in the release (see `redact.detect.lexicon.gather_names`)."""
    return gather_names(source_texts(sources, tables))
