"""Which documents a batch holds, where their outputs go, and inputs that collide or escape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.units import (
    BROKEN_LINK,
    LINK_OUTSIDE,
    LINK_TO_FOLDER,
    NOT_FOUND,
    InputCollisionError,
    check_collisions,
    iter_sources,
)


def _tree(root: Path, *names: str) -> Path:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("note")
    return root


def test_one_folder_alone_is_not_nested_and_several_keep_their_names(tmp_path: Path) -> None:
    a = _tree(tmp_path / "a", "notes/x.txt", "y.md")
    b = _tree(tmp_path / "b", "z.txt")
    assert [s.rel for s in iter_sources([a])] == ["notes/x.txt", "y.md"]
    assert [s.rel for s in iter_sources([a, b])] == ["a/notes/x.txt", "a/y.md", "b/z.txt"]


def test_the_output_folder_inside_an_input_is_skipped(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", "x.txt", "out/old.txt")
    assert [s.rel for s in iter_sources([root], exclude=root / "out")] == ["x.txt"]


def test_links_are_followed_only_inside_the_input_folder(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", "x.txt", "sub/y.txt")
    outside = _tree(tmp_path / "elsewhere", "secret.txt")
    os.symlink(outside / "secret.txt", root / "out_link.txt")
    os.symlink(outside, root / "out_folder")
    os.symlink(root / "sub", root / "folder_link")
    os.symlink(root / "x.txt", root / "in_link.txt")
    os.symlink(root / "gone.txt", root / "broken.txt")
    problems = {s.rel: s.problem for s in iter_sources([root])}
    assert problems == {
        "broken.txt": BROKEN_LINK, "folder_link": LINK_TO_FOLDER, "in_link.txt": None,
        "out_folder": LINK_OUTSIDE, "out_link.txt": LINK_OUTSIDE, "sub/y.txt": None,
        "x.txt": None,
    }  # fmt: skip
    assert all(s.kind == "unsupported" for s in iter_sources([root]) if s.problem)


def test_a_missing_path_is_not_found(tmp_path: Path) -> None:
    (source,) = iter_sources([tmp_path / "missing.txt"])
    assert source.problem == NOT_FOUND and source.rel == "missing.txt"


def test_inputs_sharing_an_output_are_refused_by_position(tmp_path: Path) -> None:
    a = _tree(tmp_path / "a" / "sub", "x.txt")
    b = _tree(tmp_path / "b" / "sub", "x.txt", "y.txt")
    with pytest.raises(InputCollisionError) as caught:
        check_collisions(list(iter_sources([a, b])))
    assert "files number 1, 2" in caught.value.message and "sub" not in caught.value.message
    check_collisions(list(iter_sources([tmp_path / "a", tmp_path / "b"])))
