"""What each part of a .docx package is, and so what redaction does with it.

A .docx is a zip of parts, each with a content type. Text the recipient can read lives in
more parts than the body: headers, footers, notes, comments, document properties, custom
XML, embedded objects. Every part is sorted into one of a few roles here, and a part whose
content type we do not know makes the whole document fail: an unknown part may hold text,
and releasing it unread would be a leak (fail closed).
"""

from __future__ import annotations

import enum
import posixpath
import re
from dataclasses import dataclass


class Role(enum.Enum):
    """What happens to a part."""

    #: WordprocessingML that holds the document's text: every paragraph is redacted.
    STORY = "story"
    #: Formatting and settings: kept, after the few elements that can name people are removed.
    SETTINGS = "settings"
    #: Metadata (properties, custom XML, people, comment threading): removed.
    METADATA = "metadata"
    #: Images, embedded files, charts, diagrams, fonts, ActiveX, ink: removed.
    OBJECT = "object"
    #: Relationship parts: kept, minus links to removed parts and external targets.
    RELATIONSHIPS = "relationships"
    #: The content-type table of the package.
    CONTENT_TYPES = "content-types"


_OFFICE = "application/vnd.openxmlformats-officedocument."
_WORDML = _OFFICE + "wordprocessingml."

#: Content types whose parts hold the document's paragraphs.
STORY_TYPES = frozenset(
    {
        _WORDML + "document.main+xml",
        _WORDML + "template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        _WORDML + "header+xml",
        _WORDML + "footer+xml",
        _WORDML + "footnotes+xml",
        _WORDML + "endnotes+xml",
        _WORDML + "comments+xml",
    }
)

_SETTINGS_TYPES = frozenset(
    {
        _WORDML + "settings+xml",
        _WORDML + "styles+xml",
        _WORDML + "numbering+xml",
        _WORDML + "fontTable+xml",
        _WORDML + "webSettings+xml",
        "application/vnd.ms-word.stylesWithEffects+xml",
        _OFFICE + "theme+xml",
    }
)

_METADATA_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-package.core-properties+xml",
        _OFFICE + "extended-properties+xml",
        _OFFICE + "custom-properties+xml",
        _OFFICE + "customXmlProperties+xml",
        _WORDML + "people+xml",
        _WORDML + "commentsExtended+xml",
        _WORDML + "commentsIds+xml",
        _WORDML + "commentsExtensible+xml",
        _WORDML + "printerSettings",
        "application/vnd.ms-word.commentsExtended+xml",
        "application/vnd.ms-word.commentsIds+xml",
        "application/vnd.ms-word.commentsExtensible+xml",
        "application/vnd.ms-word.people+xml",
        "application/vnd.ms-word.keyMapCustomizations+xml",
        "application/vnd.ms-word.attachedToolbars",
        "application/vnd.ms-office.vbaProject",
        "application/vnd.ms-word.vbaData+xml",
        "application/vnd.ms-office.webextension+xml",
        "application/vnd.ms-office.webextensiontaskpanes+xml",
        "application/vnd.ms-office.classificationlabels+xml",
        "application/vnd.ms-office.intelligence+xml",
        "application/vnd.ms-office.intelligence2+xml",
        _WORDML + "mailMergeRecipientData+xml",
    }
)

#: Folders whose parts are embedded objects, whatever their content type says.
_OBJECT_FOLDERS = (
    "word/media/",
    "word/embeddings/",
    "word/activex/",
    "word/charts/",
    "word/diagrams/",
    "word/ink/",
    "word/fonts/",
)

_OBJECT_TYPE_PREFIXES = ("image/", "video/", "audio/", "application/x-font")

_OBJECT_TYPES = frozenset(
    {
        _OFFICE + "oleObject",
        _OFFICE + "obfuscatedFont",
        _OFFICE + "drawingml.chart+xml",
        _OFFICE + "drawingml.chartshapes+xml",
        _OFFICE + "drawingml.diagramData+xml",
        _OFFICE + "drawingml.diagramLayout+xml",
        _OFFICE + "drawingml.diagramStyle+xml",
        _OFFICE + "drawingml.diagramColors+xml",
        "application/vnd.ms-office.drawingml.diagramDrawing+xml",
        "application/vnd.ms-office.chartstyle+xml",
        "application/vnd.ms-office.chartcolorstyle+xml",
        "application/vnd.ms-office.activeX+xml",
        "application/vnd.ms-office.activeX",
        "application/inkml+xml",
    }
)

#: Content types we refuse, with the words a manifest reason uses for them.
REFUSED_TYPES = {
    _WORDML + "document.glossary+xml": "a glossary document (building blocks)",
}

