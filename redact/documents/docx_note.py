"""One Word note redacted as one text and written back into its own layout.

`redact note` and the page show a .docx as one text: its paragraphs (headers, footers,
notes, comments, then the body with its tables), one a line, except that a paragraph
breaking inside a sentence ("... at 4410 E" | "Admiral Pl, Tulsa") is joined to the next
by a space (`docx_joins`), so the address is read whole. A person's keep or add on the
page is a span of that text, so the same text must be what is redacted. Its redaction is
then split back into paragraphs by the findings' offsets (`Placed`), never by looking for
newlines in the output: a replacement may hold a newline, and a finding may run across two
paragraphs (its replacement then goes to the first, and the second starts after it). Each
paragraph is written into its own runs (`docx_text.write_paragraph`, the batch's path), so
headers stay headers and table cells stay cells.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from redact.documents.docx import DocxPackage, docx_paragraph_texts, load_docx, redact_docx
from redact.documents.docx_joins import glue, run_on_breaks
from redact.documents.stable_zip import stable_zip
from redact.errors import RedactError
from redact.result import RedactionResult

DOCX_SUFFIX = ".docx"


@dataclass(frozen=True)
class DocxNote:
    """A redacted .docx: its bytes, the text that was redacted, the result, a manifest note."""

    output: bytes
    original: str
    result: RedactionResult
    note: str


def note_text(paragraphs: Sequence[str], joins: frozenset[int] = frozenset()) -> str:
    """The note as a person sees it: one paragraph a line, ending in one newline; a
    paragraph that runs on into the next inside a sentence (`joins`, `docx_joins`) is
    joined to it by a space (one character too, so the offsets stay those of the lines)."""
    separators = _separators(paragraphs, joins)
    return "".join(t + s for t, s in zip(paragraphs, separators, strict=True)).rstrip() + "\n"


def _separators(paragraphs: Sequence[str], joins: frozenset[int]) -> list[str]:
    """What follows each paragraph in the note's text: a newline, or its glue to the next
    where it runs on (`docx_joins.glue`); nothing after the last."""
    return [
        "" if index == len(paragraphs) - 1
        else glue(text, paragraphs[index + 1]) if index in joins
        else "\n"
        for index, text in enumerate(paragraphs)
    ]  # fmt: skip


def docx_note_text(document: DocxPackage) -> str:
    """The text of a loaded .docx as `redact note` and the page redact it."""
    texts = docx_paragraph_texts(document)
    return note_text(texts, run_on_breaks(document.paragraphs(), texts))


def _paragraph_spans(
    paragraphs: Sequence[str], text: str, joins: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Each paragraph's (start, end) in `note_text(paragraphs, joins)`, clipped to its
    stripped end."""
    limit = len(text.rstrip())
    spans: list[tuple[int, int]] = []
    cursor = 0
    for paragraph, separator in zip(paragraphs, _separators(paragraphs, joins), strict=True):
        start, end = min(cursor, limit), min(cursor + len(paragraph), limit)
        spans.append((start, end))
        cursor += len(paragraph) + len(separator)
    return spans


def _mapper(result: RedactionResult) -> Callable[[int], int]:
    """Where an offset of the original text lands in the redacted text.

    An offset inside a finding lands at the end of its replacement, so the replacement
    stays whole in the paragraph where the finding starts.
    """
    placed = sorted(result.placed, key=lambda p: p.finding.start)
    starts = [item.finding.start for item in placed]
    deltas = [0]  # deltas[i]: how much longer the output is before placed[i]
    for item in placed:
        grown = (item.out_end - item.out_start) - (item.finding.end - item.finding.start)
        deltas.append(deltas[-1] + grown)

    def out(offset: int) -> int:
        index = bisect.bisect_left(starts, offset)  # placed[:index] start before offset
        if index and placed[index - 1].finding.end > offset:
            return placed[index - 1].out_end
        return offset + deltas[index]

    return out


def with_breaks_restored(result: RedactionResult, offsets: Sequence[int]) -> RedactionResult:
    """`result` with a line break back where the original's `offsets` held a space read for
    one (a soft break, `docx_joins.soft_line_breaks`) and no finding covers it."""
    if not offsets:
        return result
    out = _mapper(result)
    covered = [(p.finding.start, p.finding.end) for p in result.placed]
    chars = list(result.text)
    for offset in offsets:
        if any(start <= offset < end for start, end in covered):
            continue
        at = out(offset)
        if at < len(chars) and chars[at] == " ":
            chars[at] = "\n"
    return dataclasses.replace(result, text="".join(chars))


def _check_offsets(original: str, result: RedactionResult) -> None:
    """The findings' replacements applied to `original` must give the redacted text."""
    pieces: list[str] = []
    cursor = 0
    for item in sorted(result.placed, key=lambda p: p.finding.start):
        pieces.append(original[cursor : item.finding.start])
        pieces.append(result.text[item.out_start : item.out_end])
        cursor = item.finding.end
    pieces.append(original[cursor:])
    if not result.text.startswith("".join(pieces).rstrip()):
        raise RedactError("findings do not map onto the document's text; nothing released")


def split_redacted(
    paragraphs: Sequence[str],
    original: str,
    result: RedactionResult,
    joins: frozenset[int] = frozenset(),
) -> list[str]:
    """The redacted text of each paragraph of `note_text(paragraphs, joins)`; what the
    redaction appended goes to the last."""
    return split_at(_paragraph_spans(paragraphs, original, joins), original, result)


def split_at(spans: Sequence[tuple[int, int]], original: str, result: RedactionResult) -> list[str]:
    """The redacted text of each (start, end) span of `original`, in order; a replacement
    over two spans goes to the first; what the redaction appended goes to the last. Raises
    `RedactError` if the findings do not map onto `original`."""
    _check_offsets(original, result)
    out = _mapper(result)
    parts: list[str] = []
    for index, (start, end) in enumerate(spans):
        begin = out(start)
        if index == len(spans) - 1:
            parts.append(result.text[begin:].rstrip("\n"))
        else:
            parts.append(result.text[begin : max(out(end), begin)])
    return parts


def redact_docx_note(
    data: bytes, name: str, redact_text: Callable[[str], RedactionResult]
) -> DocxNote:
    """Load, redact as one text (`redact_text`), write back paragraph by paragraph."""
    document = load_docx(data, name)
    captured: list[tuple[str, RedactionResult]] = []

    def redact_texts(texts: list[str], joins: frozenset[int]) -> list[str]:
        original = note_text(texts, joins)
        result = redact_text(original)
        captured.append((original, result))
        return split_redacted(texts, original, result, joins)

    output = stable_zip(redact_docx(document, redact_texts))
    original, result = captured[0]
    count = document.removed_objects
    plural = "s" if count != 1 else ""
    note = f"{count} embedded object{plural}/image{plural} removed" if count else ""
    return DocxNote(output, original, result, note)


__all__ = ["DOCX_SUFFIX", "DocxNote", "docx_note_text", "note_text", "redact_docx_note",
           "split_at", "split_redacted", "with_breaks_restored"]  # fmt: skip
