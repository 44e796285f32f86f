"""`pipelines.preview`: what marks a preview, and what may replace one."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from pipelines.preview import (
    PREVIEW_MARKER,
    clear_preview,
    finish_preview,
    holds_preview,
    start_preview,
)


def _preview_folder(root: Path) -> Path:
    out = root / "out"
    out.mkdir()
    start_preview(out, "consultation")
    (out / "notes").mkdir()
    (out / "notes" / "a.txt").write_text("[PERSON] was seen.")
    (out / "manifest.csv").write_text("id,file\nnotes/a.txt,notes/a.txt\n")
    agency = out / "manifest.NOT-FOR-RELEASE.csv"
    agency.write_text("id,source,status\nnotes/a.txt,notes/a.txt,released\n")
    os.chmod(agency, 0o600)
    (out / "review.NOT-FOR-RELEASE.html").write_text(
        "<!doctype html><html><head><title>REVIEW ONLY</title></head><body><main>x</main>"
        "</body></html>"
    )
    return out


def test_a_finished_preview_is_marked_everywhere(tmp_path: Path) -> None:
    out = _preview_folder(tmp_path)
    assert "(not finished)" in (out / PREVIEW_MARKER).read_text()
    manifests = (out / "manifest.csv", out / "manifest.NOT-FOR-RELEASE.csv")
    finish_preview(out, "consultation", "would release 1", manifests,
                   out / "review.NOT-FOR-RELEASE.html")  # fmt: skip
    assert "would release 1" in (out / PREVIEW_MARKER).read_text()
    with manifests[1].open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id", "source", "status", "preview"]
    assert rows[1] == ["notes/a.txt", "notes/a.txt", "released", "PREVIEW - not released"]
    assert manifests[1].stat().st_mode & 0o777 == 0o600
    page = (out / "review.NOT-FOR-RELEASE.html").read_text()
    assert page.index("PREVIEW - NOT RELEASED") > page.index("<body>")
    assert "<title>PREVIEW - REVIEW ONLY</title>" in page


def test_clearing_a_preview_empties_its_folder_but_follows_no_link(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "keep.txt").write_text("not the preview's")
    out = _preview_folder(tmp_path)
    (out / "link").symlink_to(outside, target_is_directory=True)
    assert holds_preview(out) and clear_preview(out)
    assert list(out.iterdir()) == []
    assert (outside / "keep.txt").exists()


def test_a_folder_without_our_marker_is_never_cleared(tmp_path: Path) -> None:
    released = tmp_path / "released"
    released.mkdir()
    (released / "a.txt").write_text("sent")
    assert not clear_preview(released)
    (released / PREVIEW_MARKER).write_text("someone's own notes\n")
    assert not holds_preview(released) and not clear_preview(released)
    assert (released / "a.txt").exists()
