"""Pages as the Dask engine's unit of work: a scanned PDF's pages spread over the workers.

A real `LocalCluster` of two single-threaded workers and a four-page synthetic scan. The
pages are read (OCR) and read back on both workers, the document is still redacted as one
text, and the released PDF is byte for byte the local engine's.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from distributed import Client, LocalCluster, get_task_stream

from pipelines.runner import run_batch
from pipelines.spec import BatchSpec, Engine
from redact.documents.page_work import groups
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from tests.conftest import TEST_KEY
from tests.documents.pdf_samples import scan_image

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

PAGES = [
    ["Home visit, page 1. Met with Marisol Okafor at her home.",
     "Diagnosis F41.1; continues sertraline 50 mg daily."],
    ["Page 2. Marisol Okafor reports her son Tobias sleeps well.",
     "Phone 217-555-0196 for the next visit."],
    ["Page 3. The school counselor will call Marisol Okafor.",
     "Plan: follow up in two weeks."],
    ["Page 4. Signed by the writer. Marisol Okafor agreed to the plan.",
     "Next review in March."],
]  # fmt: skip
CANARIES = ["Marisol", "Okafor", "Tobias", "217-555-0196"]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def request_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scan-request")
    images = [scan_image(lines, seed=index) for index, lines in enumerate(PAGES)]
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    (folder / "visit_scan.pdf").write_bytes(buffer.getvalue())
    return folder


def _spec(inputs: Path, out: Path, engine: Engine, scheduler: str | None = None) -> BatchSpec:
    return BatchSpec(
        inputs=(inputs,), out_dir=out, policy=load_policy("consultation"),
        fields=ReleaseFields("tester"), workers=2, engine=engine, scheduler=scheduler,
        key=TEST_KEY,
    )  # fmt: skip


def test_groups_cut_pages_for_every_worker() -> None:
    assert groups(range(4), 2) == [[0], [1], [2], [3]]
    assert groups(range(300), 2) == [list(range(i, i + 38)) for i in range(0, 266, 38)] + [
        list(range(266, 300))
    ]
    assert groups(range(3), 4) == [[0], [1], [2]]


def test_a_scans_pages_spread_over_the_workers_and_give_the_local_bytes(
    cluster: LocalCluster, request_folder: Path, tmp_path: Path
) -> None:
    with Client(cluster) as client, get_task_stream(client) as stream:
        # both worker processes up before the first page is handed out: on a loaded
        # machine the second may still be starting, and the first would take every page
        client.wait_for_workers(2)
        report = run_batch(
            _spec(request_folder, tmp_path / "dask", Engine.DASK, cluster.scheduler_address),
            tmp_path / "dask.sqlite3",
            quiet=True,
        )
    assert report.released == 1 and report.failed == 0
    page_tasks = [t for t in stream.data if str(t["key"]).startswith("_run_pages")]
    assert len(page_tasks) == 8  # four pages read, four read back, one page a task
    assert len({t["worker"] for t in page_tasks}) == 2, "both workers took pages"

    released = (tmp_path / "dask" / "visit_scan.pdf").read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(released))
    assert len(reader.pages) == 4
    layer = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert [c for c in CANARIES if c in layer] == []
    assert "sertraline" in layer and "counselor" in layer

    run_batch(
        _spec(request_folder, tmp_path / "local", Engine.LOCAL), tmp_path / "local.sqlite3",
        quiet=True,
    )  # fmt: skip
    assert (tmp_path / "local" / "visit_scan.pdf").read_bytes() == released
