"""Pages per second of `redact batch` on text and scanned PDFs, and OCR word recall.

    python -m benchmarks.pages --files 2 --pages 2 --workers 1 2   # pages per second
    python -m benchmarks.pages --recall                            # OCR recall on the samples

Speed: generated notes (benchmarks/corpus.py, seeded) are typeset as `--files` text PDFs of
`--pages` pages each, and the same pages rendered as "scans" (200 dpi, grey, turned a little,
speckled: image only, so every page is read by OCR). `redact batch` runs end to end over
each folder with each `--workers` count (and `--engine`); a batch of one short text note
with the same options is timed too and its time (start-up, model load, log) taken off, so
what is reported is the pages' own rate. OCR is the slow part: a scanned page is read by
Tesseract, then its redacted page is read back by OCR before release.

Recall: each sample scan is read by OCR exactly as a batch reads it (`read_pdf`), and the
words of its source note are looked for among the words read: the share of all the
source's words recovered, and of the words of its annotated identifiers (a misread name is
one the detector cannot find). Words are compared case-folded, punctuation stripped, each
occurrence counted once.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import NoteMaker

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
DPI = 200
#: (scan, source note, annotations file, annotation id) of every sample scan.
SAMPLE_SCANS = (
    ("pages/home_visit_scan.pdf", "notes/05_home_visit.txt", "annotations/notes.jsonl",
     "05_home_visit"),
    ("request/pages/03_home_visit_signed.pdf", "request/notes/03_home_visit.txt",
     "annotations/request_notes.jsonl", "03_home_visit"),
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:[-'./@][^\W_]+)*")


# --- corpus ---------------------------------------------------------------------------


def text_pdf(lines: list[str], pages: int) -> bytes:
    """`pages` letter pages of the lines, Helvetica 10 pt, 48 lines a page (reportlab)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    per_page = 48
    for page in range(pages):
        y = 740.0
        for line in lines[page * per_page : (page + 1) * per_page]:
            canvas.setFont("Helvetica", 10)
            canvas.drawString(60, y, line)
            y -= 14
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanned(pdf: bytes, seed: int) -> bytes:
    """Every page of `pdf` rendered, greyed, turned and speckled: an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    document = pdfium.PdfDocument(pdf)
    images = []
    for index in range(len(document)):
        image = document[index].render(scale=DPI / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.6, 0.6), fillcolor=250,
                             resample=Image.Resampling.BICUBIC)  # fmt: skip
        pixels = image.load()
        for _ in range(image.width * image.height // 500):
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 120))
        images.append(image.filter(ImageFilter.GaussianBlur(0.4)))
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=float(DPI), save_all=True, append_images=images[1:])
    return buffer.getvalue()


def make_folders(work: Path, files: int, pages: int, seed: int) -> dict[str, Path]:
    """Folders `text/` and `scan/` of `files` PDFs of `pages` pages each (same words)."""
    maker = NoteMaker(seed)
    folders = {kind: work / kind for kind in ("text", "scan")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for number in range(files):
        lines: list[str] = []
        while len(lines) < pages * 48:
            for paragraph in maker.note().splitlines():
                lines.extend(textwrap.wrap(paragraph, 95) or [""])
        pdf = text_pdf(lines, pages)
        (folders["text"] / f"note_{number:03d}.pdf").write_bytes(pdf)
        (folders["scan"] / f"note_{number:03d}.pdf").write_bytes(scanned(pdf, seed + number))
    baseline = work / "baseline"
    baseline.mkdir(exist_ok=True)
    (baseline / "note.txt").write_text("Called the client about housing.\n", encoding="utf-8")
    folders["baseline"] = baseline
    return folders


# --- speed ----------------------------------------------------------------------------


def _batch_seconds(folder: Path, out: Path, workers: int, engine: str) -> tuple[float, int]:
    """Wall time of one `redact batch` over `folder`, and how many files it failed.

    A failed file took its time too (a scan whose read-back OCR found a removed string
    is failed after all the work), so it is counted, not a reason to stop.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [
        sys.executable, "-m", "redact", "batch", str(folder), "--purpose", "consultation",
        "--out", str(out), "--log", str(out.with_suffix(".sqlite3")), "--workers",
        str(workers), "--engine", engine, "--quiet", "--accept-risk",
    ]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    failed = re.search(r"released \d+, failed (\d+),", done.stderr + done.stdout)
    if failed is None:
        raise SystemExit(f"redact batch did not finish (exit {done.returncode})")
    return seconds, int(failed.group(1))


