"""Make the synthetic PDF, scan and workbook samples in `sample_data/pages/` (seed 7).

    PYTHONPATH=. python sample_data/make_pages.py [--out sample_data/pages]

- `home_visit.pdf`: `notes/05_home_visit.txt` typeset as a text PDF (reportlab), with the
  client's name in the document's title and author, as exports from case systems have;
- `home_visit_scan.pdf`: the same pages rendered at 200 dpi, greyed, turned half a degree
  and speckled, as an image-only PDF (what a scanner gives);
- `export.xlsx`: the first 12 rows of `request/export.csv` on a sheet `Notes`, and a second
  sheet `Contacts` with three more rows, as case systems export workbooks;

and, in the sample records request (`request/pages/`, released by the README's main command):

- `03_home_visit_signed.pdf`: the signed paper copy of `request/notes/03_home_visit.txt`,
  scanned (one page, image only), as a records office finds it in the paper file;
- `07_discharge_summary.pdf`: `request/notes/07_discharge_summary.md` as the case system's
  PDF export (a text PDF, the client's name in its title);
- `phone_log.xlsx`: the phone contacts of `request/export.csv` as the worker's own
  spreadsheet (a record a request often holds twice, in two systems).

Everything is synthetic (see README.md); the same command gives the same bytes.
"""

from __future__ import annotations

import argparse
import io
import random
import textwrap
import time
from pathlib import Path

import pandas as pd
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from redact.documents.tables import SHEET, TableWriter

HERE = Path(__file__).resolve().parent
SEED = 7
DPI = 200


def text_pdf(text: str, title: str) -> bytes:
    """A text PDF of the note: Helvetica 10 pt, wrapped at 95 characters, letter pages."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor(title)
    y = 740.0
    for paragraph in text.splitlines():
        for line in textwrap.wrap(paragraph, 95) or [""]:
            if y < 60:
                canvas.showPage()
                y = 740.0
            canvas.setFont("Helvetica", 10)
            canvas.drawString(60, y, line)
            y -= 14
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanned_pdf(pdf: bytes, rng: random.Random) -> bytes:
    """Every page rendered, greyed, rotated a little and speckled, saved as image-only PDF."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for index in range(len(document)):
        image = document[index].render(scale=DPI / 72).to_pil().convert("L")
        turn = rng.uniform(-0.6, 0.6)
        image = image.rotate(turn, fillcolor=250, resample=Image.Resampling.BICUBIC)
        pixels = image.load()
        for _ in range(image.width * image.height // 500):
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 120))
        pages.append(image.filter(ImageFilter.GaussianBlur(0.4)))
    document.close()
    buffer = io.BytesIO()
    fixed = time.gmtime(1767225600)  # 2026-01-01: the same bytes on every run
    pages[0].save(buffer, "PDF", resolution=float(DPI), save_all=True, append_images=pages[1:],
                  creationDate=fixed, modDate=fixed)  # fmt: skip
    return buffer.getvalue()


def workbook(export: Path) -> bytes:
    """Two sheets of case notes as text cells, with fixed properties (same bytes each run)."""
    frame = pd.read_csv(export, dtype=str, keep_default_na=False)
    notes, contacts = frame.iloc[:12].copy(), frame.iloc[12:15].reset_index(drop=True)
    notes.attrs[SHEET], contacts.attrs[SHEET] = "Notes", "Contacts"
    buffer = io.BytesIO()
    # an input made here, not a release: its sheets keep the names they were given
    writer = TableWriter(buffer, ".xlsx", sheet_names={"Notes": "Notes", "Contacts": "Contacts"})
    writer.write(notes)
    writer.write(contacts)
    writer.close()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "pages")
    parser.add_argument("--request-out", type=Path, default=HERE / "request" / "pages")
    arguments = parser.parse_args()
    out = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    note = (HERE / "notes" / "05_home_visit.txt").read_text(encoding="utf-8")
    client = note.splitlines()[1].split(":", 1)[1].strip()
    pdf = text_pdf(note, client)
    (out / "home_visit.pdf").write_bytes(pdf)
    (out / "home_visit_scan.pdf").write_bytes(scanned_pdf(pdf, random.Random(SEED)))
    (out / "export.xlsx").write_bytes(workbook(HERE / "request" / "export.csv"))
    request_pages(arguments.request_out)


def request_pages(out: Path) -> None:
    """The sample request's scan, PDF export and workbook (see the module docstring)."""
    out.mkdir(parents=True, exist_ok=True)
    notes = HERE / "request" / "notes"
    visit = (notes / "03_home_visit.txt").read_text(encoding="utf-8")
    client = visit.splitlines()[1].split(":", 1)[1].strip()
    scan = scanned_pdf(text_pdf(visit, client), random.Random(SEED + 3))
    (out / "03_home_visit_signed.pdf").write_bytes(scan)
    summary = (notes / "07_discharge_summary.md").read_text(encoding="utf-8")
    (out / "07_discharge_summary.pdf").write_bytes(text_pdf(summary, client))
    frame = pd.read_csv(HERE / "request" / "export.csv", dtype=str, keep_default_na=False)
    phone = frame[frame["note_type"] == "phone"].reset_index(drop=True)
    phone.attrs[SHEET] = "Phone log"
    buffer = io.BytesIO()
    writer = TableWriter(buffer, ".xlsx", sheet_names={"Phone log": "Phone log"})
    writer.write(phone)
    writer.close()
    (out / "phone_log.xlsx").write_bytes(buffer.getvalue())


if __name__ == "__main__":
    main()
