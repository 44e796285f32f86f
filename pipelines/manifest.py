"""The manifests: what the recipient gets, and the agency's full account. No text in either.

`manifest.csv` goes out with the release (and into a sealed package): one row per released
document, its output file, counts by entity type and output hash. Nothing about what was
not released: a failed or out-of-scope row, its reason, or the hash of another client's
record tells a recipient that something else exists, and about whom.

`manifest.NOT-FOR-RELEASE.csv` stays with the agency, owner-only like the review page: one
row per document, released, failed or out of scope, with the reason and both hashes.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from pipelines.records import RELEASED, ManifestRow
from redact.documents.atomic import atomic_path

MANIFEST_NAME = "manifest.csv"
AGENCY_MANIFEST_NAME = "manifest.NOT-FOR-RELEASE.csv"
#: The recipient's columns: the document, the file it is in, counts, the output's hash.
RELEASED_FIELDS = ("id", "file", "counts", "output_sha256")
OWNER_ONLY = 0o600


def released_cells(row: ManifestRow) -> list[str]:
    """A released row as the recipient's manifest gives it (`source` is the output file)."""
    return [row.doc_id, row.source, row.counts, row.output_sha256]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def write_manifests(
    released: Path, agency: Path, rows: Iterable[tuple[ManifestRow, ManifestRow]]
) -> tuple[str, str]:
    """Write both manifests atomically from one pass over (recipient row, agency row).

    The recipient's row gives the document's output file as its source, the agency's row
    its (treated) input name. Returns the SHA-256 of each, recipient's first.
    """
    with ExitStack() as stack:
        out_temp = stack.enter_context(atomic_path(released))
        agency_temp = stack.enter_context(atomic_path(agency, mode=OWNER_ONLY))
        out_handle = stack.enter_context(out_temp.open("w", encoding="utf-8", newline=""))
        agency_handle = stack.enter_context(agency_temp.open("w", encoding="utf-8", newline=""))
        out_writer = csv.writer(out_handle, lineterminator="\n")
        agency_writer = csv.writer(agency_handle, lineterminator="\n")
        out_writer.writerow(RELEASED_FIELDS)
        agency_writer.writerow(ManifestRow.FIELDS)
        for for_recipient, for_agency in rows:
            agency_writer.writerow(for_agency.as_list())
            if for_recipient.status == RELEASED:
                out_writer.writerow(released_cells(for_recipient))
        out_handle.close()
        agency_handle.close()
        return _sha256(out_temp), _sha256(agency_temp)


def read_manifest(path: Path) -> list[ManifestRow]:
    """Read the agency's manifest back (for tests and `--resume` checks)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [ManifestRow(*row) for row in list(csv.reader(handle))[1:]]
