"""PDFs and page images read as one text with a box for every word.

A redaction runs on text; a page is pixels and positioned glyphs. This module makes one
text of a whole document (pages in order, lines top to bottom, words left to right) and
keeps, for every word, its page, its box and its character span in that text, so that a
finding's span can be mapped back onto the page (`redact.documents.pages`).

A page with a text layer is read with pdfplumber (MIT). A page without one (a scan), a
rotated or cropped page (where text-layer coordinates and the rendered page can disagree),
and every page of an image file is rendered with pypdfium2 and read by Tesseract OCR,
whose word boxes are in the rendered pixels themselves, and so is a page whose text layer
holds glyph codes instead of letters (a font with no or a wrong map to Unicode: the name
shows on the page, the text reads "(cid:41)(cid:72)..."). PyMuPDF (AGPL) is not used.
On a text page, each image big enough to hold a word is read by OCR as well, and its words
follow the page's typed text: a screenshot of a text message, a stamp or a signature block
in an image shows names that no text layer holds, and would otherwise go out as pixels.

Pages are rendered without their annotations and form fields (`_RENDER`): a comment box, a
stamp or a filled-in field is drawn from the annotation's own appearance, not from the page's
text layer, so on a typed page no reader of ours sees its words while the released pixels
would show them ("Client Ana Ruiz, SSN ..." in a FreeText note). They are left out of the
released file, and counted (`Layout.annotations`) so the manifest says so.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redact.documents.page_count import count_pages
from redact.errors import DocumentReadError

if TYPE_CHECKING:  # Pillow is imported where pages are handled, not by `redact note` on text
    from PIL import Image

#: Pixels per inch of every rendered page: OCR input and the released page both.
RENDER_DPI = 200
#: A page whose OCR'd words average below this confidence (0-100) is flagged for a person.
LOW_CONFIDENCE = 70.0
#: Fewer characters than this on a page's text layer: the page is treated as a scan.
MIN_TEXT_CHARS = 10
PDF_SUFFIX = ".pdf"
#: Images covering this share of a text page or more: the page is read by OCR instead.
IMAGE_SHARE = 0.2
#: An image on a text page at least this wide and tall (points) is read by OCR as well: a
#: screenshot of a message, a stamp or a signature block shows words no text layer holds.
MIN_READ_IMAGE_PT = (36.0, 10.0)
#: A line reaching this share of the page's text width is taken to wrap into the next.
WRAPPED = 0.85
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
#: How every PDF page is rendered: at `RENDER_DPI`, without annotations or form fields.
_RENDER = {"scale": RENDER_DPI / 72, "draw_annots": False, "may_draw_forms": False}
#: Annotations that draw nothing of their own on the page (a link area, a closed pop-up).
_UNDRAWN_ANNOTATIONS = frozenset({"/Link", "/Popup"})
#: Pixel count above which an image page is refused (a decompression bomb, not a scan).
MAX_PIXELS = 60_000_000


@dataclass(frozen=True)
class Word:
    """One word: its text span in the document text and its box in page pixels."""

    start: int
    end: int
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class PageInfo:
    """One page: its size in points and pixels, and how its words were read."""

    width_pt: float
    height_pt: float
    width_px: int
    height_px: int
    ocr: bool
    confidence: float | None = None
    #: A text page whose images were read by OCR too (`_image_words`).
    images_read: bool = False

    @property
    def low_confidence(self) -> bool:
        """True when OCR read this page with a low mean word confidence."""
        return self.ocr and (self.confidence is None or self.confidence < LOW_CONFIDENCE)


@dataclass(frozen=True)
class Layout:
    """A whole document: its text, every word's box, its pages."""

    text: str
    words: tuple[Word, ...]
    pages: tuple[PageInfo, ...]
    #: Annotations and form fields that would draw on a page, left out of the output.
    annotations: int = 0


@dataclass(frozen=True)
class _RawWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    line: tuple[int, ...]


def tesseract_available() -> bool:
    """True when the tesseract binary is on PATH (Debian: tesseract-ocr, tesseract-ocr-eng)."""
    return shutil.which("tesseract") is not None


