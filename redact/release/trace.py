"""Trace a found document (a leaked copy, a re-typed excerpt) to the release it came from.

An identical copy matches a document's output hash exactly. Anything else is compared by
fingerprint (`fingerprint`): a copy with changed line breaks or punctuation, an excerpt, or
a file that bundles a release with other text still shares most of its winnowed hashes.
Only the found text and the log are read; no released text is needed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redact.documents.docx import docx_paragraph_texts, load_docx
from redact.documents.text import decode_note
from redact.errors import DocumentReadError
from redact.release.fingerprint import Fingerprint, fingerprint_text, similarity
from redact.release.records import ReleaseEntry

#: Below this score a document is not reported as a likely source.
MIN_SCORE = 0.3
#: A fingerprint match needs at least this many shared hashes (a few common phrases are not
#: evidence).
MIN_SHARED = 3


@dataclass(frozen=True)
class Found:
    """A found document: its bytes (for the exact match) and its text."""

    name: str
    data: bytes
    text: str


@dataclass(frozen=True)
class TraceMatch:
    """A release document the found one most likely came from."""

    release_id: int
    time: str
    purpose: str
    recipient: str | None
    doc_id: str
    score: float
    exact: bool
    shared: int
    compared: int


def read_found(path: Path) -> Found:
    """Read a .docx's paragraphs, or any other file as UTF-8 text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentReadError(f"cannot read {path}: {exc.strerror}") from None
    return found_from_bytes(str(path), data, docx=path.suffix.lower() == ".docx")


def found_from_bytes(name: str, data: bytes, *, docx: bool = False) -> Found:
    """A found document from its bytes."""
    if docx:
        text = "\n".join(docx_paragraph_texts(load_docx(data, name)))
    else:
        text = decode_note(data, name)
    return Found(name, data, text)


def _digests(found: Found) -> set[str]:
    variants = {found.data, found.text.encode("utf-8"), found.text.rstrip("\r\n").encode("utf-8")}
    return {hashlib.sha256(v).hexdigest() for v in variants}


def trace(
    entries: Iterable[ReleaseEntry], found: Found, *, min_score: float = MIN_SCORE, limit: int = 5
) -> list[TraceMatch]:
    """The best-matching released documents, best first: exact copies, then by score."""
    digests = _digests(found)
    mine = fingerprint_text(found.text)
    matches: list[TraceMatch] = []
    for entry in entries:
        for doc in entry.documents:
            exact = doc.output_sha256 in digests
            stored = Fingerprint.decode(doc.fingerprint) if doc.fingerprint else None
            sim = similarity(mine, stored) if stored is not None else None
            shared, compared = (sim.shared, sim.compared) if sim else (0, 0)
            score = 1.0 if exact else (sim.score if sim else 0.0)
            if not exact and (score < min_score or shared < MIN_SHARED):
                continue
            matches.append(
                TraceMatch(entry.id, entry.time, entry.purpose, entry.recipient, doc.doc_id,
                           score, exact, shared, compared)
            )  # fmt: skip
    matches.sort(key=lambda m: (not m.exact, -m.score, -m.shared, m.release_id))
    return matches[:limit]
