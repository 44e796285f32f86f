"""Names a .docx gives its own formatting: custom styles, list labels, VML shape ids.

They are not paragraphs, so no redaction reads them, yet a recipient sees them: Word shows a
custom style's name in the style gallery ("Letter to Marisol"), its id is made from that
name ("LettertoMarisol"), a list level's label text is printed before each item
("Call 503-555-0187 – 1."), a numbering definition has a name, and a VML shape keeps the id
its author typed. None of them carries meaning a record needs, so each is replaced by a
neutral one rather than redacted:

- a custom style gets the id `Custom1`... and the name `Custom style 1`..., and every
  reference to it in any part (paragraph, run and table styles, `basedOn`, `next`, `link`,
  numbering links) follows; built-in styles keep their names (Word knows them by name),
  every style loses its aliases. A style is custom when it says so (`w:customStyle`) or
  when its name is not one Word gives its own styles (the names in python-docx's copy of
  Word's default template): a tool need not mark a style it made up;
- a theme's names and its colour, font and effect schemes' names become "Office";
- a numbering definition loses its name, and a list label keeps only its level
  placeholders (`%1`) and punctuation; a one-character label (a bullet) stays;
- VML shapes and shape types are renumbered (`_x0000_s1025`...), and the shape-type
  references and `o:spid` follow.
"""

from __future__ import annotations

import functools
import importlib.resources
import io
import re
import zipfile
from collections.abc import Iterable

from lxml import etree

#: WordprocessingML and VML namespaces, shared with `docx_clean`.
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
VO = "urn:schemas-microsoft-com:office:office"


def w(tag: str) -> str:
    """A WordprocessingML tag in Clark notation."""
    return f"{{{W}}}{tag}"


#: Elements whose `w:val` names a style by its id.
_STYLE_REFERENCES = tuple(
    w(t)
    for t in ("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "numStyleLink",
              "styleLink")
)  # fmt: skip
_ON = frozenset({"1", "true", "on"})
#: What a list label may keep: level placeholders and characters that are not word characters.
_LABEL_KEPT = re.compile(r"%\d|[^\w\s]|\s")
#: A shape type or shape id as Word writes it (`_x0000_t202`: the type's number).
_WORD_SHAPE_ID = re.compile(r"_x0000_[ts]\d+")


@functools.cache
def builtin_style_names() -> frozenset[str]:
    """Names Word gives its own styles, case-folded: every style and latent style named in
    the default template python-docx ships (a copy of Word's own)."""
    templates = importlib.resources.files("docx") / "templates"
    with zipfile.ZipFile(io.BytesIO((templates / "default.docx").read_bytes())) as archive:
        xml = archive.read("word/styles.xml")
    names: set[str] = set()
    for data in (xml, (templates / "default-styles.xml").read_bytes()):
        root = etree.fromstring(data)
        names.update(e.get(w("val"), "") for e in root.iter(w("name")))
        names.update(e.get(w("name"), "") for e in root.iter(w("lsdException")))
    return frozenset(name.casefold() for name in names if name)


def _is_custom(style: etree._Element) -> bool:
    if style.get(w("customStyle"), "").lower() in _ON:
        return True
    name = style.find(w("name"))
    return name is None or name.get(w("val"), "").casefold() not in builtin_style_names()


def _custom_style_ids(trees: Iterable[etree._Element]) -> dict[str, str]:
    """Rename each custom style in the styles part(s); return old id -> new id."""
    renamed: dict[str, str] = {}
    for root in trees:
        if root.tag != w("styles"):
            continue
        for style in root.iter(w("style")):
            for alias in style.findall(w("aliases")):
                style.remove(alias)
            if not _is_custom(style):
                continue
            number = len(renamed) + 1
            old = style.get(w("styleId"), "")
            renamed[old] = f"Custom{number}"
            style.set(w("styleId"), renamed[old])
            name = style.find(w("name"))
            if name is None:
                name = etree.SubElement(style, w("name"))
            name.set(w("val"), f"Custom style {number}")
    return renamed


def _follow(trees: Iterable[etree._Element], renamed: dict[str, str]) -> None:
    for root in trees:
        for node in root.iter(*_STYLE_REFERENCES):
            value = node.get(w("val"))
            if value in renamed:
                node.set(w("val"), renamed[value])


def list_label(value: str) -> str:
    """A list level's label with only placeholders and punctuation kept (a bullet stays)."""
    if len(value) <= 1:
        return value
    return re.sub(r"\s+", " ", "".join(_LABEL_KEPT.findall(value))).strip()


def _clean_numbering(trees: Iterable[etree._Element]) -> None:
    for root in trees:
        if root.tag != w("numbering"):
            continue
        for name in list(root.iter(w("name"))):
            parent = name.getparent()
            if parent is not None:
                parent.remove(name)
        for label in root.iter(w("lvlText")):
            label.set(w("val"), list_label(label.get(w("val"), "")))


#: Theme elements whose `name` is free text shown in Word's Design tab.
_THEME_NAMED = tuple(f"{{{A}}}{t}" for t in ("theme", "clrScheme", "fontScheme", "fmtScheme"))


def _clean_theme(trees: Iterable[etree._Element]) -> None:
    for root in trees:
        for node in root.iter(*_THEME_NAMED):
            if "name" in node.attrib:
                node.set("name", "Office")


def clean_names(trees: Iterable[etree._Element]) -> None:
    """Neutral style names and ids, list labels, numbering and theme names in the parts."""
    roots = list(trees)
    renamed = _custom_style_ids(roots)
    if renamed:
        _follow(roots, renamed)
    _clean_numbering(roots)
    _clean_theme(roots)


def renumber_vml(shape: etree._Element, start: int) -> int:
    """Give every VML element with an id in `shape` a generated one; references follow.

    Returns the next free number, so the caller numbers a part's shapes uniquely.
    """
    renamed: dict[str, str] = {}
    for node in shape.iter():
        if not isinstance(node.tag, str) or not node.tag.startswith(f"{{{V}}}"):
            continue
        old = node.get("id")
        if old is None:
            continue
        kind = "t" if node.tag == f"{{{V}}}shapetype" else "s"
        renamed[old] = f"_x0000_{kind}{start}"
        node.set("id", renamed[old])
        start += 1
    for node in shape.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute in ("type", f"{{{VO}}}spid"):
            value = node.get(attribute)
            if value is None:
                continue
            target = value[1:] if value.startswith("#") else value
            if target in renamed:
                node.set(attribute, value[: len(value) - len(target)] + renamed[target])
            elif not _WORD_SHAPE_ID.fullmatch(target):  # a typed name we cannot follow
                del node.attrib[attribute]
    return start


__all__ = ["clean_names", "list_label", "renumber_vml"]
