"""Disclosing one note: check the release fields, redact, log the release, hand over the text.

The release-log entry is written before the text is handed over: if the log cannot be
written, nothing is released. This is the library function behind `redact note`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact import __version__
from redact.corrections import summarise
from redact.errors import RiskRefusedError
from redact.findings import Action
from redact.policy.model import Policy
from redact.policy.requirements import ReleaseFields, check_required
from redact.release import DocumentRecord, ReleaseDraft, ReleaseEntry
from redact.release.fingerprint import fingerprint_text
from redact.release.location import LogLocation, open_release_log
from redact.result import NO_OVERRIDES, Overrides, RedactionResult, Subject, subject_names

if TYPE_CHECKING:
    from redact.redactor import Redactor


def sha256_text(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NoteDisclosure:
    """A redacted note and the release-log entry that accounts for it."""

    result: RedactionResult
    entry: ReleaseEntry


def policy_facts(policy: Policy) -> dict[str, str | int | bool | None]:
    """What the policy lets through, for the accounting of disclosures: its title, the
    entity types it keeps as written, and whether the subject's own name stays."""
    kept = sorted(kind for kind, rule in policy.rules.items() if rule.action is Action.KEEP)
    return {
        "policy_title": policy.title,
        "policy_version": policy.version,
        "kept_types": ",".join(kept),
        "keeps_subject": policy.keep_subject,
    }


def release_draft(
    redactor: Redactor,
    fields: ReleaseFields,
    documents: tuple[DocumentRecord, ...],
    warnings: tuple[str, ...],
    extra: dict[str, str | int | bool | None] | None = None,
) -> ReleaseDraft:
    """The release-log draft for documents redacted by `redactor`."""
    totals: dict[str, int] = {}
    for document in documents:
        for entity_type, count in document.counts.items():
            totals[entity_type] = totals.get(entity_type, 0) + count
    return ReleaseDraft(
        actor=fields.actor,
        purpose=redactor.policy.name,
        policy_name=redactor.loaded.origin,
        policy_sha256=redactor.loaded.sha256,
        recipient=fields.recipient,
        authority=fields.authority,
        subject_ref=fields.subject_ref,
        documents=documents,
        counts=dict(sorted(totals.items())),
        warnings=warnings,
        tool_version=__version__,
        model_name=redactor.model_name,
        model_version=redactor.model_version,
        key_id=redactor.key.key_id,
        extra={**policy_facts(redactor.policy), **(extra or {})},
    )


def is_refused(redactor: Redactor, result: RedactionResult, accept_risk: bool) -> bool:
    """True when the policy refuses this text's residual risk and it was not accepted."""
    return (
        redactor.policy.refuse_high_risk
        and result.risk is not None
        and result.risk.level == "high"
        and not accept_risk
    )


def refusal_message(result: RedactionResult) -> str:
    """Why a release was refused: the risk reasons (our vocabulary, never the text)."""
    reasons = "; ".join(result.risk.reasons) if result.risk else ""
    return (
        f"refused: the redacted text is still specific enough to identify someone ({reasons}); "
        "remove those details, or give --accept-risk to release it anyway (this is logged)"
    )


def disclose_note(
    text: str,
    *,
    source: str,
    redactor: Redactor,
    fields: ReleaseFields,
    log_path: LogLocation,
    subject: Subject = None,
    overrides: Overrides = NO_OVERRIDES,
    extra: dict[str, str | int | bool | None] | None = None,
    accept_risk: bool = False,
) -> NoteDisclosure:
    """Redact one note under the redactor's policy and append its release to the log.

    `extra` adds scalar facts to the log entry (override counts by type, accepted risk,
    the recipient's address). The entry holds a fingerprint of the redacted text, never of
    the input, so a leaked copy can be traced without the log holding what was removed.
    """
    check_required(redactor.policy, fields)
    result = redactor.redact(text, subject=subject_names(subject), overrides=overrides)
    extra = dict(extra or {})
    if is_refused(redactor, result, accept_risk):
        raise RiskRefusedError(refusal_message(result))
    if result.risk is not None:
        extra["risk_level"] = result.risk.level
        extra["accepted_risk"] = accept_risk and result.risk.level == "high"
    if result.part2_notice:
        extra["part2_notice"] = True
    if redactor.corrections:  # what the corrections changed, by type; never a term
        extra.update(summarise(dict(result.corrections)))
    document = DocumentRecord(
        doc_id=Path(source).name if source != "-" else "stdin",
        source=source,
        input_sha256=sha256_text(text),
        output_sha256=sha256_text(result.text),
        counts=result.counts,
        fingerprint=fingerprint_text(result.text).encode(),
    )
    draft = release_draft(redactor, fields, (document,), result.warnings, extra)
    with open_release_log(log_path) as log:
        entry = log.append(draft)
    return NoteDisclosure(result, entry)
