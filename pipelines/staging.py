"""A batch release that is staged: logged as `staged`, its folder recorded for the approval.

The runner calls `prepare` once every output, the manifests and the review page are in
place and before the entry is logged, and `Staging.keep` once it is: the staged entry holds
the hash of the folder's file map, the folder holds the map (see
`redact.release.staged_files`). The batch's own resume state is left out of the map, since
it is deleted as soon as the entry is logged.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from pipelines.state import STATE_DIR
from redact.policy.model import Policy
from redact.release.approval import staged_draft
from redact.release.records import ReleaseDraft, ReleaseEntry
from redact.release.staged_files import StagedRecord, folder_files, write_record


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _leftover(rel: str) -> bool:
    """The batch's resume state and temporary files: gone once the release is logged."""
    name = rel.rsplit("/", 1)[-1]
    return rel.startswith(STATE_DIR + "/") or (name.startswith(".") and name.endswith(".part"))


@dataclass(frozen=True)
class Staging:
    """The staged draft to log, and the file map to keep in the folder once it is logged."""

    out_dir: Path
    draft: ReleaseDraft
    files: dict[str, str]

    def keep(self, entry: ReleaseEntry) -> Path:
        """Write the staging record for the logged entry; its path."""
        return write_record(self.out_dir, StagedRecord(entry.id, entry.entry_hash, self.files))


def prepare(draft: ReleaseDraft, out_dir: Path, policy: Policy) -> Staging:
    """Hash the finished folder and turn the batch's draft into a staged one."""
    files = folder_files(out_dir, skip=_leftover)
    staged = staged_draft(
        draft,
        files,
        approval_required=policy.approval == "required",
        two_person=policy.two_person,
        login=_login(),
    )
    return Staging(out_dir, staged, files)
