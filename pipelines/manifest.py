"""manifest.csv: one row per document, released, failed or out of scope; no text."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from pathlib import Path

from pipelines.records import ManifestRow
from redact.documents.atomic import atomic_path

MANIFEST_NAME = "manifest.csv"


def write_manifest(path: Path, rows: Iterable[ManifestRow]) -> str:
    """Write the manifest atomically; return its SHA-256 for the release log."""
    with atomic_path(path) as temp:
        with temp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(ManifestRow.FIELDS)
            for row in rows:
                writer.writerow(row.as_list())
        digest = hashlib.sha256()
        with temp.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()


def read_manifest(path: Path) -> list[ManifestRow]:
    """Read a manifest back (for tests and `--resume` checks)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [ManifestRow(*row) for row in list(csv.reader(handle))[1:]]
