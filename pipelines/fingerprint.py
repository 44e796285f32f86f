"""A fingerprint of a batch request, and a cheap count of the rows it will read.

`--resume` must finish the same release it started: same inputs (by name, size and
modification time), same policy bytes, same options. The fingerprint says whether it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pyarrow.parquet as pq

from pipelines.records import sha256_json
from pipelines.spec import BatchSpec
from pipelines.units import Source

_BLOCK = 1 << 20


def corrections_fingerprint(spec: BatchSpec) -> dict[str, object]:
    """The corrections' part of the fingerprint (none: nothing, so older states still match)."""
    corrections = spec.corrections
    if not corrections:
        return {}
    return {"corrections": [list(corrections.keep), [list(p) for p in corrections.redact]]}


def request_fingerprint(spec: BatchSpec, sources: Sequence[Source]) -> str:
    """SHA-256 over everything that decides a batch's outputs."""
    files = []
    for source in sources:
        try:
            stat = source.path.stat()
            files.append([source.rel, stat.st_size, stat.st_mtime_ns])
        except OSError:
            files.append([source.rel, None, None])
    return sha256_json(
        {
            "policy": spec.policy.sha256,
            "files": files,
            "tables": dataclasses.asdict(spec.tables),
            "scope": dataclasses.asdict(spec.scope),
            "subject": list(spec.subject),
            "fields": dataclasses.asdict(spec.fields),
            "model": spec.model,
            "opaque_names": spec.opaque_names,
            "max_document_chars": spec.max_document_chars,
            "preview": spec.preview,
            **corrections_fingerprint(spec),
            # the day is left out: a run resumed the next day finishes the same release
            "seal": [spec.seal.authority, spec.seal.recipient] if spec.seal else None,
        }
    )


def _count_lines(source: Source) -> int:
    count = 0
    with source.path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            count += block.count(b"\n")
    return count


def total_rows(sources: Sequence[Source]) -> int:
    """About how many table rows the batch holds (line counts; parquet metadata)."""
    total = 0
    for source in sources:
        if source.kind != "table":
            continue
        try:
            if source.path.suffix == ".parquet":
                total += pq.ParquetFile(source.path).metadata.num_rows
            elif source.path.suffix == ".xlsx":
                continue  # zipped XML: lines say nothing; progress counts the rows as read
            elif source.path.suffix == ".csv":
                total += max(_count_lines(source) - 1, 0)
            else:
                total += _count_lines(source)
        except (OSError, ValueError):
            continue
    return total