def _ocr_words(image: Image.Image) -> tuple[list[_RawWord], float | None]:
    """Tesseract's words of a page image, in reading order, with the mean confidence."""
    if not tesseract_available():
        raise DocumentReadError(
            "cannot read a page without a text layer: tesseract is not installed "
            "(apt-get install tesseract-ocr tesseract-ocr-eng)"
        )
    import pytesseract

    # Tesseract's OpenMP threads fight batch workers for the cores; one thread each is
    # several times faster on a busy machine (and no slower on an idle one per page).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractError, OSError, RuntimeError) as exc:
        raise DocumentReadError(f"OCR failed ({type(exc).__name__})") from None
    words: list[_RawWord] = []
    confidences: list[float] = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not text.strip() or conf < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(
            _RawWord(
                text.strip(), left, top, left + float(data["width"][i]),
                top + float(data["height"][i]), line,
            )
        )  # fmt: skip
        confidences.append(conf)
    mean = sum(confidences) / len(confidences) if confidences else None
    return words, mean


def _text_words(page: object, scale: float) -> list[_RawWord]:
    """pdfplumber's words of a page (already sorted into lines), boxes scaled to pixels."""
    raw = page.extract_words(keep_blank_chars=False, use_text_flow=False)  # type: ignore[attr-defined]
    words: list[_RawWord] = []
    line = 0
    previous: dict[str, float] | None = None
    for w in raw:
        height = float(w["bottom"]) - float(w["top"])
        if previous is not None and (
            abs(float(w["top"]) - previous["top"]) > height / 2 or float(w["x0"]) < previous["x0"]
        ):
            line += 1
        previous = {"top": float(w["top"]), "x0": float(w["x0"])}
        words.append(
            _RawWord(
                str(w["text"]), float(w["x0"]) * scale, float(w["top"]) * scale,
                float(w["x1"]) * scale, float(w["bottom"]) * scale, (line,),
            )
        )  # fmt: skip
    return words


class _Builder:
    """Joins pages' words into one text: spaces within a line, newlines between lines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.words: list[Word] = []

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add_page(self, index: int, words: list[_RawWord]) -> None:
        """Add a page's words; a line that runs to the right margin continues with a space.

        A text wrapped at the margin is one sentence; split by a newline, a name broken
        across two lines is two fragments to the recogniser. Short lines (form fields,
        headings, the last line of a paragraph) keep their newline.
        """
        if self.length:
            self._put("\n\n")
        lines: list[list[_RawWord]] = []
        for word in words:
            if lines and lines[-1][-1].line == word.line:
                lines[-1].append(word)
            else:
                lines.append([word])
        right = max((line[-1].x1 for line in lines), default=0.0)
        left = min((line[0].x0 for line in lines), default=0.0)
        for number, line in enumerate(lines):
            if number:
                previous = lines[number - 1]
                wrapped = previous[-1].x1 - left >= WRAPPED * (right - left)
                self._put(" " if wrapped and not previous[-1].text.endswith(":") else "\n")
            for position, word in enumerate(line):
                if position:
                    self._put(" ")
                start = self.length
                self._put(word.text)
                self.words.append(
                    Word(start, self.length, index, word.x0, word.top, word.x1, word.bottom)
                )

    def text(self) -> str:
        return "".join(self.parts)


def render_pdf_pages(data: bytes) -> Iterator[Image.Image]:
    """Every page of a PDF rendered at `RENDER_DPI`, as RGB images, one at a time."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            yield page.render(**_RENDER).to_pil().convert("RGB")
            page.close()
    finally:
        document.close()