@dataclass(frozen=True)
class Rate:
    """One line of the table: a kind of PDF, a worker count, its pages' own rate."""

    kind: str
    workers: int
    pages: int
    seconds: float
    baseline: float
    failed: int = 0

    @property
    def pages_per_second(self) -> float:
        """Pages over the time beyond the baseline run's (start-up and model load)."""
        return self.pages / max(self.seconds - self.baseline, 1e-9)


def speed(files: int, pages: int, workers: list[int], engine: str, seed: int) -> list[Rate]:
    """Time each kind of PDF with each worker count (the baseline run once per count)."""
    rates: list[Rate] = []
    with tempfile.TemporaryDirectory(prefix="redact-pages-bench-") as temp:
        work = Path(temp)
        folders = make_folders(work, files, pages, seed)
        for count in workers:
            base, _ = _batch_seconds(folders["baseline"], work / f"base-{count}", count, engine)
            for kind in ("text", "scan"):
                seconds, failed = _batch_seconds(
                    folders[kind], work / f"{kind}-{count}", count, engine
                )
                rates.append(Rate(kind, count, files * pages, seconds, base, failed))
    return rates


def format_rates(rates: list[Rate], engine: str) -> str:
    """The table: pages per second by kind and worker count."""
    lines = [
        f"{'PDF':<6} {'workers':>7} {'pages':>6} {'run s':>7} {'base s':>7} {'pages/s':>8} "
        f"{'failed':>6}"
    ]
    for rate in rates:
        lines.append(
            f"{rate.kind:<6} {rate.workers:>7} {rate.pages:>6} {rate.seconds:>7.1f} "
            f"{rate.baseline:>7.1f} {rate.pages_per_second:>8.2f} {rate.failed:>6}"
        )
    lines.append(f"engine {engine}; pages/s = pages / (run - baseline run of one short note)")
    return "\n".join(lines)


# --- OCR recall -----------------------------------------------------------------------


def words(text: str) -> Counter[str]:
    """The words of a text, case-folded, with their counts (punctuation at the ends dropped)."""
    return Counter(m.group(0).casefold() for m in _WORD.finditer(text))


def recall(source: Counter[str], read: Counter[str]) -> float:
    """Share of the source's word occurrences found among the words read (1.0 if none)."""
    total = sum(source.values())
    found = sum(min(n, read[word]) for word, n in source.items())
    return found / total if total else 1.0


@dataclass(frozen=True)
class Recall:
    """OCR word recall of one sample scan: all words, and the words of its identifiers."""

    scan: str
    words: int
    all_words: float
    identifier_words: int
    identifiers: float


def ocr_recall(root: Path = SAMPLE) -> list[Recall]:
    """Read each sample scan by OCR (as a batch does) and compare with its source note."""
    from redact.documents.layout import read_pdf

    found: list[Recall] = []
    for scan, source, labels, record_id in SAMPLE_SCANS:
        text = (root / source).read_text(encoding="utf-8")
        read = words(read_pdf((root / scan).read_bytes(), scan).text)
        records = (json.loads(line) for line in (root / labels).open(encoding="utf-8"))
        record = next(r for r in records if r["id"] == record_id)
        identifiers = words(" ".join(span["text"] for span in record["spans"]))
        all_words = words(text)
        found.append(
            Recall(scan, sum(all_words.values()), recall(all_words, read),
                   sum(identifiers.values()), recall(identifiers, read))
        )  # fmt: skip
    return found


def format_recall(found: list[Recall]) -> str:
    """The recall table."""
    lines = [f"{'scan':<42} {'words':>6} {'recall':>7} {'id words':>9} {'recall':>7}"]
    for r in found:
        lines.append(
            f"{r.scan:<42} {r.words:>6} {r.all_words:>7.1%} {r.identifier_words:>9} "
            f"{r.identifiers:>7.1%}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Entry point: pages per second (default) or `--recall`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pages", description=__doc__)
    parser.add_argument("--files", type=int, default=2, help="PDFs of each kind.")
    parser.add_argument("--pages", type=int, default=2, help="Pages in each PDF.")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--recall", action="store_true", help="OCR word recall on the samples.")
    ns = parser.parse_args(argv)
    if ns.recall:
        print(format_recall(ocr_recall()))
        return
    rates = speed(ns.files, ns.pages, ns.workers, ns.engine, ns.seed)
    print(format_rates(rates, ns.engine))


if __name__ == "__main__":
    main()
