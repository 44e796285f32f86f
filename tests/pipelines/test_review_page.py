"""The review page: overview, check list, findings by page, corrections panel, owner-only.

Built from review material as a batch leaves it (synthetic people); the browser test
(`tests/web/test_review_page_browser.py`) drives the same page in Chromium.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from pipelines.records import FAILED, OUT_OF_SCOPE, RELEASED, ManifestRow, ReviewDoc, Segment
from pipelines.review_material import ReleaseOverview
from pipelines.review_page import PageContext, write_review_page
from redact.corrections import Corrections

POLICY_WARNING = "Consultation material stays within the consultation."


def _context() -> PageContext:
    overview = ReleaseOverview()
    for row in [
        ManifestRow("one.txt", "one.txt", RELEASED, "", "PERSON:2 DATE_TIME:1", corrections=""),
        ManifestRow("scan.pdf", "scan.pdf", RELEASED, "2 pages, 1 read by OCR", "PERSON:1"),
        ManifestRow("bad.docx", "bad.docx", FAILED, "cannot read: not a valid .docx"),
        ManifestRow("row#3", "export.csv", OUT_OF_SCOPE, "outside the period"),
    ]:
        overview.observe(row)
    corrections = Corrections(keep=("head start",), redact=(("</script><b>x", "PERSON"),))
    return PageContext(overview, (POLICY_WARNING,), corrections)


DOCS = [
    ReviewDoc("one.txt", (
        Segment("Met "), Segment("Ada Quenneville", "[PERSON]", "PERSON"),
        Segment(" on "), Segment("3/4/2025", "[DATE]", "DATE_TIME"),
        Segment(". Her uncle Tiko came. Medicaid ID QX44172290."),
    ), (POLICY_WARNING, "Residual risk medium: rare diagnosis")),
    ReviewDoc("scan.pdf", (
        Segment("Page one text about "), Segment("Tiko", "[PERSON]", "PERSON"),
        Segment(".\n\nPage two text."),
    ), (), (0, 27)),
]  # fmt: skip


def _page(tmp_path: Path) -> str:
    path = tmp_path / "review.NOT-FOR-RELEASE.html"
    names = [("one.txt", "one.txt"), ("scan.pdf", "scan.pdf")]
    write_review_page(path, DOCS, 0, "consultation", names=names, context=_context())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, "owner-only"
    return path.read_text(encoding="utf-8")


def _section(page: str, name: str) -> str:
    match = re.search(rf'<section id="{name}">.*?</section>', page, re.S)
    assert match is not None, name
    return match.group()


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_top_says_what_the_release_holds(tmp_path: Path) -> None:
    page = _page(tmp_path)
    overview = _text(_section(page, "overview"))
    assert "2 released" in overview and "1 failed" in overview and "1 out of scope" in overview
    assert "PERSON 3" in overview and "DATE_TIME 1" in overview
    assert "bad.docx: cannot read: not a valid .docx" in overview
    assert POLICY_WARNING in overview and "Residual risk medium" in overview
    assert "scan.pdf: 2 pages, 1 read by OCR" in overview
    assert page.count(POLICY_WARNING) == 1, "the policy's warning is said once"


def test_check_these_lists_the_survivors_with_links(tmp_path: Path) -> None:
    page = _page(tmp_path)
    checks = _section(page, "check")
    assert "Check these (2)" in checks
    assert "removed elsewhere (in scan.pdf), kept here" in _text(checks)
    assert "value after a label" in checks and "QX44172290" in checks
    for target in re.findall(r'href="#(c\d+)"', checks):
        assert f'id="{target}"' in page
    assert "j</kbd>/<kbd>k" in checks, "the keys are documented on the page"


def test_a_pdf_lists_its_findings_by_page(tmp_path: Path) -> None:
    page = _text(_page(tmp_path))
    assert "Findings by page (2 page(s))" in page
    assert "page 1: PERSON : Tiko" in page


def test_the_page_is_self_contained_and_carries_the_corrections(tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "fetch(" not in page
    assert page.count("</script>") == 2, "a term cannot close the data block"
    assert '"keep": ["head start"]' in page
    assert "new Blob(" in page and "a.download = 'corrections.yaml'" in page


def _two_page_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.drawString(72, 700, "Home visit. The family home was calm and clean.")
    pdf.showPage()
    pdf.drawString(72, 700, "Worker spoke with Marisol Quenneville-Ortiz about the plan.")
    pdf.showPage()
    pdf.save()


def test_a_batch_lists_a_pdfs_findings_on_the_page_they_are_on(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from redact.cli import app

    inputs = tmp_path / "request"
    inputs.mkdir()
    _two_page_pdf(inputs / "visit.pdf")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["batch", str(inputs), "--purpose", "social-media", "--out", str(out),
         "--log", str(tmp_path / "log.sqlite3"), "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = _text((out / "review.NOT-FOR-RELEASE.html").read_text(encoding="utf-8"))
    assert "Findings by page (2 page(s))" in page
    assert re.search(r"page 2: [^.]*PERSON : Marisol Quenneville-Ortiz", page)
    assert "page 1:" not in page, "nothing was found on page 1"
    manifest = (out / "manifest.csv").read_text(encoding="utf-8")
    assert "review" not in manifest and "NOT-FOR-RELEASE" not in manifest
