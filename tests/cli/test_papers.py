"""`--under-seal`, `--client-summary` and `--court-letter` on `redact batch` and `note`,
end to end with the real model: the notice reaches every released document and the sealed
package, the log records it, and the papers hold no third party's identifier."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest
import pyzipper
from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog
from redact.release.under_seal import COVER_NAME, HEADING
from tests.pipelines.conftest import docx_bytes

runner = CliRunner()
PASSWORD = "correct horse battery staple 7"
SUBJECT = "Renata Szabo"
THIRD_PARTIES = ("Gustavo Pereira", "Pereira", "Lionel Szabo", "Marisol")
VISIT = (
    "Home visit on 3/14/2025 with Renata Szabo. Her neighbour Gustavo Pereira called the "
    "police during the argument. Her brother Lionel Szabo drove her to the hearing.\n"
)
CALL = "Phone call on 3/20/2025. Renata said her friend Marisol will watch the kids.\n"
ORDER = ["--recipient", "Tompkins County Family Court", "--authority", "Order 25-JV-0431"]


@pytest.fixture(scope="module")
def sealed_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, Path]:
    root = tmp_path_factory.mktemp("papers")
    request = root / "request"
    request.mkdir()
    (request / "visit.txt").write_text(VISIT)
    (request / "call.md").write_text(CALL)
    (request / "report.docx").write_bytes(docx_bytes([VISIT.strip()]))
    (request / "export.csv").write_text(f'id,text\n1,"{CALL.strip()}"\n')
    (root / "pw").write_text(PASSWORD)
    out, log = root / "out", root / "log.sqlite3"
    result = runner.invoke(
        app,
        ["batch", str(request), "--purpose", "court-subpoena", "--subject", SUBJECT, *ORDER,
         "--out", str(out), "--log", str(log), "--quiet", "--under-seal", "--actor", "clerk",
         "--client-summary", str(root / "summary.html"),
         "--court-letter", str(root / "letter.txt")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "under seal" in result.stderr and "staged" in result.stderr
    approved = runner.invoke(  # court-subpoena needs a second person's sign-off
        app,
        ["approve", str(out), "--reviewer", "R. Okafor", "--log", str(log),
         "--package", str(root / "release.zip"), "--password-file", str(root / "pw")],
    )  # fmt: skip
    assert approved.exit_code == 0, approved.output
    return out, log, root, root / "release.zip"


def test_every_text_and_docx_output_carries_the_notice(
    sealed_batch: tuple[Path, Path, Path, Path],
) -> None:
    out = sealed_batch[0]
    assert (out / "visit.txt").read_text().startswith(HEADING)
    assert (out / "call.md").read_text().startswith(HEADING)
    paragraphs = [
        p.text for p in docx.Document(io.BytesIO((out / "report.docx").read_bytes())).paragraphs
    ]
    assert paragraphs[0] == HEADING and "Order 25-JV-0431" in paragraphs[1]
    assert "export.csv" in (out / COVER_NAME).read_text()
    manifest = (out / "manifest.csv").read_text()
    digest = hashlib.sha256((out / "visit.txt").read_bytes()).hexdigest()
    assert digest in manifest  # the manifest's hash is of the stamped file


def test_the_package_opens_with_the_cover_page(sealed_batch: tuple[Path, Path, Path, Path]) -> None:
    out, _, _, package = sealed_batch
    with pyzipper.AESZipFile(package) as archive:
        archive.setpassword(PASSWORD.encode())
        names = archive.namelist()
        assert names[0] == COVER_NAME
        assert archive.read("visit.txt") == (out / "visit.txt").read_bytes()


def test_the_log_records_the_seal(sealed_batch: tuple[Path, Path, Path, Path]) -> None:
    with ReleaseLog.open(sealed_batch[1]) as log:
        staged, approval = log.entries()
    assert staged.extra["under_seal"] is True and approval.extra["sealed"] is True


def test_the_papers_name_the_client_and_no_third_party(
    sealed_batch: tuple[Path, Path, Path, Path],
) -> None:
    root = sealed_batch[2]
    summary = (root / "summary.html").read_text()
    letter = (root / "letter.txt").read_text()
    assert SUBJECT in summary and "Tompkins County Family Court" in summary
    assert "Order 25-JV-0431" in letter and "under seal" in letter
    for name in THIRD_PARTIES:
        assert name not in summary and name not in letter
    assert SUBJECT not in letter  # the clinician names the client, if at all


def test_papers_inside_the_recipients_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(VISIT)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["batch", str(tmp_path / "in"), "--purpose", "court-subpoena", *ORDER,
         "--out", str(out), "--client-summary", str(out / "summary.html")],
    )  # fmt: skip
    assert result.exit_code == 2 and "inside --out" in result.output
    assert not out.exists()


def test_under_seal_needs_an_authority(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text(VISIT)
    result = runner.invoke(
        app, ["note", str(tmp_path / "n.txt"), "--purpose", "consultation", "--under-seal",
              "--log", str(tmp_path / "log.sqlite3")],
    )  # fmt: skip
    assert result.exit_code == 2 and "--authority" in result.output


def test_a_note_under_seal_prints_the_notice_and_logs_it(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text(VISIT)
    log = tmp_path / "log.sqlite3"
    result = runner.invoke(
        app,
        ["note", str(tmp_path / "n.txt"), "--purpose", "court-subpoena", "--subject", SUBJECT,
         *ORDER, "--under-seal", "--log", str(log),
         "--client-summary", str(tmp_path / "summary.txt")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(HEADING)
    assert "Gustavo Pereira" not in result.stdout
    with ReleaseLog.open(log) as opened:
        (entry,) = opened.entries()
    assert entry.extra["under_seal"] is True
    summary = (tmp_path / "summary.txt").read_text()
    assert SUBJECT in summary and "Gustavo" not in summary
