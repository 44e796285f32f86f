"""The lines `redact batch` ends with: what was released, where it is, what to do next.

Three endings: a release (logged, with its number, and the sealed package when there is
one), a preview (nothing logged; how to release), and a run that released nothing (nothing
logged either: a misspelt period or a folder of unreadable files is not a disclosure).
"""

from __future__ import annotations

from pathlib import Path

from pipelines.preview import PREVIEW_MARKER
from pipelines.runner import BatchReport
from redact.release import LogLocation, describe

EXIT_SOME_FAILED = 1
EXIT_NOTHING_RELEASED = 1


def _counts(report: BatchReport, released: str) -> str:
    return (
        f"{released} {report.released}, failed {report.failed}, out of scope {report.out_of_scope}"
    )


def summary_lines(
    report: BatchReport, log_path: LogLocation, package: Path | None, preview: bool
) -> list[str]:
    """The closing lines for stderr (paths, counts and ids; never a document's text)."""
    private = f"not for release: {report.agency_manifest}, {report.review_page}"
    if preview:
        out = report.manifest.parent
        return [
            f"PREVIEW, nothing released or logged: {_counts(report, 'would release')} · "
            f"marked by {out / PREVIEW_MARKER} · {private}",
            "redact: to release, run the same command without --preview (same --out; the "
            "preview is replaced)",
        ]
    if report.release_id is None:
        return [
            f"{_counts(report, 'released')} · nothing was released, so no release was logged "
            f"· {private}"
        ]
    sealed = f" · sealed package {package}" if package is not None else ""
    return [
        f"{_counts(report, 'released')} · manifest {report.manifest}{sealed} · {private} · "
        f"release #{report.release_id} logged in {describe(log_path)}"
    ]


def exit_code(report: BatchReport) -> int:
    """1 when a document failed or nothing was released, else 0."""
    if report.failed:
        return EXIT_SOME_FAILED
    return EXIT_NOTHING_RELEASED if report.released == 0 else 0
