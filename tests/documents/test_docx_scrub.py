"""Side doors of a .docx outside its paragraphs, each closed through the batch stage.

Each case is a real .docx (python-docx, then one part edited as Word's XML allows) with an
invented name where no paragraph holds it: an XML comment, stray text between elements,
extension markup, a style's, theme's or caption's name, a part's or relationship's name.
The name must be gone from every member of the output and from the members' names, under
a policy that removes the record's subject and one that keeps it; the text stays.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from lxml import etree

from pipelines.stages import process_file
from pipelines.units import Source
from redact import Redactor
from redact.documents.docx import load_docx
from redact.documents.docx_scrub import scrub
from redact.errors import DocumentReadError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = "The worker met the family at home and reviewed the safety plan."
SUBJECT = "Marisol Quintanilla"


def _base() -> bytes:
    document = docx.Document()
    document.add_paragraph(BODY)
    document.sections[0].header.paragraphs[0].text = "Confidential record"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rebuild(data: bytes, edit: Callable[[str, bytes], tuple[str, bytes]]) -> bytes:
    """`data` with each member passed through `edit(name, bytes) -> (name, bytes)`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(*edit(info.filename, source.read(info)))
    return out.getvalue()


def _in_part(part: str, old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        def one(name: str, content: bytes) -> tuple[str, bytes]:
            if name != part:
                return name, content
            assert old in content, f"{part} has no {old!r}"
            return name, content.replace(old, new, 1)

        return _rebuild(data, one)

    return edit


def _header_named(name: str) -> Callable[[bytes], bytes]:
    """The header part renamed, its relationship and content-type entry following."""

    def edit(data: bytes) -> bytes:
        def one(member: str, content: bytes) -> tuple[str, bytes]:
            if member == "word/header1.xml":
                return name, content
            if member in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                return member, content.replace(b"header1.xml", name[len("word/") :].encode())
            return member, content

        return _rebuild(data, one)

    return edit


def _style_without_custom_mark(data: bytes) -> bytes:
    def add(content: bytes) -> bytes:
        root = etree.fromstring(content)
        style = etree.SubElement(root, f"{{{W}}}style")
        style.set(f"{{{W}}}type", "paragraph")
        style.set(f"{{{W}}}styleId", "LettertoHildegard")
        etree.SubElement(style, f"{{{W}}}name").set(f"{{{W}}}val", "Letter to Hildegard Wrexham")
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))

    return _rebuild(data, lambda n, c: (n, add(c) if n == "word/styles.xml" else c))


_FOREIGN = (
    b'<x9:note xmlns:x9="urn:example:notes" x9:by="Desmond Ravenscroft">'
    b"Octavius Pembleton</x9:note><w:r>"
)

#: channel -> (how the name is planted, the names that must be gone)
CHANNELS: dict[str, tuple[Callable[[bytes], bytes], tuple[str, ...]]] = {
    "xml comment and processing instruction": (
        _in_part(
            "word/document.xml",
            b"<w:body>",
            b"<!-- for Gwendolyn Arbuthnot --><?note Reginald Fairbrother?><w:body>",
        ),
        ("Arbuthnot", "Fairbrother"),
    ),
    "xml comment in styles": (
        _in_part(
            "word/styles.xml", b"<w:docDefaults>", b"<!--Cordelia Pennington--><w:docDefaults>"
        ),
        ("Pennington",),
    ),
    "text between elements": (
        _in_part("word/document.xml", b"</w:p>", b"</w:p>Philomena Driscoll"),
        ("Driscoll",),
    ),
    "text before the first child": (
        _in_part("word/document.xml", b"<w:body>", b"<w:body>Ignatius Holloway"),
        ("Holloway",),
    ),
    "extension markup word skips": (
        _in_part("word/document.xml", b"<w:r>", _FOREIGN),
        ("Ravenscroft", "Pembleton"),
    ),
    "style name without the custom mark": (_style_without_custom_mark, ("Hildegard", "Wrexham")),
    "theme name": (
        _in_part(
            "word/theme/theme1.xml", b'name="Office Theme"', b'name="For Araminta Bellweather"'
        ),
        ("Bellweather",),
    ),
    "caption label and attached schema in settings": (
        _in_part(
            "word/settings.xml",
            b"</w:settings>",
            b'<w:captions><w:caption w:name="Exhibit Winifred Castellane" w:pos="below"/>'
            b'</w:captions><w:attachedSchema w:val="urn:Tiberius Ashdown"/></w:settings>',
        ),
        ("Castellane", "Ashdown"),
    ),
    "part name": (_header_named("word/header_for_Barnaby_Whitcombe.xml"), ("Whitcombe",)),
    "relationship id": (
        lambda data: _in_part("word/_rels/document.xml.rels", b'Id="rId9"', b'Id="rIdOttoline"')(
            _in_part("word/document.xml", b'r:id="rId9"', b'r:id="rIdOttoline"')(data)
        ),
        ("Ottoline",),
    ),
    "unused default content type": (
        _in_part(
            "[Content_Types].xml",
            b"<Default ",
            b'<Default Extension="lysander-okonjo" ContentType="text/plain"/><Default ',
        ),
        ("okonjo",),
    ),
}


def _everything(data: bytes) -> str:
    """What a recipient who unzips the file reads: member names and contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            name + "\n" + archive.read(name).decode("utf-8", errors="replace")
            for name in archive.namelist()
        )


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena"])
@pytest.mark.parametrize("channel", list(CHANNELS))
def test_a_name_outside_every_paragraph_is_not_released(
    channel: str, policy: str, redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    plant, names = CHANNELS[channel]
    data = plant(_base())
    assert all(name in _everything(data) for name in names), "the name must be in the input"
    docx.Document(io.BytesIO(data))  # the input is a .docx python-docx opens
    path = tmp_path / "visit.docx"
    path.write_bytes(data)
    outcome = process_file(redactor_for(policy), Source(path, path.name), [SUBJECT], False)
    assert outcome.row.status == "released", outcome.row.reason
    assert outcome.output is not None
    seen = _everything(outcome.output)
    assert [name for name in names if name.casefold() in seen.casefold()] == []
    reread = docx.Document(io.BytesIO(outcome.output))
    assert reread.paragraphs[0].text == BODY
    assert reread.sections[0].header.paragraphs[0].text == "Confidential record"


def test_text_inside_an_element_we_do_not_read_fails_the_document() -> None:
    data = _in_part("word/document.xml", b"<w:r>", b"<w:r><w:lang>Fenella Gascoigne</w:lang>")(
        _base()
    )
    with pytest.raises(DocumentReadError, match="text in an element we do not read") as caught:
        load_docx(data, "visit.docx")
    assert "Gascoigne" not in str(caught.value)


def test_positions_and_alignments_of_drawings_stay() -> None:
    root = etree.fromstring(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        "<wp:posOffset>-12700</wp:posOffset><wp:align>center</wp:align>"
        "<w:r><w:t>Kept</w:t></w:r></w:p>"
    )
    scrub(root)
    assert [node.text for node in root.iter()][1:] == ["-12700", "center", None, "Kept"]
