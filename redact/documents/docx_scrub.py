"""Markup of a kept .docx part that holds words no paragraph holds: removed or refused.

After cleaning, what a recipient can read of a kept part must be its paragraphs' text, which
is redacted. XML has more places for words than Word's schema uses, and any tool (or anyone
editing the XML) can put words there; Word skips them, a recipient who unzips the file does
not ("<!-- drafted for Ana Ruiz -->", a note in an extension namespace Word ignores):

- comments and processing instructions: removed;
- text between elements (before an element's first child, or after an element): removed;
  Word's schema has none, and pretty printing leaves only white space there;
- elements and attributes in a namespace Office does not define (extension markup that
  `mc:Ignorable` lets Word skip): removed, with everything inside them;
- text inside any element but a run's text, a field code and a drawing's position or
  alignment: the document fails (fail closed), since we cannot tell what shows it.
"""

from __future__ import annotations

import re

from lxml import etree

from redact.documents.docx_clean import UnsupportedContentError, w

#: Namespaces of markup Word, LibreOffice and the OOXML standard define.
_OFFICE_NAMESPACES = (
    "http://schemas.openxmlformats.org/",
    "http://schemas.microsoft.com/office/",
    "urn:schemas-microsoft-com:",
    "http://www.w3.org/XML/1998/namespace",
    "http://purl.oclc.org/ooxml/",
)

#: Elements whose text is a run's text or a field code (`docx_text.check_covered` checks them).
_TEXT_ELEMENTS = frozenset({w("t"), w("instrText"), w("delText"), w("delInstrText")})

#: Text other elements may hold: a number (a drawing's offset, a relative size) or the
#: keyword of an alignment.
_VALUE = re.compile(r"\s*(?:[-+]?\d+(?:\.\d+)?%?|left|right|center|inside|outside|top|bottom)\s*")


def _office(tag: str) -> bool:
    return not tag.startswith("{") or tag[1:].startswith(_OFFICE_NAMESPACES)


def _drop(node: etree._Element) -> None:
    """Remove `node` and what it holds, keeping its tail (another node's business)."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    parent.remove(node)
    if tail and tail.strip():
        return  # stray text goes too (see the module docstring)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def scrub(root: etree._Element) -> None:
    """Clean one parsed part in place (see the module docstring)."""
    doomed = [
        node for node in root.iter() if not isinstance(node.tag, str) or not _office(node.tag)
    ]
    for node in doomed:
        _drop(node)
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tail is not None and node.tail.strip():
            node.tail = None
        for name in [a for a in node.attrib if not _office(a)]:
            del node.attrib[name]
        text = node.text
        if not text or not text.strip() or node.tag in _TEXT_ELEMENTS:
            continue
        if len(node):
            node.text = None  # text before an element's first child: stray, like a tail
        elif not _VALUE.fullmatch(text):
            raise UnsupportedContentError("text in an element we do not read")


__all__ = ["scrub"]
