"""A word shows on a rendered page when its box holds ink."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PIL import Image, ImageDraw

from redact.documents.page_ink import shown, shows


@dataclass(frozen=True)
class _Word:
    x0: float
    top: float
    x1: float
    bottom: float


def _page() -> Image.Image:
    page = Image.new("RGB", (400, 100), "white")
    draw = ImageDraw.Draw(page)
    draw.text((10, 10), "Visible words", fill="black")
    draw.text((10, 40), "Faint watermark", fill=(200, 200, 200))
    draw.rectangle((200, 5, 390, 30), fill="black")  # a box drawn over a word
    return page


@pytest.mark.parametrize(
    ("box", "visible"),
    [
        ((10, 10, 80, 22), True),  # black on white
        ((10, 40, 95, 52), True),  # light grey on white still reads
        ((210, 10, 380, 25), False),  # all under the black box
        ((10, 70, 120, 90), False),  # white on white, invisible render mode, hidden layer
        ((190, 10, 260, 25), True),  # partly covered: its visible edge shows
        ((390, 90, 450, 130), False),  # off the page
        ((50, 50, 50, 60), False),  # no area
    ],
)
def test_a_word_shows_when_its_box_holds_ink(box: tuple[int, int, int, int], visible: bool) -> None:
    assert shows(_page(), _Word(*box)) is visible


def test_shown_keeps_order() -> None:
    words = [_Word(10, 10, 80, 22), _Word(210, 10, 380, 25), _Word(10, 40, 95, 52)]
    assert shown(_page(), words) == [words[0], words[2]]
