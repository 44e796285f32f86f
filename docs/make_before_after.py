"""Make `docs/redacted-page.png`: a sample PDF page before and after redaction, side by side.

    PYTHONPATH=. python docs/make_before_after.py [--purpose consultation]

The sample text PDF (`sample_data/pages/home_visit.pdf`, synthetic) is redacted exactly as
`redact note FILE.pdf --out` does it (`redact.documents.pages.redact_pages`), and both first
pages are rendered with pypdfium2 (what a recipient's viewer shows), cropped to the text
and put side by side under a caption. The picture is made by this script only, never by a
test run, so it changes only when someone reruns it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "sample_data" / "pages" / "home_visit.pdf"
TARGET = ROOT / "docs" / "redacted-page.png"
SCALE = 110 / 72  # pixels per point: readable, and a picture of modest size
MARGIN = 24
GAP = 32
CAPTION = 40


def render_first_page(data: bytes) -> Image.Image:
    """The first page as a viewer shows it (pypdfium2), RGB."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        image: Image.Image = document[0].render(scale=SCALE).to_pil().convert("RGB")
        return image
    finally:
        document.close()


def side_by_side(before: Image.Image, after: Image.Image, titles: tuple[str, str]) -> Image.Image:
    """Both pages cropped to the text of `before` (plus a margin), side by side, captioned."""
    white = Image.new("RGB", before.size, (255, 255, 255))
    box = ImageChops.difference(before, white).getbbox() or (0, 0, *before.size)
    left, top = max(box[0] - MARGIN, 0), max(box[1] - MARGIN, 0)
    right, bottom = min(box[2] + MARGIN, before.width), min(box[3] + MARGIN, before.height)
    crops = [page.crop((left, top, right, bottom)) for page in (before, after)]
    width, height = crops[0].size
    out = Image.new("RGB", (2 * width + GAP, height + CAPTION), (236, 239, 243))
    draw = ImageDraw.Draw(out)
    font = ImageFont.load_default(size=18)
    for index, (crop, title) in enumerate(zip(crops, titles, strict=True)):
        x = index * (width + GAP)
        out.paste(crop, (x, CAPTION))
        draw.text((x + 8, CAPTION // 2), title, fill=(20, 24, 31), font=font, anchor="lm")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--purpose", default="consultation")
    parser.add_argument("--out", type=Path, default=TARGET)
    ns = parser.parse_args()
    from redact.documents.pages import redact_pages
    from redact.policy.loader import load_policy
    from redact.redactor import Redactor

    redactor = Redactor(load_policy(ns.purpose))
    data = SOURCE.read_bytes()
    done = redact_pages(data, SOURCE.name, ".pdf", lambda text: redactor.redact(text, ()))
    picture = side_by_side(
        render_first_page(data),
        render_first_page(done.output),
        (f"Before: {SOURCE.name}", f"After: redact note ... --purpose {ns.purpose} --out"),
    )
    picture.save(ns.out, optimize=True)
    print(f"wrote {ns.out} ({picture.width}x{picture.height})")


if __name__ == "__main__":
    main()
