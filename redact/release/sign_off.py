"""Sign off a staged folder against its log: the library function behind `redact approve`.

Reads the folder's staging record, finds the staged entry and any earlier sign-off in the
log, checks (`approval`), seals the package when asked, and appends the approval or
rejection; the record is removed last, once the entry is logged, so a folder whose sign-off
failed can be signed off again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redact.release.approval import (
    Approver,
    approval_draft,
    check_approval,
    check_rejection,
    rejection_draft,
    sign_off_of,
)
from redact.release.checks import ExtraValue
from redact.release.package import PackageRequest, seal_package
from redact.release.records import ReleaseEntry
from redact.release.staged_files import folder_files, read_record, remove_record
from redact.release.store import ReleaseStore
from redact.release.under_seal import COVER_NAME

#: The manifest the recipient gets (`pipelines.manifest.MANIFEST_NAME`, which this package
#: may not import): sealed with the released files.
MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class SignOff:
    """The staged entry and the approval or rejection logged for it."""

    staged: ReleaseEntry
    entry: ReleaseEntry


def _seal(out: Path, staged: ReleaseEntry, request: PackageRequest) -> dict[str, ExtraValue]:
    cover = out / COVER_NAME  # a release under seal opens with its cover page
    files = [(cover.name, cover)] if staged.extra.get("under_seal") and cover.exists() else []
    files += [(doc.doc_id, out / doc.doc_id) for doc in staged.documents]
    manifest = out / MANIFEST_NAME
    digest = seal_package(request.target, [*files, (manifest.name, manifest)], request.password)
    return {"sealed": True, "package_sha256": digest}


def sign_off(
    out: Path,
    log: ReleaseStore,
    approver: Approver,
    tool_version: str,
    *,
    reject: bool = False,
    package: PackageRequest | None = None,
) -> SignOff:
    """Approve (or reject) the release staged in `out`; `ApprovalRefusedError` if it may not
    be. An approval with `package` also seals the released files and the manifest."""
    record = read_record(out)
    staged = log.get(record.release_id)
    earlier = sign_off_of(log.iter_entries(since_id=staged.id), staged.id)
    if reject:
        check_rejection(staged, record, approver, earlier)
        draft = rejection_draft(staged, approver, tool_version)
    else:
        check_approval(staged, record, folder_files(out), approver, earlier)
        facts = _seal(out, staged, package) if package is not None else {}
        draft = approval_draft(staged, approver, tool_version, facts)
    entry = log.append(draft)
    remove_record(out)
    return SignOff(staged, entry)
