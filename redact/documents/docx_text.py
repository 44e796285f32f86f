"""Paragraph text of a cleaned story part: read as one string, written back run by run.

Word splits a paragraph's text over many runs (spell-check marks, formatting, edits), so a
name can be "Ok" in one run and "afor" in the next. A paragraph is therefore redacted as one
string, and the result is written back by aligning it with the original: unchanged
characters stay in their runs (formatting kept), and each replacement goes into the run
where the replaced text began. The runs' texts joined are exactly the redacted string, so no
fragment of the original survives anywhere. Tabs and breaks are part of the string ("\\t",
"\\n") and stay elements unless a replacement covers them.

Every paragraph, including those in table cells, nested tables and text boxes, is read on
its own (`root.iter` finds them all, in document order). `check_covered` fails closed if any
text element of the part was not part of some paragraph.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from itertools import accumulate

from lxml import etree

from redact.documents.docx_clean import UnsupportedContentError, w

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: Run children that stand for characters of the paragraph's text.
_CHARACTERS = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}

#: Beyond this many characters a changed paragraph is not aligned but written into one run.
_ALIGN_LIMIT = 20_000

#: Characters written as elements of their own rather than inside `w:t`.
_LAYOUT = re.compile(r"(\t|\n)")

#: Alignment units: a word, a stretch of white space, or one other character.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass
class Piece:
    """One element of a run that carries text, and the text it stands for."""

    element: etree._Element
    text: str


def _pieces(paragraph: etree._Element) -> list[Piece]:
    """The text-bearing run children of one paragraph, not those of paragraphs inside it."""
    found: list[Piece] = []
    stack = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in (w("pPr"), w("p")):
            continue
        if node.tag != w("r"):
            stack.extend(reversed(node))
            continue
        for child in node:
            if child.tag == w("t"):
                found.append(Piece(child, child.text or ""))
            elif child.tag in _CHARACTERS:
                found.append(Piece(child, _CHARACTERS[child.tag]))
    return found


def paragraphs(root: etree._Element) -> list[etree._Element]:
    """Every paragraph of a story part, in document order (nested ones after their host)."""
    return list(root.iter(w("p")))


def paragraph_text(paragraph: etree._Element) -> str:
    """The text of one paragraph, tabs and breaks as characters."""
    return "".join(piece.text for piece in _pieces(paragraph))


def check_covered(root: etree._Element) -> None:
    """Fail if any text element of the part lies outside every paragraph's runs."""
    held = [p.element for para in paragraphs(root) for p in _pieces(para)]
    covered = {id(element) for element in held}  # lxml keeps a proxy's id while it is held
    for node in root.iter():
        if not isinstance(node.tag, str) or id(node) in covered:
            continue
        local = node.tag.rsplit("}", 1)[-1]
        if local in ("t", "delText", "instrText", "delInstrText") and (node.text or "").strip():
            if local == "instrText":
                continue  # only safe page-number field codes are left by cleaning
            raise UnsupportedContentError(f"text in an element we do not read ({local})")


def _set_text(element: etree._Element, text: str) -> None:
    element.text = text
    element.set(_XML_SPACE, "preserve")


def _elements_for(text: str) -> list[etree._Element]:
    """`w:t` for text, `w:tab` and `w:br` for tabs and line breaks, so they show as such."""
    elements: list[etree._Element] = []
    for chunk in _LAYOUT.split(text):
        if chunk in ("\t", "\n"):
            elements.append(etree.Element(w("tab" if chunk == "\t" else "br")))
        elif chunk:
            element = etree.Element(w("t"))
            _set_text(element, chunk)
            elements.append(element)
    return elements


def _write_piece(piece: Piece, text: str) -> None:
    """Give a piece its new text, as text, tab and break elements in its place."""
    if text == piece.text:
        return
    if piece.element.tag == w("t") and text and not _LAYOUT.search(text):
        _set_text(piece.element, text)
        return
    for element in _elements_for(text):
        piece.element.addprevious(element)
    _remove(piece.element)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _common_prefix(first: str, second: str) -> int:
    """Length of the common start of two strings (binary search over slices, done in C)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _opcodes(before: str, after: str) -> list[tuple[str, int, int, int, int]]:
    """Character opcodes from an alignment of words, spaces and punctuation.

    The common start and end are cut off first, so only the changed middle is aligned.
    """
    head = _common_prefix(before, after)
    tail = _common_prefix(before[head:][::-1], after[head:][::-1])
    old, new = (
        _TOKEN.findall(before[head : len(before) - tail]),
        _TOKEN.findall(after[head : len(after) - tail]),
    )
    old_at = list(accumulate((len(t) for t in old), initial=head))
    new_at = list(accumulate((len(t) for t in new), initial=head))
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    codes = [("equal", 0, head, 0, head)] if head else []
    codes += [
        (tag, old_at[i1], old_at[i2], new_at[j1], new_at[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    if tail:
        codes.append(("equal", len(before) - tail, len(before), len(after) - tail, len(after)))
    return codes


def _new_texts(pieces: list[Piece], before: str, after: str) -> list[str]:
    """Split `after` over the pieces, following an alignment of `before` with `after`.

    Equal stretches are sliced over the pieces they span; a replacement goes whole to the
    piece holding its first replaced character (the last piece, at the very end).
    """
    texts = [""] * len(pieces)
    if len(pieces) == 1 or len(before) > _ALIGN_LIMIT:
        texts[0] = after
        return texts
    starts = list(accumulate((len(piece.text) for piece in pieces[:-1]), initial=0))
    for tag, i1, i2, j1, j2 in _opcodes(before, after):
        first = bisect.bisect_right(starts, i1) - 1
        if tag != "equal":
            texts[first] += after[j1:j2]
            continue
        for index in range(first, len(pieces)):
            low, high = max(starts[index], i1), min(starts[index] + len(pieces[index].text), i2)
            if starts[index] >= i2:
                break
            if high > low:
                texts[index] += after[j1 + low - i1 : j1 + high - i1]
    return texts


def write_paragraph(paragraph: etree._Element, after: str) -> None:
    """Make the paragraph's text `after`, keeping runs and their formatting where unchanged."""
    pieces = _pieces(paragraph)
    before = "".join(piece.text for piece in pieces)
    if after == before:
        return
    if not pieces:
        run = etree.SubElement(paragraph, w("r"))
        _set_text(etree.SubElement(run, w("t")), after)
    else:
        for piece, text in zip(pieces, _new_texts(pieces, before, after), strict=True):
            _write_piece(piece, text)
    if paragraph_text(paragraph) != after:
        raise UnsupportedContentError("a paragraph whose text could not be written back")


__all__ = ["check_covered", "paragraph_text", "paragraphs", "write_paragraph"]
