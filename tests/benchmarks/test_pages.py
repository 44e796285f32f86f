"""The page benchmark's parts: its PDFs, and OCR word recall counted as documented."""

from __future__ import annotations

import io
import shutil
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from benchmarks.pages import (
    Rate,
    format_rates,
    make_folders,
    ocr_recall,
    recall,
    text_pdf,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met Ana on 3/14. Ana's phone: 217-555-0143!", ["met", "ana", "on", "3/14", "ana's",
                                                           "phone", "217-555-0143"]),
        ("e-mail a.b@example.org, then.", ["e-mail", "a.b@example.org", "then"]),
    ],
)  # fmt: skip
def test_words_are_case_folded_without_end_punctuation(text: str, expected: list[str]) -> None:
    assert words(text) == Counter(expected)


def test_recall_counts_each_occurrence_once() -> None:
    source = words("Nela Nela Bieniak saw Dr. Galu")
    assert recall(source, words("nela Bieniak saw Dr. Galu")) == pytest.approx(5 / 6)
    assert recall(source, words("Nela Nela Nela Bieniak saw Dr. Galu")) == 1.0
    assert recall(Counter(), words("anything")) == 1.0


def test_the_corpus_has_text_and_scanned_pdfs_of_the_pages_asked(tmp_path: Path) -> None:
    folders = make_folders(tmp_path, files=1, pages=2, seed=7)
    text = pypdf.PdfReader(folders["text"] / "note_000.pdf")
    scan = pypdf.PdfReader(folders["scan"] / "note_000.pdf")
    assert len(text.pages) == len(scan.pages) == 2
    assert len(text.pages[0].extract_text()) > 1000 and not (scan.pages[0].extract_text() or "")
    assert (folders["baseline"] / "note.txt").exists()
    assert len(pypdf.PdfReader(io.BytesIO(text_pdf(["one line"], 1))).pages) == 1


def test_pages_per_second_leave_out_the_baseline_run() -> None:
    rate = Rate("scan", 2, pages=10, seconds=25.0, baseline=5.0)
    assert rate.pages_per_second == pytest.approx(0.5)
    assert "scan         2     10    25.0     5.0     0.50      0" in format_rates([rate], "local")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_ocr_recall_on_the_sample_scans_is_high() -> None:
    found = ocr_recall()
    assert len(found) == 2
    for result in found:
        assert result.words > 200 and result.all_words > 0.9 and result.identifiers > 0.8
