"""Make docs/review-page.png: the review page of the sample records request, in Chromium.

Runs the README's batch over `sample_data/request` (synthetic records) into a temporary
folder, opens its review page from a file:// URL in headless Chromium (Debian's
/usr/bin/chromium, driven by Playwright; nothing is downloaded), marks one change to keep
and one check item to redact, and takes the picture. Run from the repository root:

    python docs/review_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "review-page.png"
CHROMIUM = Path("/usr/bin/chromium")
BATCH = [
    "batch", str(ROOT / "sample_data" / "request"), "--purpose", "court-subpoena",
    "--subject", "Jhalak Pradhan", "--subject-ref", "525941", "--client-column", "client_id",
    "--id-column", "note_id", "--date-column", "note_date", "--from", "2025-01-01",
    "--to", "2025-12-31", "--recipient", "Onondaga County Family Court",
    "--authority", "Subpoena 24-JV-0192", "--quiet",
]  # fmt: skip


def main() -> int:
    """Write the screenshot; 1 if Chromium is missing or the batch fails."""
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from redact.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "request"
        log = Path(tmp) / "log.sqlite3"
        result = CliRunner().invoke(app, [*BATCH, "--out", str(out), "--log", str(log)])
        if result.exit_code != 0:
            print(result.output, file=sys.stderr)
            return 1
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto((out / "review.NOT-FOR-RELEASE.html").as_uri())
            page.locator("mark.chg[data-type=SCHOOL]").first.click()  # one change kept
            page.locator("button.redact-this").first.click()  # one survivor redacted
            page.locator("h1").click()
            page.keyboard.press("n")  # the first place to check, outlined
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(OUT))
            browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
