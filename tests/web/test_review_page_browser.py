"""The batch review page in headless Chromium, opened from a file:// URL, as a clerk would.

A first batch writes the page; the reviewer keeps one change (a false positive), selects a
word that survived and redacts it, and downloads the corrections file. A second batch with
`--corrections` applies both to every document, and its release-log entry counts them by
type without their text. Playwright drives Debian's `chromium`; nothing is fetched.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog
from tests.web.chromium import chromium, needs_chromium
from tests.web.test_browser import ARTIFACTS

#: Two synthetic notes (no real person). Under `consultation`, "3 pm" is taken for a date
#: (a false positive to keep) and the uncle's nickname is removed in one note, left in the
#: other, where it is written in lower case (a miss to redact).
NOTES = {
    "visit_one.txt": (
        "HOME VISIT NOTE\nClient: Renata Okafor-Bell   DOB: 04/09/2016\n"
        "Worker: Dana Whitcombe, LCSW\n\n"
        "Renata is enrolled at Head Start and her teacher reports steady progress.\n"
        "Her uncle, known to the family as Tiko, stayed for the visit.\n"
    ),
    "visit_two.txt": (
        "FOLLOW-UP NOTE\nClient: Renata Okafor-Bell\n\n"
        "Mother texted that tiko brought Renata to the appointment. Head Start has moved\n"
        "pickup to 3 pm. The family will call back next week.\n"
    ),
}
MISSED = "tiko"
FALSE_POSITIVE = "3 pm"

SELECT_WORD = """([word, doc]) => {
    const section = [...document.querySelectorAll('section')]
        .find(s => s.querySelector('h2') && s.querySelector('h2').textContent.endsWith(doc));
    const walker = document.createTreeWalker(section.querySelector('pre'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('mark')) continue;
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

pytestmark = needs_chromium


def _batch(inputs: Path, out: Path, log: Path, *extra: str) -> None:
    result = CliRunner().invoke(
        app,
        ["batch", str(inputs), "--purpose", "consultation", "--out", str(out),
         "--log", str(log), "--quiet", *extra],
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_a_reviewer_marks_corrections_on_the_page_and_the_next_run_applies_them(
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    inputs = tmp_path / "request"
    inputs.mkdir()
    for name, text in NOTES.items():
        (inputs / name).write_text(text, encoding="utf-8")
    log = tmp_path / "log.sqlite3"
    first = tmp_path / "first"
    _batch(inputs, first, log)
    two = (first / "visit_two.txt").read_text(encoding="utf-8")
    assert MISSED in two and FALSE_POSITIVE not in two, "the case this test is about"
    page_path = first / "review.NOT-FOR-RELEASE.html"
    assert stat.S_IMODE(page_path.stat().st_mode) == 0o600
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    problems: list[str] = []

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True)
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(page_path.as_uri())

        # The top says what the release holds and points at the survivor.
        expect(page.locator("#overview")).to_contain_text("released")
        check = page.locator("#check li", has_text=MISSED)
        expect(check).to_contain_text("removed elsewhere")

        # The keyboard walks the findings: j moves on, k comes back.
        page.locator("h1").click()
        page.keyboard.press("j")
        first_id = page.evaluate("document.activeElement.id")
        page.keyboard.press("j")
        assert page.evaluate("document.activeElement.id") != first_id
        page.keyboard.press("k")
        assert page.evaluate("document.activeElement.id") == first_id
        page.keyboard.press("n")
        expect(page.locator(".chk.cur")).to_have_count(1)

        # Keep the false positive: a click on its change.
        mark = page.locator(f'mark.chg[data-was="{FALSE_POSITIVE}"]')
        expect(mark).to_have_count(1)
        mark.click()
        expect(mark).to_have_attribute("aria-pressed", "true")

        # Redact the survivor: select it in the text, choose its type, redact.
        page.evaluate(SELECT_WORD, [MISSED, "visit_two.txt"])
        page.select_option("#add-type", "PERSON")
        expect(page.locator("#add-selection")).to_be_enabled()
        page.click("#add-selection")
        expect(page.locator("#count")).to_have_text("1 to keep, 1 to redact")
        page.screenshot(path=str(ARTIFACTS / "review-page.png"))

        with page.expect_download() as download_info:
            page.click("#download")
        download = download_info.value
        assert download.suggested_filename == "corrections.yaml"
        corrections = tmp_path / "corrections.yaml"
        download.save_as(str(corrections))

    assert all(url.startswith(("file://", "blob:")) for url in requests), requests
    assert not problems, problems
    assert corrections.read_text(encoding="utf-8") == (
        "# redact corrections: terms kept or redacted in every document of a release\n"
        f"keep:\n  - {FALSE_POSITIVE}\nredact:\n  - text: {MISSED}\n    type: PERSON\n"
    )

    second = tmp_path / "second"
    _batch(inputs, second, log, "--corrections", str(corrections))
    outputs = {name: (second / name).read_text(encoding="utf-8") for name in NOTES}
    assert FALSE_POSITIVE in outputs["visit_two.txt"], "the kept term is back"
    assert all(MISSED not in text for text in outputs.values()), "redacted in every document"
    with ReleaseLog.open(log) as release_log:
        entry = release_log.entries()[-1]
    assert entry.extra["corrections_kept"] == "DATE_TIME:1"
    assert entry.extra["corrections_redacted"] == "PERSON:2"
    assert entry.extra["corrections_applied"] == 3
    with sqlite3.connect(log) as db:  # the log holds counts, never the terms
        dump = "\n".join(db.iterdump())
    assert MISSED not in dump and FALSE_POSITIVE not in dump
