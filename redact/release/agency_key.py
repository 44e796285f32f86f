"""The agency key: a secret that makes the release log's chain keyed.

A plain hash chain shows that no entry was edited in place, but anyone who can write the
log can edit an entry and recompute every hash after it, or cut entries off the end. With
an agency key, each entry's hash is an HMAC under the key, and a seal of the log's end
(how many entries, and the last one's hash) is kept under the key as well: without the key
neither can be made again, so `verify --key` detects a recomputed chain, a cut tail and an
emptied log. The key lives in a file outside the log's folder (a copy of the log's folder
must not carry its own key), named by `$REDACT_LOG_KEY` or `redact log verify --key`.
Only its id (a hash prefix) is stored in the log.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from redact.errors import ReleaseLogError

KEY_ENV_VAR: Final = "REDACT_LOG_KEY"
KEY_BYTES: Final = 32


@dataclass(frozen=True)
class AgencyKey:
    """The secret of the agency key (never shown) and its public id."""

    secret: bytes = field(repr=False)

    @property
    def key_id(self) -> str:
        """A public name for the key: the first 16 hex digits of the SHA-256 of a label+key."""
        return hashlib.sha256(b"redact-agency-key:" + self.secret).hexdigest()[:16]

    def mac(self, message: str) -> str:
        """HMAC-SHA256 of `message` (UTF-8) under the key, lowercase hex."""
        return hmac.new(self.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def load_agency_key(path: str | Path, log_path: Path | None = None) -> AgencyKey:
    """The key in `path` (hex); refused when short, unreadable or inside the log's folder."""
    key_path = Path(path).expanduser()
    if log_path is not None and key_path.resolve().parent == log_path.resolve().parent:
        raise ReleaseLogError(
            f"agency key {key_path} is in the release log's folder: keep it elsewhere, "
            "so that a copy of the log does not carry its key"
        )
    try:
        text = key_path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseLogError(f"cannot read agency key {key_path}: {type(exc).__name__}") from None
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        raise ReleaseLogError(f"agency key {key_path} is not hexadecimal") from None
    if len(secret) < KEY_BYTES:
        raise ReleaseLogError(
            f"agency key {key_path} holds {len(secret)} bytes; at least {KEY_BYTES} are needed"
        )
    return AgencyKey(secret)


def key_from_environment(log_path: Path | None = None) -> AgencyKey | None:
    """The key named by `$REDACT_LOG_KEY`, or None when it is not set."""
    configured = os.environ.get(KEY_ENV_VAR, "")
    return load_agency_key(configured, log_path) if configured else None


def write_new_key(path: str | Path) -> AgencyKey:
    """Create a new random key in `path` (owner-only); an existing file is never replaced."""
    key_path = Path(path).expanduser()
    secret = secrets.token_bytes(KEY_BYTES)
    try:
        descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ReleaseLogError(f"{key_path} exists: an agency key is never replaced") from None
    except OSError as exc:
        raise ReleaseLogError(f"cannot create agency key {key_path}: {exc.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(secret.hex() + "\n")
    return AgencyKey(secret)


def end_seal(key: AgencyKey, entries: int, last_hash: str) -> str:
    """The keyed seal of a log's end: how many entries it holds and the last one's hash."""
    return key.mac(f"redact-log-end:{entries}:{last_hash}")
