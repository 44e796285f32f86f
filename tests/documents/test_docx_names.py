"""Names Word gives its formatting (custom styles, list labels, VML ids) become neutral ones."""

from __future__ import annotations

import pytest
from lxml import etree

from redact.documents.docx_names import clean_names, list_label, renumber_vml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _xml(text: str) -> etree._Element:
    return etree.fromstring(text)


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("%1.", "%1."),
        ("%1.%2)", "%1.%2)"),
        ("Step %1:", "%1:"),
        ("Call Ignatius Pemberton-Yu at 617-555-0144 – %1", "- -- – %1"),
        ("\uf0b7", "\uf0b7"),  # a Symbol-font bullet
        ("o", "o"),  # Courier New's bullet
        ("", ""),
    ],
)
def test_a_list_label_keeps_placeholders_and_punctuation(label: str, kept: str) -> None:
    assert list_label(label) == kept


def test_custom_styles_are_renamed_everywhere_and_built_in_ones_stay() -> None:
    styles = _xml(
        f"<w:styles {NS}>"
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:aliases w:val="Fenella Okoro title"/></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FenellaOkoroletter">'
        '<w:name w:val="Fenella Okoro letter"/><w:basedOn w:val="Heading1"/>'
        '<w:next w:val="FenellaOkoroletter"/></w:style></w:styles>'
    )
    body = _xml(
        f'<w:document {NS}><w:body><w:p><w:pPr><w:pStyle w:val="FenellaOkoroletter"/>'
        "</w:pPr></w:p></w:body></w:document>"
    )
    clean_names([styles, body])
    text = etree.tostring(styles, encoding="unicode") + etree.tostring(body, encoding="unicode")
    assert "Fenella" not in text and "Okoro" not in text
    assert 'w:name w:val="heading 1"' in text and 'w:basedOn w:val="Heading1"' in text
    assert text.count('w:val="Custom1"') == 2  # the body's reference and the style's `next`
    assert 'w:styleId="Custom1"' in text and 'w:val="Custom style 1"' in text


def test_a_style_not_marked_custom_is_renamed_unless_word_names_its_own_so() -> None:
    # A tool need not write `w:customStyle`: a made-up name goes, Word's own names stay.
    styles = _xml(
        f"<w:styles {NS}>"
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '</w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="NotestoOswaldo">'
        '<w:name w:val="Notes to Oswaldo Petrakis"/></w:style></w:styles>'
    )
    clean_names([styles])
    text = etree.tostring(styles, encoding="unicode")
    assert "Oswaldo" not in text and "Petrakis" not in text
    assert 'w:val="List Paragraph"' in text and 'w:val="Table Grid"' in text
    assert 'w:styleId="Custom1"' in text


def test_theme_names_become_neutral() -> None:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    theme = _xml(
        f'<a:theme xmlns:a="{a}" name="Casework of Ysolde Branagh"><a:themeElements>'
        '<a:clrScheme name="Ysolde colours"/><a:fontScheme name="Office"/></a:themeElements>'
        "</a:theme>"
    )
    clean_names([theme])
    assert "Ysolde" not in etree.tostring(theme, encoding="unicode")


def test_numbering_names_go_and_labels_are_cut() -> None:
    numbering = _xml(
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="1"><w:name w:val="Ruaidhri list"/>'
        '<w:lvl w:ilvl="0"><w:lvlText w:val="Ruaidhri %1."/></w:lvl></w:abstractNum></w:numbering>'
    )
    clean_names([numbering])
    text = etree.tostring(numbering, encoding="unicode")
    assert "Ruaidhri" not in text and 'w:lvlText w:val="%1."' in text


def test_vml_ids_are_renumbered_and_references_follow() -> None:
    pict = _xml(
        f'<w:pict {NS}><v:shapetype id="Type_of_Anwen_Castellanos"/>'
        '<v:shape id="Anwen_Castellanos_box" o:spid="Anwen_Castellanos_box" '
        'type="#Type_of_Anwen_Castellanos"/><v:shape id="x" type="#someone_elses_type"/></w:pict>'
    )
    assert renumber_vml(pict, 1025) == 1028
    text = etree.tostring(pict, encoding="unicode")
    assert "Anwen" not in text and "someone" not in text
    assert 'id="_x0000_t1025"' in text and 'type="#_x0000_t1025"' in text
    assert 'o:spid="_x0000_s1026"' in text
