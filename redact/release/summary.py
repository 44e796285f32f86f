"""One release as a person reads it: who released what kinds of information, to whom, why.

`redact log show` prints this by default (the full entry as JSON with `--format json`). It
says what the log holds and nothing more: kinds and counts in plain words, hashes shortened,
never any document text (the log holds none).
"""

from __future__ import annotations

from redact.entities import plain_words
from redact.release.records import DocumentRecord, ReleaseEntry


def _counted(counts: dict[str, int]) -> str:
    parts = []
    for kind, n in sorted(counts.items()):
        if kind.startswith("withheld:"):
            parts.append(
                f"withheld passages on {kind.removeprefix('withheld:').replace('_', ' ')} ({n})"
            )
        else:
            parts.append(f"{plain_words(kind)} ({n})")
    return ", ".join(parts) if parts else "nothing"


def _short(digest: str) -> str:
    return digest[:12] + "…"


def _document_line(doc: DocumentRecord) -> str:
    return (
        f"  - {doc.doc_id} ({doc.source}): {_counted(dict(doc.counts))}; "
        f"in {_short(doc.input_sha256)}, out {_short(doc.output_sha256)}"
    )


def release_summary(entry: ReleaseEntry, max_documents: int = 20) -> str:
    """A readable account of one release entry, ending with a newline."""
    extra = entry.extra
    title = extra.get("policy_title")
    purpose = f"{entry.purpose} ({title})" if title else entry.purpose
    address = extra.get("recipient_address")
    recipient = entry.recipient or "not recorded"
    if address:
        recipient += f", {address}"
    lines = [
        f"Release #{entry.id}, {entry.time}, by {entry.actor}",
        f"Purpose: {purpose}; policy {entry.policy_name} {_short(entry.policy_sha256)}",
        f"Recipient: {recipient}",
        f"Authority: {entry.authority or 'not recorded'}",
        f"About client: {entry.subject_ref or 'not recorded'}",
        f"Removed, masked or withheld: {_counted(dict(entry.counts))}",
        f"Documents: {len(entry.documents)}",
    ]
    lines += [_document_line(doc) for doc in entry.documents[:max_documents]]
    if len(entry.documents) > max_documents:
        hidden = len(entry.documents) - max_documents
        lines.append(f"  … and {hidden} more (all of them: --format json)")
    lines += [f"Warning: {w}" for w in entry.warnings]
    lines.append(
        f"Tools: redact {entry.tool_version}, model {entry.model_name} {entry.model_version}"
        + (f", pseudonym key {entry.key_id}" if entry.key_id else "")
    )
    lines.append(
        f"Chain: this entry {_short(entry.entry_hash)}, previous {_short(entry.prev_hash)}"
    )
    return "\n".join(lines) + "\n"