def render_pdf_page(data: bytes, index: int) -> Image.Image:
    """One page of a PDF rendered at `RENDER_DPI` (for OCR: only scanned pages are)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        image: Image.Image = page.render(**_RENDER).to_pil().convert("RGB")
        page.close()
        return image
    finally:
        document.close()


#: What pdfminer writes for a glyph it cannot map to a character.
_CID = re.compile(r"\(cid:\d+\)")


def _garbled(text: str) -> bool:
    """True for a word of two or more characters, half or more of them no readable
    character: a glyph code, private-use or unassigned code point, control, U+FFFD."""
    text = _CID.sub("\ufffd", text)
    bad = sum(ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cc") for ch in text)
    return len(text) >= 2 and 2 * bad >= len(text)


def _unreadable(words: list[_RawWord]) -> bool:
    """True when the text layer cannot be read as what the page shows: a font without (or
    with a wrong) map to Unicode gives codes for letters, so a name drawn in it is in the
    pixels but no reader of the text sees it. Such a page is read by OCR. A lone symbol (a
    Wingdings bullet is a private-use character) does not count."""
    return any(_garbled(word.text) for word in words)


def _needs_ocr(page: object) -> bool:
    """True for a page whose text layer cannot be trusted to say what the page shows.

    A rotated or cropped page (text-layer coordinates and the rendered page may disagree),
    and a page whose images cover a fifth of it or more: a typed cover sheet over a scanned
    letter has a text layer, but the letter's names are pixels only OCR can read.
    """
    rotation = getattr(page, "rotation", 0)
    if rotation or tuple(page.cropbox) != tuple(page.mediabox):  # type: ignore[attr-defined]
        return True
    width, height = float(page.width), float(page.height)  # type: ignore[attr-defined]
    covered = 0.0
    for image in page.images:  # type: ignore[attr-defined]
        x0, x1 = max(float(image["x0"]), 0.0), min(float(image["x1"]), width)
        top, bottom = max(float(image["top"]), 0.0), min(float(image["bottom"]), height)
        covered += max(x1 - x0, 0.0) * max(bottom - top, 0.0)
    return covered >= IMAGE_SHARE * width * height


def _overlaps(word: _RawWord, others: list[_RawWord]) -> bool:
    middle_x, middle_y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(o.x0 <= middle_x <= o.x1 and o.top <= middle_y <= o.bottom for o in others)


def _image_words(
    data: bytes, index: int, page: object, scale: float, typed: list[_RawWord]
) -> list[_RawWord]:
    """Words OCR reads in the images of a text page, each image its own lines after the
    page's typed text; a word over a typed word (an image behind text) is the typed one."""
    width, height = float(page.width), float(page.height)  # type: ignore[attr-defined]
    areas = []
    for image in page.images:  # type: ignore[attr-defined]
        x0, x1 = max(float(image["x0"]), 0.0), min(float(image["x1"]), width)
        top, bottom = max(float(image["top"]), 0.0), min(float(image["bottom"]), height)
        if x1 - x0 >= MIN_READ_IMAGE_PT[0] and bottom - top >= MIN_READ_IMAGE_PT[1]:
            areas.append((x0 * scale, top * scale, x1 * scale, bottom * scale))
    if not areas:
        return []
    rendered = render_pdf_page(data, index)
    words: list[_RawWord] = []
    for number, (x0, top, x1, bottom) in enumerate(areas, 1):
        found, _ = _ocr_words(rendered.crop((round(x0), round(top), round(x1), round(bottom))))
        for word in found:
            placed = _RawWord(
                word.text, word.x0 + round(x0), word.top + round(top), word.x1 + round(x0),
                word.bottom + round(top), (-number, *word.line),
            )  # fmt: skip
            if not _overlaps(placed, typed):
                words.append(placed)
    return words


def image_pages(data: bytes, name: str) -> list[Image.Image]:
    """The frames of an image file (a TIFF may hold many) as RGB images."""
    from PIL import Image, ImageSequence

    try:
        with Image.open(io.BytesIO(data)) as image:
            frames = []
            for frame in ImageSequence.Iterator(image):
                if frame.width * frame.height > MAX_PIXELS:
                    raise DocumentReadError(f"cannot read {name}: image too large")
                frames.append(frame.convert("RGB"))
            return frames
    except DocumentReadError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DocumentReadError(
            f"cannot read {name}: not a readable image ({type(exc).__name__})"
        ) from None


def _drawn_annotations(reader: object) -> int:
    """How many annotations of the PDF draw on their page (not links or pop-ups)."""
    count = 0
    for page in reader.pages:  # type: ignore[attr-defined]
        annotations = page.get("/Annots")
        for annotation in annotations.get_object() if annotations is not None else []:
            subtype = annotation.get_object().get("/Subtype")
            count += str(subtype) not in _UNDRAWN_ANNOTATIONS
    return count


