"""Trace a found copy to its release: exact copies, re-flowed copies, excerpts, .docx, and
no match for an unrelated note. Releases are made with the real model and policies."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.disclose import disclose_note
from redact.policy.requirements import ReleaseFields
from redact.redactor import Redactor
from redact.release import ReleaseLog, open_release_log
from redact.release.fingerprint import Fingerprint
from redact.release.trace import Found, found_from_bytes, read_found, trace
from tests.release.notes import HOME_VISIT, SCHOOL_MEETING, UNRELATED

runner = CliRunner()


@pytest.fixture
def released(log_path: Path, redactor_for: Callable[[str], Redactor]) -> dict[str, str]:
    """Two notes released (ids 1 and 2); their redacted texts by name."""
    fields = ReleaseFields("caseworker-17", "Family Court", "Order 26-JV-7", "CL-1001")
    texts = {}
    for name, note, purpose in (
        ("home", HOME_VISIT, "social-media"),
        ("school", SCHOOL_MEETING, "consultation"),
    ):
        done = disclose_note(note, source=f"{name}.txt", redactor=redactor_for(purpose),
                             fields=fields, log_path=log_path)  # fmt: skip
        texts[name] = done.result.text
    return texts


def _found(text: str) -> Found:
    return found_from_bytes("found.txt", text.encode("utf-8"))


def _best(log_path: Path, found: Found) -> tuple[int, float, bool] | None:
    with ReleaseLog.open(log_path) as log:
        matches = trace(log.iter_entries(), found)
    return (matches[0].release_id, matches[0].score, matches[0].exact) if matches else None


def test_every_release_keeps_a_fingerprint_of_its_redacted_text(
    released: dict[str, str], log_path: Path
) -> None:
    with ReleaseLog.open(log_path) as log:
        docs = [entry.documents[0] for entry in log.entries()]
    assert all(doc.fingerprint and Fingerprint.decode(doc.fingerprint) for doc in docs)


def test_exact_copy(released: dict[str, str], log_path: Path) -> None:
    assert _best(log_path, _found(released["home"])) == (1, 1.0, True)
    assert _best(log_path, _found(released["school"])) == (2, 1.0, True)


def test_copy_with_reflowed_lines_and_trailing_newline(
    released: dict[str, str], log_path: Path
) -> None:
    reflowed = textwrap.fill(released["home"], width=38) + "\n\n"
    best = _best(log_path, _found(reflowed))
    assert best is not None and best[:1] == (1,) and best[1] >= 0.9 and not best[2]


def test_half_length_excerpt(released: dict[str, str], log_path: Path) -> None:
    words = released["school"].split()
    excerpt = " ".join(words[len(words) // 4 : len(words) // 4 + len(words) // 2])
    best = _best(log_path, _found(excerpt))
    assert best is not None and best[0] == 2 and best[1] >= 0.8


def test_unrelated_note_has_no_match(released: dict[str, str], log_path: Path) -> None:
    assert _best(log_path, _found(UNRELATED)) is None


def test_docx_copy(released: dict[str, str], log_path: Path, tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in textwrap.wrap(released["home"], 120):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "found.docx"
    path.write_bytes(buffer.getvalue())
    best = _best(log_path, read_found(path))
    assert best is not None and best[0] == 1 and best[1] >= 0.9


def test_cli_trace(released: dict[str, str], log_path: Path, tmp_path: Path) -> None:
    copy, other = tmp_path / "copy.txt", tmp_path / "other.txt"
    copy.write_text(textwrap.fill(released["school"], 50))
    other.write_text(UNRELATED)
    result = runner.invoke(app, ["log", "trace", str(copy), "--log", str(log_path)])
    assert result.exit_code == 0, result.stderr
    assert (
        f"{copy}: release #2 (" in result.stdout and "document school.txt: score" in result.stdout
    )
    missed = runner.invoke(app, ["log", "trace", str(other), "--log", str(log_path)])
    assert missed.exit_code == 1 and "no match in the release log" in missed.stdout


def test_trace_reads_a_postgres_log_too(
    pg_url: str, redactor_for: Callable[[str], Redactor]
) -> None:
    fields = ReleaseFields("caseworker-17", None, None, "CL-1001")
    done = disclose_note(HOME_VISIT, source="home.txt", redactor=redactor_for("social-media"),
                         fields=fields, log_path=pg_url)  # fmt: skip
    with open_release_log(pg_url) as log:
        matches = trace(log.iter_entries(), _found(textwrap.fill(done.result.text, 30)))
    assert [m.release_id for m in matches] == [1]
