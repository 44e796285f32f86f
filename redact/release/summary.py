"""One release as a person reads it: who released what kinds of information, to whom, why.

`redact log show` prints this by default (the full entry as JSON with `--format json`). It
says what the log holds and nothing more: kinds and counts in plain words, hashes shortened,
never any document text (the log holds none).
"""

from __future__ import annotations

from redact.entities import plain_words
from redact.release.records import (
    APPROVED,
    REJECTED,
    SIGN_OFFS,
    STAGED,
    DocumentRecord,
    ReleaseEntry,
)


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


def stage_line(entry: ReleaseEntry, approval: ReleaseEntry | None = None) -> str | None:
    """Where a staged or approval entry stands, in words; None for an ordinary release.

    `approval` is the entry that approved (or rejected) a staged one, if the log holds one.
    """
    if entry.stage == APPROVED:
        return (
            f"Stage: approval of staged release #{entry.staged_id} by {entry.actor}; "
            f"released {entry.time} (its documents are listed under #{entry.staged_id})"
        )
    if entry.stage == REJECTED:
        return (
            f"Stage: rejection of staged release #{entry.staged_id} by {entry.actor}; "
            "nothing of it was released"
        )
    if entry.stage != STAGED:
        return None
    if approval is not None and approval.stage == REJECTED:
        return f"Stage: staged; rejected by {approval.actor} (#{approval.id}), not released"
    if approval is None:
        return "Stage: staged, awaiting approval (not released): redact approve OUT --reviewer NAME"
    return f"Stage: staged; approved by {approval.actor} as release #{approval.id}, {approval.time}"


def release_summary(
    entry: ReleaseEntry, max_documents: int = 20, approval: ReleaseEntry | None = None
) -> str:
    """A readable account of one release entry, ending with a newline (`approval`: see
    `stage_line`)."""
    extra = entry.extra
    title = extra.get("policy_title")
    purpose = f"{entry.purpose} ({title})" if title else entry.purpose
    address = extra.get("recipient_address")
    recipient = entry.recipient or "not recorded"
    if address:
        recipient += f", {address}"
    lines = [
        f"Release #{entry.id}, {entry.time}, by {entry.actor}",
        *filter(None, [stage_line(entry, approval)]),
        f"Purpose: {purpose}; policy {entry.policy_name} {_short(entry.policy_sha256)}",
        f"Recipient: {recipient}",
        f"Authority: {entry.authority or 'not recorded'}",
        f"About client: {entry.subject_ref or 'not recorded'}",
    ]
    if entry.stage not in SIGN_OFFS:  # a sign-off's documents and counts are the staged entry's
        lines += [
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
