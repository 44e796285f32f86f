"""Turning a dropped file into note text, with the readers of `redact.documents`.

The page sends the file's kind (from its extension) and its bytes; the file's name stays in
the browser, because a file name is often the client's name. Errors say what is wrong with
the file (its kind, its size, the byte where decoding failed), never what it contains.
"""

from __future__ import annotations

from typing import Final

from redact.documents.archive_limits import check_zip_limits
from redact.documents.docx import load_docx
from redact.documents.docx_note import docx_note_text
from redact.documents.text import decode_note
from redact.errors import DocumentReadError
from redact.web.parse_worker import docx_text_with_limit

MAX_UPLOAD_BYTES: Final = 5 * 1024 * 1024
SUPPORTED_KINDS: Final = ("txt", "docx")
#: How errors name the file: never by its name.
FILE: Final = "the file"


def docx_text(data: bytes) -> str:
    """A Word document's paragraphs, tables, headers and footers, one paragraph a line.

    Empty header and footer paragraphs at the end are dropped; the text ends with a newline.
    """
    try:
        document = load_docx(data, FILE)
        return docx_note_text(document)
    except DocumentReadError:
        raise
    except Exception as exc:  # a damaged part: lxml and python-docx raise many kinds
        raise DocumentReadError(
            f"cannot read {FILE}: not a valid .docx ({type(exc).__name__})"
        ) from None


def read_upload(kind: str, data: bytes) -> str:
    """The note text of an uploaded file of `kind` ("txt" or "docx"), or why it cannot be read."""
    if kind not in SUPPORTED_KINDS:
        raise DocumentReadError(f"cannot read {FILE}: use a .txt or .docx file")
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentReadError(
            f"cannot read {FILE}: it is too large (the limit is {MAX_UPLOAD_BYTES // 1024} KiB)"
        )
    if kind == "docx":
        check_zip_limits(data, FILE)
        text = docx_text_with_limit(data)
    else:
        text = decode_note(data, FILE)
    if not text.strip():
        raise DocumentReadError(f"cannot read {FILE}: it is empty")
    return text