#: Relationship types whose targets we refuse: content we cannot redact inside the document.
REFUSED_RELATIONSHIPS = {
    "/aFChunk": "an embedded HTML/RTF/document chunk (altChunk)",
    "/subDocument": "a linked subdocument",
}


#: Names of parts as Word, LibreOffice and python-docx write them (folder, then stem, then
#: number): only such a name is shown in a reason. A part's name is the author's text like
#: any other ("word/Letter to Ana Ruiz.xml"), and a reason reaches the agency's manifest,
#: stderr and the review page.
_USUAL_PART = re.compile(
    r"(?:(?:word|docProps|customXml|_rels|word/_rels|word/theme|word/media|word/embeddings"
    r"|word/glossary|word/charts|word/diagrams|word/fonts|customXml/_rels)/)?"
    r"(?:\.rels|\[Content_Types\]\.xml|(?:document|styles|stylesWithEffects|settings|webSettings|fontTable"
    r"|numbering|footnotes|endnotes|comments(?:Extended|Ids|Extensible)?|people|header\d*"
    r"|footer\d*|theme\d*|item\d*|itemProps\d*|core|app|custom|image\d*|oleObject\d*"
    r"|chart\d*|thumbnail|vbaProject|vbaData|customizations|settings\d*)"
    r"\.(?:xml|rels|bin|png|jpe?g|gif|emf|wmf)(?:\.rels)?)",
    re.IGNORECASE,
)
_USUAL_TYPE = (
    "application/vnd.openxmlformats-", "application/vnd.ms-", "application/xml", "text/xml",
    "image/", "application/octet-stream", "application/rtf", "text/html", "text/plain",
    "application/xhtml+xml",
)  # fmt: skip


def usual_part(part: str) -> bool:
    """True for a part named as Word, LibreOffice and python-docx name their parts."""
    return _USUAL_PART.fullmatch(part) is not None


def shown_part(part: str) -> str:
    """A part's name as a reason may show it: Word's own names whole, any other by its
    extension only ("an unusually named .xml part")."""
    if _USUAL_PART.fullmatch(part):
        return f"part '{part}'"
    extension = posixpath.splitext(part)[1][:8]
    return f"an unusually named {extension or 'extensionless'} part"


def shown_type(content_type: str) -> str:
    """A content type as a reason may show it (an author can write any text there)."""
    if not content_type:
        return "(undeclared)"
    if content_type.startswith(_USUAL_TYPE) and len(content_type) <= 100:
        return f"'{content_type}'"
    return "(an unusual one)"


class UnsupportedPartError(Exception):
    """A part the tool cannot redact; `what` names its kind, never its text."""

    def __init__(self, part: str, what: str) -> None:
        super().__init__(f"{what} ({part})")
        self.part = part
        self.what = what


@dataclass(frozen=True)
class ContentTypes:
    """The package's `[Content_Types].xml`: defaults by extension, overrides by part name."""

    defaults: dict[str, str]
    overrides: dict[str, str]

    def of(self, part: str) -> str:
        """The content type of `part` (a zip member name), or "" if none is declared."""
        found = self.overrides.get("/" + part.lower())
        if found is not None:
            return found
        extension = posixpath.splitext(part)[1].lstrip(".").lower()
        return self.defaults.get(extension, "")


def classify(part: str, content_type: str) -> Role:
    """The role of one zip member; raises `UnsupportedPartError` for anything we cannot process."""
    lowered = part.lower()
    if lowered == "[content_types].xml":
        return Role.CONTENT_TYPES
    if lowered.endswith(".rels") and "/_rels/" in "/" + lowered:
        return Role.RELATIONSHIPS
    if content_type in REFUSED_TYPES:
        raise UnsupportedPartError(part, REFUSED_TYPES[content_type])
    if lowered.startswith("word/glossary/"):
        raise UnsupportedPartError(part, "a glossary document (building blocks)")
    if content_type in STORY_TYPES:
        return Role.STORY
    if content_type in _SETTINGS_TYPES:
        return Role.SETTINGS
    if content_type in _METADATA_TYPES or lowered.startswith(
        ("customxml/", "docprops/", "docmetadata/")
    ):
        return Role.METADATA
    if (
        content_type in _OBJECT_TYPES
        or content_type.startswith(_OBJECT_TYPE_PREFIXES)
        or lowered.startswith(_OBJECT_FOLDERS)
    ):
        return Role.OBJECT
    raise UnsupportedPartError(part, f"a part of unknown type {shown_type(content_type)}")


__all__ = [
    "REFUSED_RELATIONSHIPS",
    "STORY_TYPES",
    "ContentTypes",
    "Role",
    "UnsupportedPartError",
    "classify",
    "shown_part",
    "shown_type",
    "usual_part",
]
