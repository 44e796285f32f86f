"""Story parts lose their side doors: revisions, controls, fields, objects, names of people."""

from __future__ import annotations

import pytest
from lxml import etree

from redact.documents.docx_clean import (
    UnsupportedContentError,
    clean_settings,
    clean_story,
    safe_field,
)
from redact.documents.docx_text import check_covered, paragraph_text, paragraphs

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)


def _story(body: str) -> etree._Element:
    return etree.fromstring(f"<w:document {NS}><w:body>{body}</w:body></w:document>")


def _texts(root: etree._Element) -> list[str]:
    return [paragraph_text(p) for p in paragraphs(root)]


def _cleaned(body: str) -> tuple[etree._Element, int, str]:
    root = _story(body)
    removed = clean_story(root)
    check_covered(root)
    return root, removed, etree.tostring(root, encoding="unicode")


@pytest.mark.parametrize(
    ("instruction", "safe"),
    [
        (" PAGE ", True),
        ("NUMPAGES \\* Arabic \\* MERGEFORMAT", True),
        ("PAGE \\* roman", True),
        ('HYPERLINK "mailto:someone@example.org"', False),
        ("MERGEFIELD ClientName", False),
        ("PAGE Orsolya", False),
        ('INCLUDETEXT "C:\\\\Users\\\\casefile.docx"', False),
        ("", False),
    ],
)
def test_only_page_number_fields_keep_their_code(instruction: str, safe: bool) -> None:
    assert safe_field(instruction) is safe


def test_tracked_changes_are_accepted_and_authors_cleared() -> None:
    root, _, xml = _cleaned(
        '<w:p><w:r><w:t xml:space="preserve">Seen by </w:t></w:r>'
        '<w:ins w:id="1" w:author="Ilse Brandvold" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:t>nurse</w:t></w:r></w:ins>"
        '<w:del w:id="2" w:author="Ilse Brandvold"><w:r><w:delText>Orsolya Vance</w:delText>'
        "</w:r></w:del></w:p>"
        '<w:tbl><w:tr><w:trPr><w:del w:id="3" w:author="Ilse Brandvold"/></w:trPr>'
        "<w:tc><w:p><w:r><w:t>gone row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )  # fmt: skip
    assert _texts(root) == ["Seen by nurse"]
    assert "Brandvold" not in xml and "Orsolya" not in xml and "2025-01-01" not in xml


def test_controls_links_and_smart_tags_are_unwrapped_keeping_their_text() -> None:
    root, _, xml = _cleaned(
        '<w:sdt><w:sdtPr><w:alias w:val="Client Orsolya"/><w:tag w:val="Orsolya"/></w:sdtPr>'
        "<w:sdtContent><w:p><w:r><w:t>in a control</w:t></w:r>"
        '<w:hyperlink r:id="rId9" w:tooltip="Orsolya">'
        "<w:r><w:t> and a link</w:t></w:r></w:hyperlink>"
        '<w:smartTag w:element="PersonName"><w:smartTagPr><w:attr w:name="n" w:val="Orsolya"/>'
        "</w:smartTagPr><w:r><w:t> and a tag</w:t></w:r></w:smartTag></w:p></w:sdtContent></w:sdt>"
        '<w:p><w:bookmarkStart w:id="0" w:name="Orsolya_Vance"/><w:r><w:t>marked</w:t></w:r>'
        '<w:bookmarkEnd w:id="0"/></w:p>'
    )  # fmt: skip
    assert _texts(root) == ["in a control and a link and a tag", "marked"]
    assert "Orsolya" not in xml and "rId9" not in xml


def test_fields_become_their_result_unless_they_are_page_numbers() -> None:
    root, _, xml = _cleaned(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText>HYPERLINK "mailto:orsolya@example.org"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>mail us</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:fldSimple w:instr="MERGEFIELD Orsolya">'
        "<w:r><w:t>merged</w:t></w:r></w:fldSimple></w:p>"
    )  # fmt: skip
    assert _texts(root) == ["mail us", "Page 3", "merged"]
    assert "orsolya" not in xml.lower() and xml.count("<w:fldChar ") == 3 and "PAGE" in xml


def test_pictures_and_objects_are_removed_and_counted_text_boxes_stay() -> None:
    picture = (
        '<w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="Orsolya at home"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )
    box = (
        '<w:drawing><wp:anchor><wp:docPr id="2" name="Orsolya box" descr="Orsolya"/><a:graphic>'
        "<a:graphicData><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    root, removed, xml = _cleaned(
        f"<w:p><w:r><w:t>photo</w:t>{picture}</w:r></w:p>"
        f"<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">{box}</mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r>"
        "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
        '<w:p><w:r><w:object><o:OLEObject r:id="rId6"/></w:object></w:r></w:p>'
        '<w:p><w:r><w:pict><v:shape><v:textpath string="Orsolya"/></v:shape></w:pict></w:r></w:p>'
        '<w:p><w:r><w:pict><v:shape href="mailto:orsolya@example.org" alt="Orsolya"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>vml box</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>"
        "<w:p><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>"
    )  # fmt: skip
    assert removed == 4  # picture, OLE object, WordArt, equation
    assert [t for t in _texts(root) if t] == ["photo", "boxed", "vml box"]
    assert "Orsolya" not in xml and "rId5" not in xml and "rId6" not in xml


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ('<w:altChunk r:id="rId3"/>', "altChunk"),
        ('<w:p><w:subDoc r:id="rId4"/></w:p>', "subdocument"),
    ],
)
def test_content_we_cannot_redact_is_refused(body: str, what: str) -> None:
    with pytest.raises(UnsupportedContentError, match=what):
        clean_story(_story(body))


def test_text_in_an_element_we_do_not_read_fails_closed() -> None:
    root = _story(
        "<w:p><w:r><w:t>fine</w:t></w:r></w:p><w:unknownBlock><w:t>Orsolya</w:t></w:unknownBlock>"
    )
    clean_story(root)
    with pytest.raises(UnsupportedContentError, match="element we do not read") as caught:
        check_covered(root)
    assert "Orsolya" not in str(caught.value)


def test_settings_lose_document_variables_and_templates() -> None:
    root = etree.fromstring(
        f'<w:settings {NS}><w:attachedTemplate r:id="rId1"/><w:docVars><w:docVar w:name="c" '
        'w:val="Orsolya"/></w:docVars><w:zoom w:percent="100"/></w:settings>'
    )
    clean_settings(root)
    xml = etree.tostring(root, encoding="unicode")
    assert "Orsolya" not in xml and "rId1" not in xml and "zoom" in xml
