"""Atomic writes: a temporary file in the same folder, renamed over the target when complete.

A crash or a kill leaves either the old file or no file, never a half-written one that looks
like a finished release.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(target: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path next to `target`; rename it to `target` if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, mode)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_text(target: Path, mode: int = 0o644) -> Iterator[IO[str]]:
    """A text handle on a temporary file that becomes `target` only if the block succeeds."""
    with atomic_path(target, mode) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        yield handle


@contextlib.contextmanager
def atomic_binary(target: Path, mode: int = 0o644) -> Iterator[IO[bytes]]:
    """A binary handle on a temporary file that becomes `target` only if the block succeeds."""
    with atomic_path(target, mode) as temp, temp.open("wb") as handle:
        yield handle


def write_text_atomic(target: Path, text: str, mode: int = 0o644) -> None:
    """Write a whole text file atomically."""
    with atomic_path(target, mode) as temp:
        temp.write_text(text, encoding="utf-8", newline="")


def write_bytes_atomic(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Write a whole binary file atomically."""
    with atomic_path(target, mode) as temp:
        temp.write_bytes(data)
