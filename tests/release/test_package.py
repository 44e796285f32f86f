"""Sealed packages: AES-256 zips that 7-Zip and Python open with the right password only;
the log records the seal and the zip's hash, never the password. Also a table batch whose
rows are about different clients, logged per client for the accounting."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import textwrap
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import pyzipper
from typer.testing import CliRunner

from redact.cli import app
from redact.errors import ReleaseLogError
from redact.release import ReleaseLog
from redact.release.accounting import accounting
from redact.release.package import PackageRequest, seal_package
from redact.release.trace import found_from_bytes, trace
from tests.release.notes import HOME_VISIT, SCHOOL_MEETING, UNRELATED

PASSWORD = "correct horse battery staple 7"
runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path) -> list[tuple[str, Path]]:
    (tmp_path / "in").mkdir()
    a, b = tmp_path / "in" / "a.txt", tmp_path / "in" / "manifest.csv"
    a.write_text("Met [PERSON] today.\n")
    b.write_text("id,status\na.txt,released\n")
    return [("notes/a.txt", a), ("manifest.csv", b)]


def _seven_zip() -> str:
    found = shutil.which("7z") or shutil.which("7za")
    if found is None:
        pytest.skip("7-Zip not installed; apt-get install p7zip-full (.ci/run does)")
    return found


def test_python_opens_with_the_right_password_only(
    files: list[tuple[str, Path]], tmp_path: Path
) -> None:
    target = tmp_path / "package.zip"
    digest = seal_package(target, files, PASSWORD)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert target.stat().st_mode & 0o777 == 0o600
    with pyzipper.AESZipFile(target) as archive:
        assert archive.namelist() == ["notes/a.txt", "manifest.csv"]
        assert all(info.flag_bits & 0x1 for info in archive.infolist())  # encrypted
        archive.setpassword(PASSWORD.encode())
        assert archive.read("notes/a.txt") == b"Met [PERSON] today.\n"
        archive.setpassword(b"wrong password 123")
        with pytest.raises(RuntimeError):
            archive.read("notes/a.txt")
    assert b"[PERSON]" not in target.read_bytes()


def test_seven_zip_opens_with_the_right_password_only(
    files: list[tuple[str, Path]], tmp_path: Path
) -> None:
    seven = _seven_zip()
    target = tmp_path / "package.zip"
    seal_package(target, files, PASSWORD)
    listing = subprocess.run([seven, "l", "-slt", f"-p{PASSWORD}", str(target)],
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert "Method = AES-256 Deflate" in listing.stdout
    out = tmp_path / "x"
    good = subprocess.run([seven, "x", f"-p{PASSWORD}", f"-o{out}", "-y", str(target)],
                          capture_output=True, text=True)  # fmt: skip
    assert good.returncode == 0, good.stdout
    assert (out / "notes" / "a.txt").read_text() == "Met [PERSON] today.\n"
    bad = subprocess.run([seven, "t", "-pwrong-password-1", str(target)],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode != 0


def test_short_password_is_refused_by_length_not_value(tmp_path: Path) -> None:
    with pytest.raises(ReleaseLogError, match="11 characters") as caught:
        PackageRequest(tmp_path / "p.zip", "hunter2-abc")
    assert "hunter2" not in str(caught.value)
    assert PASSWORD not in repr(PackageRequest(tmp_path / "p.zip", PASSWORD))


@pytest.fixture
def table_batch(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A CSV of three notes about two clients, released and sealed by `redact batch`."""
    source = tmp_path / "export" / "notes.csv"
    source.parent.mkdir()
    pd.DataFrame(
        {"note_id": ["n1", "n2", "n3"], "client_id": ["CL-1", "CL-2", "CL-1"],
         "text": [HOME_VISIT, SCHOOL_MEETING, "Phone call with Maria Alvarez about rent."]}
    ).to_csv(source, index=False)  # fmt: skip
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSWORD + "\n")
    out, package, log = tmp_path / "out", tmp_path / "sealed" / "release.zip", tmp_path / "l.db"
    result = runner.invoke(
        app,
        ["batch", str(source), "--purpose", "consultation", "--out", str(out), "-q",
         "--id-column", "note_id", "--client-column", "client_id", "--recipient", "Dr. Lee",
         "--recipient-address", "2 Clinic Rd", "--package", str(package),
         "--password-file", str(secret), "--log", str(log)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    return out, package, log


def test_batch_seals_outputs_and_manifest_not_the_review_page(
    table_batch: tuple[Path, Path, Path],
) -> None:
    out, package, log_path = table_batch
    with pyzipper.AESZipFile(package) as archive:
        archive.setpassword(PASSWORD.encode())
        assert sorted(archive.namelist()) == ["manifest.csv", "notes.csv"]
        assert archive.read("notes.csv") == (out / "notes.csv").read_bytes()
    with ReleaseLog.open(log_path) as log:
        (entry,) = log.entries()
    assert entry.extra["sealed"] is True
    assert entry.extra["package_sha256"] == hashlib.sha256(package.read_bytes()).hexdigest()
    assert entry.extra["recipient_address"] == "2 Clinic Rd"
    assert PASSWORD.encode() not in log_path.read_bytes()


def test_batch_logs_each_rows_client_for_the_accounting(
    table_batch: tuple[Path, Path, Path],
) -> None:
    _, _, log_path = table_batch
    with ReleaseLog.open(log_path) as log:
        entries = log.entries()
    (doc,) = entries[0].documents
    assert entries[0].subject_ref is None and doc.subjects == {"CL-1": 2, "CL-2": 1}
    rows = {ref: accounting(entries, ref, date(2000, 1, 1)) for ref in ("CL-1", "CL-2", "CL-3")}
    assert [len(found) for found in rows.values()] == [1, 1, 0]
    assert rows["CL-1"][0].description.startswith("2 record(s) in 1 file(s)")
    assert "encrypted package" in rows["CL-2"][0].description
    assert rows["CL-2"][0].recipient_address == "2 Clinic Rd"


def test_a_row_of_a_released_table_traces_to_its_release(
    table_batch: tuple[Path, Path, Path],
) -> None:
    out, _, log_path = table_batch
    with (out / "notes.csv").open(newline="") as handle:
        released = [row["text"] for row in csv.DictReader(handle)]
    copy = found_from_bytes("copy.txt", textwrap.fill(released[1], 44).encode())
    with ReleaseLog.open(log_path) as log:
        assert [m.doc_id for m in trace(log.iter_entries(), copy)] == ["notes.csv"]
        assert trace(log.iter_entries(), found_from_bytes("u.txt", UNRELATED.encode())) == []


def test_package_without_a_password_source_is_refused(tmp_path: Path) -> None:
    note = tmp_path / "in" / "a.txt"
    note.parent.mkdir()
    note.write_text("Met Ana Silva.\n")
    result = runner.invoke(
        app,
        ["batch", str(note.parent), "-p", "social-media", "--out", str(tmp_path / "out"),
         "--package",
         str(tmp_path / "p.zip"), "--log", str(tmp_path / "l.db")],
    )  # fmt: skip
    assert result.exit_code == 2 and "--password-file" in result.stderr
    assert not (tmp_path / "l.db").exists()
