"""What an interrupted batch leaves behind so that `--resume` can finish it exactly.

The state folder (`OUT/.redact-state`, hidden, owner-only) holds the release key, so that
resumed documents get the same pseudonyms, a fingerprint of the request, so that a resume
cannot mix two different releases, the treated output names, and each finished unit's
manifest rows and review material. It holds identifiers (review material) and the key, so
it is deleted, with any temporary file an interrupted run left, when the release is
complete; nothing in it is ever part of what is sent.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, fields
from pathlib import Path

from pipelines.records import ManifestRow, ReviewDoc, Segment
from redact.documents.atomic import write_bytes_atomic, write_text_atomic
from redact.errors import RedactError
from redact.transform.pseudonym import ReleaseKey

STATE_DIR = ".redact-state"
OWNER_ONLY = 0o600
#: A segment's fields, read directly: `asdict` copies deeply, and a table of notes has tens
#: of thousands of segments, which made saving them a tenth of the main process's time.
_SEGMENT_FIELDS = tuple(field.name for field in fields(Segment))


class ResumeError(RedactError):
    """The output folder holds another release's state, or none when resuming."""

    code = "R010"


class BatchState:
    """Read and write the resume state of one batch release."""

    def __init__(self, out_dir: Path) -> None:
        self.root = out_dir / STATE_DIR

    def start(self, fingerprint: str, resume: bool, key: ReleaseKey | None = None) -> ReleaseKey:
        """Create fresh state, or check and reopen existing state when resuming.

        `key`, when given, is the release key instead of a fresh random one.
        """
        marker = self.root / "request.sha256"
        if resume:
            if not marker.exists():
                raise ResumeError(f"nothing to resume in {self.root.parent}: no batch state found")
            if marker.read_text().strip() != fingerprint:
                raise ResumeError("the output folder holds a different request; use a new --out")
            stored = ReleaseKey((self.root / "key").read_bytes())
            if key is not None and key.key_id != stored.key_id:
                raise ResumeError("the given release key is not the key this batch started with")
            return stored
        if self.root.exists():
            raise ResumeError(
                f"{self.root.parent} holds an unfinished batch; add --resume or use a new --out"
            )
        if any(self.root.parent.iterdir()):
            raise ResumeError(
                f"output folder {self.root.parent} is not empty; use a new or empty --out"
            )
        self.root.mkdir(parents=True, mode=0o700)
        key = key if key is not None else ReleaseKey.generate()
        write_bytes_atomic(self.root / "key", key.secret, OWNER_ONLY)
        write_text_atomic(marker, fingerprint, OWNER_ONLY)
        return key

    def save_names(self, names: list[str]) -> None:
        """Keep the treated output names, so a resumed run writes to the same names."""
        write_text_atomic(self.root / "names.json", json.dumps(names), OWNER_ONLY)

    def load_names(self) -> list[str] | None:
        """The output names an earlier run of this batch chose, if it got that far."""
        path = self.root / "names.json"
        return [str(n) for n in json.loads(path.read_text())] if path.exists() else None

    def unit_dir(self, index: int) -> Path:
        """Where unit `index` (a file or a table) keeps its parts."""
        path = self.root / f"unit-{index:06d}"
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    def part_done(self, index: int, part: int) -> bool:
        """True when part `part` of unit `index` was finished in an earlier run."""
        return (self.unit_dir(index) / f"{part:06d}.rows.json").exists()

    def save_part(
        self, index: int, part: int, rows: tuple[ManifestRow, ...], reviews: tuple[ReviewDoc, ...]
    ) -> None:
        """Record a finished part; written last, so its presence means the part is complete."""
        folder = self.unit_dir(index)
        review = [
            [r.doc_id, [_segment_dict(s) for s in r.segments], list(r.warnings), list(r.pages)]
            for r in reviews
        ]
        write_text_atomic(folder / f"{part:06d}.review.json", json.dumps(review), OWNER_ONLY)
        write_text_atomic(
            folder / f"{part:06d}.rows.json", json.dumps([asdict(r) for r in rows]), OWNER_ONLY
        )

    def load_rows(self, index: int, part: int) -> list[ManifestRow]:
        """The manifest rows of a finished part."""
        data = json.loads((self.unit_dir(index) / f"{part:06d}.rows.json").read_text())
        return [ManifestRow(**row) for row in data]

    def load_reviews(self, index: int, part: int) -> list[ReviewDoc]:
        """The review material of a finished part."""
        data = json.loads((self.unit_dir(index) / f"{part:06d}.review.json").read_text())
        return [
            ReviewDoc(item[0], tuple(Segment(**s) for s in item[1]), *map(tuple, item[2:4]))
            for item in data
        ]

    def parts(self, index: int) -> list[int]:
        """Finished parts of a unit, in order."""
        names = sorted(self.unit_dir(index).glob("*.rows.json"))
        return [int(p.name.split(".")[0]) for p in names]

    def mark_failed(self, index: int, reason: str) -> None:
        """Record that a table could not be read through; its parts are discarded."""
        write_text_atomic(self.unit_dir(index) / "FAILED", reason, OWNER_ONLY)

    def failure(self, index: int) -> str | None:
        """The reason a unit failed as a whole, if it did."""
        marker = self.unit_dir(index) / "FAILED"
        return marker.read_text() if marker.exists() else None

    def finish(self) -> None:
        """Delete the state: the key and review material must not outlive the release.

        Temporary files an interrupted run left behind (`.NAME.XXXX.part`, see
        `redact.documents.atomic`) go too: a finished output folder holds only the release.
        """
        shutil.rmtree(self.root, ignore_errors=True)
        for leftover in self.root.parent.rglob(".*.part"):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)

    @staticmethod
    def ensure_private(path: Path) -> None:
        """Owner-only permissions on a file that holds identifiers."""
        os.chmod(path, OWNER_ONLY)


def _segment_dict(segment: Segment) -> dict[str, str | None]:
    return {name: getattr(segment, name) for name in _SEGMENT_FIELDS}
