"""`redact note`'s page progress: a redrawn line on a terminal, a few lines for a long
document elsewhere, nothing for a short one or with `--quiet`; counts only."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.cli.page_lines import LONG_DOCUMENT, PageLines
from redact.documents.page_count import count_pages, pages_counted_by
from tests.documents.pdf_samples import scanned_pdf


def _feed(lines: PageLines, pages: int, ocr: bool = True) -> None:
    with pages_counted_by(lines):
        count_pages(known=pages)
        for _ in range(pages):
            count_pages(read=1)
        if ocr:
            count_pages(checking=pages)
            for _ in range(pages):
                count_pages(checked=1)
    lines.close()


def test_a_terminal_gets_one_redrawn_line_wiped_at_the_end() -> None:
    stream = io.StringIO()
    _feed(PageLines(stream, terminal=True), 3)
    out = stream.getvalue()
    assert "\n" not in out
    assert "redact: page 3/3 read" in out and "redact: page 3/3 checked" in out
    assert out.endswith("\r" + " " * len("redact: page 3/3 checked") + "\r")


def test_a_short_document_prints_nothing_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    _feed(PageLines(stream, terminal=False), LONG_DOCUMENT - 1)
    assert stream.getvalue() == ""


def test_a_long_document_prints_a_line_every_tenth_of_the_way() -> None:
    stream = io.StringIO()
    _feed(PageLines(stream, terminal=False), 300)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "redact: page 30/300 read" and "redact: page 300/300 read" in lines
    assert lines[-1] == "redact: page 300/300 checked"
    assert len(lines) == 20


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_note_on_a_one_page_scan_keeps_its_stderr_as_it_was(tmp_path: Path, log_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(scanned_pdf(["Home visit with Benedikt Halloran.", "Plan: follow up."]))
    result = CliRunner().invoke(
        app, ["note", str(source), "--purpose", "consultation", "--log", str(log_path)]
    )
    assert result.exit_code == 0, result.stderr
    assert "page 1/1" not in result.stderr and "\r" not in result.stderr
    assert result.stderr.startswith("redact: 1 page, 1 read by OCR")
