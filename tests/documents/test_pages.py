"""PDFs and scans redacted for real: every removed string gone by every route of reading.

The canaries are synthetic identifiers. Each route a recipient could use is tried on the
output: pdftotext, pypdf, pdfplumber, the decompressed bytes of every stream (pikepdf),
OCR of the rendered page. Tests that need poppler or tesseract skip, saying so, only
where the binary is absent.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdf
import pytest

from redact.documents.layout import read_pdf, render_pdf_pages
from redact.documents.pages import OutputCheckError, redact_pages, verify
from redact.errors import DocumentReadError
from redact.redactor import Redactor
from redact.result import RedactionResult
from tests.documents.pdf_samples import scanned_pdf, text_pdf

LINES = [
    "Progress note, 03/14/2026. Met with Marisol Okafor, case 2026-CW-48817.",
    "Marisol lives at 418 Tamarack Lane, Springfield, IL 62704.",
    "Phone 217-555-0196. Diagnosis F41.1; continues sertraline 50 mg daily.",
    "Plan: follow up with the school counselor next week.",
]
CANARIES = ["Marisol", "Okafor", "418 Tamarack", "62704", "Tamarack", "217-555-0196",
            "555-0196", "48817", "03/14/2026"]  # fmt: skip
KEPT = ["Diagnosis", "F41.1", "sertraline", "counselor"]

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext not installed (apt-get install poppler-utils)",
)


@pytest.fixture
def mask_redactor(redactor_for: Callable[[str], Redactor]) -> Redactor:
    """A policy that removes identifiers and keeps clinical facts."""
    return redactor_for("consultation")


def _redact(redactor: Redactor, data: bytes, name: str = "note.pdf") -> bytes:
    def run(text: str) -> RedactionResult:
        return redactor.redact(text, ())

    return redact_pages(data, name, Path(name).suffix, run).output


def _every_reading(data: bytes, ocr: bool) -> dict[str, str]:
    import pdfplumber

    readings = {
        "pypdf": "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    }
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        readings["pdfplumber"] = "\n".join(p.extract_text() or "" for p in pdf.pages)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        raw = []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    raw.append(obj.read_bytes().decode("latin-1"))
                except pikepdf.PdfError:
                    raw.append(obj.read_raw_bytes().decode("latin-1"))
            else:
                raw.append(str(obj))
    readings["raw streams"] = "\n".join(raw)
    readings["file bytes"] = data.decode("latin-1")
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        readings["pdftotext"] = done.stdout.decode()
    if ocr:
        import pytesseract

        readings["ocr"] = "\n".join(pytesseract.image_to_string(i) for i in render_pdf_pages(data))
    return readings


def _leaks(readings: dict[str, str]) -> list[tuple[str, str]]:
    return [
        (route, c)
        for route, text in readings.items()
        for c in CANARIES
        if c.casefold() in text.casefold()
    ]


@needs_pdftotext
def test_text_pdf_canaries_gone_by_every_route_and_kept_words_extractable(
    mask_redactor: Redactor,
) -> None:
    source = text_pdf(LINES, title="Marisol Okafor")
    assert _leaks(_every_reading(source, ocr=False)), "the canaries are in the input"
    output = _redact(mask_redactor, source)
    readings = _every_reading(output, ocr=shutil.which("tesseract") is not None)
    assert _leaks(readings) == []
    for word in KEPT:
        assert word in readings["pdftotext"], word
        assert word in readings["pypdf"], word
    assert "continues sertraline 50 mg daily" in readings["file bytes"], "phrases whole, raw"


def test_output_carries_no_metadata_or_document_level_objects(mask_redactor: Redactor) -> None:
    output = _redact(mask_redactor, text_pdf(LINES, title="Marisol Okafor"))
    with pikepdf.open(io.BytesIO(output)) as pdf:
        assert "/Info" not in pdf.trailer
        for key in ("/Metadata", "/Names", "/AcroForm", "/OpenAction", "/Outlines", "/PageLabels"):
            assert key not in pdf.Root, key
        assert all("/Annots" not in page.obj for page in pdf.pages)


def test_annotation_and_attachment_do_not_survive(mask_redactor: Redactor) -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(text_pdf(LINES)))
    writer.add_attachment("contacts-Marisol.txt", b"Marisol Okafor 217-555-0196")
    from pypdf.annotations import FreeText

    writer.add_annotation(
        0, FreeText(text="Marisol called from 217-555-0196", rect=(50, 50, 300, 100))
    )
    writer.add_metadata({"/Author": "Marisol Okafor"})
    buffer = io.BytesIO()
    writer.write(buffer)
    source = buffer.getvalue()
    assert b"EmbeddedFile" in source
    output = _redact(mask_redactor, source)
    assert b"EmbeddedFile" not in output and b"Annot" not in output
    assert _leaks(_every_reading(output, ocr=False)) == []


def _ocr(image: object) -> str:
    import pytesseract

    return str(pytesseract.image_to_string(image))


def _with_drawn_annotations(source: bytes, text: str) -> bytes:
    """`source` with a FreeText note and a filled-in form field, each drawn by its own
    appearance stream (as Acrobat writes them), both showing `text`."""
    with pikepdf.open(io.BytesIO(source)) as pdf:
        page = pdf.pages[0]
        font = pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                               BaseFont=pikepdf.Name.Helvetica)
        )  # fmt: skip
        annotations = []
        for subtype, y in ((pikepdf.Name.FreeText, 300), (pikepdf.Name.Widget, 200)):
            look = pdf.make_stream(f"BT /F1 14 Tf 4 8 Td ({text}) Tj ET".encode())
            look.Type, look.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
            look.BBox = [0, 0, 400, 30]
            look.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
            annotation = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=subtype, Rect=[72, y, 472, y + 30],
                Contents=pikepdf.String(text), AP=pikepdf.Dictionary(N=look),
            )  # fmt: skip
            if subtype == pikepdf.Name.Widget:
                annotation.FT, annotation.T = pikepdf.Name.Tx, pikepdf.String("caller")
                annotation.V = pikepdf.String(text)
            annotations.append(pdf.make_indirect(annotation))
        page.Annots = pdf.make_indirect(pikepdf.Array(annotations))
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[annotations[1]])
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@needs_tesseract
def test_what_an_annotation_or_form_field_draws_is_not_in_the_released_pixels(
    mask_redactor: Redactor,
) -> None:
    # A note box or a filled-in field shows its words on the page, but they are in no
    # text layer: released as pixels they would go out unread (a side door).
    shown = "Caller Thaddeus Okonkwo-Brandt 217-555-0143"
    source = _with_drawn_annotations(text_pdf(LINES), shown)
    before = "\n".join(_ocr(image) for image in render_pdf_pages(source))
    assert "Okonkwo" not in before, "our own reading leaves annotations out"
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(source)
    drawn = document[0].render(scale=200 / 72).to_pil()  # as a viewer shows the input
    assert "Okonkwo" in _ocr(drawn), "the annotation must show in the input"
    outcome = redact_pages(source, "note.pdf", ".pdf", lambda t: mask_redactor.redact(t, ()))
    after = "\n".join(_ocr(image) for image in render_pdf_pages(outcome.output))
    assert "Okonkwo" not in after and "0143" not in after
    assert "Plan: follow up" in after.replace("\n", " ")
    assert outcome.note == "1 page; 2 annotations/form fields removed"


def _with_small_picture(lines: list[str], words: str) -> bytes:
    """A typed page with a small picture (under a fifth of the page) showing `words`."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    picture = Image.new("RGB", (900, 120), "white")
    ImageDraw.Draw(picture).text((10, 30), words, fill="black", font=ImageFont.load_default(44))
    png = io.BytesIO()
    picture.save(png, "PNG")
    png.seek(0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setFont("Helvetica", 12)
    for number, line in enumerate(lines):
        canvas.drawString(72, 720 - 18 * number, line)
    canvas.drawImage(ImageReader(png), 72, 560, 300, 40)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@needs_tesseract
def test_words_in_a_small_picture_on_a_typed_page_are_read_and_painted_over(
    mask_redactor: Redactor,
) -> None:
    # A screenshot of a message is pixels on a typed page: no text layer holds its words.
    source = _with_small_picture(LINES[3:], "Caller: Ottilie Brandvold-Mensah")
    layout = read_pdf(source, "note.pdf")
    assert "Brandvold" in layout.text and layout.pages[0].images_read
    assert not layout.pages[0].ocr, "the typed text is still read from the text layer"
    output = _redact(mask_redactor, source)
    after = "\n".join(_ocr(image) for image in render_pdf_pages(output))
    assert "Brandvold" not in after and "Ottilie" not in after
    assert "Caller" in after and "Plan: follow up" in after.replace("\n", " ")


def _with_unmapped_font(typed: str, drawn: str) -> bytes:
    """A page with `typed` in Helvetica and `drawn` in an embedded font whose map to
    Unicode sends every glyph to the private-use area (as broken generators write it)."""
    import os

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    pdfmetrics.registerFont(TTFont("VeraUnmapped", vera))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 750, typed)
    canvas.setFont("VeraUnmapped", 12)
    canvas.drawString(72, 700, drawn)
    canvas.showPage()
    canvas.save()
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <00> <FF> <E000> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        for font in pdf.pages[0].Resources.Font.values():
            if "Helvetica" not in str(font.get("/BaseFont", "")):
                font.ToUnicode = pdf.make_stream(cmap)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@needs_tesseract
