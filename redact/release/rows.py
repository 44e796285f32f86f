"""Turn entries into table rows and back, for every backend. Reading checks like a new record.

Rows come back as plain tuples in `schema.RELEASE_COLUMNS` / `DOCUMENT_COLUMNS` order.
A row that does not make a valid entry raises `LogIntegrityError` naming the entry id and
the field, never the stored value.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from redact.errors import LogIntegrityError, ReleaseLogError
from redact.release.hashing import canonical_json
from redact.release.records import RELEASED, DocumentRecord, ReleaseEntry

ReleaseRow = tuple[Any, ...]
DocumentRow = tuple[Any, ...]


def release_row(entry: ReleaseEntry) -> ReleaseRow:
    """The `releases` row for an entry."""
    return (
        entry.id,
        entry.time,
        entry.actor,
        entry.purpose,
        entry.policy_name,
        entry.policy_sha256,
        entry.recipient,
        entry.authority,
        entry.subject_ref,
        canonical_json(dict(entry.counts)),
        canonical_json(list(entry.warnings)),
        entry.tool_version,
        entry.model_name,
        entry.model_version,
        entry.key_id,
        canonical_json(dict(entry.extra)),
        entry.prev_hash,
        entry.entry_hash,
        None if entry.stage == RELEASED else entry.stage,
        entry.staged_id,
    )


def document_rows(entry: ReleaseEntry) -> list[DocumentRow]:
    """The `release_documents` rows for an entry, in document order."""
    return [
        (
            entry.id,
            position,
            doc.doc_id,
            doc.source,
            doc.input_sha256,
            doc.output_sha256,
            canonical_json(dict(doc.counts)),
            doc.fingerprint,
            canonical_json(dict(doc.subjects)) if doc.subjects else None,
        )
        for position, doc in enumerate(entry.documents)
    ]


def read_entry(row: ReleaseRow, docs: Sequence[DocumentRow]) -> ReleaseEntry:
    """Rebuild an entry from its row and its document rows (sorted by position)."""
    entry_id = row[0]
    try:
        documents = tuple(_read_document(doc) for doc in docs)
        return ReleaseEntry(
            id=entry_id,
            time=row[1],
            actor=row[2],
            purpose=row[3],
            policy_name=row[4],
            policy_sha256=row[5],
            recipient=row[6],
            authority=row[7],
            subject_ref=row[8],
            documents=documents,
            counts=_json(row[9], "counts_json"),
            warnings=_json(row[10], "warnings_json"),
            tool_version=row[11],
            model_name=row[12],
            model_version=row[13],
            key_id=row[14],
            extra=_json(row[15], "extra_json"),
            prev_hash=row[16],
            entry_hash=row[17],
            stage=RELEASED if row[18] is None else row[18],
            staged_id=row[19],
        )
    except ReleaseLogError as exc:
        raise LogIntegrityError(f"entry {entry_id} cannot be read: {exc.message}") from None


def _read_document(doc: DocumentRow) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc[2],
        source=doc[3],
        input_sha256=doc[4],
        output_sha256=doc[5],
        counts=_json(doc[6], "document counts_json"),
        fingerprint=doc[7],
        subjects={} if doc[8] is None else _json(doc[8], "document subjects_json"),
    )


def _json(value: object, column: str) -> Any:
    if not isinstance(value, str):
        raise ReleaseLogError(f"column '{column}' is not text")
    try:
        return json.loads(value)
    except ValueError:
        raise ReleaseLogError(f"column '{column}' is not valid JSON") from None
