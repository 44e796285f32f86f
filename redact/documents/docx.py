"""Word documents: every part that holds text redacted or removed; the file stays a valid .docx.

A .docx is read as its zip of parts, not through python-docx, because python-docx sees only
the body, tables and headers: comments, footnotes, endnotes, text boxes, content controls,
tracked changes, document properties and custom XML would go out as they came in. Here:

- story parts (body with its tables and nested tables, every header and footer of every
  section, footnotes, endnotes, comments) are cleaned (`docx_clean`) and every paragraph in
  them is redacted as one string and written back over its runs (`docx_text`);
- custom style names and ids, list labels and VML shape ids become neutral ones
  (`docx_names`);
- properties, custom XML, people, comment threading, thumbnails are dropped, and so are
  images and embedded objects (their number is kept in `removed_objects` for the manifest);
- relationships lose external targets (hyperlinks, templates) and links to dropped parts;
- every kept part loses markup that holds words outside its paragraphs: XML comments, stray
  text, extension markup Word skips (`docx_scrub`); a kept part whose name is not one Word
  gives its parts ("word/header for Ana Ruiz.xml") is renamed, and a relationship id that is
  not Word's shape ("rIdAnaRuiz") renumbered: the zip's member names are read too;
- a part we do not know, an altChunk, a glossary, an unreadable member fails the whole
  document with a reason naming the file and the kind of part (`DocumentReadError`).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from redact.documents import docx_clean, docx_names, docx_scrub, docx_text
from redact.documents.docx_joins import run_on_breaks
from redact.documents.docx_parts import (
    REFUSED_RELATIONSHIPS,
    ContentTypes,
    Role,
    UnsupportedPartError,
    classify,
    shown_part,
    usual_part,
)
from redact.documents.invisible import visible
from redact.errors import DocumentReadError

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
#: A relationship id as Word, LibreOffice and python-docx write it.
_RELATIONSHIP_ID = re.compile(r"rId\d+|R[0-9a-f]{16}", re.IGNORECASE)

#: The order in which story parts are read. The body comes last: a notice the policy
#: appends to the end of the text (42 CFR part 2) then lands in the body, not in a comment.
_STORY_RANK = (
    "header+xml",
    "footer+xml",
    "footnotes+xml",
    "endnotes+xml",
    "comments+xml",
)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


@dataclass
class DocxPackage:
    """A loaded, already cleaned .docx: its parts, parsed where we rewrite them."""

    name: str
    order: list[str]
    raw: dict[str, bytes]
    roles: dict[str, Role]
    trees: dict[str, etree._Element] = field(default_factory=dict)
    stories: list[str] = field(default_factory=list)
    #: Pictures, embedded objects, charts, equations... removed from the document's text.
    removed_objects: int = 0
    #: Each comment and its author's name as written, read before cleaning blanked it: a
    #: policy that keeps professionals gives a comment its author back (`redact_docx`).
    comment_authors: list[tuple[etree._Element, str]] = field(default_factory=list)

    def paragraphs(self) -> list[etree._Element]:
        """Every paragraph that has text, story by story, in document order."""
        found = []
        for part in self.stories:
            for paragraph in docx_text.paragraphs(self.trees[part]):
                if docx_text.paragraph_text(paragraph).strip():
                    found.append(paragraph)
        return found

    def body_paragraphs(self) -> int:
        """How many of `paragraphs()` are the main body's (its story comes last)."""
        if not self.stories:
            return 0
        body = self.trees[self.stories[-1]]
        return sum(1 for p in docx_text.paragraphs(body) if docx_text.paragraph_text(p).strip())

    def to_bytes(self) -> bytes:
        """The package as a .docx, dropped parts left out, parsed parts serialised."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for part in self.order:
                if self.roles[part] in (Role.METADATA, Role.OBJECT):
                    continue
                tree = self.trees.get(part)
                data = self.raw[part] if tree is None else _serialise(tree)
                target.writestr(part, data)
        return out.getvalue()


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _read_members(archive: zipfile.ZipFile, name: str) -> tuple[list[str], dict[str, bytes]]:
    order: list[str] = []
    raw: dict[str, bytes] = {}
    seen: set[str] = set()
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.filename.lower() in seen:  # readers differ on which copy they show
            raise DocumentReadError(
                f"cannot read {name}: not a valid .docx, zip member "
                f"({shown_part(info.filename)}) appears twice; nothing from it is released"
            )
        seen.add(info.filename.lower())
        try:
            raw[info.filename] = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError) as exc:  # fmt: skip
            raise DocumentReadError(
                f"cannot read {name}: not a valid .docx, zip member "
                f"({shown_part(info.filename)}) is unreadable ({type(exc).__name__}); "
                "nothing from it is released"
            ) from None
        order.append(info.filename)
    return order, raw


def _content_types(root: etree._Element) -> ContentTypes:
    defaults = {
        (e.get("Extension") or "").lower(): e.get("ContentType") or ""
        for e in root.iter(f"{{{_CT}}}Default")
    }
    overrides = {
        (e.get("PartName") or "").lower(): e.get("ContentType") or ""
        for e in root.iter(f"{{{_CT}}}Override")
    }
    return ContentTypes(defaults, overrides)


def _source_of(rels_part: str) -> str:
    """`word/_rels/document.xml.rels` → `word/document.xml`; `_rels/.rels` → ``."""
    folder, file = posixpath.split(rels_part)
    return posixpath.join(posixpath.dirname(folder), file[: -len(".rels")]).lstrip("/")


def _target_of(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


class _Loader:
    """Builds a cleaned `DocxPackage`; every failure names the file and a kind of part."""

    def __init__(self, name: str, order: list[str], raw: dict[str, bytes]) -> None:
        self.package = DocxPackage(name, order, raw, {})
        self.by_lower = {part.lower(): part for part in order}

    def parse(self, part: str) -> etree._Element:
        try:
            root = etree.fromstring(self.package.raw[part], _PARSER)
        except etree.XMLSyntaxError:
            raise DocumentReadError(
                f"cannot read {self.package.name}: not a valid .docx, "
                f"{shown_part(part)} is not well-formed XML; "
                "nothing from it is released"
            ) from None
        self.package.trees[part] = root
        return root

    def load(self) -> DocxPackage:
        package = self.package
        types_part = self.by_lower.get("[content_types].xml")
        if types_part is None:
            raise DocumentReadError(
                f"cannot read {package.name}: not a valid .docx (no content types)"
            )
        types = _content_types(self.parse(types_part))
        kinds = {part: types.of(part) for part in package.order}
        self._refuse_relationships()
        for part in package.order:
            package.roles[part] = classify(part, kinds[part])
        for part in package.order:
            role = package.roles[part]
            try:
                if role is Role.STORY:
                    root = self.parse(part)
                    package.comment_authors += docx_clean.comment_authors(root)
                    package.removed_objects += docx_clean.clean_story(root)
                elif role is Role.SETTINGS:
                    docx_clean.clean_settings(self.parse(part))
            except docx_clean.UnsupportedContentError as exc:
                raise UnsupportedPartError(part, exc.what) from None
        docx_names.clean_names(
            tree for part, tree in package.trees.items()
            if package.roles[part] in (Role.STORY, Role.SETTINGS)
        )  # fmt: skip
        main = self._filter_relationships()
        if main is None:
            raise DocumentReadError(
                f"cannot read {package.name}: not a valid .docx (no main document)"
            )
        self._drop_overrides(self.package.trees[types_part])
        self._scrub()
        self._check_references()
        self._renumber_relationships()
        renames = self._rename_parts(types_part)
        main = renames.get(main, main)
        kinds = {renames.get(part, part): kind for part, kind in kinds.items()}
        self._drop_defaults(self.package.trees[types_part])
        ranked = [p for p in package.order if package.roles[p] is Role.STORY]
        ranked.sort(key=lambda p: (p == main, _rank(kinds[p]), p))
        package.stories = ranked
        for part in ranked:
            try:
                docx_text.check_covered(package.trees[part])
            except docx_clean.UnsupportedContentError as exc:
                raise UnsupportedPartError(part, exc.what) from None
        return package

    def _refuse_relationships(self) -> None:
        """An altChunk or subdocument is named as such, before its target's type is judged."""
        for part in self.package.order:
            if not part.lower().endswith(".rels"):
                continue
            for rel in self.parse(part).iter(f"{{{_PR}}}Relationship"):
                kind = rel.get("Type") or ""
                for suffix, what in REFUSED_RELATIONSHIPS.items():
                    if kind.endswith(suffix):
                        raise UnsupportedPartError(part, what)

    def _dropped(self, part: str) -> bool:
        actual = self.by_lower.get(part.lower())
        return actual is not None and self.package.roles[actual] in (Role.METADATA, Role.OBJECT)

    def _filter_relationships(self) -> str | None:
        """Drop external and hyperlink targets and links to dropped parts; return the main part."""
        main = None
        for part in list(self.package.order):
            if self.package.roles[part] is not Role.RELATIONSHIPS:
                continue
            source = _source_of(part)
            if source and self._dropped(source):
                self.package.roles[part] = Role.METADATA
                continue
            root = self.package.trees[part]
            for rel in list(root.iter(f"{{{_PR}}}Relationship")):
                kind = rel.get("Type") or ""
                if rel.get("TargetMode") == "External" or kind.endswith("/hyperlink"):
                    root.remove(rel)
                    continue
                target = _target_of(source, rel.get("Target") or "")
                if self._dropped(target):
                    root.remove(rel)
                elif not source and kind.endswith(_OFFICE_DOCUMENT):
                    actual = self.by_lower.get(target.lower())
                    if actual is not None and self.package.roles[actual] is Role.STORY:
                        main = actual
        return main

    def _scrub(self) -> None:
        """Comments, stray text and extension markup out of every kept part (`docx_scrub`)."""
        for part, root in self.package.trees.items():
            if self.package.roles[part] in (Role.METADATA, Role.OBJECT):
                continue
            try:
                docx_scrub.scrub(root)
            except docx_clean.UnsupportedContentError as exc:
                raise UnsupportedPartError(part, exc.what) from None

    def _kept_parts(self) -> list[str]:
        roles = self.package.roles
        return [p for p in self.package.order if roles[p] in (Role.STORY, Role.SETTINGS)]

    def _rels_of(self, part: str) -> str | None:
        folder, file = posixpath.split(part)
        return self.by_lower.get(posixpath.join(folder, "_rels", file + ".rels").lower())

    def _renumber_relationships(self) -> None:
        """A relationship id is free text ("rIdAnaRuiz"): one not in Word's shape is renumbered,
        and the references to it in its source part follow."""
        package = self.package
        for part in self._kept_parts():
            rels_part = self._rels_of(part)
            if rels_part is None or package.roles[rels_part] is not Role.RELATIONSHIPS:
                continue
            renamed: dict[str, str] = {}
            relationships = list(package.trees[rels_part].iter(f"{{{_PR}}}Relationship"))
            taken = {r.get("Id") for r in relationships}
            number = 1
            for rel in relationships:
                old = rel.get("Id") or ""
                if _RELATIONSHIP_ID.fullmatch(old):
                    continue
                while f"rId{number}" in taken:
                    number += 1
                renamed[old] = f"rId{number}"
                taken.add(renamed[old])
                rel.set("Id", renamed[old])
            if not renamed:
                continue
            for node in package.trees[part].iter():
                if not isinstance(node.tag, str):
                    continue
                for attribute, value in node.attrib.items():
                    if docx_clean.is_reference(attribute) and value in renamed:
                        node.set(attribute, renamed[value])

    def _rename_parts(self, types_part: str) -> dict[str, str]:
        """Give each kept part whose name Word would not give a neutral one; return the
        renames. Relationship targets, the content-type table and the part's own
        relationships follow; a relationship part of no kept part is dropped."""
        package = self.package
        renames: dict[str, str] = {}
        for part in self._kept_parts():
            if usual_part(part):
                continue
            number = len(renames) + 1
            while f"word/part{number}.xml" in self.by_lower:
                number += 1
            renames[part] = f"word/part{number}.xml"
        for part in package.order:
            if package.roles[part] is not Role.RELATIONSHIPS:
                continue
            source = _source_of(part)
            if source and (self.by_lower.get(source.lower()) not in self._kept_parts()):
                package.roles[part] = Role.METADATA  # the relationships of nothing we keep
            elif source in renames:  # otherwise named after a part with a usual name
                folder, file = posixpath.split(renames[source])
                renames[part] = posixpath.join(folder, "_rels", file + ".rels")
        if not renames:
            return renames
        for part in package.order:
            if package.roles[part] is not Role.RELATIONSHIPS:
                continue
            source = _source_of(part)
            for rel in package.trees[part].iter(f"{{{_PR}}}Relationship"):
                target = self.by_lower.get(_target_of(source, rel.get("Target") or "").lower())
                if target in renames:
                    rel.set("Target", "/" + renames[target])
        for override in package.trees[types_part].iter(f"{{{_CT}}}Override"):
            actual = self.by_lower.get((override.get("PartName") or "").lstrip("/").lower())
            if actual in renames:
                override.set("PartName", "/" + renames[actual])
        for old, new in renames.items():
            package.raw[new] = package.raw.pop(old)
            package.roles[new] = package.roles.pop(old)
            if old in package.trees:
                package.trees[new] = package.trees.pop(old)
        package.order = [renames.get(part, part) for part in package.order]
        self.by_lower = {part.lower(): part for part in package.order}
        return renames

    def _drop_defaults(self, root: etree._Element) -> None:
        """A default content type for an extension no kept part has is someone's text."""
        used = {"rels", "xml"} | {
            posixpath.splitext(part)[1].lstrip(".").lower()
            for part in self.package.order
            if self.package.roles[part] not in (Role.METADATA, Role.OBJECT)
        }
        for default in list(root.iter(f"{{{_CT}}}Default")):
            if (default.get("Extension") or "").lower() not in used:
                root.remove(default)

    def _drop_overrides(self, root: etree._Element) -> None:
        for override in list(root.iter(f"{{{_CT}}}Override")):
            if self._dropped((override.get("PartName") or "").lstrip("/")):
                root.remove(override)

    def _check_references(self) -> None:
        """Every r:id left in a kept part must still have its relationship (fail closed)."""
        package = self.package
        for part, root in package.trees.items():
            if package.roles[part] not in (Role.STORY, Role.SETTINGS):
                continue
            rels_part = self.by_lower.get(
                posixpath.join(
                    posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels"
                ).lower()
            )
            ids = set()
            if rels_part is not None and rels_part in package.trees:
                ids = {r.get("Id") for r in package.trees[rels_part].iter(f"{{{_PR}}}Relationship")}
            for node in root.iter():
                if not isinstance(node.tag, str):
                    continue
                for attribute, value in node.attrib.items():
                    if docx_clean.is_reference(attribute) and value not in ids:
                        raise UnsupportedPartError(part, "a link to removed or external content")


