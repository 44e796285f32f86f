"""Line breaks that only wrap prose, told from the ones that end a line of their own.

Court reports, letters and notes copied from a PDF or an old system are wrapped by hand at
a fixed width: "...maternal aunt Imani⏎Okafor (41) provides respite". spaCy's NER reads a
line break as a boundary, so a name cut by the wrap is found in halves or not at all, and
a sentence splitter that ends a sentence at every line break withholds half a sentence.
Both read the text with these breaks as spaces (`unwrapped`: same length, same offsets).

A break wraps prose when a wrapper would have made it: the line before is prose (five or
more words, two in lower case, no column gaps) and ends open (mid-sentence, or a title
before its name), the next line continues it (no list marker, time stamp, "Label:" or
speaker) and is full or ends its sentence, the lines around fill their width, and the next
line's first word would not have fitted on the line before. The width is read from the
lines around the break, not the whole paragraph: a PDF's text runs its paragraphs together
with no blank line between them. Message logs, forms, letterheads and lists, whose lines
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
    r"|\d{1,2}[/.\-]\d{1,2}\b|\d{1,2}:\d\d|\d{4}-\d\d|\d{1,2}[A-Za-z]{3}\d{2,4}\b|\["
    r"|[^\s:]{1,30}(?:[ \t][^\s:]{1,30}){0,3}:(?:[ \t]|$)"
    r"|[ \t*|#—–_~/]"
)
_LOWER_WORD = re.compile(r"[(\"“]?[a-z][a-z'’-]*[.,;:)\"”]?")
#: How the last line of a wrapped paragraph ends; a line that is neither full nor ends so
#: is a line of its own (a signature, a heading, a field) after a full one.
_SENTENCE_END = re.compile(r"[.!?;:,)\"”’]\Z")
_COLUMN_GAP = re.compile(r"\t| {3,}")
_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")


#: How a wrapped line ends: mid-sentence, on a word, a number or a comma. A line that ends
#: a sentence or a bracket is taken to end its line too (the next is a new item).
_OPEN_END = re.compile(r"[\w,;’'\-–—]\Z")
#: A courtesy title closing a line: its name is on the next ("Mr.⏎Augustin Roe").
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon)\.\Z")
#: Wrapped prose fills its lines: of the lines within `WINDOW` of a break, two or more
#: reach `FULL` of their width; a letterhead, a list or a form under one long line does not.
WINDOW = 2
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


def sentence_runs_on(before: str, after: str) -> bool:
    """Whether a sentence visibly runs on from line `before` into line `after`, whatever the
    widths: `before` is prose and ends open, `after` is no line of its own (no list marker,
    time stamp, "Label:" or speaker, no column gap). Looser than `soft_breaks`, which must
    be sure before NER reads two lines as one; withholding asks only whether a withheld
    sentence's tail is on the next line ("...NA meetings at the Dream⏎Center Tues/Thurs."),
    and taking it too is never unsafe."""
    before, after = before.rstrip(), after.rstrip()
    return (
        bool(before)
        and bool(after)
        and _prose_line(before)
        and _goes_on(before, after)
        and _OWN_LINE.match(after) is None
        and _COLUMN_GAP.search(after) is None
        and not (_has_lower(before) and not _has_lower(after))  # a heading in capitals
    )


def _has_lower(line: str) -> bool:
    return any(char.islower() for char in line)


def _filled(window: list[str], width: int) -> bool:
    """Whether the lines around a break fill the width as a wrapper's do: two or more
    reach `FULL` of it (a heading over an address, a list under a long line, do not)."""
    return sum(1 for line in window if len(line) >= FULL * width) >= 2


@lru_cache(maxsize=4)
def soft_breaks(text: str) -> tuple[int, ...]:
    """Offsets of the line breaks in `text` that only wrap prose (see the module doc).

    The width is the widest line among the few around the break, within its paragraph: a
    PDF's text runs its paragraphs together with no blank line between them.
    """
    found: list[int] = []
    for paragraph in _PARAGRAPH.finditer(text):
        lines = paragraph.group().split("\n")
        offset = paragraph.start()
        for index, (before, after) in enumerate(pairwise(lines)):
            offset += len(before)
            window = lines[max(0, index - WINDOW) : index + WINDOW + 2]
            width = max(len(line) for line in window)
            words = after.split(maxsplit=1)
            if (
                words
                and width >= MIN_WIDTH
                and len(before) + 1 + len(words[0]) > width
                and _prose_line(before)
                and _goes_on(before, after)
                and _OWN_LINE.match(after) is None
                and _COLUMN_GAP.search(after) is None
                and _filled(window, width)
                and (len(after) >= FULL * width or _SENTENCE_END.search(after) is not None)
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


#: A word in lower case among the first few of a line: the line goes on as a sentence
#: ("Okonkwo-Baptiste lives at ..."), it is not a heading's or a name's line.
_SENTENCE_START = re.compile(r"\S+(?:\s+\S+)?\s+[(\"“]?[a-z]")


#: A line's end inside a token: a word character, then a hyphen, an at sign, a slash or an
#: underscore ("Ybarra-", "531-", "marisol.ybarra@").
IN_TOKEN = re.compile(r"\w[-@/_]\Z")


def runs_on(before: str, after: str) -> bool:
    """Whether a paragraph break between `before` and `after` falls inside a sentence.

    A hand-formatted letter or a note pasted from an old system breaks its paragraphs
    where a line ended: "... at their home at 4410 E" | "Admiral Pl, Tulsa OK", "(918)" |
    "555-0143", "mother, Marisol" | "Ybarra-Nunez, ...". Read apart, each half is missed.
    A break runs on when the paragraph before ends open (`_goes_on`; a number closing a
    prose line too, as a word would) and the next is not a line of its own (a list item,
    a "Label:", a time stamp, columns), and either the next goes on in lower case, or the
    one before is prose, or a short one (a name's line in a table cell) ends on a word
    and the next goes on as a sentence. A line that ends inside a token ("Ybarra-",
    "531-", "ybarra@") always goes on. Headings and list items are told by their markup,
    which the caller reads.
    """
    head, tail = before.rstrip(), after.lstrip()
    if not head or not tail or _OWN_LINE.match(tail) is not None:
        return False
    if _COLUMN_GAP.search(head) is not None or _COLUMN_GAP.search(tail) is not None:
        return False
    if IN_TOKEN.search(head) is not None:  # a token cut in two goes on, in any line
        return tail[0].isalnum()
    prose = _prose_line(head)
    if head[-1].isdigit() and prose:
        opened = tail[0].isalnum() or tail[0] == "("
    else:
        opened = _goes_on(head, tail)
    if not opened:
        return False
    if tail[0].islower() or prose:
        return True
    return head[-1].isalpha() and _SENTENCE_START.match(tail) is not None
