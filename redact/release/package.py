"""Sealed packages: released files and their manifest in an AES-256 encrypted zip.

WinZip AES (AE-2, 256-bit keys), which 7-Zip and the archive tools of macOS and Windows
with AES support open. The password is used here and nowhere else: it is never logged,
printed or stored; the release log records only that a package was sealed, and its hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from redact.documents.atomic import atomic_binary
from redact.errors import ReleaseLogError

#: Shortest password accepted: a package is only as strong as its password.
MIN_PASSWORD_CHARS = 12


def check_password(password: str) -> str:
    """A password long enough to seal with; the error names its length, never its value."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ReleaseLogError(
            f"package password too short: {len(password)} characters, "
            f"at least {MIN_PASSWORD_CHARS} needed"
        )
    return password


def seal_package(target: Path, files: Sequence[tuple[str, Path]], password: str) -> str:
    """Write `files` (name in the zip, path on disk) to `target`, encrypted; its SHA-256."""
    import pyzipper  # type: ignore[import-untyped]

    check_password(password)
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise ReleaseLogError("package would hold two files under the same name")
    with (
        atomic_binary(target, mode=0o600) as handle,
        pyzipper.AESZipFile(
            handle, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as archive,
    ):
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, path in files:
            archive.write(path, arcname=name)
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class PackageRequest:
    """Where to write a sealed package, and its password (never shown in a repr)."""

    target: Path
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        check_password(self.password)
