"""What a staged release left in its output folder, so that an approval can prove it unchanged.

At staging every file under the output folder is hashed. The map (relative POSIX path ->
SHA-256) is kept in the folder as `.redact-staged.json`, with the staged entry's id and
hash, and the hash of the map goes into the staged entry itself, where the chain protects
it. Approval hashes the folder again and refuses if a file was modified, added or removed,
and refuses a record whose map does not hash to what the log says: an edited record proves
nothing. The record holds the output file names (already redacted) and hashes, never text.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from redact.documents.atomic import write_text_atomic
from redact.errors import ApprovalRefusedError, ReleaseLogError
from redact.release import checks
from redact.release.hashing import canonical_json

#: The staging record's file name in the output folder (hidden; removed on approval).
RECORD_NAME = ".redact-staged.json"
_FORMAT = 1


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def folder_files(root: Path, skip: Callable[[str], bool] | None = None) -> dict[str, str]:
    """Every file under `root` but the staging record: relative POSIX path -> SHA-256.

    Hidden files count (an added `.notes.txt` is an added file). A symbolic link is hashed
    by where it points, never followed. `skip(relative path)` leaves out what a caller knows
    is about to go (a batch's own resume state).
    """
    files: dict[str, str] = {}
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        for name in sorted(names + [d for d in dirs if (base / d).is_symlink()]):
            path = base / name
            rel = path.relative_to(root).as_posix()
            if rel == RECORD_NAME or (skip is not None and skip(rel)):
                continue
            if path.is_symlink():
                target = b"symlink:" + os.fsencode(os.readlink(path))
                files[rel] = hashlib.sha256(target).hexdigest()
            else:
                files[rel] = _file_sha256(path)
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
    return dict(sorted(files.items()))


def files_digest(files: Mapping[str, str]) -> str:
    """The hash of a file map, as the staged log entry records it."""
    return hashlib.sha256(canonical_json(dict(sorted(files.items()))).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StagedRecord:
    """The staging record: which log entry staged the folder, and its files' hashes."""

    release_id: int
    entry_hash: str
    files: Mapping[str, str]


def write_record(root: Path, record: StagedRecord) -> Path:
    """Keep the record in the folder (owner-only)."""
    target = root / RECORD_NAME
    data = {
        "format": _FORMAT,
        "release_id": record.release_id,
        "entry_hash": record.entry_hash,
        "files": dict(record.files),
    }
    write_text_atomic(target, json.dumps(data, indent=1, sort_keys=True) + "\n", 0o600)
    return target


def read_record(root: Path) -> StagedRecord:
    """The folder's staging record; `ApprovalRefusedError` if there is none or it is damaged."""
    path = root / RECORD_NAME
    if not path.is_file():
        raise ApprovalRefusedError(
            f"{root} holds no staged release ({RECORD_NAME} not found): it was never staged, "
            "or it was already approved"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if data.get("format") != _FORMAT or not isinstance(files, dict):
            raise ValueError
        for name, digest in files.items():
            checks.text("file name", name)
            checks.sha256_hex("file hash", digest)
        return StagedRecord(
            checks.positive_id("release_id", data["release_id"]),
            checks.sha256_hex("entry_hash", data["entry_hash"]),
            dict(files),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, ReleaseLogError):
        raise ApprovalRefusedError(f"staging record {path} is damaged or not a record") from None


def remove_record(root: Path) -> None:
    """The release is approved: the folder holds only what is sent."""
    (root / RECORD_NAME).unlink(missing_ok=True)


@dataclass(frozen=True)
class FolderChanges:
    """How a folder differs from its staging record (relative paths, sorted)."""

    modified: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.modified or self.added or self.missing)

    def describe(self, limit: int = 10) -> str:
        """The changes in words, naming at most `limit` files of each kind."""
        parts = []
        for label, names in (("modified", self.modified), ("added", self.added),
                             ("removed", self.missing)):  # fmt: skip
            if names:
                shown = ", ".join(names[:limit])
                more = f" and {len(names) - limit} more" if len(names) > limit else ""
                parts.append(f"{label}: {shown}{more}")
        return "; ".join(parts)


def compare(recorded: Mapping[str, str], current: Mapping[str, str]) -> FolderChanges:
    """What changed between the staging record and the folder now."""
    return FolderChanges(
        modified=tuple(sorted(n for n in recorded if n in current and current[n] != recorded[n])),
        added=tuple(sorted(n for n in current if n not in recorded)),
        missing=tuple(sorted(n for n in recorded if n not in current)),
    )
