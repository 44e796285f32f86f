"""Finishing a batch: table parts into one output file, and the release-log documents.

A table is written in parts (one per chunk) while the batch runs, then joined into its final
file in one atomic write, so a table output exists only when every chunk is in it.

Each released file gets a fingerprint of its released text (read back from the output, so
removed text is never near it) for `redact log trace`; a table is fingerprinted as one text,
its text cells in row order, and with a client column its released rows are counted per
client id (read from the input) for the accounting of disclosures.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.records import FAILED, OUT_OF_SCOPE, RELEASED, ManifestRow
from pipelines.spec import BatchSpec
from pipelines.state import BatchState
from pipelines.units import Source
from redact import __version__
from redact.disclose import policy_facts
from redact.documents.atomic import atomic_binary
from redact.documents.docx import docx_paragraph_texts, load_docx
from redact.documents.pages import pdf_text
from redact.documents.tables import TableWriter, iter_table
from redact.frame import is_missing
from redact.release import DocumentRecord, ReleaseDraft
from redact.release.checks import ExtraValue
from redact.release.fingerprint import Fingerprinter
from redact.release.package import PackageRequest, seal_package


def part_path(state: BatchState, index: int, part: int) -> Path:
    """Where chunk `part` of table `index` is kept until the table is assembled."""
    return state.unit_dir(index) / f"{part:06d}.pkl"


def write_part(path: Path, frame: pd.DataFrame) -> None:
    """Keep a redacted chunk exactly as it is (pickle keeps every dtype and null)."""
    frame.to_pickle(path)


def assemble_table(state: BatchState, index: int, source: Source, target: Path) -> None:
    """Join a table's parts, in order, into its output file, atomically."""
    with atomic_binary(target) as handle:
        writer = TableWriter(
            handle, source.path.suffix, dict(source.sheets), column_names=dict(source.columns)
        )
        for part in state.parts(index):
            writer.write(pd.read_pickle(part_path(state, index, part)))
        writer.close()


def table_failure_row(source: Source, reason: str) -> ManifestRow:
    """The single manifest row of a table that could not be read through."""
    return ManifestRow(source.rel, source.rel, FAILED, reason)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _released_clients(
    spec: BatchSpec, source: Source, state: BatchState, index: int
) -> dict[str, int]:
    """Released rows per client id, read from the input: the released table may carry the
    ids pseudonymised or not at all, but the agency's accounting needs its own ids."""
    client = spec.tables.client_column
    subjects: dict[str, int] = {}
    if not client or source.kind != "table":
        return subjects
    done = set(state.parts(index))
    for part, chunk in enumerate(iter_table(source.path, spec.tables.rows_per_chunk)):
        if part not in done or client not in chunk.columns:
            continue
        for value, row in zip(chunk[client], state.load_rows(index, part), strict=False):
            if row.status == RELEASED and not is_missing(value):
                subjects[str(value)] = subjects.get(str(value), 0) + 1
    return subjects


def _released_text(spec: BatchSpec, source: Source, output: Path) -> str:
    """A released file's fingerprint."""
    printer = Fingerprinter()
    if source.kind == "docx":
        for paragraph in docx_paragraph_texts(load_docx(output.read_bytes(), source.rel)):
            printer.update(paragraph)
    elif source.kind == "pages":
        if output.suffix.lower() == ".pdf":
            printer.update(pdf_text(output.read_bytes()))
    elif source.kind == "table":
        released = dict(source.columns)  # the output's text columns carry treated names
        names = [released.get(c, c) for c in spec.tables.text_columns]
        for chunk in iter_table(output, spec.tables.rows_per_chunk):
            columns = [chunk[c] for c in names if c in chunk.columns]
            for cells in zip(*columns, strict=True):
                for cell in cells:
                    if not is_missing(cell):
                        printer.update(str(cell))
    else:
        printer.update(output.read_bytes().decode("utf-8", errors="replace"))
    return printer.finish().encode()


def release_documents(
    spec: BatchSpec,
    sources: Sequence[Source],
    state: BatchState,
    counts_by_unit: Mapping[int, Mapping[str, int]],
) -> tuple[DocumentRecord, ...]:
    """One record per output file written; a table's counts are its released rows' totals."""
    documents = []
    for index, source in enumerate(sources):
        output = spec.out_dir / source.rel
        if state.failure(index) is not None or not output.exists():
            continue
        counts = dict(counts_by_unit.get(index, {}))
        fingerprint = _released_text(spec, source, output)
        subjects = _released_clients(spec, source, state, index)
        documents.append(
            DocumentRecord(source.rel, source.label, _file_sha256(source.path),
                           _file_sha256(output), counts, fingerprint, subjects)
        )  # fmt: skip
    return tuple(documents)


def seal_release(
    request: PackageRequest,
    out_dir: Path,
    documents: Sequence[DocumentRecord],
    manifest: Path,
    covers: Sequence[Path] = (),
) -> dict[str, ExtraValue]:
    """The cover pages, the released files and the manifest (never the review page) in an
    encrypted zip."""
    files = [(cover.name, cover) for cover in covers]
    files += [(doc.doc_id, out_dir / doc.doc_id) for doc in documents]
    digest = seal_package(request.target, [*files, (manifest.name, manifest)], request.password)
    return {"sealed": True, "package_sha256": digest}


def release_draft(
    spec: BatchSpec,
    documents: tuple[DocumentRecord, ...],
    key_id: str,
    model: tuple[str, str],
    manifest_sha256: str,
    statuses: Mapping[str, int],
    extra: Mapping[str, Any] | None = None,
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
            **policy_facts(spec.policy.policy),
            **(extra or {}),
            "kind": "batch",
            "manifest_sha256": manifest_sha256,
            "released": statuses.get(RELEASED, 0),
            "failed": statuses.get(FAILED, 0),
            "out_of_scope": statuses.get(OUT_OF_SCOPE, 0),
            "accepted_risk": spec.accept_risk,
        },
    )
