"""Sentence and paragraph offsets for withholding, without a parser.

Withholding needs whole sentences and their paragraphs, and it must run where no spaCy
parser is loaded, so this is a small rule-based splitter:

- a paragraph ends at a blank line;
- a line break ends a sentence unless the next line starts in lower case or the break only
  wraps prose (`redact.wrapped_prose`), so headers, list items and "Label: value" lines
  stand alone;
- `.`, `!` or `?` (with any closing quotes or brackets) ends a sentence when followed by
  white space and an upper-case letter or an opening quote, unless the word before the
  point is a title or abbreviation ("Dr.", "Ms.", "e.g.", "Sept."), a single initial
  ("J.") or a run of them ("A.T.", "I.Q.B."), or a list number at the start of a line ("1.").

"a.m.", "p.m." and "etc." do end a sentence before an upper-case word: that is their
usual place, and a split too many only makes a withheld passage shorter, never unsafe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.wrapped_prose import unwrapped

_NEVER_FINAL = frozenset({
    "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "hon", "st", "sr", "jr", "no", "nos", "ave",
    "rd", "blvd", "apt", "dept", "est", "approx", "vs", "cf", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "lt", "sgt", "capt", "det", "ofc", "atty", "e.g",
    "i.e", "u.s", "a.k.a", "co", "cty", "twp", "mt", "ft", "hwy", "pkwy",
})  # fmt: skip
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n(?=[ \t]*(?![a-z]))")
_TERMINAL = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([\w.]+)$")
_INITIALS = re.compile(r"^(?:[a-z]\.){1,3}[a-z]$")
_TIMES = frozenset({"a.m", "p.m"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's offsets in the text (surrounding white space excluded) and paragraph."""

    start: int
    end: int
    paragraph: int


def _spans(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Split text[start:end] at the matches of `pattern`, keeping the separators out."""
    pieces, cursor = [], start
    for match in pattern.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without leading and trailing white space; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _word_start(text: str, line_start: int, point: int) -> int:
    """Where the run of word characters and points ending at `point` starts (not before
    `line_start`): the only place `_WORD_BEFORE` can match. Searching from there, not
    from the line's start, gives the same answer without reading the line again for
    every full stop in it."""
    i = point
    while i > line_start and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return i


def _is_final(text: str, line_start: int, point: int) -> bool:
    """Whether the punctuation at `point` ends a sentence, judged by the word before it."""
    if text[point] != ".":
        return True
    found = _WORD_BEFORE.search(text, _word_start(text, line_start, point), point)
    if found is None:
        return True
    word = found.group(1).lower().rstrip(".")
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "J."
        return False
    if _INITIALS.match(word) and word not in _TIMES:  # initials: "A.T. (9th) said..."
        return False
    return not (word.isdigit() and len(word) <= 2 and not text[line_start : found.start()].strip())


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for match in _TERMINAL.finditer(text, start, end):
        if _is_final(text, start, match.start()):
            pieces.append((cursor, match.end()))
            cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, trimmed."""
    spans = (_strip(text, s, e) for s, e in _spans(text, 0, len(text), _PARAGRAPH_BREAK))
    return [span for span in spans if span is not None]


def sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, in order, with its paragraph index. A line break that
    only wraps prose (`wrapped_prose`) does not end a sentence."""
    text = unwrapped(text)
    found: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        for l_start, l_end in _spans(text, p_start, p_end, _LINE_BREAK):
            for s_start, s_end in _split_line(text, l_start, l_end):
                span = _strip(text, s_start, s_end)
                if span is not None:
                    found.append(Sentence(span[0], span[1], index))
    return found
