"""Canonical JSON and entry hashes: pure functions, shared by every storage backend.

An entry's hash is the SHA-256 (lowercase hex) of the canonical JSON of all its fields but
`entry_hash` itself: the id, time, previous hash and the full document list included.
Canonical JSON: sorted keys, separators (",", ":"), ensure_ascii=False, UTF-8 bytes.
Under an agency key (`agency_key`) the hash is an HMAC-SHA256 of the same bytes instead.
Optional document fields added later are left out of the payload when unset, so entries
written before them keep their hashes: the format only grows, it never changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from redact.release.agency_key import AgencyKey
from redact.release.records import RELEASED, DocumentRecord, ReleaseDraft, ReleaseEntry

#: Fields of a `ReleaseEntry` that the hash covers: all of them but the hash itself.
HASHED_FIELDS: frozenset[str] = frozenset(f.name for f in fields(ReleaseEntry)) - {"entry_hash"}


def canonical_json(value: object) -> str:
    """The one JSON spelling of `value` that hashes and storage agree on."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def document_payload(doc: DocumentRecord) -> dict[str, Any]:
    """A document as plain JSON data.

    `fingerprint` and `subjects` came with schema version 2; they are in the payload only
    when set, so an entry written before them hashes exactly as it did.
    """
    payload: dict[str, Any] = {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "input_sha256": doc.input_sha256,
        "output_sha256": doc.output_sha256,
        "counts": dict(doc.counts),
    }
    if doc.fingerprint is not None:
        payload["fingerprint"] = doc.fingerprint
    if doc.subjects:
        payload["subjects"] = dict(doc.subjects)
    return payload


def entry_payload(
    draft: ReleaseDraft, *, entry_id: int, time: str, prev_hash: str
) -> dict[str, Any]:
    """Everything an entry's hash covers, as plain JSON data.

    `stage` and `staged_id` came with schema version 3; an ordinary release leaves them out,
    so every entry written before staging existed hashes exactly as it did.
    """
    payload: dict[str, Any] = {
        "id": entry_id,
        "time": time,
        "prev_hash": prev_hash,
        "actor": draft.actor,
        "purpose": draft.purpose,
        "policy_name": draft.policy_name,
        "policy_sha256": draft.policy_sha256,
        "recipient": draft.recipient,
        "authority": draft.authority,
        "subject_ref": draft.subject_ref,
        "documents": [document_payload(doc) for doc in draft.documents],
        "counts": dict(draft.counts),
        "warnings": list(draft.warnings),
        "tool_version": draft.tool_version,
        "model_name": draft.model_name,
        "model_version": draft.model_version,
        "key_id": draft.key_id,
        "extra": dict(draft.extra),
    }
    if draft.stage != RELEASED:
        payload["stage"] = draft.stage
    if draft.staged_id is not None:
        payload["staged_id"] = draft.staged_id
    return payload


def sha256_hex(text: str) -> str:
    """SHA-256 of the UTF-8 bytes of `text`, lowercase hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compute_hash(
    draft: ReleaseDraft, *, entry_id: int, time: str, prev_hash: str, key: AgencyKey | None = None
) -> str:
    """The hash an entry with these contents must carry: an HMAC under the agency key, if any."""
    payload = canonical_json(
        entry_payload(draft, entry_id=entry_id, time=time, prev_hash=prev_hash)
    )
    return sha256_hex(payload) if key is None else key.mac(payload)


def recompute_hash(entry: ReleaseEntry, key: AgencyKey | None = None) -> str:
    """The hash `entry` should carry, from its contents (ignores its `entry_hash`)."""
    return compute_hash(
        entry, entry_id=entry.id, time=entry.time, prev_hash=entry.prev_hash, key=key
    )


def seal(
    draft: ReleaseDraft,
    *,
    entry_id: int,
    time: str,
    prev_hash: str,
    key: AgencyKey | None = None,
) -> ReleaseEntry:
    """Number, time and chain a draft: the entry to store."""
    digest = compute_hash(draft, entry_id=entry_id, time=time, prev_hash=prev_hash, key=key)
    return ReleaseEntry(
        **draft_fields(draft),
        id=entry_id,
        time=time,
        prev_hash=prev_hash,
        entry_hash=digest,
    )


def draft_fields(draft: ReleaseDraft) -> Mapping[str, Any]:
    """The `ReleaseDraft` fields of a draft or entry, by name."""
    return {f.name: getattr(draft, f.name) for f in fields(ReleaseDraft)}
