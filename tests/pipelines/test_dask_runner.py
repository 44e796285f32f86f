"""The Dask engine against the local one: same bytes, one log entry, a lost worker costs nothing.

A real `LocalCluster` of two single-threaded worker processes, the real model on each, and
the same release key for both engines, so every output file, the manifest and the review
page can be compared byte for byte.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from distributed import Client, LocalCluster
from faker import Faker
from typer.testing import CliRunner

from pipelines.runner import BatchReport, run_batch
from pipelines.spec import BatchSpec, Engine, TableOptions
from pipelines.state import BatchState, ResumeError
from redact.cli import app
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from redact.release import ReleaseLog
from tests.conftest import SAMPLE_DATA, TEST_KEY
from tests.pipelines.conftest import tree_hashes

ROWS = 1200  # a few thousand would do as well; this keeps the file under three minutes
CHUNK_ROWS = 100
TEMPLATES = (
    "Called {name} about housing.",
    "Home visit with {name}; no concerns.\nPlan: follow up on {day}.",
    '{name} missed the appointment on {day}. Said "call me at {phone}".',
    "Client reports stable mood.",
    "Text to {email} re: school pickup for {first}.",
)

#: A batch command line; its purpose is required.
BATCH = ["batch", "--purpose", "social-media"]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two worker processes, one thread each, restarted by their nannies if they die."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few thousand seeded synthetic rows: quotes, line breaks, missing ids and texts."""
    fake = Faker("en_US")
    fake.seed_instance(11)
    rng = random.Random(11)
    rows = []
    for i in range(ROWS):
        text = rng.choice(TEMPLATES).format(
            name=fake.name(), first=fake.first_name(), day=fake.date(),
            phone=fake.phone_number(), email=fake.email(),
        )  # fmt: skip
        rows.append(
            {
                "note_id": None if i % 97 == 0 else f"G{i:05d}",
                "client_id": f"{i % 40:05d}",
                "text": None if i % 211 == 5 else text,
            }
        )
    path = tmp_path_factory.mktemp("generated") / "notes.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _spec(inputs: Path, out: Path, engine: Engine, scheduler: str | None = None) -> BatchSpec:
    return BatchSpec(
        inputs=(inputs,), out_dir=out, policy=load_policy("social-media"),
        fields=ReleaseFields("tester"), tables=TableOptions(id_column="note_id",
        chunk_rows=CHUNK_ROWS), workers=2, engine=engine, scheduler=scheduler, key=TEST_KEY,
    )  # fmt: skip


def _run(spec: BatchSpec, log: Path) -> BatchReport:
    return run_batch(spec, log, quiet=True)


def _entries(log: Path) -> list[object]:
    with ReleaseLog.open(log) as opened:
        return list(opened.entries())


@pytest.fixture(scope="module")
def local_out(table: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The local engine's release of the generated table (two worker processes)."""
    root = tmp_path_factory.mktemp("local")
    _run(_spec(table, root / "out", Engine.LOCAL), root / "log.sqlite3")
    return root / "out"


def test_generated_rows_give_the_same_bytes_as_the_local_engine(
    cluster: LocalCluster, table: Path, local_out: Path, tmp_path: Path
) -> None:
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    report = _run(_spec(table, out, Engine.DASK, cluster.scheduler_address), log)
    assert report.released + report.failed == ROWS and report.failed > 0
    assert tree_hashes(out) == tree_hashes(local_out)
    released = pd.read_csv(out / "notes.csv", dtype=str)
    assert "[PERSON]" in "".join(released["text"].dropna())
    assert len(_entries(log)) == 1, "one release-log entry, written by the client"


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    cluster: LocalCluster, table: Path, local_out: Path, tmp_path: Path
) -> None:
    out, log = tmp_path / "out", tmp_path / "log.sqlite3"
    with Client(cluster) as client:
        pids: dict[str, int] = client.run(os.getpid)
        errors: list[BaseException] = []

        def batch() -> None:
            try:
                _run(_spec(table, out, Engine.DASK, cluster.scheduler_address), log)
            except BaseException as exc:  # handed to the test thread
                errors.append(exc)

        runner = threading.Thread(target=batch)
        runner.start()
        state = out / ".redact-state"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list(state.glob("unit-*/*.rows.json"))) < 3:
            time.sleep(0.05)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        killed_while_running = not (out / "manifest.csv").exists()
        runner.join(timeout=240)
        assert not runner.is_alive() and not errors, errors
        assert killed_while_running, "the worker was killed before the batch finished"
        assert victim not in client.run(os.getpid).values(), "its nanny started a new one"
    assert tree_hashes(out) == tree_hashes(local_out)
    assert len(_entries(log)) == 1


def test_cli_dask_engine_on_the_sample_request_matches_local(tmp_path: Path) -> None:
    request = SAMPLE_DATA / "request"
    key_file = tmp_path / "release.key"
    key_file.write_bytes(TEST_KEY.secret)
    outs = {}
    for engine in ("local", "dask"):
        out = tmp_path / engine
        result = CliRunner().invoke(
            app,
            ["batch", str(request), "--purpose", "social-media", "--id-column", "note_id",
             "--out", str(out), "--log", str(tmp_path / f"{engine}.sqlite3"), "--quiet",
             "--workers", "2", "--engine", engine, "--key-file", str(key_file)],
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        outs[engine] = tree_hashes(out)
        assert TEST_KEY.secret.hex() not in result.stderr
    assert outs["dask"] == outs["local"]
    assert any(name.endswith(".docx") for name in outs["dask"])
    local_entry, dask_entry = (_entries(tmp_path / f"{e}.sqlite3") for e in ("local", "dask"))
    assert len(local_entry) == len(dask_entry) == 1


@pytest.mark.parametrize(
    "args",
    [["--scheduler", "tcp://127.0.0.1:1"], ["--engine", "spark"]],
    ids=["scheduler", "spark"],
)
def test_cli_refuses_scheduler_without_dask_and_unknown_engines(
    args: list[str], tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        app, [*BATCH, str(tmp_path), "--out", str(tmp_path / "out"), "--quiet", *args]
    )
    assert result.exit_code != 0 and not (tmp_path / "out").exists()


def test_a_short_key_file_is_refused_naming_its_length_only(tmp_path: Path) -> None:
    key_file = tmp_path / "short.key"
    key_file.write_bytes(b"tiny-key")
    result = CliRunner().invoke(
        app, [*BATCH, str(tmp_path), "--out", str(tmp_path / "out"), "--key-file", str(key_file)]
    )
    assert result.exit_code != 0 and "8 bytes" in result.stderr
    assert "tiny-key" not in result.stderr


def test_resume_refuses_a_key_that_is_not_the_release_key(tmp_path: Path) -> None:
    state = BatchState(tmp_path / "out")
    (tmp_path / "out").mkdir()
    assert state.start("request", resume=False, key=TEST_KEY) == TEST_KEY
    assert state.start("request", resume=True, key=TEST_KEY) == TEST_KEY
    with pytest.raises(ResumeError, match="not the key this batch started with"):
        state.start("request", resume=True, key=type(TEST_KEY).generate())
