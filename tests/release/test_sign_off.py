"""`sign_off`: a staged folder approved (and sealed) or rejected against its log."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import pyzipper  # type: ignore[import-untyped]

from redact.errors import ApprovalRefusedError
from redact.release import ReleaseLog
from redact.release.approval import Approver, staged_draft
from redact.release.package import PackageRequest
from redact.release.sign_off import sign_off
from redact.release.staged_files import RECORD_NAME, StagedRecord, folder_files, write_record
from tests.release.factories import make_document, make_draft

REVIEWER = Approver("R. Okafor", "rokafor")
PASSWORD = "a long package password"


def _staged(log: ReleaseLog, out: Path) -> Path:
    """A folder with one output and the recipient's manifest, staged in `log`."""
    out.mkdir()
    (out / "visit.txt").write_text("Met the client at [ADDRESS].\n")
    (out / "manifest.csv").write_text("id,file\nvisit.txt,visit.txt\n")
    (out / "review.NOT-FOR-RELEASE.html").write_text("<p>agency only</p>")
    files = folder_files(out)
    document = make_document(1, doc_id="visit.txt", output_sha256=files["visit.txt"])
    draft = make_draft(1, documents=(document,))
    entry = log.append(staged_draft(draft, files, approval_required=True, two_person=True,
                                    login="dana"))  # fmt: skip
    write_record(out, StagedRecord(entry.id, entry.entry_hash, files))
    return out


def test_an_approval_seals_the_released_files_and_the_manifest(
    log: ReleaseLog, tmp_path: Path
) -> None:
    out = _staged(log, tmp_path / "out")
    package = PackageRequest(tmp_path / "release.zip", PASSWORD)
    done = sign_off(out, log, REVIEWER, "0.1.0", package=package)
    zipped = tmp_path / "release.zip"
    assert done.entry.stage == "approved" and done.entry.extra["sealed"] is True
    assert done.entry.extra["package_sha256"] == hashlib.sha256(zipped.read_bytes()).hexdigest()
    with pyzipper.AESZipFile(tmp_path / "release.zip") as archive:
        archive.setpassword(PASSWORD.encode())
        assert sorted(archive.namelist()) == ["manifest.csv", "visit.txt"]
    assert not (out / RECORD_NAME).exists() and log.verify().ok


def test_a_refused_approval_logs_nothing_and_keeps_the_record(
    log: ReleaseLog, tmp_path: Path
) -> None:
    out = _staged(log, tmp_path / "out")
    (out / "visit.txt").write_text("Met the client at 12 Elm Street.\n")
    with pytest.raises(ApprovalRefusedError, match=r"modified: visit\.txt"):
        sign_off(out, log, REVIEWER, "0.1.0", package=PackageRequest(tmp_path / "p.zip", PASSWORD))
    assert log.size() == 1 and (out / RECORD_NAME).exists()
    assert not (tmp_path / "p.zip").exists(), "nothing is sealed before the checks pass"
    done = sign_off(out, log, Approver("dana", "dana"), "0.1.0", reject=True)
    assert (done.entry.stage, done.entry.staged_id, log.size()) == ("rejected", 1, 2)
