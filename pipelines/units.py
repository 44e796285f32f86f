"""Which documents a batch holds, in a fixed order, and where each one's output goes.

A folder is walked recursively in sorted order, so two runs over the same inputs see the
same documents in the same order (resume and byte-identical outputs depend on it).

Where outputs go: one folder given alone puts its contents directly under the output
folder (`request/notes/a.txt` -> `OUT/notes/a.txt`); several inputs keep each folder's own
name (`a/x.txt`, `b/y.txt`), and a file given by itself keeps its name. These relative
names are the *input* names; the names a recipient sees are made from them by
`pipelines.naming`, because names of files and folders are often names of clients.

Side doors closed here: two inputs that would land on the same output are refused before
any work (one would silently overwrite the other); a link inside an input folder is
followed only when it stays inside that folder (a link out of it is a `failed` row: the
request is the folder, not what a link reaches); a path that does not exist is reported
as `not found`, not as an odd file type.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.documents.layout import IMAGE_SUFFIXES, PDF_SUFFIX
from redact.documents.tables import TABLE_SUFFIXES
from redact.errors import ConfigurationError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
DOCX_SUFFIX = ".docx"

NOT_FOUND = "not found"
LINK_OUTSIDE = "a link that leads outside the input folder (not followed)"
LINK_TO_FOLDER = "a link to a folder (not followed)"
BROKEN_LINK = "a link whose target does not exist"
NOT_A_FILE = "not a regular file"


class InputCollisionError(ConfigurationError):
    """Two inputs would be written to the same output; nothing is done."""

    code = "R016"


@dataclass(frozen=True)
class Source:
    """One input file: where it is, its output name, and its kind.

    `rel` is where its output goes, relative to the output folder. Until the batch names
    its outputs it is the input's relative name; then `origin` keeps that input name (for
    the agency's review page only) and `shown` the treated one that the manifest and the
    release log give as the document's source. `problem`, when set, is why the file is not
    read at all (a link out of the input folder, a path that is not there). `sheets`, for a
    workbook once named, pairs each input sheet's name with its treated name; `columns`,
    for a table once named, each column name and object key with its treated name.
    """

    path: Path
    rel: str
    origin: str = ""
    shown: str = ""
    problem: str | None = None
    sheets: tuple[tuple[str, str], ...] = ()
    columns: tuple[tuple[str, str], ...] = ()

    @property
    def input_rel(self) -> str:
        """The input's own relative name (never shown to a recipient)."""
        return self.origin or self.rel

    @property
    def label(self) -> str:
        """The document's source as the manifest and the release log give it."""
        return self.shown or self.rel

    @property
    def kind(self) -> str:
        """'text', 'docx', 'table', 'pages' (PDFs and page images) or 'unsupported'."""
        if self.problem is not None:
            return "unsupported"
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


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _entry_problem(path: Path, root: Path) -> str | None:
    """Why an entry found inside an input folder is not read, or None if it is."""
    if not path.is_symlink():
        return None if path.is_file() else NOT_A_FILE
    if not path.exists():
        return BROKEN_LINK
    if not _inside(path.resolve(), root):
        return LINK_OUTSIDE
    if path.is_dir():
        return LINK_TO_FOLDER
    return None if path.is_file() else NOT_A_FILE


def _walk(folder: Path) -> list[Path]:
    """Every entry under `folder` that is not a real folder, links not followed, sorted."""
    found: list[Path] = []
    for current, dirs, files in os.walk(folder, followlinks=False):
        base = Path(current)
        found.extend(base / name for name in files)
        found.extend(base / name for name in dirs if (base / name).is_symlink())
    return sorted(found)


def iter_sources(inputs: Sequence[Path], exclude: Path | None = None) -> Iterator[Source]:
    """Every file under the inputs, in a stable order; `exclude` (the output folder) skipped."""
    excluded = exclude.resolve() if exclude is not None else None
    alone = len(inputs) == 1
    for given in inputs:
        if given.is_dir():
            root = given.resolve()
            for path in _walk(given):
                if excluded is not None and _inside(path.parent.resolve(), excluded):
                    continue
                inner = path.relative_to(given)
                rel = inner if alone else Path(root.name) / inner
                yield Source(path, rel.as_posix(), problem=_entry_problem(path, root))
        elif given.is_file():
            yield Source(given, given.name)
        else:
            problem = BROKEN_LINK if given.is_symlink() else NOT_FOUND
            yield Source(given, given.name or "input", problem=problem)


def check_collisions(sources: Sequence[Source]) -> None:
    """Refuse inputs that would share an output name, naming positions, never names."""
    counts = Counter(source.rel for source in sources)
    clashes = [i + 1 for i, source in enumerate(sources) if counts[source.rel] > 1]
    if clashes:
        shown = ", ".join(str(n) for n in clashes[:6]) + (" ..." if len(clashes) > 6 else "")
        raise InputCollisionError(
            f"{len(clashes)} input files would be written to the same output name "
            f"(files number {shown} in input order): two inputs hold a file at the same "
            "relative path. Give their common parent folder instead, or run them as "
            "separate releases; nothing was written"
        )