def _rank(content_type: str) -> int:
    for index, suffix in enumerate(_STORY_RANK):
        if content_type.endswith(suffix):
            return index
    return len(_STORY_RANK)


def load_docx(data: bytes, name: str) -> DocxPackage:
    """Open and clean a .docx from bytes, or raise `DocumentReadError` naming the file."""
    if not data:
        raise DocumentReadError(f"cannot read {name}: it is empty")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise DocumentReadError(
            f"cannot read {name}: not a valid .docx ({type(exc).__name__})"
        ) from None
    with archive:
        order, raw = _read_members(archive, name)
    try:
        return _Loader(name, order, raw).load()
    except UnsupportedPartError as exc:
        raise DocumentReadError(
            f"cannot redact {name}: it holds {exc.what} in {shown_part(exc.part)}, which the tool "
            "cannot process; nothing from it is released"
        ) from None
    except docx_clean.UnsupportedContentError as exc:
        raise DocumentReadError(
            f"cannot redact {name}: it holds {exc.what}, which the tool cannot process; "
            "nothing from it is released"
        ) from None
    except (etree.LxmlError, ValueError, TypeError, KeyError) as exc:  # odd markup, odd names
        raise DocumentReadError(
            f"cannot read {name}: not a valid .docx ({type(exc).__name__}); "
            "nothing from it is released"
        ) from None


