"""Side doors of WordprocessingML closed before the text is read.

Text hides in a .docx outside plain paragraphs: tracked deletions, field codes (a mailto
in a HYPERLINK field), content-control titles and list items, bookmark names, alt text of
pictures, WordArt strings, table captions, form-field defaults, author attributes on
comments and revisions. Cleaning a story part before its paragraphs are read:

- accepts tracked changes (insertions kept as plain text, deletions dropped with their text);
- unwraps containers (content controls, hyperlinks, smart tags, custom XML, simple fields)
  so every run of a paragraph is its direct child, and drops what only named things;
- turns fields into their displayed result, except page-number fields with no free text;
- removes pictures, embedded and OLE objects, charts, ActiveX controls, ink and equations,
  and counts them; text boxes and plain shapes stay (their paragraphs are redacted like any other).

Afterwards the only text left is in `w:t` elements of runs that are direct children of
paragraphs, which is what `docx_text` reads and rewrites; it checks that nothing is left over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from redact.documents.docx_names import VO, V, W, renumber_vml, w

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


#: Elements dropped with everything inside them: deleted text, change records, names.
_DROPPED = tuple(
    w(t)
    for t in (
        "del", "moveFrom", "delText", "delInstrText", "moveFromRangeStart", "moveFromRangeEnd",
        "moveToRangeStart", "moveToRangeEnd", "rPrChange", "pPrChange", "sectPrChange",
        "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange",
        "numberingChange", "cellIns", "cellDel", "cellMerge", "customXmlInsRangeStart",
        "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd",
        "ffData", "tblCaption", "tblDescription", "printerSettings", "sdtEndPr", "sdtPr",
        "customXmlPr", "smartTagPr", "proofErr", "fldData",
    )
)  # fmt: skip

#: Containers replaced by their children (insertions accepted, controls and links flattened).
_UNWRAPPED = tuple(
    w(t) for t in ("ins", "moveTo", "customXml", "smartTag", "hyperlink", "dir", "bdo")
)

#: Content we cannot show safely: removed and counted as an embedded object or image.
_OBJECTS = (
    w("object"), w("control"), w("contentPart"), f"{{{M}}}oMathPara", f"{{{M}}}oMath",
)  # fmt: skip

#: Field instructions that may stay: page numbering, with only formatting switches.
_SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"})
_SAFE_SWITCHES = frozenset(
    {"\\*", "MERGEFORMAT", "ARABIC", "ROMAN", "ALPHABETIC", "CHARFORMAT", "ORDINAL", "CARDTEXT"}
)


class UnsupportedContentError(Exception):
    """Story content the tool cannot redact; `what` names the element kind, never its text."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _attached(element: etree._Element, root: etree._Element) -> bool:
    while element is not None and element is not root:
        element = element.getparent()
    return element is root


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: etree._Element, keep: Callable[[etree._Element], bool]) -> None:
    """Put `element`'s kept children where it was, in order, and drop it."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate([c for c in element if keep(c)]):
        parent.insert(index + offset, child)
    parent.remove(element)


def _all(root: etree._Element, tags: Iterable[str]) -> list[etree._Element]:
    return list(root.iter(*tags))


def safe_field(instruction: str) -> bool:
    """True for a field whose instruction holds nothing but a page-number kind and switches."""
    tokens = instruction.split()
    return (
        bool(tokens)
        and tokens[0].upper() in _SAFE_FIELDS
        and all(t.upper() in _SAFE_SWITCHES for t in tokens[1:])
    )


def _accept_revisions(root: etree._Element) -> None:
    for row in _all(root, [w("tr")]):
        properties = row.find(w("trPr"))
        if properties is not None and properties.find(w("del")) is not None:
            _remove(row)
    for element in _all(root, _DROPPED):
        _remove(element)
    for element in _all(root, _UNWRAPPED):
        _unwrap(element, lambda c: True)
    for sdt in _all(root, [w("sdt")]):
        content = sdt.find(w("sdtContent"))
        if content is not None:
            _unwrap(content, lambda c: True)
        _unwrap(sdt, lambda c: True)
    for ruby in _all(root, [w("ruby")]):
        base = ruby.find(w("rubyBase"))
        if base is not None:
            _unwrap(base, lambda c: True)
        _unwrap(ruby, lambda c: c.tag == w("r"))


def _flatten_fields(root: etree._Element) -> None:
    """Fields become their shown result; only safe page-number fields keep their code."""
    for simple in _all(root, [w("fldSimple")]):
        if not safe_field(simple.get(w("instr"), "")):
            _unwrap(simple, lambda c: True)
    stack: list[tuple[list[etree._Element], list[etree._Element], list[bool]]] = []
    doomed: list[etree._Element] = []
    for element in _all(root, [w("fldChar"), w("instrText")]):
        if element.tag == w("instrText"):
            if stack and stack[-1][2][0]:
                stack[-1][1].append(element)
            else:
                doomed.append(element)
            continue
        kind = element.get(w("fldCharType"))
        if kind == "begin":
            stack.append(([element], [], [True]))
        elif stack and kind == "separate":
            stack[-1][0].append(element)
            stack[-1][2][0] = False
        elif stack and kind == "end":
            chars, codes, _ = stack.pop()
            chars.append(element)
            if not safe_field("".join(c.text or "" for c in codes)):
                doomed.extend(chars + codes)
        else:
            doomed.append(element)
    for chars, codes, _ in stack:
        doomed.extend(chars + codes)
    for element in doomed:
        _remove(element)


def is_reference(attribute: str) -> bool:
    """True for an attribute that names a relationship (r:id, r:embed..., VML's o:relid)."""
    return attribute.startswith(f"{{{R}}}") or attribute == f"{{{VO}}}relid"


def _has_reference(element: etree._Element) -> bool:
    """True if the element, or anything in it, points at another part (an image, a chart...)."""
    return any(
        any(is_reference(name) for name in node.attrib)
        for node in element.iter()
        if isinstance(node.tag, str)
    )


def _drawing_is_shape(drawing: etree._Element) -> bool:
    """A shape or text box that shows nothing from another part and no DrawingML text."""
    if _has_reference(drawing) or drawing.find(f".//{{{PIC}}}pic") is not None:
        return False
    return drawing.find(f".//{{{A}}}t") is None


def _pict_is_shape(pict: etree._Element) -> bool:
    """A VML shape or text box with no picture, OLE object or WordArt string."""
    if _has_reference(pict):
        return False
    return all(
        pict.find(f".//{tag}") is None
        for tag in (f"{{{V}}}textpath", f"{{{V}}}imagedata", f"{{{VO}}}OLEObject")
    )


def _clear_shape_names(shape: etree._Element) -> None:
    """Alt text, titles, link targets and names of a kept shape carry free text: cleared."""
    for node in shape.iter():
        if not isinstance(node.tag, str):
            continue
        for name in list(node.attrib):
            if name.rsplit("}", 1)[-1] in ("descr", "title", "alt", "href"):
                del node.attrib[name]
        if node.tag.endswith("}docPr") or node.tag.endswith("}cNvPr"):
            node.set("name", "Text Box")


def _remove_objects(root: etree._Element) -> int:
    """Drop pictures and embedded objects (keeping text boxes); return how many went."""
    for alternate in _all(root, [f"{{{MC}}}AlternateContent"]):
        fallback = alternate.find(f"{{{MC}}}Fallback")
        if fallback is not None and alternate.find(f"{{{MC}}}Choice") is not None:
            alternate.remove(fallback)
    removed = 0
    shape_number = 1025  # VML ids are renumbered from Word's first (`docx_names`)
    for element in _all(root, [*_OBJECTS, w("drawing"), w("pict")]):
        if not _attached(element, root):
            continue
        if element.tag == w("drawing") and _drawing_is_shape(element):
            _clear_shape_names(element)
            continue
        if element.tag == w("pict") and _pict_is_shape(element):
            _clear_shape_names(element)
            shape_number = renumber_vml(element, shape_number)
            continue
        _remove(element)
        removed += 1
    for alternate in _all(root, [f"{{{MC}}}AlternateContent"]):
        if not any(len(choice) for choice in alternate):
            _remove(alternate)
    background = root.find(w("background"))
    if background is not None and _has_reference(background):
        root.remove(background)
    return removed


def comment_authors(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Each comment of a story part with its author's name, before `clean_story` blanks it."""
    return [
        (node, node.get(w("author"), "").strip())
        for node in root.iter(w("comment"))
        if node.get(w("author"), "").strip()
    ]


def _clear_people(root: etree._Element) -> None:
    """Author and initials of comments and revisions are people; their dates go too."""
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for name in (w("author"), w("initials")):
            if name in node.attrib:
                node.set(name, "")
        if w("date") in node.attrib:
            del node.attrib[w("date")]


def _refuse_unsupported(root: etree._Element) -> None:
    if root.find(f".//{w('altChunk')}") is not None:
        raise UnsupportedContentError("an embedded HTML/RTF/document chunk (altChunk)")
    if root.find(f".//{w('subDoc')}") is not None:
        raise UnsupportedContentError("a linked subdocument")


def clean_story(root: etree._Element) -> int:
    """Clean one story part in place (see the module docstring); return objects removed."""
    if root.tag.split("}")[0].lstrip("{") != W:
        raise UnsupportedContentError("WordprocessingML in a namespace we do not read (Strict?)")
    _refuse_unsupported(root)
    _accept_revisions(root)
    _flatten_fields(root)
    removed = _remove_objects(root)
    _clear_people(root)
    return removed


#: Elements of settings-type parts that name people, templates, data sources or pictures,
#: or carry a name someone typed: caption labels ("Exhibit"), XML schemas and their places.
_SETTINGS_DROPPED = (
    *(w(t) for t in (
        "attachedTemplate", "docVars", "mailMerge", "saveThroughXslt", "embedRegular",
        "embedBold", "embedItalic", "embedBoldItalic", "numPicBullet", "lvlPicBulletId",
        "frameset", "rsids", "captions", "autoCaptions", "attachedSchema",
    )),
    "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary",
)  # fmt: skip


def clean_settings(root: etree._Element) -> None:
    """Remove from settings, fonts, numbering and web settings what can name or point out."""
    for element in _all(root, _SETTINGS_DROPPED):
        _remove(element)
    _clear_people(root)


__all__ = [
    "UnsupportedContentError",
    "clean_settings",
    "clean_story",
    "is_reference",
    "safe_field",
    "w",
]
