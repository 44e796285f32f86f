"""Keyed, consistent pseudonyms: the same person gets the same pseudonym in one release.

A pseudonym is derived from HMAC-SHA256(release key, type + normalised name), so it is the
same in every document, worker and resumed run of a release, and unlinkable across releases
with different keys. The key is never stored; the release log records its id (a hash).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

from redact.errors import PseudonymKeyError

MIN_KEY_BYTES = 16
#: Base32 characters of a pseudonym's code: 30 bits. With 4 (20 bits) a release naming a
#: thousand people and places gave two of them the same pseudonym more often than not; with
#: 6, one release in a few thousand of that size would.
CODE_LENGTH = 6
_TITLES = re.compile(
    r"\b(?:mr|mrs|ms|mx|miss|dr|prof|rev|judge|officer|det|sgt)\b\.?", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")

#: Words used in pseudonyms, by entity type; others use "Entity".
NOUNS: dict[str, str] = {
    "PERSON": "Person",
    "ORGANIZATION": "Organization",
    "LOCATION": "Place",
    "SCHOOL": "School",
    "HEALTHCARE_FACILITY": "Facility",
    "AGENCY": "Agency",
    "EMPLOYER": "Employer",
}


def normalize_name(text: str) -> str:
    """Case-, space-, title- and possessive-insensitive form of a name, for keying."""
    text = _POSSESSIVE.sub("", text)
    text = _TITLES.sub(" ", text)
    return _SPACE.sub(" ", text).strip(" .,").casefold()


@dataclass(frozen=True)
class ReleaseKey:
    """A per-release secret. Its `key_id` may be logged; the key itself never is."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) < MIN_KEY_BYTES:
            raise PseudonymKeyError(
                f"release key is {len(self.secret)} bytes; at least {MIN_KEY_BYTES} are required"
            )

    @classmethod
    def generate(cls) -> ReleaseKey:
        """A fresh random key for a new release."""
        return cls(secrets.token_bytes(32))

    @property
    def key_id(self) -> str:
        """A public identifier of the key: a hash that reveals nothing about it."""
        return hashlib.sha256(b"redact-key-id\0" + self.secret).hexdigest()[:16]

    def pseudonym(self, entity_type: str, name: str) -> str:
        """`Person K7QX2M`: stable for (key, type, normalised name)."""
        message = f"{entity_type}\0{normalize_name(name)}".encode()
        digest = hmac.new(self.secret, message, hashlib.sha256).digest()
        code = base64.b32encode(digest).decode()[:CODE_LENGTH]
        return f"{NOUNS.get(entity_type, 'Entity')} {code}"