def docx_paragraph_texts(document: DocxPackage) -> list[str]:
    """Every paragraph's text: headers, footers, notes, comments, then the body (tables too)."""
    return [visible(docx_text.paragraph_text(p)) for p in document.paragraphs()]


#: How a comment's author is put to the Redactor: after a label that says the name is staff's.
AUTHOR_LABEL = "Comment author: "


#: Redacts a document's paragraph texts at once; the set holds the indices `i` whose text
#: runs on into text `i + 1` (a paragraph break inside a sentence, `docx_joins`).
RedactTexts = Callable[[list[str], frozenset[int]], list[str]]


def redact_docx(
    document: DocxPackage,
    redact_texts: RedactTexts,
    keep_authors: bool = False,
) -> bytes:
    """Apply `redact_texts` to all paragraph texts at once; return the new document's bytes.

    Paragraph breaks that fall inside a sentence are given with the texts (`docx_joins`), so
    an address, a phone or a name broken over two paragraphs is read whole.

    With `keep_authors` (a policy that keeps professionals: the court must know who wrote
    what), each comment's author goes to the Redactor with the paragraphs, after a label
    that says it is staff's, and is given back to the comment only when it comes back
    whole; otherwise, and under every other policy, the comment has no author.
    """
    paragraphs = document.paragraphs()
    # without invisible format characters: a soft hyphen inside a name hid it (`invisible`)
    originals = [visible(docx_text.paragraph_text(p)) for p in paragraphs]
    authors = document.comment_authors if keep_authors else []
    labelled = [AUTHOR_LABEL + author for _, author in authors]
    # the authors go before the body, which comes last (a notice appended lands in it)
    at = len(originals) - document.body_paragraphs()
    joins = run_on_breaks(paragraphs, originals)
    # the labels sit between two stories, where no break runs on
    shifted = frozenset(i if i < at else i + len(labelled) for i in joins)
    redacted = redact_texts(originals[:at] + labelled + originals[at:], shifted)
    if len(redacted) != len(originals) + len(labelled):
        raise DocumentReadError(f"cannot redact {document.name}: paragraphs were lost in redaction")
    for (comment, _), before, after in zip(
        authors, labelled, redacted[at : at + len(labelled)], strict=True
    ):
        if after == before:  # kept whole for its role; a name that went, goes
            comment.set(docx_clean.w("author"), before[len(AUTHOR_LABEL) :])
    redacted = redacted[:at] + redacted[at + len(labelled) :]
    try:
        for paragraph, after in zip(paragraphs, redacted, strict=True):
            docx_text.write_paragraph(paragraph, after)
    except docx_clean.UnsupportedContentError as exc:
        raise DocumentReadError(
            f"cannot redact {document.name}: it holds {exc.what}; nothing from it is released"
        ) from None
    except ValueError:  # lxml refuses characters XML cannot hold
        raise DocumentReadError(
            f"cannot redact {document.name}: the redacted text holds characters XML cannot "
            "hold; nothing from it is released"
        ) from None
    return document.to_bytes()


__all__ = ["DocxPackage", "RedactTexts", "docx_paragraph_texts", "load_docx", "redact_docx"]
