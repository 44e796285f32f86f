"""Accounting of disclosures: one row per release about a client, from the log alone."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.disclose import disclose_note
from redact.policy.requirements import ReleaseFields
from redact.redactor import Redactor
from redact.release import ReleaseLog
from redact.release.accounting import COLUMNS, accounting, default_since
from tests.release.factories import make_document, make_draft
from tests.release.notes import HOME_VISIT, SCHOOL_MEETING

runner = CliRunner()


@pytest.fixture
def releases(log_path: Path, redactor_for: Callable[[str], Redactor]) -> Path:
    """Three releases about CL-1001 for three purposes, one about CL-2002."""
    plan = [
        (HOME_VISIT, "court-subpoena", "Family Court", "Order 26-JV-7", "CL-1001", "1 Main St"),
        (HOME_VISIT, "consultation", "Dr. Lee, supervisor", None, "CL-1001", None),
        (SCHOOL_MEETING, "client-request", "The client", "Request form 88", "CL-1001", None),
        (SCHOOL_MEETING, "consultation", "Peer consult", None, "CL-2002", None),
    ]
    for note, purpose, recipient, authority, ref, address in plan:
        disclose_note(
            note,
            source="visit.txt",
            redactor=redactor_for(purpose),
            fields=ReleaseFields("caseworker-17", recipient, authority, ref),
            log_path=log_path,
            subject=["Maria Alvarez"] if purpose in {"court-subpoena", "client-request"} else None,
            extra={"recipient_address": address} if address else None,
            accept_risk=True,
        )
    return log_path


def test_rows_for_one_subject_across_purposes(releases: Path) -> None:
    with ReleaseLog.open(releases) as log:
        rows = accounting(log.iter_entries(), "CL-1001", date(2000, 1, 1))
    assert [(r.release_id, r.purpose, r.recipient, r.authority) for r in rows] == [
        (1, "court-subpoena", "Family Court", "Order 26-JV-7"),
        (2, "consultation", "Dr. Lee, supervisor", ""),
        (3, "client-request", "The client", "Request form 88"),
    ]
    assert rows[0].recipient_address == "1 Main St"
    first = rows[0].description
    assert first.startswith("1 document(s), redacted for: Court subpoena or order")
    assert "the client's own name kept" in first
    assert "removed or masked: names of people (1)" in first
    assert "disclosed as written where present:" in first and "case and file numbers" in first
    assert "nationality, religion or political group" in first
    assert "_" not in first.split("redacted for:")[1]  # words, not type codes
    assert "Maria" not in " ".join(r.description for r in rows)  # kinds and counts, no text


def test_no_rows_for_another_subject_or_outside_the_period(releases: Path) -> None:
    with ReleaseLog.open(releases) as log:
        entries = log.entries()
    assert [r.release_id for r in accounting(entries, "CL-2002", date(2000, 1, 1))] == [4]
    assert accounting(entries, "CL-9999", date(2000, 1, 1)) == []
    assert accounting(entries, "CL-1001", date(2999, 1, 1)) == []


def test_per_row_subjects_count_as_disclosures(log: ReleaseLog) -> None:
    table = make_document(1, subjects={"CL-1": 2, "CL-2": 1})
    log.append(make_draft(1, subject_ref=None, documents=(table, make_document(2))))
    (row,) = accounting(log.entries(), "CL-2", date(2000, 1, 1))
    assert row.description.startswith("1 record(s) in 1 file(s)")
    assert accounting(log.entries(), "CL-3", date(2000, 1, 1)) == []


@pytest.mark.parametrize(
    ("today", "since"),
    [(date(2026, 5, 1), date(2020, 5, 1)), (date(2024, 2, 29), date(2018, 2, 28))],
)
def test_default_period_is_six_years(today: date, since: date) -> None:
    assert default_since(today) == since


def test_cli_csv_and_html(releases: Path) -> None:
    result = runner.invoke(
        app, ["log", "accounting", "--subject-ref", "CL-1001", "--log", str(releases)]
    )
    assert result.exit_code == 0, result.stderr
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(table[0]) == COLUMNS and len(table) == 4
    page = runner.invoke(
        app,
        ["log", "accounting", "--subject-ref", "CL-2002", "--format", "html", "--log",
         str(releases), "--since", "2001-01-01"],
    )  # fmt: skip
    assert page.exit_code == 0 and page.stdout.startswith("<!doctype html>")
    assert "client CL-2002" in page.stdout and page.stdout.count("<tr>") == 2
    bad = runner.invoke(
        app, ["log", "accounting", "--subject-ref", "X", "--since", "May", "--log", str(releases)]
    )
    assert bad.exit_code == 2
