"""Records under seal (NASW 1.07(j)): a notice on every released document, and a cover page.

When a court compels disclosure, a social worker should ask that the records be maintained
under seal and unavailable for public access. A request made only in a covering e-mail is
lost the moment a clerk files the documents, so the notice travels inside each document:
at the top of a text or Markdown file, as the first paragraph of a .docx body, as a first
page of a PDF. Tables and page images cannot carry a line without changing what the
recipient parses, so they are named on the cover page that opens the folder and the
sealed package.

The notice names the authority and the recipient the releaser typed, and nothing taken
from the records: it adds no identifier to a release.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from redact.documents.atomic import write_bytes_atomic
from redact.documents.stable_zip import stable_zip

#: The cover page's file name: sorts first in a folder listing and in the package.
COVER_NAME = "00-UNDER-SEAL-NOTICE.txt"

#: The first line of every notice; finding it at the top of a file means it is stamped.
HEADING = "NOTICE: RECORDS TO BE MAINTAINED UNDER SEAL"

#: Output suffixes the notice is written into; any other file is named on the cover page.
STAMPED_SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf"})

_WIDTH = 90

#: A key on the notice page's dictionary (readers ignore unknown keys): marks it stamped.
_NOTICE_KEY = "/RedactSealNotice"


@dataclass(frozen=True)
class SealRequest:
    """Who is asked to keep the records sealed, under which authority, and when."""

    authority: str
    recipient: str | None = None
    day: date | None = None

    def lines(self) -> list[str]:
        """The notice as short lines: the heading, then one wrapped paragraph."""
        to = f" to {self.recipient}" if self.recipient else ""
        body = (
            f"These are confidential social-work client records, disclosed{to} under "
            f"{self.authority} on {(self.day or date.today()).isoformat()} and only for that "
            "proceeding. Under standard 1.07(j) of the NASW Code of Ethics the releasing "
            "agency requests that they be maintained under seal, kept unavailable for public "
            "access, and not disclosed further except as the court orders."
        )
        return [HEADING, *textwrap.wrap(body, _WIDTH)]

    def text(self) -> str:
        """The notice as plain text, ending in a newline."""
        return "\n".join(self.lines()) + "\n"


def cover_page(request: SealRequest, stamped: Sequence[str], listed: Sequence[str]) -> str:
    """The package's cover: the notice, then which files carry it and which it covers."""
    parts = [request.text(), ""]
    parts.append(f"Documents in this release: {len(stamped) + len(listed)}.")
    if stamped:
        parts.append(f"Each of these {len(stamped)} carries the notice at its top:")
        parts.extend(f"  {name}" for name in stamped)
    if listed:
        parts.append(f"The notice on this page covers these {len(listed)} as well:")
        parts.extend(f"  {name}" for name in listed)
    return "\n".join(parts) + "\n"


def _stamped_text(data: bytes, request: SealRequest) -> bytes:
    text = data.decode("utf-8")
    if text.startswith(HEADING):
        return data
    return (request.text() + "\n" + text).encode("utf-8")


def _paragraph(line: str, bold: bool) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'


def _stamped_docx(data: bytes, request: SealRequest) -> bytes:
    """The notice as the body's first paragraphs, in `word/document.xml` only."""
    lines = request.lines()
    notice = _paragraph(lines[0], True) + _paragraph(" ".join(lines[1:]), False)

    def rewrite(name: str, content: bytes) -> bytes:
        if name != "word/document.xml":
            return content
        xml = content.decode("utf-8")
        if escape(HEADING) in xml[: xml.find("<w:body>") + 400]:
            return content
        head, sep, tail = xml.partition("<w:body>")
        if not sep:
            raise ValueError("a .docx without a document body")
        return (head + sep + notice + tail).encode("utf-8")

    return stable_zip(data, rewrite)


def _notice_page(request: SealRequest) -> bytes:
    """One letter-size page holding the notice, drawn with reportlab."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter, invariant=True)
    page.setTitle("")
    lines = request.lines()
    y = letter[1] - 72
    page.setFont("Helvetica-Bold", 12)
    page.drawString(72, y, lines[0])
    page.setFont("Helvetica", 10.5)
    for line in lines[1:]:
        y -= 15
        page.drawString(72, y, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _stamped_pdf(data: bytes, request: SealRequest) -> bytes:
    """The notice as a new first page; the redacted pages follow unchanged."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) and _NOTICE_KEY in pdf.pages[0].obj:
            return data
        with pikepdf.open(io.BytesIO(_notice_page(request))) as notice:
            pdf.pages.insert(0, notice.pages[0])
        pdf.pages[0].obj[_NOTICE_KEY] = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def stamped(name: str, data: bytes, request: SealRequest) -> bytes | None:
    """A released file's bytes with the notice written in; None if its kind cannot carry
    one. Stamping stamped bytes changes nothing (a resumed run may repeat it)."""
    suffix = Path(name).suffix.lower()
    if suffix not in STAMPED_SUFFIXES:
        return None
    if suffix == ".docx":
        return _stamped_docx(data, request)
    if suffix == ".pdf":
        return _stamped_pdf(data, request)
    return _stamped_text(data, request)


def write_cover(out_dir: Path, released: Sequence[str], request: SealRequest) -> Path:
    """The cover page in `out_dir`, naming the released files that carry the notice and
    those it covers; its path."""
    stamped_names = [rel for rel in released if Path(rel).suffix.lower() in STAMPED_SUFFIXES]
    listed = [rel for rel in released if Path(rel).suffix.lower() not in STAMPED_SUFFIXES]
    cover = out_dir / COVER_NAME
    write_bytes_atomic(cover, cover_page(request, stamped_names, listed).encode("utf-8"))
    return cover


__all__ = ["COVER_NAME", "HEADING", "SealRequest", "cover_page", "stamped", "write_cover"]
