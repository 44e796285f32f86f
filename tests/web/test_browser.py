"""The real page in headless Chromium: paste, choose a purpose, keep, add, release.

Playwright drives Debian's `chromium` (installed by `.ci/run`); it never downloads a browser.
The server is the real app on uvicorn at a free 127.0.0.1 port, with the real model. The
screenshot is kept in tests/artifacts/; the README's copy in docs/ is written when missing or
with REDACT_UPDATE_SCREENSHOT=1 (an explicit update, so test runs do not churn it).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from redact import Redactor
from redact.release import ReleaseLog
from tests.conftest import REPO_ROOT, SAMPLE_DATA
from tests.web.chromium import chromium, needs_chromium

ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
README_SCREENSHOT = REPO_ROOT / "docs" / "web-page.png"
SAMPLE_NOTE = SAMPLE_DATA / "notes" / "01_progress_note.txt"
SAMPLE_DOCX = SAMPLE_DATA / "request" / "notes" / "06_court_report.docx"
#: Used when the sample notes are absent: synthetic, like them.
FALLBACK_NOTE = (
    "PROGRESS NOTE\nClient: Ana Julia Dias\nDate of service: 11/07/2024\n\n"
    "Ana Julia remains on methadone 80 mg and works at Walters's Bakery. "
    "Her daughter Daniela waited in the lobby. Client can be reached at 315-555-0137.\n"
)
#: A word the tool does not flag, which the test redacts by hand.
MISSED_WORD = "methadone"

SHOW_ADDED = """() => {
    const original = document.querySelector('#original');
    const mark = original.querySelector('mark.origin-added');
    const top = original.getBoundingClientRect().top;
    original.scrollTop += mark.getBoundingClientRect().top - top - 60;
    const output = document.querySelector('#output');
    output.scrollTop = original.scrollTop * output.scrollHeight / original.scrollHeight;
}"""

pytestmark = needs_chromium


def test_a_clinician_reviews_corrects_and_releases_a_note(
    served: str, log_path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    from playwright.sync_api import expect

    # a dropped .docx is parsed in a child process; on a busy machine that takes more than
    # Playwright's default 5 s, and a slow page is not a broken one
    expect.set_options(timeout=30_000)

    note = SAMPLE_NOTE.read_text(encoding="utf-8") if SAMPLE_NOTE.exists() else FALLBACK_NOTE
    assert MISSED_WORD in note
    expected = redactor_for("consultation").redact(note)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    problems: list[str] = []

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(served)
        expect(page.locator("#purpose option[value=consultation]")).to_have_count(1)

        # An unreadable file gets a clear error and changes nothing.
        page.set_input_files(
            "#file",
            files=[{"name": "visit.docx", "mimeType": "application/octet-stream", "buffer": b"no"}],
        )
        expect(page.locator("#file-error")).to_contain_text(
            "Cannot read the file: not a valid .docx"
        )
        assert problems == [  # the browser reports the refused upload; nothing else
            "Failed to load resource: the server responded with a status of 422 "
            "(Unprocessable Entity)"
        ]
        problems.clear()

        # A Word document opens into the note box (when the sample request is present).
        if SAMPLE_DOCX.exists():
            page.set_input_files("#file", str(SAMPLE_DOCX))
            expect(page.locator("#file-status")).to_contain_text("06_court_report.docx")
            expect(page.locator("#file-error")).to_be_hidden()
            assert len(page.input_value("#note")) > 500

        # Paste, choose the purpose: every finding is highlighted and labelled by type.
        page.fill("#note", note)
        page.select_option("#purpose", "consultation")
        expect(page.locator("#purpose-description")).to_contain_text("supervision")
        expect(page.locator("#warnings")).to_contain_text("stays within the consultation")
        marks = page.locator("#original mark.hl")
        expect(marks).to_have_count(len(expected.placed))
        types = set(marks.evaluate_all("ms => ms.map(m => m.dataset.type)"))
        assert {"PERSON", "DATE_TIME", "PHONE_NUMBER"} <= types
        assert types == {p.finding.entity_type for p in expected.placed}
        assert page.locator("#output").text_content() == expected.text
        assert page.locator("#original").text_content() == note

        # Keep one finding (a click): its text comes back in the output.
        phone = page.locator('#original mark[data-type="PHONE_NUMBER"]').first
        phone_text = phone.text_content() or ""
        assert phone_text and phone_text not in expected.text
        phone.click()
        expect(phone).to_have_attribute("aria-pressed", "true")
        expect(page.locator("#output")).to_contain_text(phone_text)

        # The keyboard does the same: Enter keeps, Enter again redacts again.
        person = page.locator('#original mark[data-type="PERSON"]').first
        person.focus()
        page.keyboard.press("Enter")
        expect(person).to_have_attribute("aria-pressed", "true")
        expect(page.locator("#original mark:focus")).to_have_count(1)
        page.keyboard.press("Enter")
        expect(person).to_have_attribute("aria-pressed", "false")

        # Add one the tool missed: select the text, pick a type, "Redact selection".
        page.evaluate(
            """word => {
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
            }""",
            MISSED_WORD,
        )
        page.select_option("#add-type", "MEDICAL_RECORD_NUMBER")
        expect(page.locator("#add-selection")).to_be_enabled()
        page.click("#add-selection")
        added = page.locator("#original mark.origin-added")
        expect(added).to_have_text(MISSED_WORD)
        expect(added).to_have_attribute("data-type", "MEDICAL_RECORD_NUMBER")
        expect(page.locator("#changes")).to_have_text("Your changes: 1 kept, 1 added.")
        output = page.locator("#output").text_content() or ""
        assert MISSED_WORD not in output and phone_text in output

        # Release: the log entry is written, then the text is handed over.
        page.fill("#actor", "test-clinician")
        expect(page.locator("#release-download")).to_be_enabled()
        with page.expect_download() as download_info:
            page.click("#release-download")
        released = Path(download_info.value.path()).read_text(encoding="utf-8")
        expect(page.locator("#status")).to_contain_text("Release #1 logged")
        assert released == output
        page.evaluate(SHOW_ADDED)  # scroll both texts to the added redaction for the picture
        page.screenshot(path=str(ARTIFACTS / "web-page.png"))

        # A narrow window: one column, no sideways scrolling.
        page.set_viewport_size({"width": 420, "height": 800})
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0
        page.screenshot(path=str(ARTIFACTS / "web-page-narrow.png"), full_page=True)

    if not README_SCREENSHOT.exists() or os.environ.get("REDACT_UPDATE_SCREENSHOT") == "1":
        README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / "web-page.png", README_SCREENSHOT)
    assert all(url.startswith(served) for url in requests), requests
    assert not problems, problems

    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
        assert log.verify().ok
    assert entry.purpose == "consultation" and entry.actor == "test-clinician"
    assert entry.extra["override_kept:PHONE_NUMBER"] == 1
    assert entry.extra["override_added:MEDICAL_RECORD_NUMBER"] == 1
    assert not [k for k in entry.extra if k.startswith("override_kept:PERSON")]
    [document] = entry.documents
    assert document.input_sha256 == hashlib.sha256(note.encode()).hexdigest()
    assert document.output_sha256 == hashlib.sha256(released.encode()).hexdigest()
    stored = log_path.read_bytes()
    assert phone_text.encode() not in stored and MISSED_WORD.encode() not in stored
