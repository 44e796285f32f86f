"""Redacted PDFs and page images: removed text is gone from the pixels and from the file.

Black boxes drawn over live text are the classic failed court redaction: the text is still
in the file, one copy-paste away. Here nothing of the input file is kept. Every page is
rendered to pixels (`RENDER_DPI`), each removed span is painted over in the pixels as an
opaque box carrying its replacement (`[PERSON]`, a pseudonym, a year), and a new PDF is
drawn from those pixels alone, with an invisible text layer holding the *redacted* text at
the words' positions so the kept text stays searchable; a word that did not show on the
page (under a box, white on white, in a hidden layer) is left out of it (`page_ink`). The
new file is built from scratch (reportlab, then pikepdf to drop the info dictionary): no
metadata, annotations, attachments, forms, scripts, bookmarks or page labels can survive,
and `_assert_bare` checks that none are there.

Before release the output is read back independently (pdftotext where installed, pypdf's
text, the decompressed content streams, and OCR of OCR'd pages) and searched for every
removed string of the document, held only in memory; a hit is an `OutputCheckError` whose
message names the route, never the text. Image files (.png, .jpg, .tif) go out in their
own format, painted the same way, from fresh pixels (no EXIF or text chunks).
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from redact.documents.layout import (
    IMAGE_SUFFIXES,
    Layout,
    PageInfo,
    Word,
    image_pages,
    read_image,
    read_pdf,
    render_pdf_page,
    render_pdf_pages,
)
from redact.documents.page_count import count_pages
from redact.documents.page_ink import shown
from redact.documents.page_work import PageWork, map_pages
from redact.errors import RedactError
from redact.findings import Action
from redact.result import RedactionResult

#: Extra pixels a box reaches beyond its words' boxes (ascenders, anti-aliasing).
PAD_PX = 3
BOX_FILL = (0, 0, 0)
LABEL_FILL = (255, 255, 255)
JPEG_QUALITY = 80
#: Removed strings shorter than this are not searched for (a lone digit is everywhere).
MIN_CHECKED = 3
_SPACE = re.compile(r"\s+")
_ROOT_KEYS = ("/Metadata", "/Names", "/AcroForm", "/OpenAction", "/Outlines", "/PageLabels",
              "/AA", "/StructTreeRoot")  # fmt: skip


class OutputCheckError(RedactError):
    """A released file failed its read-back check; it is not released."""

    code = "R020"


@dataclass(frozen=True)
class Box:
    """An area to paint over on one page, in pixels, and the text shown on it."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    label: str


@dataclass(frozen=True)
class LayerWord:
    """A word of the invisible text layer: the released text at its place on the page."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass(frozen=True)
class PagesOutcome:
    """A redacted PDF or image: its bytes, the redaction, the original text, a review note."""

    output: bytes
    result: RedactionResult
    original: str
    note: str
    #: Where each page starts in `original` (for the review page's findings by page).
    page_starts: tuple[int, ...] = ()


def _removals(result: RedactionResult) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every span the redaction changed, in order."""
    return [
        (p.finding.start, p.finding.end, result.text[p.out_start : p.out_end])
        for p in result.placed
        if p.finding.action is not Action.KEEP
    ]


def _appendix(original: str, result: RedactionResult) -> str:
    """What the redaction added after the text (a 42 CFR Part 2 notice), checking offsets.

    The replacements applied to the original must give the redacted text, up to anything
    the redaction appends: the boxes are placed from the findings' offsets, and if those did
    not index this very text (a normalisation in detection, say), boxes would land on the
    wrong words. An appended notice must go out with the file, on a page of its own.
    """
    pieces: list[str] = []
    cursor = 0
    for placed in result.placed:
        pieces.append(original[cursor : placed.finding.start])
        pieces.append(result.text[placed.out_start : placed.out_end])
        cursor = placed.finding.end
    pieces.append(original[cursor:])
    body = "".join(pieces)
    if not result.text.startswith(body):
        raise OutputCheckError("findings do not map onto the page text; nothing released")
    return result.text[len(body) :].strip()


