"""Finishing a batch: table parts into one output file, and the release-log documents.

A table is written in parts (one per chunk) while the batch runs, then joined into its final
file in one atomic write, so a table output exists only when every chunk is in it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from pipelines.records import FAILED, RELEASED, ManifestRow, parse_counts
from pipelines.spec import BatchSpec
from pipelines.state import BatchState
from pipelines.units import Source
from redact import __version__
from redact.documents.atomic import atomic_binary
from redact.documents.tables import TableWriter
from redact.release import DocumentRecord, ReleaseDraft


def part_path(state: BatchState, index: int, part: int) -> Path:
    """Where chunk `part` of table `index` is kept until the table is assembled."""
    return state.unit_dir(index) / f"{part:06d}.pkl"


def write_part(path: Path, frame: pd.DataFrame) -> None:
    """Keep a redacted chunk exactly as it is (pickle keeps every dtype and null)."""
    frame.to_pickle(path)


def assemble_table(state: BatchState, index: int, source: Source, target: Path) -> None:
    """Join a table's parts, in order, into its output file, atomically."""
    with atomic_binary(target) as handle:
        writer = TableWriter(handle, source.path.suffix)
        for part in state.parts(index):
            writer.write(pd.read_pickle(part_path(state, index, part)))
        writer.close()


def table_failure_row(source: Source, reason: str) -> ManifestRow:
    """The single manifest row of a table that could not be read through."""
    return ManifestRow(source.rel, str(source.path), FAILED, reason)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def release_documents(
    spec: BatchSpec,
    sources: Sequence[Source],
    state: BatchState,
    rows_by_unit: Mapping[int, Sequence[ManifestRow]],
) -> tuple[DocumentRecord, ...]:
    """One record per output file written; a table's counts are its released rows' totals."""
    documents = []
    for index, source in enumerate(sources):
        output = spec.out_dir / source.rel
        if state.failure(index) is not None or not output.exists():
            continue
        counts: dict[str, int] = {}
        for row in rows_by_unit.get(index, ()):
            if row.status == RELEASED:
                for kind, n in parse_counts(row.counts).items():
                    counts[kind] = counts.get(kind, 0) + n
        documents.append(
            DocumentRecord(source.rel, str(source.path), _file_sha256(source.path),
                           _file_sha256(output), counts)
        )  # fmt: skip
    return tuple(documents)


def release_draft(
    spec: BatchSpec,
    documents: tuple[DocumentRecord, ...],
    key_id: str,
    model: tuple[str, str],
    manifest_sha256: str,
    statuses: Sequence[str],
) -> ReleaseDraft:
    """The batch's single release-log entry."""
    totals: dict[str, int] = {}
    for document in documents:
        for kind, n in document.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    warnings = tuple(spec.policy.policy.warnings)
    return ReleaseDraft(
        actor=spec.fields.actor,
        purpose=spec.policy.policy.name,
        policy_name=spec.policy.origin,
        policy_sha256=spec.policy.sha256,
        recipient=spec.fields.recipient,
        authority=spec.fields.authority,
        subject_ref=spec.fields.subject_ref,
        documents=documents,
        counts=dict(sorted(totals.items())),
        warnings=warnings,
        tool_version=__version__,
        model_name=model[0],
        model_version=model[1],
        key_id=key_id,
        extra={
            "kind": "batch",
            "manifest_sha256": manifest_sha256,
            "released": statuses.count(RELEASED),
            "failed": statuses.count(FAILED),
            "out_of_scope": statuses.count("out-of-scope"),
            "accepted_risk": spec.accept_risk,
        },
    )
