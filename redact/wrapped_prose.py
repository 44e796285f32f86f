"""Line breaks that only wrap prose, told from the ones that end a line of their own.

Court reports, letters and notes copied from a PDF or an old system are wrapped by hand at
a fixed width: "...maternal aunt Imani⏎Okafor (41) provides respite". spaCy's NER reads a
line break as a boundary, so a name cut by the wrap is found in halves or not at all, and
a sentence splitter that ends a sentence at every line break withholds half a sentence.
Both read the text with these breaks as spaces (`unwrapped`: same length, same offsets).

A break wraps prose when a wrapper would have made it: the line before is prose (five or
more words, no column gaps, no closing colon), the next line continues it (no list marker,
time stamp, "Label:" or speaker), and the next line's first word would not have fitted on
the line before within the paragraph's width. Message logs, forms and lists, whose lines
are short or ragged, keep every break.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

#: Paragraphs narrower than this are headings, addresses and lists, not wrapped prose.
MIN_WIDTH = 60
#: Words a line needs to be prose, and lower-case words among them (a heading, a
#: letterhead or an address has few).
MIN_WORDS = 5
MIN_LOWER = 2

#: A line that stands alone: a list item, a time stamp, a bracket tag, a "Label:" or a
#: chat speaker ("roz: ok", "Re: ..."), or an indented line.
_OWN_LINE = re.compile(
    r"(?:\d{1,3}[.)]|[-*•·>]|[A-Za-z][.)])[ \t]"
    r"|\d{1,2}[/.\-]\d{1,2}\b|\d{1,2}:\d\d|\d{4}-\d\d|\["
    r"|[^\s:]{1,30}(?:[ \t][^\s:]{1,30}){0,2}:(?:[ \t]|$)"
    r"|[ \t*|#—–_~/]"
)
_LOWER_WORD = re.compile(r"[(\"“]?[a-z][a-z'’-]*[.,;:)\"”]?")
_COLUMN_GAP = re.compile(r"\t| {3,}")
_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")


#: How a wrapped line ends: mid-sentence, on a word, a number or a comma. A line that ends
#: a sentence or a bracket is taken to end its line too (the next is a new item).
_OPEN_END = re.compile(r"[\w,;’'\-–—]\Z")
#: A courtesy title closing a line: its name is on the next ("Mr.⏎Augustin Roe").
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Sr|Jr|St)\.\Z")
#: Wrapped prose fills its lines: this share of them (the last aside) reach `FULL` of the
#: width; a letterhead, a list or a form under one long line does not.
FILLED_SHARE = 0.6
FULL = 0.75


def _prose_line(line: str) -> bool:
    words = line.split()
    return (
        len(words) >= MIN_WORDS
        and sum(1 for word in words if _LOWER_WORD.fullmatch(word)) >= MIN_LOWER
        and _COLUMN_GAP.search(line) is None
    )


def _goes_on(before: str, after: str) -> bool:
    """Whether the sentence visibly runs on over the break. A number or a bracket closing
    a line (a phone, a date, a file number, a code in brackets) ends a field or a list item
    unless the next line goes on in lower case or in figures ("(316)⏎555-0187")."""
    if before[-1].isdigit():
        return after[:1].islower()
    if before[-1] == ")":
        return after[:1].islower() or after[:1].isdigit()
    return _OPEN_END.search(before) is not None or _TITLE_END.search(before) is not None


def _filled(lines: list[str], width: int) -> bool:
    """Whether the paragraph's lines (the last aside) fill its width as a wrapper's do."""
    body = lines[:-1]
    full = sum(1 for line in body if len(line) >= FULL * width)
    return full >= FILLED_SHARE * len(body)


@lru_cache(maxsize=4)
def soft_breaks(text: str) -> tuple[int, ...]:
    """Offsets of the line breaks in `text` that only wrap prose (see the module doc)."""
    found: list[int] = []
    for paragraph in _PARAGRAPH.finditer(text):
        lines = paragraph.group().split("\n")
        if len(lines) < 2:
            continue
        width = max(len(line) for line in lines)
        if width < MIN_WIDTH or not _filled(lines, width):
            continue
        offset = paragraph.start()
        for before, after in pairwise(lines):
            offset += len(before)
            words = after.split(maxsplit=1)
            if (
                words
                and _prose_line(before)
                and _goes_on(before, after)
                and _OWN_LINE.match(after) is None
                and _COLUMN_GAP.search(after) is None
                and len(before) + 1 + len(words[0]) > width
            ):
                found.append(offset)
            offset += 1
    return tuple(found)


def unwrapped(text: str) -> str:
    """`text` with its prose-wrapping line breaks read as spaces (offsets unchanged)."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)
