"""What a stage hands back: manifest rows, outputs, and review material.

Manifest rows hold ids, statuses, counts and hashes, never text. Review material does hold
the removed text (the reviewer must see what was there); it goes only to the owner-only
review page and never to the manifest, the release log or the terminal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

RELEASED = "released"
FAILED = "failed"
OUT_OF_SCOPE = "out-of-scope"


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def sha256_json(value: object) -> str:
    """Hex SHA-256 of a value's canonical JSON (sorted keys, no spaces)."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return sha256_bytes(text.encode("utf-8"))


def format_counts(counts: Mapping[str, int]) -> str:
    """`DATE_TIME:2 PERSON:5`: compact and sorted, for one manifest cell."""
    return " ".join(f"{kind}:{n}" for kind, n in sorted(counts.items()) if n)


def parse_counts(cell: str) -> dict[str, int]:
    """The inverse of `format_counts`."""
    pairs = (item.rsplit(":", 1) for item in cell.split())
    return {kind: int(n) for kind, n in pairs}


@dataclass(frozen=True)
class ManifestRow:
    """One document's line in manifest.csv."""

    doc_id: str
    source: str
    status: str
    reason: str = ""
    counts: str = ""
    input_sha256: str = ""
    output_sha256: str = ""
    #: What the release's corrections changed in this document (`keep:PERSON:2`); kept in
    #: the resume state for the log's totals, never written to either manifest.
    corrections: str = ""

    FIELDS = ("id", "source", "status", "reason", "counts", "input_sha256", "output_sha256")

    def as_list(self) -> list[str]:
        """The row's cells in `FIELDS` order."""
        return [
            self.doc_id, self.source, self.status, self.reason, self.counts,
            self.input_sha256, self.output_sha256,
        ]  # fmt: skip


@dataclass(frozen=True)
class Segment:
    """A run of redacted output for the review page: kept text, or a change and its type.

    Kept text with a type (`replacement` None) was found and kept by the policy on purpose
    (the subject's name, a public agency): shown as found, never listed as a survivor.
    """

    original: str
    replacement: str | None = None
    entity_type: str | None = None


@dataclass(frozen=True)
class ReviewDoc:
    """One document as the reviewer sees it.

    `pages` holds the offset (in the original) where each page starts, for a PDF or scan;
    `warnings` what the redaction warned about in this document.
    """

    doc_id: str
    segments: tuple[Segment, ...]
    warnings: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
