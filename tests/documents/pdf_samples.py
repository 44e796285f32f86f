"""Small synthetic PDFs and scans for the page tests: a text PDF, a scan of it, a workbook."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence

from PIL import Image, ImageFilter


def text_pdf(lines: Sequence[str], title: str | None = None) -> bytes:
    """A one-page text PDF (reportlab), with an author and title in its info dictionary."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    if title:
        canvas.setTitle(title)
        canvas.setAuthor(title)
    y = 720.0
    canvas.setFont("Helvetica", 12)
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 18
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanned_pdf(lines: Sequence[str], seed: int = 7) -> bytes:
    """The text PDF rendered to pixels, slightly rotated and noisy, as an image-only PDF."""
    image = scan_image(lines, seed)
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=200.0)
    return buffer.getvalue()


def scan_image(lines: Sequence[str], seed: int = 7) -> Image.Image:
    """A 200-dpi 'scan' of the lines: grey, rotated half a degree, with speckle noise."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(text_pdf(lines))
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image = image.rotate(0.5, fillcolor=255, resample=Image.Resampling.BICUBIC)
    rng = random.Random(seed)
    pixels = image.load()
    for _ in range(image.width * image.height // 400):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 90, 180))
    return image.filter(ImageFilter.GaussianBlur(0.4)).convert("RGB")


def mixed_pdf(typed: Sequence[str], scanned: Sequence[str]) -> bytes:
    """A typed header line over a scanned image of more lines: a fax cover sheet, say."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    picture = io.BytesIO()
    scan_image(scanned).crop((0, 0, 1700, 700)).save(picture, "PNG")
    picture.seek(0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setFont("Helvetica", 12)
    for number, line in enumerate(typed):
        canvas.drawString(72, 750 - 18 * number, line)
    canvas.drawImage(ImageReader(picture), 0, 400, 612, 252)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
