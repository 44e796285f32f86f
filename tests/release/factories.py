"""Synthetic release records (ids and hashes only, no client data) and a file tamperer."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from redact.release import DocumentRecord, ReleaseDraft


def sha(label: str) -> str:
    """A stand-in content hash."""
    return hashlib.sha256(label.encode("utf-8")).hexdigest()


def make_document(n: int = 1, **overrides: Any) -> DocumentRecord:
    fields: dict[str, Any] = {
        "doc_id": f"notes/client-{n:04d}.txt",
        "source": f"client-{n:04d}.txt",
        "input_sha256": sha(f"in-{n}"),
        "output_sha256": sha(f"out-{n}"),
        "counts": {"PERSON": 3, "CASE_NUMBER": 1},
    }
    fields.update(overrides)
    return DocumentRecord(**fields)


def make_draft(n: int = 1, **overrides: Any) -> ReleaseDraft:
    fields: dict[str, Any] = {
        "actor": "caseworker-17",
        "purpose": "court-subpoena",
        "policy_name": "court-subpoena",
        "policy_sha256": sha("policy-v1"),
        "recipient": "County Family Court",
        "authority": "subpoena 2024-FC-0113",
        "subject_ref": f"CL-{n:06d}",
        "documents": (make_document(n), make_document(n + 1000)),
        "counts": {"PERSON": 6, "CASE_NUMBER": 2},
        "warnings": ("1 low-confidence finding kept for review",),
        "tool_version": "0.1.0",
        "model_name": "en_core_web_sm",
        "model_version": "3.8.0",
        "key_id": sha("key-id")[:16],
        "extra": {"accepted_risk": False, "batch": n},
    }
    fields.update(overrides)
    return ReleaseDraft(**fields)


def tamper(path: Path, *statements: str | tuple[str, tuple[Any, ...]]) -> None:
    """Edit the file as an attacker would: own connection, triggers dropped first."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for (name,) in triggers.fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            if isinstance(statement, str):
                conn.execute(statement)
            else:
                conn.execute(*statement)
    finally:
        conn.close()
