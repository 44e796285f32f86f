"""The under-seal notice: written into text, .docx and PDF outputs, once, and a cover page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pypdf
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from redact.release.under_seal import COVER_NAME, HEADING, SealRequest, stamped, write_cover
from tests.pipelines.conftest import docx_bytes

REQUEST = SealRequest("Order 25-JV-0431", "Tompkins County Family Court", date(2026, 3, 2))


def _pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.drawString(72, 700, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_the_notice_names_the_authority_recipient_and_day() -> None:
    text = " ".join(REQUEST.text().split())
    assert text.startswith(HEADING)
    assert "Order 25-JV-0431" in text and "Tompkins County Family Court" in text
    assert "2026-03-02" in text and "1.07(j)" in text and "under seal" in text


def test_a_text_file_starts_with_the_notice_and_keeps_its_text() -> None:
    data = b"Home visit. [PERSON] was present.\n"
    out = stamped("notes/visit.txt", data, REQUEST)
    assert out is not None
    assert out.decode().startswith(HEADING)
    assert out.decode().endswith("Home visit. [PERSON] was present.\n")
    assert stamped("notes/visit.txt", out, REQUEST) == out  # a resumed run stamps once


def test_a_docx_gets_the_notice_as_its_first_paragraphs() -> None:
    data = docx_bytes(["Home visit with [PERSON].", "Next visit in two weeks."])
    out = stamped("visit.docx", data, REQUEST)
    assert out is not None
    paragraphs = [p.text for p in docx.Document(io.BytesIO(out)).paragraphs]
    assert paragraphs[0] == HEADING
    assert "Order 25-JV-0431" in paragraphs[1]
    assert paragraphs[2:] == ["Home visit with [PERSON].", "Next visit in two weeks."]
    assert stamped("visit.docx", out, REQUEST) == out


def test_a_pdf_gets_a_notice_page_before_its_pages() -> None:
    data = _pdf("Court report page one")
    out = stamped("report.pdf", data, REQUEST)
    assert out is not None
    reader = pypdf.PdfReader(io.BytesIO(out))
    assert len(reader.pages) == 2
    assert HEADING in reader.pages[0].extract_text()
    assert "Court report page one" in reader.pages[1].extract_text()
    again = stamped("report.pdf", out, REQUEST)
    assert again is not None and len(pypdf.PdfReader(io.BytesIO(again)).pages) == 2


def test_tables_and_images_are_not_changed_but_named_on_the_cover(tmp_path: Path) -> None:
    assert stamped("export.csv", b"id,text\n1,x\n", REQUEST) is None
    assert stamped("scan.png", b"\x89PNG", REQUEST) is None
    cover = write_cover(tmp_path, ["notes/visit.txt", "export.csv"], REQUEST)
    assert cover == tmp_path / COVER_NAME
    text = cover.read_text()
    assert text.startswith(HEADING)
    assert "Documents in this release: 2." in text
    carries, covers = text.split("carries the notice")[1].split("covers these")
    assert "notes/visit.txt" in carries and "export.csv" in covers
