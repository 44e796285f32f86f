"""Turning a dropped file into note text, with the readers of `redact.documents`.

The page sends the file's kind (from its extension) and its bytes; the file's name stays in
the browser, because a file name is often the client's name. Errors say what is wrong with
the file (its kind, its size, the byte where decoding failed), never what it contains.

A .docx, PDF or scan is shown as text, and the same text is what a person's corrections
point into; at release the page sends the file back with them, and gets a redacted file of
the same kind (`redact.web.service`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from redact.documents.archive_limits import check_zip_limits
from redact.documents.docx import load_docx
from redact.documents.docx_note import docx_note_text
from redact.documents.text import decode_note
from redact.errors import DocumentReadError
from redact.web.parse_worker import PAGES_SECONDS, PARSE_SECONDS, file_text_with_limit

MAX_UPLOAD_BYTES: Final = 5 * 1024 * 1024
#: Kinds released as a redacted file of their own kind (a PDF, an image).
PAGE_KINDS: Final = ("pdf", "png", "jpg", "jpeg", "tif", "tiff")
SUPPORTED_KINDS: Final = ("txt", "docx", *PAGE_KINDS)
#: More pages than this are a records request, not a note: `redact batch` is for those.
MAX_PAGES: Final = 30
#: How errors name the file: never by its name.
FILE: Final = "the file"


@dataclass(frozen=True)
class Opened:
    """An uploaded file's note text, and what the page says of its pages (or "")."""

    text: str
    note: str = ""


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


def _page_count(kind: str, data: bytes) -> int:
    """Pages of a PDF (pdfium reads only the page tree), or frames of an image."""
    if kind != "pdf":
        from redact.documents.layout import image_pages

        return len(image_pages(data, FILE))
    from redact.documents.layout import _check_pdf

    _check_pdf(data, FILE)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def check_pages(kind: str, data: bytes) -> None:
    """Refuse a PDF or image that is too large, or has more pages than the page takes."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentReadError(
            f"cannot read {FILE}: it is too large (the limit is {MAX_UPLOAD_BYTES // 1024} KiB)"
        )
    count = _page_count(kind, data)
    if count > MAX_PAGES:
        raise DocumentReadError(
            f"cannot read {FILE}: it has {count} pages (the page takes up to {MAX_PAGES}; "
            "use redact batch for longer files)"
        )


def pages_text(kind: str, data: bytes) -> tuple[str, str]:
    """A PDF's or image's text (OCR where it has none) and the note on its pages."""
    from redact.documents.layout import read_image, read_pdf
    from redact.documents.pages import describe_pages

    check_pages(kind, data)
    layout = read_pdf(data, FILE) if kind == "pdf" else read_image(data, FILE)
    return layout.text, describe_pages(layout.pages, layout.annotations)


def open_upload(kind: str, data: bytes) -> Opened:
    """The note text of an uploaded file of `kind`, or why it cannot be read."""
    if kind not in SUPPORTED_KINDS:
        raise DocumentReadError(
            f"cannot read {FILE}: use a .txt, .docx, .pdf or page image (.png, .jpg, .tif) file"
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentReadError(
            f"cannot read {FILE}: it is too large (the limit is {MAX_UPLOAD_BYTES // 1024} KiB)"
        )
    note = ""
    if kind == "docx":
        check_zip_limits(data, FILE)
        text, note = file_text_with_limit(kind, data, PARSE_SECONDS)
    elif kind in PAGE_KINDS:
        text, note = file_text_with_limit(kind, data, PAGES_SECONDS)
    else:
        text = decode_note(data, FILE)
    if not text.strip():
        raise DocumentReadError(f"cannot read {FILE}: it is empty")
    return Opened(text, note)


def read_upload(kind: str, data: bytes) -> str:
    """The note text of an uploaded file of `kind`, or why it cannot be read."""
    return open_upload(kind, data).text