def _check_pdf(data: bytes, name: str) -> tuple[int, int]:
    """The PDF's page count and drawn annotations (`_drawn_annotations`); refuse what is
    not a PDF, or needs a password to open (we never guess or strip one).

    A PDF encrypted with an owner password only (no password to open, copying or printing
    "restricted") is the usual court or hospital export: it opens, and is read like any
    other; the released file is a new, unencrypted one.
    """
    import pypdf
    from pypdf.errors import PdfReadError

    if not data:
        raise DocumentReadError(f"cannot read {name}: it is empty")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        opens = not reader.is_encrypted or bool(reader.decrypt(""))
        count = len(reader.pages) if opens else 1
        annotations = _drawn_annotations(reader) if opens else 0
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError,
            AttributeError) as exc:  # fmt: skip
        raise DocumentReadError(
            f"cannot read {name}: not a valid PDF ({type(exc).__name__})"
        ) from None
    if not opens:
        raise DocumentReadError(
            f"cannot read {name}: the PDF is encrypted and needs a password to open "
            "(decrypt it first)"
        )
    if count == 0:
        raise DocumentReadError(f"cannot read {name}: the PDF has no pages")
    return count, annotations


def read_pdf_pages(data: bytes, indices: list[int]) -> list[tuple[list[_RawWord], PageInfo]]:
    """The words and page info of some pages of a PDF (a page function, see `page_work`).

    The file is opened once for all of them; pages without a usable text layer are OCR'd.
    """
    import pdfplumber

    scale = RENDER_DPI / 72
    read: list[tuple[list[_RawWord], PageInfo]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index in indices:
            page = pdf.pages[index]
            width, height = float(page.width), float(page.height)
            size = (round(width * scale), round(height * scale))
            words = [] if _needs_ocr(page) else _text_words(page, scale)
            if _unreadable(words):
                words = []
            if sum(len(w.text) for w in words) >= MIN_TEXT_CHARS:
                pictured = _image_words(data, index, page, scale, words)
                words += pictured
                info = PageInfo(width, height, *size, False, images_read=bool(pictured))
            else:
                image = render_pdf_page(data, index)
                words, confidence = _ocr_words(image)
                info = PageInfo(width, height, image.width, image.height, True, confidence)
            read.append((words, info))
            page.close()  # pdfplumber caches every page's objects; a long PDF adds up
            count_pages(read=1)
    return read


def read_pdf(data: bytes, name: str) -> Layout:
    """A PDF's text and word boxes (pixels at `RENDER_DPI`); OCR where there is no text.

    Pages are read through `map_pages`: in order here, or spread over workers by an engine
    that installed a mapper (pages are the unit of work of a long scan).
    """
    from redact.documents.page_work import map_pages

    count, annotations = _check_pdf(data, name)
    count_pages(known=count)
    try:
        read = map_pages(read_pdf_pages, data, range(count))
    except DocumentReadError:
        raise
    except Exception as exc:
        raise DocumentReadError(
            f"cannot read {name}: not a valid PDF ({type(exc).__name__})"
        ) from None
    builder = _Builder()
    for index, (words, _) in enumerate(read):
        builder.add_page(index, words)
    pages = tuple(info for _, info in read)
    return Layout(builder.text(), tuple(builder.words), pages, annotations)


def read_image_pages(data: bytes, indices: list[int]) -> list[tuple[list[_RawWord], PageInfo]]:
    """The OCR'd words and page info of some frames of an image file (a page function)."""
    frames = image_pages(data, "the image")
    read: list[tuple[list[_RawWord], PageInfo]] = []
    for index in indices:
        frame = frames[index]
        words, confidence = _ocr_words(frame)
        info = PageInfo(
            frame.width * 72 / RENDER_DPI, frame.height * 72 / RENDER_DPI,
            frame.width, frame.height, True, confidence,
        )  # fmt: skip
        read.append((words, info))
        count_pages(read=1)
    return read


def read_image(data: bytes, name: str) -> Layout:
    """An image file's text by OCR, every frame a page (frames spread like PDF pages)."""
    from redact.documents.page_work import map_pages

    count = len(image_pages(data, name))  # decodes and checks every frame, naming the file
    count_pages(known=count)
    read = map_pages(read_image_pages, data, range(count))
    builder = _Builder()
    for index, (words, _) in enumerate(read):
        builder.add_page(index, words)
    return Layout(builder.text(), tuple(builder.words), tuple(info for _, info in read))
