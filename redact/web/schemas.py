"""What the page sends: typed, bounded and strict, so a malformed request fails early.

Spans are offsets in Unicode code points into the note as sent. They are checked against
the note here, and an error names the field and the note's length, never the text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from redact.entities import ENTITY_TYPES

MAX_NOTE_CHARS = 1_000_000
MAX_SPANS = 5_000
#: A 5 MiB upload as base64.
MAX_FILE_CHARS = 7_000_000

Span = tuple[int, int]
AddedSpan = tuple[int, int, str]


class RedactRequest(BaseModel):
    """A note, the purpose it is released for, and the clinician's corrections."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(max_length=MAX_NOTE_CHARS)
    purpose: str = Field(min_length=1, max_length=100)
    subject: tuple[str, ...] = Field(default=(), max_length=20)
    keep: tuple[Span, ...] = Field(default=(), max_length=MAX_SPANS)
    add: tuple[AddedSpan, ...] = Field(default=(), max_length=MAX_SPANS)

    @model_validator(mode="after")
    def _spans_fit_the_note(self) -> RedactRequest:
        if not self.text.strip():
            raise ValueError("the note is empty")
        length = len(self.text)
        bounds = (("keep", [s[:2] for s in self.keep]), ("add", [s[:2] for s in self.add]))
        for name, spans in bounds:
            for index, (start, end) in enumerate(spans):
                if not 0 <= start < end <= length:
                    raise ValueError(f"{name}[{index}] is outside the note (length {length})")
        for index, (_, _, entity_type) in enumerate(self.add):
            if entity_type not in ENTITY_TYPES:
                raise ValueError(f"add[{index}] has an unknown entity type")
        return self


class ReleaseRequest(RedactRequest):
    """A reviewed note to release, with who gets it and under what authority."""

    actor: str = Field(min_length=1, max_length=200)
    recipient: str | None = Field(default=None, max_length=500)
    authority: str | None = Field(default=None, max_length=500)
    subject_ref: str | None = Field(default=None, max_length=200)
    #: Ask that the records be kept under seal (NASW 1.07(j)): a notice above the note.
    under_seal: bool = False


class FileReleaseRequest(ReleaseRequest):
    """A reviewed .docx, PDF or page image to release as a redacted file of its own kind.

    `text` is the note the person reviewed, as the upload gave it; the file must still read
    as exactly that text, or the corrections' spans would point at other words.
    """

    kind: Literal["docx", "pdf", "png", "jpg", "jpeg", "tif", "tiff"]
    file: str = Field(min_length=1, max_length=MAX_FILE_CHARS)
