"""Word documents: every paragraph and table cell redacted, the file stays a valid .docx.

A paragraph's text is redacted as one string (so a name split across formatting runs is still
found) and written back into its first run; the paragraph's other runs are emptied. Run-level
formatting inside a paragraph is the price of not leaking a name split across runs.
Headers and footers are redacted too: letterheads carry addresses.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

import docx
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph

from redact.errors import DocumentReadError


def _paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    for section in document.sections:
        for part in (section.header, section.footer):
            yield from part.paragraphs


def _replace_content(paragraph: Paragraph, text: str) -> None:
    """Drop everything in a paragraph but its properties (hyperlinks, fields) and write `text`.

    Text inside hyperlinks is not in `paragraph.runs`; rewriting runs alone would leave it.
    """
    element = paragraph._p
    for child in list(element):
        if not child.tag.endswith("}pPr"):
            element.remove(child)
    paragraph.add_run(text)


def load_docx(data: bytes, name: str) -> DocxDocument:
    """Open a .docx from bytes, or raise `DocumentReadError` naming the file."""
    if not data:
        raise DocumentReadError(f"cannot read {name}: it is empty")
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentReadError(
            f"cannot read {name}: not a valid .docx ({type(exc).__name__})"
        ) from None


def docx_paragraph_texts(document: DocxDocument) -> list[str]:
    """The text of every paragraph, in document order (tables, headers, footers included)."""
    return [p.text for p in _paragraphs(document)]


def redact_docx(document: DocxDocument, redact_texts: Callable[[list[str]], list[str]]) -> bytes:
    """Apply `redact_texts` to all paragraph texts at once; return the new document's bytes."""
    paragraphs = list(_paragraphs(document))
    originals = [p.text for p in paragraphs]
    redacted = redact_texts(originals)
    for paragraph, before, after in zip(paragraphs, originals, redacted, strict=True):
        if after == before:
            continue
        runs = paragraph.runs
        if not runs or "".join(r.text for r in runs) != before:
            _replace_content(paragraph, after)
            continue
        runs[0].text = after
        for run in runs[1:]:
            run.text = ""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
