"""The release log: one hash-chained, append-only entry for every release of redacted output.

Entries hold ids, hashes, counts and names of policies and versions, never document text.
Hashing and verification are pure functions (`hashing`, `chain`) over frozen records
(`records`); `sqlite_log` stores them. This package imports nothing from the redactor, the
detectors or the CLI: callers hand it a `ReleaseDraft`.
"""

from __future__ import annotations

from redact.release.chain import UnreadableEntry, verify_chain
from redact.release.paths import default_log_path
from redact.release.records import (
    GENESIS_HASH,
    DocumentRecord,
    ReleaseDraft,
    ReleaseEntry,
    VerifyReport,
)
from redact.release.sqlite_log import ReleaseLog

__all__ = [
    "GENESIS_HASH",
    "DocumentRecord",
    "ReleaseDraft",
    "ReleaseEntry",
    "ReleaseLog",
    "UnreadableEntry",
    "VerifyReport",
    "default_log_path",
    "verify_chain",
]
