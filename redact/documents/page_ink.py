"""Which words of a PDF's own text show on its rendered page.

A PDF's text can hold words a reader of the page never sees: under a black box drawn over
them (the classic failed court redaction), white on white, in the invisible render mode, in
an optional-content layer that is switched off. A released PDF is rebuilt from the page's
pixels with a text layer of its own; writing such a word into that layer would hand the
recipient, one copy-paste away, what the page hid, and under a policy that keeps the
subject or the professionals redaction would not take it out. So the layer holds only
words that show: a word shows when its box on the rendered page holds ink, that is when
its pixels are not all (nearly) one shade. A word partly covered still shows, and so
keeps its place in the layer, as it kept it on the page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, TypeVar, cast

from PIL import Image

#: Least spread of grey levels (0-255) in a word's box for the word to count as shown:
#: above JPEG-like noise and a box's anti-aliased edge, below the faintest readable grey.
MIN_CONTRAST = 24


class Placed(Protocol):
    """Anything with a box on a page, in the rendered page's pixels."""

    @property
    def x0(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def bottom(self) -> float: ...


T = TypeVar("T", bound=Placed)


def shows(page: Image.Image, word: Placed) -> bool:
    """True if `word`'s box on the rendered `page` holds ink."""
    left, top = max(int(word.x0), 0), max(int(word.top), 0)
    right = min(math.ceil(word.x1), page.width)
    bottom = min(math.ceil(word.bottom), page.height)
    if right <= left or bottom <= top:
        return False
    extrema = page.crop((left, top, right, bottom)).convert("L").getextrema()
    low, high = cast(tuple[int, int], extrema)  # one band: (lowest, highest)
    return high - low >= MIN_CONTRAST


def shown(page: Image.Image, words: Sequence[T]) -> list[T]:
    """The words of one page that show on it, in their order."""
    return [word for word in words if shows(page, word)]


__all__ = ["MIN_CONTRAST", "shown", "shows"]
