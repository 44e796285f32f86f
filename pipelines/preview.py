"""`redact batch --preview`: the whole release made and marked, nothing released or logged.

A records clerk tries a request before sending it: every trial run used to be a release,
and each one showed up again in the client's accounting of disclosures. A preview writes
exactly what the real run would write (redacted files, both manifests, the review page),
marked so that nobody mistakes it for a release, and writes no release-log entry.

The mark is in four places: `PREVIEW-NOT-RELEASED.txt` at the top of the folder (written
first, so even an interrupted preview is marked), a `preview` column on every manifest row,
a banner on the review page, and the command's summary line.

The real run is the same command without `--preview` and with the same `--out`: a folder
whose marker says it holds a preview is emptied first (the preview started it new or empty,
so everything in it is the preview's), and the release is made afresh, with a fresh key.
`--resume` never empties it: it finishes the interrupted run of the same kind.
"""

from __future__ import annotations

import csv
import html
import shutil
from datetime import UTC, datetime
from pathlib import Path

from redact.documents.atomic import atomic_path, write_text_atomic

PREVIEW_MARKER = "PREVIEW-NOT-RELEASED.txt"
#: The marker's first line: a folder is taken for a preview only when its marker starts so.
MARKER_HEADER = "PREVIEW - NOT RELEASED"
PREVIEW_COLUMN = "preview"
PREVIEW_CELL = "PREVIEW - not released"
BANNER = (
    '<div role="alert" style="background:#b00020;color:#fff;padding:.8em 1.2em;'
    'font:bold 18px system-ui,sans-serif">PREVIEW - NOT RELEASED. Nothing here was sent '
    "or logged. Run the same command without --preview to release.</div>"
)


def holds_preview(out_dir: Path) -> bool:
    """True when `out_dir` holds a preview's marker (a regular file that starts as ours)."""
    marker = out_dir / PREVIEW_MARKER
    if not marker.is_file() or marker.is_symlink():
        return False
    with marker.open(encoding="utf-8", errors="replace") as handle:
        return handle.readline().strip() == MARKER_HEADER


def clear_preview(out_dir: Path) -> bool:
    """Empty a folder that holds a preview, so that a run can take its place; True if it did.

    Links are removed, never followed.
    """
    if not holds_preview(out_dir):
        return False
    for entry in out_dir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        elif entry.name != PREVIEW_MARKER:
            entry.unlink()
    (out_dir / PREVIEW_MARKER).unlink()
    return True


def _marker_text(purpose: str, done: str) -> str:
    return (
        f"{MARKER_HEADER}\n\n"
        f"These files were made by `redact batch --preview` under the purpose '{purpose}' "
        f"on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. {done}\n"
        "Nothing here was released, and no release-log entry or accounting row was written.\n"
        "Do not send these files. To release, run the same command without --preview and with "
        "the same --out: it replaces everything in this folder.\n"
    )


def start_preview(out_dir: Path, purpose: str) -> None:
    """Mark the (new or empty) folder as a preview before anything is written into it."""
    write_text_atomic(out_dir / PREVIEW_MARKER, _marker_text(purpose, "(not finished)"))


def finish_preview(
    out_dir: Path, purpose: str, counts: str, manifests: tuple[Path, ...], review_page: Path
) -> None:
    """Mark a finished preview's manifests and review page, and complete its marker."""
    for manifest in manifests:
        _mark_manifest(manifest)
    _mark_review_page(review_page)
    write_text_atomic(out_dir / PREVIEW_MARKER, _marker_text(purpose, f"Result: {counts}."))


def _mark_manifest(path: Path) -> None:
    """Every row of a manifest gets a `preview` cell; its permissions are kept."""
    mode = path.stat().st_mode & 0o777
    with (
        atomic_path(path, mode=mode) as temp,
        path.open(encoding="utf-8", newline="") as source,
        temp.open("w", encoding="utf-8", newline="") as target,
    ):
        writer = csv.writer(target, lineterminator="\n")
        for number, row in enumerate(csv.reader(source)):
            writer.writerow([*row, PREVIEW_COLUMN if number == 0 else PREVIEW_CELL])


def _mark_review_page(path: Path) -> None:
    """A banner at the top of the review page, and PREVIEW in its title."""
    page = path.read_text(encoding="utf-8")
    opened = page.find("<body")
    at = page.find(">", opened) + 1 if opened >= 0 else 0
    page = page[:at] + BANNER + page[at:]
    page = page.replace("<title>", f"<title>{html.escape('PREVIEW')} - ", 1)
    mode = path.stat().st_mode & 0o777
    with atomic_path(path, mode=mode) as temp:
        temp.write_text(page, encoding="utf-8", newline="")
