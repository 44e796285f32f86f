"""Staging and sign-off: a release that waits in its folder until a reviewer approves it.

A staged release is logged like any other (same documents, counts and hashes) but with the
stage `staged`: its outputs are written, nothing has gone out, and the accounting of
disclosures does not count it. `redact approve` appends a second entry, stage `approved`,
that names the staged entry (`staged_id`), the reviewer and the staged entry's hash; the
release happens there. A reviewer who finds a problem rejects it instead (stage `rejected`):
nothing is released, and the staged entry no longer waits. Every entry is an ordinary entry
of the one hash chain: nothing logged is ever edited. What the policy asked of the sign-off
(`approval`, `two_person`) is recorded in the staged entry, so changing a policy file after
staging changes nothing.

The two-person rule compares names: the reviewer may not be the stager (`actor`, which is
`--actor` or the login name) nor the login that staged. It is an honest record of who
checked, not authentication; the login that ran the approval is recorded too. A rejection
carries no reason: free text could name the client, and the log holds no text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from redact.errors import ApprovalRefusedError
from redact.release.checks import ExtraValue
from redact.release.records import (
    APPROVED,
    REJECTED,
    SIGN_OFFS,
    STAGED,
    STAGED_HASH,
    ReleaseDraft,
    ReleaseEntry,
)
from redact.release.staged_files import StagedRecord, compare, files_digest

#: Facts of the staged entry a sign-off repeats, so it reads on its own.
_CARRIED = ("policy_title", "policy_version", "recipient_address")
#: Keys of the staged entry's `extra` that the approval checks.
FILES_KEY = "staged_files_sha256"
TWO_PERSON_KEY = "two_person"
ACCOUNT_KEY = "staged_by_login"


def staged_draft(
    draft: ReleaseDraft,
    files: Mapping[str, str],
    *,
    approval_required: bool,
    two_person: bool,
    login: str,
) -> ReleaseDraft:
    """`draft` as a staged entry: the folder's file map hash and the policy's sign-off rules."""
    return replace(
        draft,
        stage=STAGED,
        extra={
            **draft.extra,
            FILES_KEY: files_digest(files),
            "staged_files": len(files),
            "approval": "required" if approval_required else "optional",
            TWO_PERSON_KEY: two_person,
            ACCOUNT_KEY: login,
        },
    )


def _person(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Approver:
    """Who signs off: the reviewer's name, and the login that runs the approval."""

    reviewer: str
    login: str


def sign_off_of(entries: Iterable[ReleaseEntry], staged_id: int) -> ReleaseEntry | None:
    """The entry that approved or rejected `staged_id`, if any."""
    return next((e for e in entries if e.stage in SIGN_OFFS and e.staged_id == staged_id), None)


def _check_open(staged: ReleaseEntry, record: StagedRecord, earlier: ReleaseEntry | None) -> None:
    """The staged entry is the folder's, and still waits for a decision."""
    if staged.stage != STAGED:
        raise ApprovalRefusedError(f"release #{staged.id} was not staged: nothing to sign off")
    if record.entry_hash != staged.entry_hash:
        raise ApprovalRefusedError(
            f"the folder's staging record does not match release #{staged.id} in this log "
            "(another log, or the record was replaced)"
        )
    if earlier is not None:
        raise ApprovalRefusedError(
            f"release #{staged.id} was already {earlier.stage} (release #{earlier.id}, "
            f"by {earlier.actor})"
        )


def check_approval(
    staged: ReleaseEntry,
    record: StagedRecord,
    current: Mapping[str, str],
    approver: Approver,
    earlier: ReleaseEntry | None,
) -> None:
    """Refuse (`ApprovalRefusedError`) unless `staged` may be approved by `approver` now.

    `current` is the folder's file map now, `earlier` a sign-off already logged for it.
    """
    _check_open(staged, record, earlier)
    if files_digest(record.files) != staged.extra.get(FILES_KEY):
        raise ApprovalRefusedError(
            f"the folder's staging record was edited since release #{staged.id} was staged"
        )
    changes = compare(record.files, current)
    if changes:
        raise ApprovalRefusedError(
            f"the outputs of release #{staged.id} changed since staging ({changes.describe()}); "
            "nothing was released. Stage the release again (a new batch) and approve that"
        )
    if not approver.reviewer.strip():
        raise ApprovalRefusedError("--reviewer must name the person who checked the release")
    if staged.extra.get(TWO_PERSON_KEY) is True:
        stager = {_person(staged.actor), _person(str(staged.extra.get(ACCOUNT_KEY) or ""))}
        if _person(approver.reviewer) in stager:
            raise ApprovalRefusedError(
                f"policy {staged.purpose} needs a second person: release #{staged.id} was "
                f"staged by {staged.actor}, who cannot also approve it"
            )


def check_rejection(
    staged: ReleaseEntry, record: StagedRecord, approver: Approver, earlier: ReleaseEntry | None
) -> None:
    """Refuse unless `staged` still waits: anyone may reject, whatever the folder holds now."""
    _check_open(staged, record, earlier)
    if not approver.reviewer.strip():
        raise ApprovalRefusedError("--reviewer must name the person who rejects the release")


def sign_off_draft(
    staged: ReleaseEntry,
    approver: Approver,
    tool_version: str,
    facts: Mapping[str, ExtraValue] | None = None,
    *,
    stage: str = APPROVED,
) -> ReleaseDraft:
    """The approval (or, with `stage=REJECTED`, rejection) entry of a staged entry; the
    documents stay in the staged entry. `facts` adds what the approval did besides (a sealed
    package and its hash)."""
    return ReleaseDraft(
        actor=approver.reviewer.strip(),
        purpose=staged.purpose,
        policy_name=staged.policy_name,
        policy_sha256=staged.policy_sha256,
        recipient=staged.recipient,
        authority=staged.authority,
        subject_ref=staged.subject_ref,
        documents=(),
        counts={},
        warnings=staged.warnings,
        tool_version=tool_version,
        model_name=staged.model_name,
        model_version=staged.model_version,
        key_id=staged.key_id,
        extra={
            **{k: staged.extra[k] for k in _CARRIED if k in staged.extra},
            "kind": "approval" if stage == APPROVED else "rejection",
            "reviewer": approver.reviewer.strip(),
            "signed_off_by_login": approver.login,
            STAGED_HASH: staged.entry_hash,
            "staged_by": staged.actor,
            **(facts or {}),
        },
        stage=stage,
        staged_id=staged.id,
    )


def approval_draft(
    staged: ReleaseEntry,
    approver: Approver,
    tool_version: str,
    facts: Mapping[str, ExtraValue] | None = None,
) -> ReleaseDraft:
    """The approval entry: the reviewer releases the staged entry."""
    return sign_off_draft(staged, approver, tool_version, facts)


def rejection_draft(staged: ReleaseEntry, approver: Approver, tool_version: str) -> ReleaseDraft:
    """The rejection entry: nothing of the staged entry is released."""
    return sign_off_draft(staged, approver, tool_version, stage=REJECTED)
