"""An on-disk cache of the word lists we derive from installed packages.

Building the lists (wordfreq's English table, Faker's names of every locale) takes longer
than loading the spaCy model, and `redact note` pays it on every start. The lists depend
only on the installed versions of those packages and on how we derive them, so the first
run writes them to a cache file named by those versions and later runs read it back with
`marshal` (tens of milliseconds). Nothing is downloaded: the cache holds what the
installed packages already ship, and only public word lists, never text from a record.

The cache is an optimisation and never a dependency: a missing, unreadable, corrupt or
unwritable cache means the lists are built in memory as before. `REDACT_CACHE_DIR` moves
it; `REDACT_CACHE_DIR=off` turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Bump when the way a list is derived changes, so old cache files are not read.
DERIVATION_VERSION = "1"


def cache_dir() -> Path | None:
    """Where cache files live, or None when caching is turned off."""
    configured = os.environ.get("REDACT_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redact"


def cache_key(name: str, packages: tuple[str, ...], extra: str = "") -> str:
    """A file name for list `name` built from `packages` at their installed versions."""
    versions = []
    for package in packages:
        try:
            versions.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            versions.append(f"{package}=?")
    digest = hashlib.sha256("|".join([DERIVATION_VERSION, extra, *versions]).encode())
    return f"{name}-{digest.hexdigest()[:16]}.marshal"


def cached(name: str, packages: tuple[str, ...], build: Callable[[], T], extra: str = "") -> T:
    """The value `build()` returns, read from the cache when a matching file is there."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / cache_key(name, packages, extra)
    try:
        with path.open("rb") as handle:
            value: T = marshal.load(handle)
        return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    """Write atomically; any failure leaves no file behind and is not an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            marshal.dump(value, handle)  # type: ignore[arg-type]
        os.replace(temporary, path)
    except (OSError, ValueError):
        Path(temporary).unlink(missing_ok=True)
