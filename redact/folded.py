"""Case-insensitive word lists matched fast: lower the text once, match without IGNORECASE.

Python's `re` cannot skip ahead to a likely first character when a pattern ignores case,
so a long alternation of phrases is tried in full at every position; on lower-cased text
the same pattern compiled case-sensitively runs about three times faster. Patterns whose
source cannot be lower-cased safely (a case-sensitive island such as "(?-i:ALS)", or an
escape like "\\W" whose meaning depends on case) keep the case-insensitive form. Texts
whose lower-case form has another length (a few characters lower-case to two) are matched
the slow way too, so offsets always refer to the text given.

A source that cannot be folded exactly still gets a loose folded form: its case-sensitive
islands made case-insensitive and everything but escapes lower-cased. The loose form finds
everything the exact one finds and possibly more, so a text it finds nothing in is settled
in one fast scan; only a text it does find something in is matched the slow way.

On request, a leading one-character look-behind is checked in Python instead
(`redact.guard`), so that `re` can skip ahead to a list's first letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache

from redact.guard import guarded_finditer, guarded_search, split_guard
from redact.literal_gate import LiteralGate

_UNSAFE = re.compile(r"\(\?-i:|\(\?P|\\[A-Z]")
#: Escapes that name a character by number: lower-casing around them cannot be trusted.
_NUMBERED_CHARACTER = re.compile(r"\\[xuUN0]")
_CASE_SENSITIVE_ISLAND = "(?-i:"


@lru_cache(maxsize=8)
def fold(text: str) -> str | None:
    """`text` in lower case with the same offsets, or None when lowering changes its length."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


class FoldedPattern:
    """A case-insensitive pattern that matches lower-cased text when its source allows."""

    def __init__(self, source: str, flags: int = 0, *, guard: bool = False) -> None:
        """`guard`: check a leading look-behind in Python (`redact.guard`). It pays for long
        lists of whole words, which `re` can then skip through; it costs for lists with
        short or loosened entries ("aa", "na"), whose many rejected starts are each a
        Python step, so it is chosen per list, by measurement."""
        self.pattern = source
        self.flags = int(flags)
        guarded = split_guard(source) if guard else None
        self.guard = re.compile(guarded[0], self.flags & ~re.IGNORECASE) if guarded else None
        self.body = guarded[1] if guarded else source
        safe = not _UNSAFE.search(self.body)
        self.folded = re.compile(self.body.lower(), flags & ~re.IGNORECASE) if safe else None
        self.loose = None if safe else _loose(self.body, flags)
        #: The first letters every match starts with: a text without any is not scanned.
        self.gate = LiteralGate.of(self.body, self.flags)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        """The case-insensitive body, compiled the first time a text needs it.

        Most texts are settled by the folded or loose form; our word lists are long, and
        compiling each twice at start-up was a tenth of a second of `redact note`.
        """
        return re.compile(self.body, self.flags | re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in `text`, with offsets into `text`."""
        if self.gate is not None and not self.gate.may_match(text):
            return iter(())
        folded = fold(text)
        if folded is not None:
            if self.folded is not None:
                return guarded_finditer(self.folded, self.guard, folded)
            if self.loose is not None and not guarded_search(self.loose, self.guard, folded):
                return iter(())
        return guarded_finditer(self.exact, self.guard, text)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs anywhere in `text`."""
        if self.gate is not None and not self.gate.may_match(text):
            return False
        folded = fold(text)
        if folded is not None:
            if self.folded is not None:
                return guarded_search(self.folded, self.guard, folded)
            if self.loose is not None and not guarded_search(self.loose, self.guard, folded):
                return False
        return guarded_search(self.exact, self.guard, text)


def _loose(source: str, flags: int) -> re.Pattern[str] | None:
    """A case-sensitive pattern for lower-cased text that finds at least what `source`
    finds case-insensitively; None when no such form can be trusted.

    Case-sensitive islands "(?-i:ALS)" become plain groups and letters are lowered, but
    an escape keeps its letter (lowering "\\W" would turn it into "\\w"). A negative
    look-around inside an island would exclude more once loosened, so such a source has
    no loose form.
    """
    if _NUMBERED_CHARACTER.search(source):
        return None
    loose: list[str] = []
    depth, island_depths = 0, []  # island_depths: the depth at which each open island began
    i = 0
    while i < len(source):
        if source.startswith(_CASE_SENSITIVE_ISLAND, i):
            island_depths.append(depth)
            depth += 1
            loose.append("(?:")
            i += len(_CASE_SENSITIVE_ISLAND)
            continue
        char = source[i]
        if char == "\\":
            loose.append(source[i : i + 2])
            i += 2
            continue
        if char == "(":
            if island_depths and source.startswith(("(?!", "(?<!"), i):
                return None
            depth += 1
            if source.startswith("(?P", i):  # a named group: its "P" is syntax
                loose.append("(?P")
                i += 3
                continue
        elif char == ")":
            depth -= 1
            if island_depths and island_depths[-1] == depth:
                island_depths.pop()
        loose.append(char.lower())
        i += 1
    try:
        return re.compile("".join(loose), flags & ~re.IGNORECASE)
    except re.error:
        return None
