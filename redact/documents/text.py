"""Plain-text notes (.txt, .md): read strictly as UTF-8, or not at all.

A note we cannot decode is an error, never a best-effort guess: a mis-decoded name is one
the detector will miss. Invisible format characters are taken out (`invisible`): a soft
hyphen inside a name hid it from the detector.
"""

from __future__ import annotations

from redact.documents.invisible import visible
from redact.errors import DocumentReadError


def decode_note(data: bytes, name: str) -> str:
    """Decode a note's bytes, refusing binary, non-UTF-8 and empty content."""
    if b"\x00" in data:
        raise DocumentReadError(f"cannot read {name}: it looks like a binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentReadError(
            f"cannot read {name}: not valid UTF-8 (byte offset {exc.start})"
        ) from None
    if not text.strip():
        raise DocumentReadError(f"cannot read {name}: it is empty")
    return visible(text)
