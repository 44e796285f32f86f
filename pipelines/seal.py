"""A batch's part in a release under seal: notices written into outputs as they are written.

The notice goes into a file's bytes before they reach the disk, and the manifest row's
output hash is taken again, so the manifest, the release log and the file on disk agree.
"""

from __future__ import annotations

from dataclasses import replace

from pipelines.records import sha256_bytes
from pipelines.stages import FileOutcome
from redact.release.checks import ExtraValue
from redact.release.under_seal import SealRequest, stamped


def sealed_outcome(outcome: FileOutcome, name: str, request: SealRequest) -> FileOutcome:
    """`outcome` with the notice in its output, when its kind can carry one."""
    if outcome.output is None:
        return outcome
    data = stamped(name, outcome.output, request)
    if data is None or data == outcome.output:
        return outcome
    row = replace(outcome.row, output_sha256=sha256_bytes(data))
    return replace(outcome, row=row, output=data)


def seal_facts(request: SealRequest) -> dict[str, ExtraValue]:
    """What the release log records of the request: that it was made, under which authority."""
    return {"under_seal": True, "under_seal_authority": request.authority}


__all__ = ["seal_facts", "sealed_outcome"]
