r"""Word-list patterns scanned fast: a leading one-character look-behind checked in Python.

`re` skips quickly to the places where a pattern can start only when the pattern opens
with something it can index, such as the first letters of a word list. A pattern that
opens with a look-behind ("(?<![\w-])(?:house fire|arson)(?![\w-])") is tried at every
position instead, which for our lists is about three times slower. `split_guard` takes such
a look-behind off the front; `guarded_finditer` puts it back as a test of the character
before each match, searching again from the next position when the test fails. Because the
look-behind depends only on where a match starts, this gives exactly the matches of the
whole pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A leading negative look-behind of one character class: "(?<!\w)", "(?<![\w-])".
_LEADING_GUARD = re.compile(r"\(\?<!(\\w|\[(?:[^\]\\]|\\.)*\])\)")


def split_guard(source: str) -> tuple[str, str] | None:
    """(character class, rest) when `source` is a guard, one group and an optional
    look-ahead, so that the guard applies to the whole pattern; otherwise None."""
    guard = _LEADING_GUARD.match(source)
    if guard is None:
        return None
    rest = source[guard.end() :]
    end = _group_end(rest, 0)
    if end is None or not rest.startswith("(?:"):
        return None
    suffix = rest[end:]
    if suffix and not (suffix.startswith("(?!") and _group_end(suffix, 0) == len(suffix)):
        return None
    return guard.group(1), rest


def _group_end(source: str, start: int) -> int | None:
    """The index just past the ")" closing the group that opens at `start`, or None."""
    if not source.startswith("(", start):
        return None
    depth, i, in_class = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):  # a "]" first in a class is literal
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def guarded_finditer(
    pattern: re.Pattern[str], guard: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """What `finditer` of the guard and `pattern` together finds in `text`."""
    if guard is None:
        yield from pattern.finditer(text)
        return
    position = 0
    while position <= len(text):
        found = pattern.search(text, position)
        if found is None:
            return
        start, end = found.span()
        if start > 0 and guard.match(text, start - 1):
            position = start + 1
            continue
        yield found
        position = end if end > start else start + 1


def guarded_search(pattern: re.Pattern[str], guard: re.Pattern[str] | None, text: str) -> bool:
    """Whether the guard and `pattern` together match anywhere in `text`."""
    return next(guarded_finditer(pattern, guard, text), None) is not None
