"""Progress per page: a long scan moves the batch's progress line page by page.

A real four-page synthetic scan (OCR'd with Tesseract) through `run_batch`, with the
progress line captured from stderr: the page counts rise while the document is read and
read back, with one worker (in this process), with two (worker processes report through
shared counters) and on Dask (through events of the release's topic), and the line holds
no word of the document and no file name.
"""

from __future__ import annotations

import io
import multiprocessing
import re
import shutil
from pathlib import Path

import pytest

from pipelines.page_progress import SharedPageCounts
from pipelines.progress import Progress
from pipelines.runner import run_batch
from pipelines.spec import BatchSpec, Engine
from redact.documents.page_count import count_pages, pages_counted_by
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from tests.conftest import TEST_KEY
from tests.documents.pdf_samples import scan_image

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

PAGES = [
    ["Home visit, page 1. Met with Benedikt Halloran at his flat.",
     "Diagnosis F33.1; continues fluoxetine 20 mg daily."],
    ["Page 2. Benedikt Halloran says his daughter Ysolde is at school.",
     "Phone 608-555-0172 for the next visit."],
    ["Page 3. The housing officer will call Benedikt Halloran.",
     "Plan: follow up in two weeks."],
    ["Page 4. Benedikt Halloran agreed to the plan.",
     "Next review in April."],
]  # fmt: skip
#: Words of the pages and the file's name: none may reach the progress line.
NEVER_SHOWN = ["Benedikt", "Halloran", "Ysolde", "608-555", "fluoxetine", "housing",
               "visit", "halloran_scan", ".pdf"]  # fmt: skip
PAGE_COUNT = re.compile(r"pages (\d+)/(\d+)")


@pytest.fixture(scope="module")
def scan_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scan-request")
    images = [scan_image(lines, seed=index) for index, lines in enumerate(PAGES)]
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    (folder / "halloran_scan.pdf").write_bytes(buffer.getvalue())
    return folder


def _spec(inputs: Path, out: Path, workers: int, engine: Engine = Engine.LOCAL) -> BatchSpec:
    return BatchSpec(
        inputs=(inputs,), out_dir=out, policy=load_policy("consultation"),
        fields=ReleaseFields("tester"), workers=workers, key=TEST_KEY, engine=engine,
    )  # fmt: skip


def test_the_line_shows_pages_read_and_checked_only_once_pages_are_known() -> None:
    stream = io.StringIO()
    progress = Progress(2, 0, stream=stream)
    assert "pages" not in progress.line(0.0)  # a batch without PDFs looks as it did
    with pages_counted_by(progress):
        count_pages(known=300)
        count_pages(read=41)
        count_pages(checking=40, checked=12)
    assert progress.line(0.0).startswith("redact: files 0/2 · pages 41/300 · checked 12/40")
    count_pages(read=5)  # no sink installed here: nothing counted
    assert progress.pages_read == 41


def test_shared_counts_move_from_workers_to_the_line() -> None:
    counts = SharedPageCounts(multiprocessing.get_context("spawn"))
    counts.add_pages(known=3)
    counts.add_pages(read=1)
    counts.add_pages(read=1)
    progress = Progress(1, 0, enabled=False)
    counts.move_to(progress)
    counts.move_to(progress)  # taken once, not twice
    assert (progress.pages_known, progress.pages_read) == (3, 2)


def _page_counts(stderr: str) -> list[tuple[int, int]]:
    return [(int(done), int(known)) for done, known in PAGE_COUNT.findall(stderr)]


@needs_tesseract
@pytest.mark.parametrize(
    ("workers", "engine"), [(1, Engine.LOCAL), (2, Engine.LOCAL), (2, Engine.DASK)]
)
def test_a_scan_moves_the_progress_line_page_by_page(
    scan_folder: Path,
    tmp_path: Path,
    workers: int,
    engine: Engine,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = _spec(scan_folder, tmp_path / "out", workers, engine)
    report = run_batch(spec, tmp_path / "log.sqlite3")
    assert report.released == 1 and report.failed == 0
    stderr = capsys.readouterr().err
    counts = _page_counts(stderr)
    assert counts[-1] == (4, 4), stderr
    done = [d for d, _ in counts]
    assert done == sorted(done)
    assert len(set(done)) >= 3, f"pages counted as they are read: {done}"
    assert "checked 4/4" in stderr.splitlines()[-1]  # the OCR read-back, counted too
    assert [word for word in NEVER_SHOWN if word.casefold() in stderr.casefold()] == []


@needs_tesseract
def test_a_quiet_batch_draws_no_line(
    scan_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_batch(_spec(scan_folder, tmp_path / "out", 1), tmp_path / "log.sqlite3", quiet=True)
    assert capsys.readouterr().err == ""


def test_rows_read_from_a_workbook_never_show_more_done_than_in_all() -> None:
    # the CSV's 40 rows are counted before the run; a workbook's rows only as they are read
    progress = Progress(3, 40, enabled=False)
    progress.advance(rows=49)
    line = progress.line(progress.started + 1.0)
    assert "rows 49/49" in line and "ETA 0:00" in line
