"""The staging record: every file of a staged folder hashed, kept in the folder, compared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from redact.errors import ApprovalRefusedError
from redact.release.staged_files import (
    RECORD_NAME,
    StagedRecord,
    compare,
    files_digest,
    folder_files,
    read_record,
    write_record,
)
from tests.release.factories import sha


def test_every_file_counts_hidden_ones_and_links_too(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("a")
    (tmp_path / ".hidden").write_text("h")
    os.symlink("/etc", tmp_path / "elsewhere")  # hashed by its target, never followed
    os.symlink("notes/a.txt", tmp_path / "link.txt")
    files = folder_files(tmp_path)
    assert list(files) == [".hidden", "elsewhere", "link.txt", "notes/a.txt"]
    assert files["notes/a.txt"] == sha("a")
    assert files["link.txt"] != files["notes/a.txt"]
    assert "notes/a.txt" not in folder_files(tmp_path, skip=lambda rel: rel.startswith("notes/"))


def test_the_record_round_trips_and_is_left_out_of_the_map(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    files = folder_files(tmp_path)
    record = StagedRecord(3, sha("entry"), files)
    path = write_record(tmp_path, record)
    assert path.name == RECORD_NAME and oct(path.stat().st_mode & 0o777) == "0o600"
    assert read_record(tmp_path) == record
    assert folder_files(tmp_path) == files, "the record is not part of what it records"
    assert files_digest(files) == files_digest(dict(reversed(list(files.items()))))


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        json.dumps({"format": 1, "release_id": 0, "entry_hash": "0" * 64, "files": {}}),
        json.dumps({"format": 1, "release_id": 1, "entry_hash": "x", "files": {}}),
        json.dumps({"format": 1, "release_id": 1, "entry_hash": "0" * 64, "files": {"a": "b"}}),
        json.dumps({"format": 2, "release_id": 1, "entry_hash": "0" * 64, "files": {}}),
    ],
)
def test_a_damaged_record_is_refused(tmp_path: Path, damage: str) -> None:
    (tmp_path / RECORD_NAME).write_text(damage)
    with pytest.raises(ApprovalRefusedError, match="damaged"):
        read_record(tmp_path)


def test_compare_names_each_kind_of_change() -> None:
    changes = compare({"a": "1" * 64, "b": "2" * 64}, {"a": "3" * 64, "c": "4" * 64})
    assert (changes.modified, changes.added, changes.missing) == (("a",), ("c",), ("b",))
    assert changes.describe() == "modified: a; added: c; removed: b"
    assert not compare({"a": "1" * 64}, {"a": "1" * 64})
