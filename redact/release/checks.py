"""Field checks for release records: fail closed, and never echo a value.

A caller that passes document text where a hash belongs must get an error that names the
field and its length, not the text: the message travels into logs and terminals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from redact.errors import ReleaseLogError
from redact.release.frozen import FrozenMap

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
#: A fingerprint's spelling: a scheme tag, then base64 of packed 64-bit hashes.
_FINGERPRINT = re.compile(r"[a-z0-9]{1,16}:[A-Za-z0-9+/]*={0,2}")
#: Longest fingerprint accepted (a bounded sample of hashes, base64): about 90 KB.
FINGERPRINT_MAX_CHARS = 90_000

#: Value types allowed in `extra`; floats are left out so canonical JSON stays exact.
ExtraValue = str | int | bool | None


def text(field: str, value: object) -> str:
    """A required, non-empty string that encodes as UTF-8."""
    if not isinstance(value, str) or not value:
        raise ReleaseLogError(f"field '{field}' must be a non-empty string")
    _encodable(field, value)
    return value


def optional_text(field: str, value: object) -> str | None:
    """None, or a non-empty string."""
    return None if value is None else text(field, value)


def sha256_hex(field: str, value: object) -> str:
    """A lowercase hex SHA-256 digest (64 characters)."""
    if not isinstance(value, str) or _SHA256_HEX.fullmatch(value) is None:
        length = len(value) if isinstance(value, str) else 0
        raise ReleaseLogError(
            f"field '{field}' must be a lowercase hex SHA-256 digest (64 characters, got {length})"
        )
    return value


def counts(field: str, value: object) -> FrozenMap[int]:
    """Entity type -> non-negative count."""
    if not isinstance(value, Mapping):
        raise ReleaseLogError(f"field '{field}' must be a mapping of entity type to count")
    for key, number in value.items():
        text(f"{field} key", key)
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise ReleaseLogError(f"field '{field}' has a count that is not a non-negative int")
    return FrozenMap(value)


def fingerprint(field: str, value: object) -> str | None:
    """None, or `scheme:base64` of at most `FINGERPRINT_MAX_CHARS` characters."""
    if value is None:
        return None
    if (
        not isinstance(value, str)
        or len(value) > FINGERPRINT_MAX_CHARS
        or _FINGERPRINT.fullmatch(value) is None
    ):
        length = len(value) if isinstance(value, str) else 0
        raise ReleaseLogError(
            f"field '{field}' must be 'scheme:base64' of at most {FINGERPRINT_MAX_CHARS} "
            f"characters (got {length})"
        )
    return value


def extra(field: str, value: object) -> FrozenMap[ExtraValue]:
    """Name -> str, int, bool or None."""
    if not isinstance(value, Mapping):
        raise ReleaseLogError(f"field '{field}' must be a mapping")
    for key, item in value.items():
        text(f"{field} key", key)
        if item is not None and not isinstance(item, str | int | bool):
            raise ReleaseLogError(
                f"field '{field}' has a value of type {type(item).__name__}; "
                "allowed: str, int, bool, None"
            )
        if isinstance(item, str):
            _encodable(field, item)
    return FrozenMap(value)


def texts(field: str, value: object) -> tuple[str, ...]:
    """A sequence of strings, as a tuple (a lone string is refused, not split)."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ReleaseLogError(f"field '{field}' must be a sequence of strings")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ReleaseLogError(f"field '{field}' must contain only strings")
        _encodable(field, item)
    return items


def positive_id(field: str, value: object) -> int:
    """An entry id: an int >= 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ReleaseLogError(f"field '{field}' must be an int >= 1")
    return value


def utc_time(field: str, value: object) -> str:
    """An ISO-8601 timestamp with a UTC offset, kept exactly as given (it is hashed)."""
    checked = text(field, value)
    try:
        parsed = datetime.fromisoformat(checked)
    except ValueError:
        raise ReleaseLogError(f"field '{field}' is not an ISO-8601 timestamp") from None
    if parsed.utcoffset() != timedelta(0):
        raise ReleaseLogError(f"field '{field}' must be in UTC")
    return checked


def _encodable(field: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ReleaseLogError(f"field '{field}' is not valid UTF-8 text") from None