def plan_pages(
    layout: Layout, removals: Sequence[tuple[int, int, str]]
) -> tuple[list[Box], list[LayerWord]]:
    """Boxes over every word a removal touches (whole words, per line) and the text layer.

    A word only partly inside a removal (`Lucia's`) is boxed whole: over-removal at word
    granularity, never a visible fragment of a name.
    """
    text = layout.text
    boxes: list[Box] = []
    layer: list[LayerWord] = []
    span = 0
    labelled: set[int] = set()
    run: list[Word] = []
    run_span: int | None = None

    def flush() -> None:
        if not run or run_span is None:
            return
        label = "" if run_span in labelled else removals[run_span][2]
        labelled.add(run_span)
        first = run[0]
        box = Box(
            first.page, min(w.x0 for w in run) - PAD_PX, min(w.top for w in run) - PAD_PX,
            max(w.x1 for w in run) + PAD_PX, max(w.bottom for w in run) + PAD_PX, label,
        )  # fmt: skip
        boxes.append(box)
        if label:
            layer.append(LayerWord(box.page, box.x0, box.top, box.x1, box.bottom, label))

    previous: Word | None = None
    for word in layout.words:
        while span < len(removals) and removals[span][1] <= word.start:
            span += 1
        hit = span if span < len(removals) and removals[span][0] < word.end else None
        same_line = (
            previous is not None
            and previous.page == word.page
            and word.x0 >= previous.x0
            and word.top < previous.bottom
            and word.bottom > previous.top
        )
        if run and (hit != run_span or not same_line):
            flush()
            run = []
        if hit is None:
            layer.append(
                LayerWord(word.page, word.x0, word.top, word.x1, word.bottom,
                          text[word.start : word.end])
            )  # fmt: skip
            run_span = None
        else:
            run.append(word)
            run_span = hit
        previous = word
    flush()
    return boxes, layer


@functools.lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's built-in font at a size (decoding it each time was a tenth of a page's time)."""
    return ImageFont.load_default(size=max(size, 6))


def paint(image: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """A fresh copy of the page's pixels (no metadata) with the boxes painted in."""
    page = Image.frombytes("RGB", image.size, image.convert("RGB").tobytes())
    draw = ImageDraw.Draw(page)
    for box in boxes:
        draw.rectangle((box.x0, box.top, box.x1, box.bottom), fill=BOX_FILL)
        if not box.label:
            continue
        height = int((box.bottom - box.top) * 0.7)
        width = box.x1 - box.x0 - 2
        font = _font(height)
        natural = draw.textlength(box.label, font=font)
        if natural > width:
            height = max(int(height * width / natural), 6)
            font = _font(height)
        if draw.textlength(box.label, font=font) <= width:
            middle = ((box.x0 + box.x1) / 2, (box.top + box.bottom) / 2)
            draw.text(middle, box.label, fill=LABEL_FILL, font=font, anchor="mm")
    return page


def _layer_lines(words: Sequence[LayerWord]) -> list[list[LayerWord]]:
    """The text layer's words in visual lines, so each line is drawn as one string.

    One string per line keeps phrases whole ("Head Start", "504 plan") for anything that
    reads the file, and their order for text extraction; its width is fitted to the line.
    """
    lines: list[list[LayerWord]] = []
    for word in words:
        last = lines[-1][-1] if lines else None
        if (
            last is not None
            and word.x0 >= last.x0
            and word.top < last.bottom
            and word.bottom > last.top
        ):
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _layer_text(text: str) -> str:
    """Text the standard PDF fonts can encode (WinAnsi); anything else becomes '?'."""
    return text.encode("cp1252", "replace").decode("cp1252")


