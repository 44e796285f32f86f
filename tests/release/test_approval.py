"""Staging and sign-off in the log: staged and approval entries, the checks an approval must
pass, the chain's link checks, and the accounting of staged and approved releases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from redact.errors import ApprovalRefusedError
from redact.release import ReleaseEntry, ReleaseLog, ReleaseStore, open_release_log
from redact.release.accounting import AWAITING, DISCLOSED, accounting, to_html
from redact.release.approval import (
    Approver,
    approval_draft,
    check_approval,
    check_rejection,
    rejection_draft,
    sign_off_of,
    staged_draft,
)
from redact.release.staged_files import (
    StagedRecord,
    folder_files,
    read_record,
    remove_record,
    write_record,
)
from tests.release.factories import make_draft, tamper

SINCE = date(2000, 1, 1)


def _folder(root: Path) -> Path:
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "a.txt").write_text("Met the client at [ADDRESS].")
    (root / "manifest.csv").write_text("id,file\n1,notes/a.txt\n")
    return root


def _stage(
    log: ReleaseStore, root: Path, two_person: bool = True, n: int = 1
) -> tuple[ReleaseEntry, StagedRecord]:
    files = folder_files(root)
    draft = staged_draft(
        make_draft(n), files, approval_required=True, two_person=two_person, login="ana"
    )
    entry = log.append(draft)
    record = StagedRecord(entry.id, entry.entry_hash, files)
    write_record(root, record)
    return entry, record


def test_a_staged_folder_is_approved_by_a_second_person(log: ReleaseLog, tmp_path: Path) -> None:
    root = _folder(tmp_path / "out")
    staged, record = _stage(log, root)
    assert read_record(root) == record and staged.stage == "staged"
    reviewer = Approver("R. Okafor", "rokafor")
    check_approval(staged, record, folder_files(root), reviewer, None)
    approval = log.append(approval_draft(staged, reviewer, "0.1.0"))
    assert (approval.stage, approval.staged_id, approval.actor) == ("approved", 1, "R. Okafor")
    assert approval.extra["staged_hash"] == staged.entry_hash
    assert sign_off_of(log.entries(), staged.id) == approval
    assert log.verify().ok
    remove_record(root)
    with pytest.raises(ApprovalRefusedError, match="holds no staged release"):
        read_record(root)


@pytest.mark.parametrize("reviewer", ["caseworker-17", " CASEWORKER-17 ", "Ana", "ana"])
def test_the_stager_cannot_approve_under_two_person(
    log: ReleaseLog, tmp_path: Path, reviewer: str
) -> None:
    # make_draft's actor is caseworker-17; the staging login was "ana".
    staged, record = _stage(log, _folder(tmp_path / "out"))
    with pytest.raises(ApprovalRefusedError, match="second person"):
        check_approval(
            staged, record, folder_files(tmp_path / "out"), Approver(reviewer, "x"), None
        )


def test_without_two_person_the_stager_may_approve(log: ReleaseLog, tmp_path: Path) -> None:
    staged, record = _stage(log, _folder(tmp_path / "out"), two_person=False)
    check_approval(staged, record, folder_files(tmp_path / "out"), Approver("ana", "ana"), None)


def test_a_modified_added_or_removed_file_refuses_approval(log: ReleaseLog, tmp_path: Path) -> None:
    root = _folder(tmp_path / "out")
    staged, record = _stage(log, root)
    reviewer = Approver("R. Okafor", "rokafor")
    (root / "notes" / "a.txt").write_text("Met the client at 12 Elm Street.")
    (root / ".extra.txt").write_text("hidden files count too")
    (root / "manifest.csv").unlink()
    with pytest.raises(ApprovalRefusedError) as refused:
        check_approval(staged, record, folder_files(root), reviewer, None)
    message = refused.value.message
    assert "modified: notes/a.txt" in message and "added: .extra.txt" in message
    assert "removed: manifest.csv" in message and "Elm" not in message


def test_an_edited_record_or_a_second_approval_is_refused(log: ReleaseLog, tmp_path: Path) -> None:
    root = _folder(tmp_path / "out")
    staged, record = _stage(log, root)
    reviewer = Approver("R. Okafor", "rokafor")
    # Someone edits an output and the record to match: the log's hash of the map catches it.
    (root / "notes" / "a.txt").write_text("changed")
    forged = StagedRecord(record.release_id, record.entry_hash, folder_files(root))
    with pytest.raises(ApprovalRefusedError, match="record was edited"):
        check_approval(staged, forged, folder_files(root), reviewer, None)
    approval = log.append(approval_draft(staged, reviewer, "0.1.0"))
    with pytest.raises(ApprovalRefusedError, match="already approved"):
        check_approval(staged, record, record.files, reviewer, approval)
    released = log.append(make_draft(2))
    with pytest.raises(ApprovalRefusedError, match="was not staged"):
        check_approval(released, record, record.files, reviewer, None)


def test_verify_checks_that_approvals_link_to_staged_entries(
    log: ReleaseLog, log_path: Path, tmp_path: Path
) -> None:
    staged, _ = _stage(log, _folder(tmp_path / "out"))
    reviewer = Approver("R. Okafor", "rokafor")
    log.append(approval_draft(staged, reviewer, "0.1.0"))
    assert log.verify().ok
    log.append(approval_draft(staged, reviewer, "0.1.0"))  # the store appends; verify objects
    report = log.verify()
    assert not report.ok and report.first_bad_id == 3 and "second time" in (report.reason or "")


def test_verify_refuses_an_approval_of_an_ordinary_release(log: ReleaseLog) -> None:
    released = log.append(make_draft(1))
    log.append(
        make_draft(1, documents=(), stage="approved", staged_id=released.id,
                   extra={"staged_hash": released.entry_hash})
    )  # fmt: skip
    report = log.verify()
    assert not report.ok and "not a staged entry" in (report.reason or "")


def test_an_edited_stage_breaks_the_chain(log: ReleaseLog, log_path: Path, tmp_path: Path) -> None:
    _stage(log, _folder(tmp_path / "out"))
    tamper(log_path, "UPDATE releases SET stage = NULL WHERE id = 1")
    with ReleaseLog.open(log_path) as reopened:
        report = reopened.verify()
    assert not report.ok and report.first_bad_id == 1


def test_accounting_counts_an_approval_and_lists_what_awaits(
    log: ReleaseLog, tmp_path: Path
) -> None:
    first, _ = _stage(log, _folder(tmp_path / "one"), n=5)
    log.append(make_draft(5))  # an ordinary release about the same client
    second, _ = _stage(log, _folder(tmp_path / "two"), n=5)
    approval = log.append(approval_draft(first, Approver("R. Okafor", "rokafor"), "0.1.0"))
    rows = accounting(log.entries(), "CL-000005", SINCE)
    assert [(r.release_id, r.status, r.approved_by) for r in rows] == [
        (2, DISCLOSED, ""),
        (approval.id, DISCLOSED, "R. Okafor"),
        (second.id, AWAITING, ""),
    ]
    assert "staged as release #1" in rows[1].description
    assert accounting(log.entries(), "CL-000099", SINCE) == []


def test_the_html_accounting_keeps_what_awaits_out_of_the_disclosures(
    log: ReleaseLog, tmp_path: Path
) -> None:
    first, _ = _stage(log, _folder(tmp_path / "one"), n=5)
    _stage(log, _folder(tmp_path / "two"), n=5)
    log.append(approval_draft(first, Approver("R. Okafor", "rokafor"), "0.1.0"))
    rows = accounting(log.entries(), "CL-000005", SINCE)
    page = to_html(rows, "CL-000005", SINCE, date(2030, 1, 1))
    disclosures, pending = page.split("Staged, awaiting approval (not disclosed)")
    assert "R. Okafor" in disclosures and "staged as release #1" in disclosures
    assert "staged, awaiting approval" not in disclosures and pending.count("<tr><td>2<") == 1


def test_stage_and_approve_in_postgresql(pg_url: str, tmp_path: Path) -> None:
    root = _folder(tmp_path / "out")
    with open_release_log(pg_url) as log:
        staged, record = _stage(log, root)
        reviewer = Approver("R. Okafor", "rokafor")
        earlier = sign_off_of(log.iter_entries(since_id=staged.id), staged.id)
        check_approval(log.get(staged.id), record, folder_files(root), reviewer, earlier)
        approval = log.append(approval_draft(staged, reviewer, "0.1.0"))
    with open_release_log(pg_url) as reopened:
        assert sign_off_of(reopened.entries(), staged.id) == approval
        assert reopened.verify().ok
        rows = accounting(reopened.iter_entries(), "CL-000001", SINCE)
    assert [(r.release_id, r.approved_by) for r in rows] == [(2, "R. Okafor")]


def test_a_rejected_staging_releases_nothing_and_no_longer_waits(
    log: ReleaseLog, tmp_path: Path
) -> None:
    root = _folder(tmp_path / "out")
    staged, record = _stage(log, root, n=5)
    (root / "notes" / "a.txt").write_text("the reviewer may reject whatever the folder holds")
    stager = Approver("caseworker-17", "ana")  # withdrawing one's own staging is allowed
    check_rejection(staged, record, stager, None)
    rejection = log.append(rejection_draft(staged, stager, "0.1.0"))
    assert (rejection.stage, rejection.staged_id) == ("rejected", staged.id)
    assert sign_off_of(log.entries(), staged.id) == rejection
    assert accounting(log.entries(), "CL-000005", SINCE) == []
    with pytest.raises(ApprovalRefusedError, match="already rejected"):
        check_approval(staged, record, record.files, Approver("R. Okafor", "r"), rejection)
    log.append(approval_draft(staged, Approver("R. Okafor", "r"), "0.1.0"))
    report = log.verify()
    assert not report.ok and "second time" in (report.reason or "")
