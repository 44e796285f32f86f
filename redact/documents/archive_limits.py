"""Limits a zip container (a .docx) must meet before any of it is parsed.

A small .docx can unpack into gigabytes, or into a million parts: the zip's central
directory says how large each part is and how many there are, so both are checked before
a single byte is decompressed. Errors name the file's label and the numbers, never content.
"""

from __future__ import annotations

import io
import zipfile
from typing import Final

from redact.errors import DocumentReadError

#: Far above any real record (a 300-page report with images is ~20 MB unpacked).
MAX_UNCOMPRESSED_BYTES: Final = 100 * 1024 * 1024
MAX_PARTS: Final = 2_000
#: A part that unpacks to more than this many times its packed size is a bomb, not a record.
MAX_RATIO: Final = 200


def check_zip_limits(
    data: bytes,
    label: str,
    max_bytes: int = MAX_UNCOMPRESSED_BYTES,
    max_parts: int = MAX_PARTS,
) -> None:
    """Raise `DocumentReadError` if the zip in `data` is too large or too many parts unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentReadError(f"cannot read {label}: not a valid .docx (not a zip)") from None
    if len(infos) > max_parts:
        raise DocumentReadError(
            f"cannot read {label}: {len(infos)} parts (the limit is {max_parts})"
        )
    total = sum(info.file_size for info in infos)
    if total > max_bytes:
        raise DocumentReadError(
            f"cannot read {label}: {total // (1024 * 1024)} MiB unpacked "
            f"(the limit is {max_bytes // (1024 * 1024)} MiB)"
        )
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentReadError(
                f"cannot read {label}: a part unpacks to {info.file_size // info.compress_size}"
                f" times its size (the limit is {MAX_RATIO})"
            )
