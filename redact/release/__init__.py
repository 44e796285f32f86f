"""The release log: one hash-chained, append-only entry for every release of redacted output.

Entries hold ids, hashes, counts, names of policies and versions, and fingerprints of the
released (redacted) text, never document text. Hashing and verification are pure functions
(`hashing`, `chain`) over frozen records (`records`); `store` reads and verifies for every
backend; `sqlite_log` (default) and `pg_log` store them; `open_release_log` picks one from a
path or a `postgresql://` URL. `accounting` and `trace` answer from the log alone; `package`
seals released files; `approval`, `staged_files` and `sign_off` let a release wait, staged,
for a reviewer's sign-off. This package imports nothing from the redactor, the detectors or the
CLI: callers hand it a `ReleaseDraft`.
"""

from __future__ import annotations

from redact.release.chain import UnreadableEntry, verify_chain
from redact.release.location import LogLocation, describe, log_location, open_release_log
from redact.release.paths import default_log_path
from redact.release.records import (
    GENESIS_HASH,
    DocumentRecord,
    ReleaseDraft,
    ReleaseEntry,
    VerifyReport,
)
from redact.release.sqlite_log import ReleaseLog
from redact.release.store import ReleaseStore

__all__ = [
    "GENESIS_HASH",
    "DocumentRecord",
    "LogLocation",
    "ReleaseDraft",
    "ReleaseEntry",
    "ReleaseLog",
    "ReleaseStore",
    "UnreadableEntry",
    "VerifyReport",
    "default_log_path",
    "describe",
    "log_location",
    "open_release_log",
    "verify_chain",
]
