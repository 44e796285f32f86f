"""A .docx with a canary identifier in every part and side door Word has (synthetic people).

python-docx builds what it has an API for (body, tables, nested tables, headers and footers
of two sections incl. first-page and even-page ones, comments, core properties, a picture);
the rest is injected with lxml: footnotes, endnotes, text boxes (DrawingML with a VML
fallback, and VML alone), content controls, tracked insertions and deletions, hyperlinks,
field codes, bookmarks, an OLE object, custom properties, custom XML, people, settings'
document variables.

`REDACTED` canaries sit in text the recipient is meant to read (after redaction): the test
passes their names as the subject's, so what is tested is that each part reaches the
redactor, not how well names are detected. `REMOVED` canaries sit where nothing should be
left at all (properties, authors, deleted text, link targets, alt text, names of things).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.enum.section import WD_SECTION
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."

#: Names that stand in for people mentioned in readable text; passed to the redactor as subject.
NAMES = {
    "body": "Odalys Brennerman",
    "split": "Thaddeus Wexley",
    "cell": "Perpetua Oyelaran",
    "cell2": "Casimir Delacroix-Ng",
    "nested": "Wendeline Achterberg",
    "header": "Bartholomew Quayle",
    "first_header": "Ignatia Marchetti",
    "even_header": "Lysander Okonjo",
    "footer2": "Rosalind Featherstonhaugh",
    "footnote": "Evander Szymanski",
    "endnote": "Clementine Ogundipe",
    "comment": "Horatio Vasquez-Lindqvist",
    "textbox": "Philippa Nakagawa",
    "vml": "Ambrose Kowalczyk",
    "sdt": "Seraphina Adebayo",
    "inserted": "Leopold Fairweather",
    "link": "Octavia Rasmussen",
}

#: Phones, e-mails and an SSN in readable text, one per part, found by patterns.
PATTERNS = {
    "body": "(312) 555-0101",
    "split": "(312) 555-0102",
    "cell": "(312) 555-0103",
    "nested": "wendeline.a@example.org",
    "header": "(312) 555-0105",
    "footer": "536-22-8417",
    "footnote": "(312) 555-0107",
    "endnote": "clem.ogundipe@example.org",
    "comment": "(312) 555-0109",
    "textbox": "(312) 555-0110",
    "sdt": "(312) 555-0111",
    "inserted": "(312) 555-0112",
    "link": "octavia.r@example.org",
}

#: Strings that must be gone entirely: metadata, authors, deletions, targets, names of things.
REMOVED = [
    "Zebedee Hollingworth",  # core title
    "Quillon Abernathy",  # core author
    "Marguerite Delvaux",  # core last modified by
    "Isolde Farrington",  # core subject / keywords / comments / category
    "Cornelius Blackwood Agency",  # app.xml company
    "Persephone Trask",  # app.xml manager
    "Benedikt Ostrowski",  # custom property
    "Anastasia Volkonsky",  # custom XML item
    "Fitzgerald Umberto",  # comment author
    "FUX",  # comment initials
    "Griselda Pennywhistle",  # tracked change author
    "Hyacinth Moreau-Blix",  # deleted text
    "hidden.target@example.net",  # hyperlink target
    "Jeremiah Stollenwerk",  # picture alt text
    "Kunigunde Arrowsmith",  # field code (MERGEFIELD default text)
    "mergefield.only@example.net",  # HYPERLINK field code
    "Leocadia_Bookmark",  # bookmark name
    "Mortimer Sdtalias",  # content-control alias and tag
    "Nephele Docvar",  # settings document variable
    "Oswin Peopleauthor",  # people.xml
    "Prunella Oleobject",  # embedded OLE object bytes
    "Rupert Tablecaption",  # table alt text
    "Tobias Stylename",  # a custom style's name, alias and (spaceless) id
    "Ulrika Listlabel",  # a list level's label text
    "Valentin Numname",  # a numbering definition's name
    "Wilhelmina_Shapeid",  # a VML shape's id
]
#: The custom style's id as Word makes it from its name.
STYLE_ID = REMOVED[22].replace(" ", "")

CANARIES = [*NAMES.values(), *PATTERNS.values(), *REMOVED]


def _png() -> bytes:
    """A 1x1 PNG, made here so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _base() -> bytes:
    """What python-docx can build itself."""
    document = docx.Document()
    props = document.core_properties
    props.title = f"Case of {REMOVED[0]}"
    props.author = REMOVED[1]
    props.last_modified_by = REMOVED[2]
    props.subject = props.keywords = props.comments = props.category = REMOVED[3]
    document.add_paragraph(f"Her aunt {NAMES['body']} lives nearby; call {PATTERNS['body']}.")
    split = document.add_paragraph("Spoke with ")
    for piece, bold in (("Thadd", True), ("eus Wex", False), ("ley", True)):
        split.add_run(piece).bold = bold
    split.add_run(" at (312) 555-")
    split.add_run("0102").italic = True
    split.add_run(" today.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = NAMES["cell"]
    table.cell(0, 1).text = PATTERNS["cell"]
    cell = table.cell(1, 0)
    cell.text = f"The cousin, {NAMES['cell2']}, attended."
    cell.add_paragraph(f"Later {NAMES['cell2']} left early.")
    nested = table.cell(1, 1).add_table(rows=1, cols=1)
    nested.cell(0, 0).text = f"The neighbour, {NAMES['nested']}, wrote from {PATTERNS['nested']}"
    comment_run = document.add_paragraph("Reviewed by the team.").runs[0]
    document.add_comment(
        comment_run,
        text=f"Call {NAMES['comment']} at {PATTERNS['comment']} first.",
        author=REMOVED[8],
        initials=REMOVED[9],
    )
    document.add_picture(io.BytesIO(_png()))
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[
        0
    ].text = f"The visit was made by {NAMES['header']}, {PATTERNS['header']}."
    section.first_page_header.paragraphs[0].text = f"Prepared for {NAMES['first_header']}"
    section.header.add_paragraph().add_run().add_picture(io.BytesIO(_png()))  # a letterhead logo
    section.even_page_header.paragraphs[0].text = f"A copy goes to {NAMES['even_header']}."
    section.footer.paragraphs[0].text = f"SSN {PATTERNS['footer']} on file"
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = f"This was signed by {NAMES['footer2']}."
    document.add_paragraph("Second section.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _body_xml() -> str:
    """Paragraphs python-docx has no API for, as WordprocessingML."""
    textbox = (
        f"<w:txbxContent><w:p><w:r><w:t>Text box: {NAMES['textbox']} {PATTERNS['textbox']}"
        "</w:t></w:r></w:p></w:txbxContent>"
    )
    return f"""
<w:p {NS}><w:r><w:t xml:space="preserve">See note </w:t></w:r>
 <w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
 <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0"
  locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
 <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
 <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
 <wp:extent cx="2000000" cy="500000"/><wp:wrapNone/>
 <wp:docPr id="10" name="Text Box 10" descr="{REMOVED[13]}"/>
 <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>
 <a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/>
 </a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
 <wps:txbx>{textbox}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>
 </w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:100pt;height:30pt">
 <v:textbox>{textbox}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p {NS}><w:pPr><w:pStyle w:val="{STYLE_ID}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="91"/>
 </w:numPr></w:pPr><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600"/>
 <v:shape id="{REMOVED[25]}" o:spid="{REMOVED[25]}" type="#_x0000_t202"
  style="width:100pt;height:30pt" alt="{REMOVED[13]}"><v:textbox>
 <w:txbxContent><w:p><w:r><w:t>Old box: {NAMES["vml"]}</w:t></w:r></w:p></w:txbxContent>
 </v:textbox></v:shape></w:pict></w:r></w:p>
<w:sdt {NS}><w:sdtPr><w:alias w:val="{REMOVED[17]}"/><w:tag w:val="{REMOVED[17]}"/></w:sdtPr>
 <w:sdtContent><w:p><w:r><w:t>Control: {NAMES["sdt"]} {PATTERNS["sdt"]}</w:t></w:r></w:p>
 </w:sdtContent></w:sdt>
<w:p {NS}><w:r><w:t xml:space="preserve">Edited: </w:t></w:r>
 <w:ins w:id="20" w:author="{REMOVED[10]}" w:date="2025-01-02T00:00:00Z"><w:r>
 <w:t>{NAMES["inserted"]} {PATTERNS["inserted"]}</w:t></w:r></w:ins>
 <w:del w:id="21" w:author="{REMOVED[10]}"><w:r><w:delText>{REMOVED[11]}</w:delText></w:r>
 </w:del></w:p>
<w:p {NS}><w:bookmarkStart w:id="30" w:name="{REMOVED[16]}"/>
 <w:hyperlink r:id="rIdCanaryLink" w:tooltip="{REMOVED[12]}">
 <w:r><w:t>{NAMES["link"]} {PATTERNS["link"]}</w:t></w:r></w:hyperlink>
 <w:bookmarkEnd w:id="30"/></w:p>
<w:p {NS}><w:r><w:fldChar w:fldCharType="begin"/></w:r>
 <w:r>
 <w:instrText xml:space="preserve"> MERGEFIELD Client \\* MERGEFORMAT "{REMOVED[14]}" </w:instrText>
 </w:r>
 <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>«ClientName»</w:t></w:r>
 <w:r><w:fldChar w:fldCharType="end"/></w:r>
 <w:r><w:fldChar w:fldCharType="begin"/></w:r>
 <w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{REMOVED[15]}" </w:instrText></w:r>
 <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>write to us</w:t></w:r>
 <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p {NS}><w:r><w:object><v:shape style="width:50pt;height:50pt"/>
 <o:OLEObject Type="Embed" ProgID="Package" r:id="rIdCanaryOle"/></w:object></w:r></w:p>
"""


def _notes(kind: str, text: str) -> bytes:
    tag = "footnote" if kind == "footnotes" else "endnote"
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {NS}>'
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f'</w:r></w:p></w:{tag}><w:{tag} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{tag}>'
        f"</w:{kind}>"
    ).encode()


def _edit(data: bytes, part: str, edit) -> bytes:  # type: ignore[no-untyped-def]
    root = etree.fromstring(data)
    edit(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def canary_docx() -> bytes:
    """The full canary document's bytes."""
    with zipfile.ZipFile(io.BytesIO(_base())) as source:
        parts = {name: source.read(name) for name in source.namelist()}

    def body(root: etree._Element) -> None:
        body_el = root.find(f"{{{W}}}body")
        for element in reversed(etree.fromstring(f"<x {NS}>{_body_xml()}</x>")):
            body_el.insert(1, element)
        table = body_el.find(f"{{{W}}}tbl")
        caption = etree.SubElement(table.find(f"{{{W}}}tblPr"), f"{{{W}}}tblCaption")
        caption.set(f"{{{W}}}val", REMOVED[21])
        for doc_pr in root.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        ):
            if doc_pr.get("descr") is None:
                doc_pr.set("descr", REMOVED[13])

    parts["word/document.xml"] = _edit(parts["word/document.xml"], "doc", body)

    def rels(root: etree._Element) -> None:
        for rid, kind, target, mode in (
            ("rIdCanaryLink", "hyperlink", f"mailto:{REMOVED[12]}", "External"),
            ("rIdCanaryOle", "oleObject", "embeddings/oleObject1.bin", None),
            ("rIdCanaryFoot", "footnotes", "footnotes.xml", None),
            ("rIdCanaryEnd", "endnotes", "endnotes.xml", None),
            ("rIdCanaryPeople", "people", "people.xml", None),
            ("rIdCanaryXml", "customXml", "../customXml/item1.xml", None),
        ):
            rel = etree.SubElement(
                root, f"{{{PR}}}Relationship", Id=rid, Type=REL + kind, Target=target
            )
            if mode:
                rel.set("TargetMode", mode)
        people = root[-2]
        people.set("Type", "http://schemas.microsoft.com/office/2011/relationships/people")

    parts["word/_rels/document.xml.rels"] = _edit(
        parts["word/_rels/document.xml.rels"], "rels", rels
    )

    def package_rels(root: etree._Element) -> None:
        etree.SubElement(
            root, f"{{{PR}}}Relationship", Id="rIdCanaryCustom", Target="docProps/custom.xml",
            Type=REL + "custom-properties",
        )  # fmt: skip

    parts["_rels/.rels"] = _edit(parts["_rels/.rels"], "rels", package_rels)

    def settings(root: etree._Element) -> None:
        variables = etree.SubElement(root, f"{{{W}}}docVars")
        variable = etree.SubElement(variables, f"{{{W}}}docVar")
        variable.set(f"{{{W}}}name", "client")
        variable.set(f"{{{W}}}val", REMOVED[18])
        root.insert(0, etree.Element(f"{{{W}}}evenAndOddHeaders"))

    parts["word/settings.xml"] = _edit(parts["word/settings.xml"], "settings", settings)

    def styles(root: etree._Element) -> None:
        style = etree.SubElement(root, f"{{{W}}}style")
        style.set(f"{{{W}}}type", "paragraph")
        style.set(f"{{{W}}}customStyle", "1")
        style.set(f"{{{W}}}styleId", STYLE_ID)
        for tag in ("name", "aliases"):
            etree.SubElement(style, f"{{{W}}}{tag}").set(f"{{{W}}}val", REMOVED[22])
        etree.SubElement(style, f"{{{W}}}basedOn").set(f"{{{W}}}val", "Normal")

    parts["word/styles.xml"] = _edit(parts["word/styles.xml"], "styles", styles)
    parts["word/numbering.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}>'
        f'<w:abstractNum w:abstractNumId="90"><w:name w:val="{REMOVED[24]}"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="{STYLE_ID}"/><w:lvlText w:val="{REMOVED[23]} %1."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="91"><w:abstractNumId w:val="90"/></w:num></w:numbering>'
    ).encode()

    def app(root: etree._Element) -> None:
        ns = root.nsmap[None]
        etree.SubElement(root, f"{{{ns}}}Company").text = REMOVED[4]
        etree.SubElement(root, f"{{{ns}}}Manager").text = REMOVED[5]

    parts["docProps/app.xml"] = _edit(parts["docProps/app.xml"], "app", app)
    parts["word/footnotes.xml"] = _notes(
        "footnotes", f"Source: {NAMES['footnote']}, {PATTERNS['footnote']}"
    )
    parts["word/endnotes.xml"] = _notes("endnotes", f"Per {NAMES['endnote']} {PATTERNS['endnote']}")
    parts["word/people.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><w15:people '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        f'<w15:person w15:author="{REMOVED[19]}"/></w15:people>'
    ).encode()
    parts["word/embeddings/oleObject1.bin"] = f"OLE {REMOVED[20]}".encode()
    parts["customXml/item1.xml"] = f"<client><name>{REMOVED[7]}</name></client>".encode()
    parts["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties '
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Client">'
        f"<vt:lpwstr>{REMOVED[6]}</vt:lpwstr></property></Properties>"
    ).encode()

    def types(root: etree._Element) -> None:
        for name, kind in (
            ("/word/footnotes.xml", WML + "footnotes+xml"),
            ("/word/endnotes.xml", WML + "endnotes+xml"),
            ("/word/people.xml", WML + "people+xml"),
            (
                "/docProps/custom.xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            ),
        ):
            etree.SubElement(root, f"{{{CT}}}Override", PartName=name, ContentType=kind)
        etree.SubElement(
            root, f"{{{CT}}}Default", Extension="bin",
            ContentType="application/vnd.openxmlformats-officedocument.oleObject",
        )  # fmt: skip

    parts["[Content_Types].xml"] = _edit(parts["[Content_Types].xml"], "types", types)
    return zip_parts(parts)


def zip_parts(parts: dict[str, bytes]) -> bytes:
    """A zip of the given members, content types first."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(parts, key=lambda n: n != "[Content_Types].xml"):
            target.writestr(name, parts[name])
    return out.getvalue()


def unzip_text(data: bytes) -> str:
    """Every member of a .docx, as text (binary members too), joined: what a recipient has."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", errors="replace") for name in archive.namelist()
        )
