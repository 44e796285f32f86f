"""Case-insensitive word lists matched fast: lower the text once, match without IGNORECASE.

Python's `re` cannot skip ahead to a likely first character when a pattern ignores case,
so a long alternation of phrases is tried in full at every position; on lower-cased text
the same pattern compiled case-sensitively runs about three times faster. Patterns whose
source cannot be lower-cased safely (a case-sensitive island such as "(?-i:ALS)", or an
escape like "\\W" whose meaning depends on case) keep the case-insensitive form. Texts
whose lower-case form has another length (a few characters lower-case to two) are matched
the slow way too, so offsets always refer to the text given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_UNSAFE = re.compile(r"\(\?-i:|\(\?P|\\[A-Z]")


@lru_cache(maxsize=8)
def fold(text: str) -> str | None:
    """`text` in lower case with the same offsets, or None when lowering changes its length."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


class FoldedPattern:
    """A case-insensitive pattern that matches lower-cased text when its source allows."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.exact = re.compile(source, flags | re.IGNORECASE)
        safe = not _UNSAFE.search(source)
        self.folded = re.compile(source.lower(), flags & ~re.IGNORECASE) if safe else None

    @property
    def pattern(self) -> str:
        """The source, as `re.Pattern.pattern` gives it."""
        return self.exact.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in `text`, with offsets into `text`."""
        folded = fold(text) if self.folded is not None else None
        if self.folded is not None and folded is not None:
            return self.folded.finditer(folded)
        return self.exact.finditer(text)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs anywhere in `text`."""
        folded = fold(text) if self.folded is not None else None
        if self.folded is not None and folded is not None:
            return self.folded.search(folded) is not None
        return self.exact.search(text) is not None
