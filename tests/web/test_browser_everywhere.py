"""The page in headless Chromium: a keep or a redaction applies to every occurrence of its
text, Undo takes it back, and a PDF comes in and goes out as a redacted PDF.

Uses the `served` fixture of `tests/web/conftest.py` (the real app on uvicorn, the real model).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pypdf

from redact import Redactor
from redact.release import ReleaseLog
from tests.conftest import SAMPLE_DATA
from tests.documents.pdf_samples import text_pdf
from tests.web.chromium import chromium, needs_chromium

pytestmark = needs_chromium

#: Synthetic: one name three times and its surname twice, a phone, and a word the tool
#: does not flag, twice.
NOTE = (
    "Home visit note. Rosalind Achterberg was at home today.\n"
    "Rosalind Achterberg said the trampoline at the shelter is broken; staff will mend the "
    "trampoline. Later Rosalind Achterberg called 217-555-0143.\n"
    "Ms. Achterberg signed the plan; Achterberg's sister waited outside.\n"
)
NAME = "Rosalind Achterberg"
MISSED = "trampoline"
SAMPLE_PDF = SAMPLE_DATA / "pages" / "home_visit.pdf"
#: Used when the sample PDF is absent: synthetic lines.
FALLBACK_LINES = [
    "HOME VISIT NOTE. Client: Nela Bieniak, seen at home on 10/27/2025.",
    "Nela Bieniak reports Dawid is well. Phone 773-555-0110. Diagnosis F43.23.",
]

SELECT_FIRST = """word => {
    const root = document.querySelector('#original');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return;
        }
    }
    throw new Error('word not found');
}"""


def test_a_keep_and_a_redaction_apply_everywhere_and_undo_takes_them_back(
    served: str,
    redactor_for: Callable[[str], Redactor],
) -> None:
    from playwright.sync_api import expect

    expected = redactor_for("consultation").redact(NOTE)
    named = [p for p in expected.placed if NOTE[p.finding.start : p.finding.end] == NAME]
    assert len(named) == 3, "the test needs the name found three times"
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(served)
        expect(page.locator("#purpose option[value=consultation]")).to_have_count(1)
        page.fill("#note", NOTE)
        page.select_option("#purpose", "consultation")
        names = page.locator("#original mark.hl", has_text=NAME)
        expect(names).to_have_count(3)
        output = page.locator("#output")
        expect(output).not_to_contain_text(NAME)

        # "Ms. Achterberg" is marked with its title: a courtesy title goes with its name
        surnames = page.locator("#original mark.hl", has_text=re.compile(r"^(Ms\. )?Achterberg$"))
        expect(surnames).to_have_count(2)

        # Keep the name once: every occurrence is kept, and so is the surname alone (it
        # reveals nothing more); the output shows them all.
        names.first.click()
        for mark in (*(names.nth(i) for i in range(3)), surnames.first, surnames.last):
            expect(mark).to_have_attribute("aria-pressed", "true")
        expect(output).to_contain_text("Ms. Achterberg signed the plan; Achterberg's sister")
        assert (output.text_content() or "").count(NAME) == 3
        expect(page.locator("#changes")).to_have_text(
            "Your changes: 1 kept, 0 added (5 places in the note)."
        )

        # Undo: the name is redacted again everywhere.
        page.click("#undo")
        for mark in (*(names.nth(i) for i in range(3)), surnames.first, surnames.last):
            expect(mark).to_have_attribute("aria-pressed", "false")
        expect(output).not_to_contain_text(NAME)
        expect(output).not_to_contain_text("Achterberg")
        expect(page.locator("#undo")).to_be_hidden()

        # Redact a missed word once (a selection): both occurrences go; Ctrl+Z brings them back.
        page.evaluate(SELECT_FIRST, MISSED)
        page.select_option("#add-type", "LOCATION")
        expect(page.locator("#add-selection")).to_be_enabled()
        page.click("#add-selection")
        expect(page.locator("#original mark.origin-added")).to_have_count(2)
        expect(output).not_to_contain_text(MISSED)
        page.locator("#original mark.origin-added").first.focus()
        page.keyboard.press("Control+z")
        expect(page.locator("#original mark.origin-added")).to_have_count(0)
        expect(output).to_contain_text(MISSED)
        assert (output.text_content() or "") == expected.text
    assert not problems, problems


def test_a_pdf_is_opened_reviewed_and_downloaded_redacted(
    served: str,
    log_path: Path,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    if SAMPLE_PDF.exists():
        source = SAMPLE_PDF
    else:
        source = tmp_path / "home_visit.pdf"
        source.write_bytes(text_pdf(FALLBACK_LINES))
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)  # type: ignore[attr-defined]
        page.goto(served)
        expect(page.locator("#purpose option[value=consultation]")).to_have_count(1)
        page.set_input_files("#file", str(source))
        expect(page.locator("#file-status")).to_contain_text("1 page", timeout=60_000)
        expect(page.locator("#file-status")).to_contain_text("redacted .pdf")
        assert "Nela Bieniak" in page.input_value("#note")
        page.select_option("#purpose", "consultation")
        persons = page.locator('#original mark[data-type="PERSON"]')
        expect(persons.first).to_be_visible(timeout=60_000)
        removed = {t for t in persons.all_text_contents() if len(t) > 3}
        assert "Nela Bieniak" in removed
        page.fill("#actor", "test-clinician")
        download_button = page.locator("#release-download")
        expect(download_button).to_have_text("Release and download the .pdf")
        expect(download_button).to_be_enabled()
        with page.expect_download(timeout=120_000) as download_info:
            download_button.click()
        download = download_info.value
        assert download.suggested_filename == "redacted-consultation-release-1.pdf"
        released = Path(download.path()).read_bytes()
        expect(page.locator("#status")).to_contain_text("Release #1 logged")
    reader = pypdf.PdfReader(io.BytesIO(released))
    layer = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert [t for t in removed if t in layer] == []
    assert "Bieniak" not in layer and "Home environment" in layer
    assert not reader.metadata
    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
    assert entry.purpose == "consultation" and entry.extra["channel"] == "redact serve"


def test_a_word_note_is_downloaded_as_a_word_note_with_its_layout(
    served: str,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    from tests.documents.docx_note_samples import CANARIES, layout_of, note_docx

    source = tmp_path / "visit.docx"
    source.write_bytes(note_docx())
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)  # type: ignore[attr-defined]
        page.goto(served)
        expect(page.locator("#purpose option[value=consultation]")).to_have_count(1)
        page.set_input_files("#file", str(source))
        expect(page.locator("#file-status")).to_contain_text("redacted .docx", timeout=60_000)
        page.select_option("#purpose", "consultation")
        expect(page.locator("#original mark.hl").first).to_be_visible(timeout=60_000)
        page.fill("#actor", "test-clinician")
        button = page.locator("#release-download")
        expect(button).to_have_text("Release and download the .docx")
        expect(button).to_be_enabled()
        with page.expect_download(timeout=120_000) as download_info:
            button.click()
        download = download_info.value
        assert download.suggested_filename.endswith(".docx")
        released = Path(download.path()).read_bytes()

        # Once the note is edited, the download is the text, and the page says why.
        page.fill("#note", page.input_value("#note") + "Edited.\n")
        expect(button).to_have_text("Release and download")
    header, rows, body = layout_of(released)
    assert "progress note for" in header[0]
    assert [r[0] for r in rows] == ["Client", "Phone", "Programme"] and len(body) == 2
    words = "\n".join([*header, *(c for r in rows for c in r), *body])
    assert [c for c in CANARIES if c in words] == []