def build_pdf(
    painted: Iterable[tuple[Image.Image, Sequence[LayerWord]]],
    pages: Sequence[PageInfo],
    appendix: str = "",
) -> bytes:
    """A new PDF: each page one JPEG of the painted pixels under an invisible text layer
    (`painted` gives each page's pixels with its layer's words).

    Pages are taken one at a time and kept only as JPEG, so a long PDF is never held as
    pixels whole.

    `appendix` (a notice the redaction adds) is typeset on a last page of its own.
    """
    import pikepdf
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # ASCII85 of each page image, in pure Python, was half the time
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    for (image, words), info in zip(painted, pages, strict=True):
        canvas.setPageSize((info.width_pt, info.height_pt))
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=JPEG_QUALITY)
        jpeg.seek(0)
        canvas.drawImage(ImageReader(jpeg), 0, 0, info.width_pt, info.height_pt)
        scale = info.width_pt / image.width
        for line in _layer_lines(words):
            text = _layer_text(" ".join(word.text for word in line))
            x0, x1 = line[0].x0, line[-1].x1
            bottom = max(word.bottom for word in line)
            height = min(word.bottom - word.top for word in line)
            size = max(height * scale * 0.8, 1.0)
            natural = stringWidth(text, "Helvetica", size)
            obj = canvas.beginText()
            obj.setTextRenderMode(3)
            obj.setFont("Helvetica", size)
            if natural > 0:
                obj.setHorizScale(100 * (x1 - x0) * scale / natural)
            obj.setTextOrigin(x0 * scale, info.height_pt - bottom * scale + size * 0.2)
            obj.textOut(text)
            canvas.drawText(obj)
        canvas.showPage()
    if appendix:
        _notice_page(canvas, appendix, pages[-1])
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        out = io.BytesIO()
        # Page text stays uncompressed: a reader of the raw file finds the kept phrases too.
        pdf.save(out, deterministic_id=True, compress_streams=False)
    data = out.getvalue()
    _assert_bare(data)
    return data


def _notice_page(canvas: object, notice: str, size: PageInfo) -> None:
    """A page of plain text: the notice, wrapped, 10 pt Helvetica."""
    import textwrap

    canvas.setPageSize((size.width_pt, size.height_pt))  # type: ignore[attr-defined]
    y = size.height_pt - 72
    for paragraph in notice.splitlines():
        for line in textwrap.wrap(paragraph, 95) or [""]:
            canvas.setFont("Helvetica", 10)  # type: ignore[attr-defined]
            canvas.drawString(60, y, _layer_text(line))  # type: ignore[attr-defined]
            y -= 14
    canvas.showPage()  # type: ignore[attr-defined]


