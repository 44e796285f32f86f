"""Debian's Chromium under Playwright, launched the one way every browser test needs.

Playwright cannot download its own browser here (the machines reach package registries
only), so the tests drive `/usr/bin/chromium`, installed by `.ci/run`, and skip with the
install command where it is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
#: No sandbox (containers), and nothing that would reach the network on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} not found: install Debian's chromium (`apt-get install chromium`, "
    "as .ci/run does) to run the browser tests",
)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser, closed (with Playwright) when the block ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
