"""Output paths: treated names put together into unique paths, or numbered opaque names.

Each folder and file name of an input path is treated once (`pipelines.naming`); a folder
is named by its first appearance, so its files stay together. Names that end up the same
(two clients' intakes both `PERSON_intake.txt`) are told apart by input order (`_2`), case
blind, and never take a name the batch writes itself (the manifests, the review page).

`--opaque-names` gives `doc-0001.txt`, `doc-0002.docx`, ... instead, in one folder; the
mapping back to the input names is only on the agency's review page. Pure functions: they
run in the batch's parent, which never loads the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from pipelines.naming import split_suffix
from pipelines.units import Source

#: Names the batch itself writes at the top of the output folder.
RESERVED = frozenset(
    {"manifest.csv", "manifest.not-for-release.csv", "review.not-for-release.html",
     ".redact-state", "preview-not-released.txt"}
)  # fmt: skip
OPAQUE_PREFIX = "doc-"


def _unique(path: str, suffix: str, used: set[str]) -> str:
    """`path`, or `path` with `_2`, `_3`... before its suffix, whichever is not taken yet."""
    candidate = path
    stem = path[: len(path) - len(suffix)] if suffix else path
    number = 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{stem}_{number}{suffix}"
    used.add(candidate.casefold())
    return candidate


def compose(rels: Sequence[str], treated: Callable[[str, bool], str]) -> list[str]:
    """Output paths for input paths: each folder and file name treated, all unique.

    A folder is named once, by its first appearance, so its files stay together; two
    folders or files whose treated names meet are told apart by input order.
    """
    used = set(RESERVED)
    folders: dict[str, str] = {}
    out = []
    for rel in rels:
        parts = rel.split("/")
        parent = ""
        for depth in range(len(parts) - 1):
            key = "/".join(parts[: depth + 1])
            if key not in folders:
                folders[key] = _unique(parent + treated(parts[depth], False), "", used)
            parent = folders[key] + "/"
        name = treated(parts[-1], True)
        out.append(_unique(parent + name, split_suffix(name, True)[1], used))
    return out


def opaque(rels: Sequence[str]) -> list[str]:
    """`doc-0001.txt`, ... in input order, each keeping its input's suffix."""
    width = max(4, len(str(len(rels))))
    return [
        f"{OPAQUE_PREFIX}{number:0{width}d}{split_suffix(rel.rsplit('/', 1)[-1], True)[1].lower()}"
        for number, rel in enumerate(rels, start=1)
    ]


def components(rels: Sequence[str]) -> list[tuple[str, bool]]:
    """Every distinct (name, is_file) in the input paths, in order of first appearance."""
    seen: dict[tuple[str, bool], None] = {}
    for rel in rels:
        parts = rel.split("/")
        for part in parts[:-1]:
            seen.setdefault((part, False), None)
        seen.setdefault((parts[-1], True), None)
    return list(seen)


def named_sources(
    sources: Sequence[Source], treated: Sequence[str], opaque_names: bool
) -> list[Source]:
    """The sources with their output names set; `treated` as `treat_names` gave it for
    `components(...)` of the sources' input names."""
    rels = [source.rel for source in sources]
    table = dict(zip(components(rels), treated, strict=True))
    shown = compose(rels, lambda name, is_file: table[(name, is_file)])
    out = opaque(rels) if opaque_names else shown
    return [
        replace(source, rel=target, origin=source.rel, shown=label)
        for source, target, label in zip(sources, out, shown, strict=True)
    ]
