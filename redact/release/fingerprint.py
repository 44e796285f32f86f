"""Fingerprints of released text, to trace a leaked copy back to its release.

Only the *released* (already redacted) text is ever fingerprinted: removed text never
reaches this module, so it cannot be recovered from a fingerprint. The released text is not
kept either: words are lower-cased and split on anything that is not a letter or digit
(line breaks, punctuation and spacing do not matter), each run of `SHINGLE` words is hashed
(64-bit BLAKE2b, tagged with the scheme), and winnowing (Schleimer, Wilkerson and Aiken
2003) keeps the smallest hash of every `WINDOW` consecutive ones. Any passage of at least
SHINGLE + WINDOW - 1 words shared by two texts gives them a common hash, so an excerpt or
a re-flowed copy still matches. Large documents keep only their `MAX_HASHES` smallest
winnowed hashes (a bottom-k sample): membership below the sample's largest hash stays
exact, which is what `similarity` compares over.

Spelled `wnw1:<base64>` (every hash kept) or `wnw1b:<base64>` (bottom-k sample) of the
sorted hashes as big-endian 64-bit integers.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 5
WINDOW = 4
MAX_HASHES = 8192
SCHEME = "wnw1"
SAMPLED = "wnw1b"
_WORD = re.compile(r"[^\W_]+")
_PERSON = b"redact-wnw1"
_ALL = (1 << 64) - 1


def words(text: str) -> list[str]:
    """The words a fingerprint is made of: letters and digits, lower-cased."""
    return _WORD.findall(text.lower())


def _shingle_hash(shingle: Iterable[str]) -> int:
    data = " ".join(shingle).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8, person=_PERSON).digest(), "big")


class Fingerprinter:
    """Winnow a text fed in pieces (a table's cells, a document's paragraphs), in order."""

    def __init__(self) -> None:
        self._words: deque[str] = deque(maxlen=SHINGLE)
        self._window: deque[tuple[int, int]] = deque()  # (position, hash), increasing hash
        self._position = 0
        self._chosen: set[int] = set()
        self._sampled = False

    def update(self, text: str) -> None:
        """Add the next piece of text; shingles run on across pieces."""
        for word in words(text):
            self._words.append(word)
            if len(self._words) == SHINGLE:
                self._add(_shingle_hash(self._words))

    def _add(self, value: int) -> None:
        # Robust winnowing: the window's minimum, the rightmost one on a tie.
        position = self._position
        self._position += 1
        while self._window and self._window[-1][1] >= value:
            self._window.pop()
        self._window.append((position, value))
        while self._window[0][0] <= position - WINDOW:
            self._window.popleft()
        if position >= WINDOW - 1 or self._window[0][0] == position:
            self._chosen.add(self._window[0][1])
        if len(self._chosen) > 2 * MAX_HASHES:
            self._chosen = set(sorted(self._chosen)[:MAX_HASHES])
            self._sampled = True

    def finish(self) -> Fingerprint:
        """The fingerprint of everything fed so far (a short text gets its one shingle)."""
        chosen = set(self._chosen)
        if not chosen and self._words:
            chosen.add(_shingle_hash(self._words))
        hashes = sorted(chosen)
        sampled = self._sampled or len(hashes) > MAX_HASHES
        return Fingerprint(frozenset(hashes[:MAX_HASHES]), sampled)


@dataclass(frozen=True)
class Fingerprint:
    """A set of winnowed shingle hashes; `sampled` if only the smallest were kept."""

    hashes: frozenset[int]
    sampled: bool = False

    @property
    def bound(self) -> int:
        """Every hash of the text up to this value is in `hashes`."""
        return max(self.hashes) if self.sampled and self.hashes else _ALL

    def encode(self) -> str:
        """`wnw1:` or `wnw1b:` and base64 of the sorted hashes."""
        packed = b"".join(value.to_bytes(8, "big") for value in sorted(self.hashes))
        tag = SAMPLED if self.sampled else SCHEME
        return f"{tag}:{base64.b64encode(packed).decode('ascii')}"

    @classmethod
    def decode(cls, spelled: str) -> Fingerprint | None:
        """A stored fingerprint, or None for an unknown scheme or a damaged spelling."""
        tag, _, body = spelled.partition(":")
        if tag not in (SCHEME, SAMPLED):
            return None
        try:
            packed = base64.b64decode(body, validate=True)
        except ValueError:
            return None
        if len(packed) % 8:
            return None
        hashes = frozenset(
            int.from_bytes(packed[i : i + 8], "big") for i in range(0, len(packed), 8)
        )
        return cls(hashes, tag == SAMPLED)


def fingerprint_text(text: str) -> Fingerprint:
    """The fingerprint of one released text."""
    printer = Fingerprinter()
    printer.update(text)
    return printer.finish()


@dataclass(frozen=True)
class Similarity:
    """How much two fingerprints share: `score` in [0, 1] over `compared` hashes."""

    score: float
    shared: int
    compared: int


def similarity(found: Fingerprint, released: Fingerprint) -> Similarity:
    """The overlap coefficient |A ∩ B| / min(|A|, |B|), over hashes both sides hold in full.

    An excerpt of a release scores near 1, and so does a leaked file that bundles the
    release with other text; unrelated texts share almost nothing.
    """
    bound = min(found.bound, released.bound)
    mine = {h for h in found.hashes if h <= bound}
    theirs = {h for h in released.hashes if h <= bound}
    compared = min(len(mine), len(theirs))
    if compared == 0:
        return Similarity(0.0, 0, 0)
    shared = len(mine & theirs)
    return Similarity(shared / compared, shared, compared)
