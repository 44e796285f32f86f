"""Paragraph breaks of a .docx that fall inside a sentence, told from the ones that end it.

A letter typed line by line, or a note pasted into Word from an old system, ends a
paragraph wherever a line ended: "4410 E" in one paragraph, "Admiral Pl, Tulsa OK" in the
next. Each paragraph read on its own, the halves of an address, a phone or a name are
missed. A break is read as a space (the batch joins the two paragraphs with one) when:

- the two paragraphs are next to each other in the same container (the body, one table
  cell, one text box, one note or comment; nothing, not even an empty paragraph, between);
- neither is a heading (a heading or title style, or a short line all in bold) or a list
  item (numbered or bulleted: an item ends where it ends);
- the text says the sentence runs on (`wrapped_prose.runs_on`).

A paragraph that ends inside a token ("Ybarra-" | "Lindqvist", "531-" | "44-8812",
"marisol.ybarra@" | "gmail.com") is glued to the next with nothing between (`glue`), so
the name, the number or the address is one token again. A line break inside a paragraph
(Shift+Enter) is told the same way (`soft_line_breaks`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from redact.documents.docx_clean import w
from redact.wrapped_prose import IN_TOKEN, MIN_WORDS, runs_on

#: Style ids of paragraphs that stand alone: headings, titles, captions, list styles.
_STANDALONE_STYLE = re.compile(r"(?i)heading|title|caption|list|toc|header|footer")
_OFF = frozenset({"0", "false", "off"})


def _style(paragraph: etree._Element) -> str:
    found = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    return "" if found is None else found.get(w("val"), "")


def _all_bold(paragraph: etree._Element) -> bool:
    """Every run with text is bold by its own formatting (a heading typed by hand)."""
    runs = [r for r in paragraph.iter(w("r")) if r.find(w("t")) is not None]
    if not runs:
        return False
    for run in runs:
        bold = run.find(f"{w('rPr')}/{w('b')}")
        if bold is None or bold.get(w("val"), "1").lower() in _OFF:
            return False
    return True


def _stands_alone(paragraph: etree._Element, text: str) -> bool:
    if paragraph.find(f"{w('pPr')}/{w('numPr')}") is not None:
        return True
    if _STANDALONE_STYLE.search(_style(paragraph)):
        return True
    return len(text.split()) < MIN_WORDS and _all_bold(paragraph)


def glue(before: str, after: str) -> str:
    """What joins two paragraphs read as one: nothing inside a token, else a space."""
    return "" if IN_TOKEN.search(before) and after[:1].isalnum() else " "


def soft_line_breaks(text: str) -> list[int]:
    """Offsets of the line breaks (Shift+Enter, `w:br`) inside one paragraph's text that
    fall inside a sentence, by the same rule as paragraph breaks (`runs_on`)."""
    found: list[int] = []
    lines = text.split("\n")
    offset = 0
    for index in range(len(lines) - 1):
        offset += len(lines[index])
        if runs_on(lines[index], lines[index + 1]):
            found.append(offset)
        offset += 1
    return found


def run_on_breaks(paragraphs: Sequence[etree._Element], texts: Sequence[str]) -> frozenset[int]:
    """The indices `i` whose paragraph runs on into paragraph `i + 1` (see the module doc)."""
    found: set[int] = set()
    for index in range(len(paragraphs) - 1):
        first, second = paragraphs[index], paragraphs[index + 1]
        if first.getnext() is not second:
            continue
        if _stands_alone(first, texts[index]) or _stands_alone(second, texts[index + 1]):
            continue
        if runs_on(texts[index], texts[index + 1]):
            found.add(index)
    return frozenset(found)


__all__ = ["glue", "run_on_breaks", "soft_line_breaks"]
