"""Word documents: read strictly, every part redacted or removed, still valid.

The canary tests run a document with a synthetic identifier in every part (see
`canary_docx`) through the batch stage with the real model, then read every zip member
of the output: no canary may be left anywhere. LibreOffice tests skip if soffice is absent.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from pipelines.stages import FileOutcome, process_file
from pipelines.units import Source
from redact import Redactor
from redact.documents.docx import docx_paragraph_texts, load_docx, redact_docx
from redact.errors import DocumentReadError
from redact.topics.withhold import PART2_NOTICE
from tests.documents.canary_docx import CANARIES, NAMES, canary_docx, unzip_text, zip_parts
from tests.pipelines.conftest import docx_bytes


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"not a zip at all", "not a valid .docx"),
        (b"PK\x03\x04junk", "not a valid"),
    ],
)
def test_unreadable_docx_is_an_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentReadError, match=reason) as caught:
        load_docx(data, "letters/x.docx")
    assert "letters/x.docx" in str(caught.value)


def test_paragraphs_tables_are_read_and_rewritten() -> None:
    data = docx_bytes(["Dear Ms. Okafor,", "Regards"], [["Name", "Ada Okafor"]])
    document = load_docx(data, "x.docx")
    texts = docx_paragraph_texts(document)
    assert texts[:2] == ["Dear Ms. Okafor,", "Regards"] and "Ada Okafor" in texts
    out = redact_docx(document, lambda ts, _: [t.replace("Okafor", "[PERSON]") for t in ts])
    reread = docx.Document(io.BytesIO(out))
    assert reread.paragraphs[0].text == "Dear Ms. [PERSON],"
    assert reread.tables[0].cell(0, 1).text == "Ada [PERSON]"


def test_text_split_across_runs_is_replaced_whole() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Met Ok")
    paragraph.add_run("afor today").bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = load_docx(buffer.getvalue(), "x.docx")
    out = redact_docx(loaded, lambda ts, _: [t.replace("Okafor", "[PERSON]") for t in ts])
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "Met [PERSON] today"


# --- every part of a real-looking document, through the real redactor --------------------


def _redact_file(redactor_for: Callable[[str], Redactor], path: Path) -> FileOutcome:
    return process_file(
        redactor_for("social-media"), Source(path, path.name), list(NAMES.values()), False
    )


def _leaks(output: bytes) -> list[str]:
    """Canaries anywhere in the output: every zip member as text, and every paragraph's text."""
    paragraphs = "\n".join(docx_paragraph_texts(load_docx(output, "out.docx")))
    seen = unzip_text(output) + "\n" + paragraphs
    return [c for c in CANARIES if c.lower() in seen.lower()]