def test_a_page_whose_text_layer_reads_as_glyph_codes_is_read_by_ocr(
    mask_redactor: Redactor,
) -> None:
    # The name shows on the page, the text layer holds private-use codes for its letters.
    source = _with_unmapped_font(LINES[3], "Her neighbour Casimir Oduya-Fenwick called.")
    import pdfplumber

    with pdfplumber.open(io.BytesIO(source)) as pdf:
        assert "Oduya" not in (pdf.pages[0].extract_text() or "")
    layout = read_pdf(source, "note.pdf")
    assert layout.pages[0].ocr and "Oduya" in layout.text
    output = _redact(mask_redactor, source)
    after = "\n".join(_ocr(image) for image in render_pdf_pages(output))
    assert "Oduya" not in after and "Casimir" not in after and "Fenwick" not in after
    assert "neighbour" in after and "follow up" in after


@needs_tesseract
def test_scanned_pdf_is_read_by_ocr_and_canaries_gone(mask_redactor: Redactor) -> None:
    source = scanned_pdf(LINES)
    layout = read_pdf(source, "scan.pdf")
    assert layout.pages[0].ocr and "Tamarack" in layout.text
    output = _redact(mask_redactor, source, "scan.pdf")
    readings = _every_reading(output, ocr=True)
    assert _leaks(readings) == []
    assert "sertraline" in readings["ocr"]


