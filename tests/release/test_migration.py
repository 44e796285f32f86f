"""Older logs (version 1: before fingerprints; version 2: before staging) are migrated on
open; their entries still verify and read back unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from redact.release import ReleaseLog
from redact.release.schema import SCHEMA_VERSION
from tests.release.factories import make_document, make_draft


def _downgrade_to_v1(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("ALTER TABLE releases DROP COLUMN stage")
        conn.execute("ALTER TABLE releases DROP COLUMN staged_id")
        conn.execute("ALTER TABLE release_documents DROP COLUMN fingerprint")
        conn.execute("ALTER TABLE release_documents DROP COLUMN subjects_json")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    finally:
        conn.close()


def test_version_1_log_is_migrated_and_old_entries_verify(log_path: Path) -> None:
    with ReleaseLog.open(log_path) as log:
        old = [log.append(make_draft(i)) for i in (1, 2, 3)]
    _downgrade_to_v1(log_path)
    with ReleaseLog.open(log_path) as log:
        assert log.entries() == old
        new = log.append(make_draft(4, documents=(make_document(4, fingerprint="wnw1:"),)))
        assert new.prev_hash == old[-1].entry_hash
        report = log.verify(head=old[-1].entry_hash)
    assert (report.ok, report.entries, report.entries_after_head) == (True, 4, 1)
    with sqlite3.connect(log_path) as conn:
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == str(SCHEMA_VERSION)


def _downgrade_to_v2(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("ALTER TABLE releases DROP COLUMN stage")
        conn.execute("ALTER TABLE releases DROP COLUMN staged_id")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    finally:
        conn.close()


def test_version_2_log_is_migrated_and_takes_staged_and_approval_entries(
    log_path: Path,
) -> None:
    with ReleaseLog.open(log_path) as log:
        old = [log.append(make_draft(i)) for i in (1, 2)]
    _downgrade_to_v2(log_path)
    with ReleaseLog.open(log_path) as log:
        assert log.entries() == old
        staged = log.append(make_draft(3, stage="staged"))
        approval = log.append(
            make_draft(
                3,
                documents=(),
                stage="approved",
                staged_id=staged.id,
                extra={"staged_hash": staged.entry_hash},
            )
        )
        assert [e.stage for e in log.entries()] == ["released", "released", "staged", "approved"]
        assert log.get(approval.id).staged_id == staged.id
        report = log.verify(head=old[-1].entry_hash)
    assert (report.ok, report.entries, report.entries_after_head) == (True, 4, 2)
    with sqlite3.connect(log_path) as conn:
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == str(SCHEMA_VERSION)
