"""Which documents a batch holds, in a fixed order, and where each one's output goes.

A folder is walked recursively in sorted order, so two runs over the same inputs see the
same documents in the same order (resume and byte-identical outputs depend on it). Outputs
keep their relative names under the output folder: `INPUT_DIR/a/b.txt` -> `OUT/INPUT_DIR/a/b.txt`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.documents.layout import IMAGE_SUFFIXES, PDF_SUFFIX
from redact.documents.tables import TABLE_SUFFIXES

TEXT_SUFFIXES = frozenset({".txt", ".md"})
DOCX_SUFFIX = ".docx"


@dataclass(frozen=True)
class Source:
    """One input file: where it is, its name relative to the output folder, and its kind."""

    path: Path
    rel: str

    @property
    def kind(self) -> str:
        """'text', 'docx', 'table', 'pages' (PDFs and page images) or 'unsupported'."""
        suffix = self.path.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            return "text"
        if suffix == DOCX_SUFFIX:
            return "docx"
        if suffix in TABLE_SUFFIXES:
            return "table"
        if suffix == PDF_SUFFIX or suffix in IMAGE_SUFFIXES:
            return "pages"
        return "unsupported"


def iter_sources(inputs: Sequence[Path], exclude: Path | None = None) -> Iterator[Source]:
    """Every file under the inputs, in a stable order; `exclude` (the output folder) skipped."""
    excluded = exclude.resolve() if exclude is not None else None
    for given in inputs:
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                if excluded is not None and excluded in path.resolve().parents:
                    continue
                yield Source(
                    path, (Path(given.resolve().name) / path.relative_to(given)).as_posix()
                )
        else:
            yield Source(given, given.name)