@needs_tesseract
def test_png_scan_is_redacted_in_its_own_format(mask_redactor: Redactor, tmp_path: Path) -> None:
    import pytesseract
    from PIL import Image

    from tests.documents.pdf_samples import scan_image

    buffer = io.BytesIO()
    scan_image(LINES).save(buffer, "PNG")
    output = _redact(mask_redactor, buffer.getvalue(), "scan.png")
    image = Image.open(io.BytesIO(output))
    assert image.format == "PNG"
    read = pytesseract.image_to_string(image)
    assert [c for c in CANARIES if c in read] == [] and "sertraline" in read


def test_corrupt_and_encrypted_pdfs_are_refused_with_a_reason() -> None:
    with pytest.raises(DocumentReadError, match="not a valid PDF"):
        read_pdf(b"%PDF-1.4\n this is not a pdf", "broken.pdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(text_pdf(LINES)))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentReadError, match="encrypted"):
        read_pdf(buffer.getvalue(), "locked.pdf")


def test_a_pdf_restricted_by_an_owner_password_only_is_read(mask_redactor: Redactor) -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(text_pdf(LINES)))
    writer.encrypt(user_password="", owner_password="records-office", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    output = _redact(mask_redactor, buffer.getvalue())
    assert not pypdf.PdfReader(io.BytesIO(output)).is_encrypted
    assert _leaks(_every_reading(output, ocr=False)) == []


def test_verify_names_the_route_never_the_text() -> None:
    with pytest.raises(OutputCheckError) as raised:
        verify(["Marisol"], "Met with [PERSON].", [("pypdf", lambda: "Met with Marisol.", False)])
    assert "pypdf" in raised.value.message and "Marisol" not in raised.value.message
    verify(["Marisol"], "Met with [PERSON].", [("pypdf", lambda: "Met with [PERSON].", False)])
    # A removed string the redacted text keeps elsewhere proves nothing and is not searched.
    verify(["Ann"], "Annual review.", [("pypdf", lambda: "Annual review.", False)])


def test_batch_releases_a_pdf_and_fails_corrupt_and_encrypted_ones(
    tmp_path: Path, log_path: Path
) -> None:
    import csv

    from typer.testing import CliRunner

    from redact.cli import app

    folder = tmp_path / "request"
    folder.mkdir()
    (folder / "note.pdf").write_bytes(text_pdf(LINES, title="Marisol Okafor"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(text_pdf(LINES)))
    writer.encrypt("secret")
    with (folder / "locked.pdf").open("wb") as handle:
        writer.write(handle)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["batch", str(folder), "--purpose", "consultation", "--out", str(out), "--quiet"]
    )
    assert result.exit_code == 1, result.stderr
    with (out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["note.pdf"]["status"] == "released"
    assert rows["note.pdf"]["reason"] == "1 page"
    assert "PERSON" in rows["note.pdf"]["counts"]
    assert rows["broken.pdf"]["status"] == "failed"
    assert "not a valid PDF" in rows["broken.pdf"]["reason"]
    assert "encrypted" in rows["locked.pdf"]["reason"]
    with (out / "manifest.csv").open(newline="") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ["note.pdf"]  # released only
    assert not (out / "broken.pdf").exists()
    assert _leaks(_every_reading((out / "note.pdf").read_bytes(), ocr=False)) == []
    assert not [c for c in CANARIES if c in result.stdout + result.stderr]


def test_low_ocr_confidence_pages_are_named_for_a_person() -> None:
    from redact.documents.layout import PageInfo
    from redact.documents.pages import _note

    pages = [PageInfo(612, 792, 1700, 2200, False), PageInfo(612, 792, 1700, 2200, True, 41.0)]
    assert _note(pages) == "2 pages, 1 read by OCR; check by eye: low OCR confidence on page(s) 2"
    assert _note(pages[:1]) == "1 page"


def test_a_name_wrapped_across_lines_is_found_and_boxed_on_both(mask_redactor: Redactor) -> None:
    wrapped = [
        "Writer met with the client's grandmother at the family home today, and she introduced"
        " Marisol",
        "Okafor, who lives with them and helps with school pickups. Diagnosis F41.1 was discussed.",
    ]
    layout = read_pdf(text_pdf(wrapped), "wrapped.pdf")
    assert "introduced Marisol Okafor," in layout.text, "a line run to the margin continues"
    readings = _every_reading(_redact(mask_redactor, text_pdf(wrapped)), ocr=False)
    assert _leaks(readings) == []
    assert "F41.1" in readings["pypdf"]


def test_note_prints_a_pdfs_redacted_text_and_writes_the_pdf(
    tmp_path: Path, log_path: Path
) -> None:
    from typer.testing import CliRunner

    from redact.cli import app

    source = tmp_path / "visit.pdf"
    source.write_bytes(text_pdf(LINES, title="Marisol Okafor"))
    target = tmp_path / "visit.redacted.pdf"
    result = CliRunner().invoke(
        app, ["note", str(source), "--purpose", "consultation", "--out", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    assert "sertraline" in result.stdout
    assert not [c for c in CANARIES if c in result.stdout + result.stderr]
    assert _leaks(_every_reading(target.read_bytes(), ocr=False)) == []
    refused = CliRunner().invoke(
        app, ["note", str(tmp_path / "x.txt"), "--purpose", "consultation", "--out", str(target)]
    )
    assert refused.exit_code != 0


def test_a_part2_notice_the_redaction_adds_goes_out_on_a_page_of_its_own(
    mask_redactor: Redactor,
) -> None:
    lines = [
        "Marisol Okafor attends the opioid treatment program and receives methadone daily.",
        "She reports no relapse this month. Counselor will coordinate with her prescriber.",
    ]
    source = text_pdf(lines)
    result = redact_pages(source, "otp.pdf", ".pdf", lambda text: mask_redactor.redact(text, ()))
    assert result.result.part2_notice, "consultation keeps substance use: the notice is due"
    reader = pypdf.PdfReader(io.BytesIO(result.output))
    assert len(reader.pages) == 2
    assert "42 CFR" in (reader.pages[1].extract_text() or "")


@needs_tesseract
def test_a_text_page_mostly_image_is_read_by_ocr(mask_redactor: Redactor) -> None:
    from tests.documents.pdf_samples import mixed_pdf

    source = mixed_pdf(["FAX COVER: records request, 2 pages"], LINES)
    layout = read_pdf(source, "fax.pdf")
    assert layout.pages[0].ocr and "Okafor" in layout.text and "FAX" in layout.text
    readings = _every_reading(_redact(mask_redactor, source, "fax.pdf"), ocr=True)
    assert _leaks(readings) == []


@needs_tesseract
def test_a_jpeg_goes_out_without_its_exif(mask_redactor: Redactor) -> None:
    from PIL import Image

    from tests.documents.pdf_samples import scan_image

    exif = Image.Exif()
    exif[0x010E] = "Marisol Okafor, intake photo"  # ImageDescription
    exif[0x013B] = "Marisol Okafor"  # Artist
    buffer = io.BytesIO()
    scan_image(LINES[:2]).crop((0, 0, 1700, 500)).save(buffer, "JPEG", exif=exif)
    assert b"Okafor" in buffer.getvalue()
    output = _redact(mask_redactor, buffer.getvalue(), "photo.jpg")
    assert Image.open(io.BytesIO(output)).format == "JPEG"
    assert b"Okafor" not in output and b"Marisol" not in output and b"Exif" not in output


def _pdf_hiding(hidden: str) -> bytes:
    """A text PDF whose page also holds `hidden` where no reader sees it: under a black
    box, white on white, and in the invisible render mode."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Home visit; the school counselor attended the meeting.")
    canvas.drawString(72, 690, f"Boxed: {hidden}")
    canvas.rect(120, 684, 300, 18, fill=1, stroke=0)  # the box drawn over it
    canvas.setFillColorRGB(1, 1, 1)
    canvas.drawString(72, 660, f"White: {hidden}")
    canvas.setFillColorRGB(0, 0, 0)
    invisible = canvas.beginText(72, 630)
    invisible.setTextRenderMode(3)
    invisible.textLine(f"Unseen: {hidden}")
    canvas.drawText(invisible)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@needs_pdftotext
def test_text_the_page_hid_stays_out_of_the_released_text_layer(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """Under a policy that keeps the subject, the subject's name under a box drawn over
    it is not removed by redaction: it must not come back as extractable text."""
    hidden = "Rosamund Achterberg-Nyquist"
    source = _pdf_hiding(hidden)
    assert hidden in pypdf.PdfReader(io.BytesIO(source)).pages[0].extract_text()
    court = redactor_for("court-subpoena")
    output = redact_pages(
        source, "visit.pdf", ".pdf", lambda text: court.redact(text, (hidden,))
    ).output
    readings = _every_reading(output, ocr=False)
    assert [route for route, text in readings.items() if "Achterberg" in text] == []
    assert "school counselor attended" in readings["pdftotext"], "what showed stays searchable"