def _with_notice(page: Image.Image, notice: str) -> Image.Image:
    """The page with a white strip below it carrying the notice (an image has no pages)."""
    import textwrap

    size = max(page.width // 90, 12)
    lines = [line for p in notice.splitlines() for line in textwrap.wrap(p, 100) or [""]]
    strip = (len(lines) + 2) * int(size * 1.4)
    out = Image.new("RGB", (page.width, page.height + strip), (255, 255, 255))
    out.paste(page, (0, 0))
    draw = ImageDraw.Draw(out)
    font = _font(size)
    y = page.height + size
    for line in lines:
        draw.text((size * 2, y), line, fill=(0, 0, 0), font=font)
        y += int(size * 1.4)
    return out


def _assert_bare(data: bytes) -> None:
    """The built PDF carries nothing but pages: no info, XMP, forms, files, links, scripts."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        found = [key for key in _ROOT_KEYS if key in root]
        if "/Info" in pdf.trailer:
            found.append("/Info")
        for page in pdf.pages:
            found += [key for key in ("/Annots", "/AA") if key in page.obj]
    if found:
        raise OutputCheckError(f"the built PDF carries {', '.join(found)}; nothing released")


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).casefold()


def _pdftotext(data: bytes) -> str | None:
    """poppler's reading of the PDF, or None where pdftotext is not installed."""
    binary = shutil.which("pdftotext")
    if binary is None:
        return None
    with tempfile.TemporaryDirectory(prefix="redact-check-") as folder:
        path = Path(folder) / "out.pdf"
        path.write_bytes(data)
        done = subprocess.run(
            [binary, "-q", "-enc", "UTF-8", str(path), "-"],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise OutputCheckError("verification failed: pdftotext could not read the output")
    return done.stdout.decode("utf-8", "replace")


def pdf_text(data: bytes) -> str:
    """The text layer of a released PDF (the redacted text), as pypdf reads it."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _raw_streams(data: bytes) -> str:
    """Every page's content streams, decompressed, as Latin-1 text."""
    import pikepdf

    parts: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            parts.append(page.obj.Contents.read_bytes().decode("latin-1"))
    return "\n".join(parts)


def _ocr_text(images: Iterable[Image.Image]) -> str:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    return "\n".join(pytesseract.image_to_string(image, lang="eng") for image in images)


def ocr_image_pages(data: bytes, indices: list[int]) -> list[str]:
    """OCR of some frames of a released image file (a page function)."""
    frames = image_pages(data, "the released image")
    read: list[str] = []
    for index in indices:
        read.append(_ocr_text([frames[index]]))
        count_pages(checked=1)
    return read


def ocr_pdf_pages(data: bytes, indices: list[int]) -> list[str]:
    """OCR of some pages of a released PDF, rendered as a recipient would (a page function)."""
    read: list[str] = []
    for index in indices:
        read.append(_ocr_text([render_pdf_page(data, index)]))
        count_pages(checked=1)
    return read


def _ocr_back(work: PageWork, output: bytes, indices: Sequence[int]) -> str:
    """The OCR read-back of some pages of a released file, counted for the progress line."""
    count_pages(checking=len(indices))
    return "\n".join(map_pages(work, output, indices))


def verify(
    removed: Sequence[str],
    intended: str,
    routes: Sequence[tuple[str, Callable[[], str | None], bool]],
) -> None:
    """Raise `OutputCheckError` if any route reads back a removed string.

    A removed string that the redacted text itself holds elsewhere (a kept mention of the
    same word) is not searched for: finding it proves nothing. `routes` are (name, reader,
    letters_only); raw content streams are searched only for strings with a letter, since
    their numbers are coordinates.
    """
    kept = _normal(intended)
    wanted = {s for s in (_normal(r).strip() for r in removed) if len(s) >= MIN_CHECKED}
    wanted = {s for s in wanted if s not in kept}
    if not wanted:
        return
    for name, reader, letters_only in routes:
        text = reader()
        if text is None:
            continue
        haystack = _normal(text)
        for needle in wanted:
            if letters_only and not any(c.isalpha() for c in needle):
                continue
            if needle in haystack:
                raise OutputCheckError(
                    f"verification failed: {name} read a removed string back from the output; "
                    "nothing released"
                )


def describe_pages(pages: Sequence[PageInfo], annotations: int = 0) -> str:
    """What the page and `redact note` say of a page file (the manifest's note)."""
    return _note(pages, annotations)


def _note(pages: Sequence[PageInfo], annotations: int = 0) -> str:
    """The manifest note of a page file: its pages (how many OCR'd), and any to check by eye.

    Pages whose OCR mean confidence is low are named: a misread name is one the detector
    cannot find, so a person looks at those pages before the file goes out.
    """
    scanned = sum(page.ocr for page in pages)
    note = f"{len(pages)} page{'s' if len(pages) != 1 else ''}"
    if scanned:
        note += f", {scanned} read by OCR"
    low = [str(i + 1) for i, page in enumerate(pages) if page.low_confidence]
    if low:
        note += f"; check by eye: low OCR confidence on page(s) {', '.join(low)}"
    if annotations:
        plural = "s" if annotations != 1 else ""
        note += f"; {annotations} annotation{plural}/form field{plural} removed"
    return note


def _save_image(frames: Sequence[Image.Image], suffix: str) -> bytes:
    out = io.BytesIO()
    if suffix in {".jpg", ".jpeg"}:
        frames[0].save(out, "JPEG", quality=90)
    elif suffix in {".tif", ".tiff"}:
        frames[0].save(out, "TIFF", save_all=True, append_images=list(frames[1:]),
                       compression="tiff_deflate")  # fmt: skip
    else:
        frames[0].save(out, "PNG")
    return out.getvalue()


def redact_pages(
    data: bytes,
    name: str,
    suffix: str,
    redact_text: Callable[[str], RedactionResult],
) -> PagesOutcome:
    """Read, redact (one call for the whole document), paint, rebuild and verify a file.

    Any failure past the redaction (a library error while painting, building or reading
    back) is an `OutputCheckError` naming its type: one bad file never stops a batch.
    """
    suffix = suffix.lower()
    is_image = suffix in IMAGE_SUFFIXES
    layout = read_image(data, name) if is_image else read_pdf(data, name)
    result = redact_text(layout.text)
    try:
        output = _release(data, name, suffix, layout, result)
    except RedactError:
        raise
    except Exception as exc:
        raise OutputCheckError(
            f"could not build or check the redacted file ({type(exc).__name__}); nothing released"
        ) from None
    note = _note(layout.pages, layout.annotations)
    return PagesOutcome(output, result, layout.text, note, page_starts(layout))


def page_starts(layout: Layout) -> tuple[int, ...]:
    """The offset of each page's first word in the text (a page without words: the next's)."""
    starts: dict[int, int] = {}
    for word in layout.words:
        starts.setdefault(word.page, word.start)
    out: list[int] = []
    following = len(layout.text)
    for index in reversed(range(len(layout.pages))):
        following = starts.get(index, following)
        out.append(following)
    return tuple(reversed(out))


def _release(data: bytes, name: str, suffix: str, layout: Layout, result: RedactionResult) -> bytes:
    """The painted, rebuilt and verified output of a redacted file."""
    is_image = suffix in IMAGE_SUFFIXES
    appendix = _appendix(layout.text, result)
    removals = _removals(result)
    boxes, layer = plan_pages(layout, removals)
    by_page: dict[int, list[Box]] = {}
    for box in boxes:
        by_page.setdefault(box.page, []).append(box)
    layer_by_page: dict[int, list[LayerWord]] = {}
    for word in layer:
        layer_by_page.setdefault(word.page, []).append(word)
    sources = image_pages(data, name) if is_image else render_pdf_pages(data)
    # each page's layer keeps only the words that show on it (`page_ink`)
    painted_pages = (
        (paint(image, by_page.get(i, [])), shown(image, layer_by_page.get(i, [])))
        for i, image in enumerate(sources)
    )
    painted = (image for image, _ in painted_pages)
    removed = [layout.text[start:end] for start, end, _ in removals]
    ocr_pages = [i for i, page in enumerate(layout.pages) if page.ocr or page.images_read]
    if is_image:
        frames = list(painted)
        if appendix:
            frames[-1] = _with_notice(frames[-1], appendix)
        output = _save_image(frames, suffix)
        routes: list[tuple[str, Callable[[], str | None], bool]] = [
            ("OCR", lambda: _ocr_back(ocr_image_pages, output, ocr_pages), False)
        ]
    else:
        output = build_pdf(painted_pages, layout.pages, appendix)
        routes = [
            ("pdftotext", lambda: _pdftotext(output), False),
            ("pypdf", lambda: pdf_text(output), False),
            ("the raw content streams", lambda: _raw_streams(output), True),
        ]
        if ocr_pages:
            # Read back page by page, on the workers when an engine spreads pages.
            routes.append(("OCR", lambda: _ocr_back(ocr_pdf_pages, output, ocr_pages), False))
    verify(removed, result.text, routes)
    return output