def test_no_canary_survives_in_any_part(
    redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    path = tmp_path / "canaries.docx"
    path.write_bytes(canary_docx())
    outcome = _redact_file(redactor_for, path)
    assert outcome.row.status == "released", outcome.row.reason
    assert outcome.output is not None
    assert _leaks(outcome.output) == []
    assert outcome.row.reason == "3 embedded objects/images removed"  # 2 pictures, an OLE object
    with zipfile.ZipFile(io.BytesIO(outcome.output)) as archive:
        names = set(archive.namelist())
        comments = archive.read("word/comments.xml").decode()
    assert not [n for n in names if n.startswith(("docProps/", "customXml/", "word/media/"))]
    assert not {"word/people.xml", "word/embeddings/oleObject1.bin"} & names
    assert 'w:author=""' in comments and 'w:initials=""' in comments
    reread = docx.Document(io.BytesIO(outcome.output))  # still a valid .docx
    texts = docx_paragraph_texts(load_docx(outcome.output, "out.docx"))
    for kept in (
        "Reviewed by the team.",
        "Second section.",
        "Text box:",
        "Old box:",
        "Control:",
        "Edited:",
        "The cousin",
        "The neighbour",
        "Source:",
        "signed by",
        "The visit was made by",
        "goes to",
        "write to us",
    ):
        assert any(kept in t for t in texts), kept
    assert reread.tables[0].cell(1, 1).tables[0].cell(0, 0).text.startswith("The neighbour, [")


def test_split_runs_keep_their_formatting_where_unchanged(
    redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    path = tmp_path / "canaries.docx"
    path.write_bytes(canary_docx())
    outcome = _redact_file(redactor_for, path)
    assert outcome.output is not None
    paragraph = next(
        p for p in docx.Document(io.BytesIO(outcome.output)).paragraphs
        if p.text.startswith("Spoke with")
    )  # fmt: skip
    assert "Thadd" not in paragraph.text and "0102" not in paragraph.text
    assert paragraph.runs[0].text == "Spoke with " and not paragraph.runs[0].bold
    assert paragraph.runs[-1].text == " today."


@pytest.mark.parametrize(
    ("edit", "part", "what"),
    [
        ("glossary", "word/glossary/document.xml", "glossary"),
        ("altchunk", "word/_rels/document.xml.rels", "altChunk"),
        # a name Word does not write is the author's text: shown by its extension only
        ("unknown", "an unusually named .xml part", "unknown type"),
        ("broken_xml", "word/footnotes.xml", "not well-formed"),
        ("bad_member", "word/endnotes.xml", "unreadable"),
        ("duplicate", "word/comments.xml", "appears twice"),
    ],
)
def test_a_part_we_cannot_process_fails_the_document(
    edit: str, part: str, what: str, redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    path = tmp_path / "odd.docx"
    path.write_bytes(_broken(edit))
    with pytest.raises(DocumentReadError, match=what) as caught:
        load_docx(path.read_bytes(), "letters/odd.docx")
    assert "letters/odd.docx" in str(caught.value) and part in str(caught.value)
    outcome = _redact_file(redactor_for, path)
    assert outcome.row.status == "failed" and outcome.output is None
    assert part in outcome.row.reason
    assert not [c for c in CANARIES if c in outcome.row.reason]


def _broken(edit: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(canary_docx())) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    types = parts["[Content_Types].xml"].decode()
    if edit == "glossary":
        parts["word/glossary/document.xml"] = parts["word/document.xml"]
        types = types.replace(
            "</Types>",
            '<Override PartName="/word/glossary/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/></Types>',
        )
    elif edit == "altchunk":
        parts["word/chunk.html"] = f"<p>{NAMES['body']}</p>".encode()
        rels = (
            parts["word/_rels/document.xml.rels"]
            .decode()
            .replace(
                "</Relationships>",
                '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/aFChunk" Target="chunk.html"/></Relationships>',
            )
        )
        parts["word/_rels/document.xml.rels"] = rels.encode()
        types = types.replace(
            "</Types>", '<Default Extension="html" ContentType="text/html"/></Types>'
        )
    elif edit == "unknown":
        parts["word/vendorData.xml"] = f"<data>{NAMES['body']}</data>".encode()
    elif edit == "broken_xml":
        parts["word/footnotes.xml"] = parts["word/footnotes.xml"][:-20]
    parts["[Content_Types].xml"] = types.encode()
    data = zip_parts(parts)
    if edit == "duplicate":
        with warnings.catch_warnings(), zipfile.ZipFile(buffer := io.BytesIO(data), "a") as zf:
            warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate
            zf.writestr("word/comments.xml", parts["word/comments.xml"])
        data = buffer.getvalue()
    if edit == "bad_member":
        data = _corrupt_member(data, "word/endnotes.xml")
    return data


def _corrupt_member(data: bytes, name: str) -> bytes:
    """Flip bytes inside one member's compressed data, so reading it fails its CRC or inflate."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(data)
    for offset in range(start + 2, start + min(info.compress_size, 40)):
        broken[offset] ^= 0x5A
    return bytes(broken)


def test_the_output_opens_in_libreoffice(
    redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    soffice = _soffice()
    path = tmp_path / "canaries.docx"
    path.write_bytes(canary_docx())
    outcome = _redact_file(redactor_for, path)
    assert outcome.output is not None
    released = tmp_path / "released.docx"
    released.write_bytes(outcome.output)
    text = _convert(soffice, released, "txt", tmp_path / "lo").read_text(encoding="utf-8-sig")
    assert "Spoke with" in text and "Reviewed by the team." in text
    assert not [c for c in CANARIES if c in text]


# --- a .docx written by another program (LibreOffice) -------------------------------------

#: Synthetic people and numbers in every place a LibreOffice document can carry text.
LO_CANARIES = {
    "meta": "Wilhelmina Castellanos-Roe",
    "creator": "Anselm Thorvaldsen",
    "custom": "Genoveva Lindqvist-Park",
    "annotation_author": "Ptolemy Hargreaves",
    "header": "Marcelline Okereke",
    "header_phone": "(415) 555-0131",
    "footer": "footer.person@example.org",
    "body": "Desmond Achebe-Ruiz",
    "body_phone": "(415) 555-0132",
    "comment": "Valentina Szabo-Reyes",
    "comment_phone": "(415) 555-0133",
    "link_target": "link.target@example.net",
    "link_text": "Ottoline Barraclough",
    "footnote": "Leofric Anand",
    "footnote_phone": "(415) 555-0134",
    "cell": "Henrietta Mbeki-Larsen",
    "cell_phone": "(415) 555-0135",
    "textbox": "Ignatius Fairbanks",
    "textbox_phone": "(415) 555-0136",
}


def _fodt() -> str:
    c = LO_CANARIES
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Notes on {c["meta"]}</dc:title><dc:creator>{c["creator"]}</dc:creator>
 <meta:initial-creator>{c["creator"]}</meta:initial-creator>
 <meta:user-defined meta:name="Client">{c["custom"]}</meta:user-defined></office:meta>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties
 fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/>
 </style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>Worker {c["header"]} {c["header_phone"]}</text:p></style:header>
 <style:footer><text:p>Contact {c["footer"]}</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
 <text:p>Her uncle {c["body"]} called from {c["body_phone"]}.<office:annotation>
  <dc:creator>{c["annotation_author"]}</dc:creator><text:p>Ask {c["comment"]} at
  {c["comment_phone"]}.</text:p></office:annotation></text:p>
 <text:p>Copy to
 <text:a xlink:type="simple" xlink:href="mailto:{c["link_target"]}">{c["link_text"]}</text:a>
  and a note<text:note text:id="n1" text:note-class="footnote">
  <text:note-citation>1</text:note-citation>
  <text:note-body><text:p>Source: {c["footnote"]} {c["footnote_phone"]}</text:p></text:note-body>
  </text:note>.</text:p>
 <table:table table:name="Contacts"><table:table-column table:number-columns-repeated="2"/>
  <table:table-row><table:table-cell><text:p>{c["cell"]}</text:p></table:table-cell>
  <table:table-cell><text:p>{c["cell_phone"]}</text:p></table:table-cell></table:table-row>
 </table:table>
 <text:p>Plan agreed.<draw:frame draw:name="Frame1" text:anchor-type="paragraph" svg:width="6cm"
  svg:height="2cm"><draw:text-box><text:p>The box names {c["textbox"]} {c["textbox_phone"]}</text:p>
  </draw:text-box></draw:frame></text:p>
</office:text></office:body></office:document>
"""


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui"
        )
    return found


def _convert(soffice: str, source: Path, target: str, out_dir: Path) -> Path:
    profile = (out_dir / "profile").resolve().as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    converted = out_dir / f"{source.stem}.{target.split(':')[0]}"
    assert converted.is_file(), f"LibreOffice did not convert {source.name} to {target}"
    return converted


def test_a_libreoffice_docx_is_redacted_in_every_part(
    redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    soffice = _soffice()
    source = tmp_path / "written.fodt"
    source.write_text(_fodt(), encoding="utf-8")
    written = _convert(soffice, source, "docx", tmp_path / "lo")
    before = unzip_text(written.read_bytes())
    assert all(c in before for c in LO_CANARIES.values()), "the canaries must be in the input"
    outcome = process_file(
        redactor_for("social-media"), Source(written, written.name),
        [v for k, v in LO_CANARIES.items() if "@" not in v and "(" not in v], False,
    )  # fmt: skip
    assert outcome.row.status == "released", outcome.row.reason
    assert outcome.output is not None
    paragraphs = "\n".join(docx_paragraph_texts(load_docx(outcome.output, "out.docx")))
    seen = unzip_text(outcome.output) + paragraphs
    assert not [c for c in LO_CANARIES.values() if c in seen]
    assert (
        "Plan agreed." in paragraphs and "The box names" in paragraphs and "Source:" in paragraphs
    )
    docx.Document(io.BytesIO(outcome.output))


def test_text_xml_cannot_hold_fails_the_document_not_the_batch() -> None:
    document = load_docx(docx_bytes(["Seen today."]), "x.docx")
    with pytest.raises(DocumentReadError, match="characters XML cannot hold"):
        redact_docx(document, lambda texts, _: ["Seen \x0b today." for _ in texts])


def _commented_docx(author: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Treatment plan review for Desmond Quayle, MDD, sertraline 50 mg.")
    document.add_paragraph("He attends methadone maintenance at an opioid treatment program.")
    run = document.add_paragraph("Plan continued.").runs[0]
    document.add_comment(run, text="Move the partner's history out.", author=author, initials="XX")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("policy", "kept"), [("court-subpoena", True), ("provider-referral", True),
                         ("consultation", False), ("social-media", False)],
)  # fmt: skip
def test_a_comments_author_stays_where_professionals_stay(
    policy: str, kept: bool, redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(_commented_docx("Rosalind Achterberg-Vey"))
    outcome = process_file(redactor_for(policy), Source(path, path.name), ["Desmond Quayle"], False)
    assert outcome.output is not None, outcome.row.reason
    with zipfile.ZipFile(io.BytesIO(outcome.output)) as archive:
        comments = archive.read("word/comments.xml").decode()
    assert ('w:author="Rosalind Achterberg-Vey"' in comments) is kept
    assert "Achterberg" in comments if kept else "Achterberg" not in unzip_text(outcome.output)
    assert 'w:initials=""' in comments  # initials say nothing the name does not
    body = "\n".join(docx_paragraph_texts(load_docx(outcome.output, "o")))
    assert "Comment author" not in body
    notice = PART2_NOTICE.strip().splitlines()[0]
    assert notice not in comments  # a notice appended to the text lands in the body
    assert notice in body or policy != "provider-referral"
