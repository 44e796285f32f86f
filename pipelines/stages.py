"""Stage functions: one file, or one chunk of a table, in; outputs and manifest rows out.

These are the only place batch redaction happens. The local runner and the Dask runner both
call them, so the two engines cannot drift apart. They read inputs but write nothing: the
caller writes outputs atomically, in order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from pipelines.columns import chunk_kinds
from pipelines.records import (
    FAILED,
    OUT_OF_SCOPE,
    RELEASED,
    ManifestRow,
    ReviewDoc,
    format_counts,
    sha256_bytes,
    sha256_json,
)
from pipelines.review_material import review_doc
from pipelines.scope import out_of_scope_reasons
from pipelines.spec import Scope, TableOptions
from pipelines.units import Source
from redact.disclose import is_refused
from redact.documents.column_plan import TablePlan, table_plan, unknown_columns
from redact.documents.docx import load_docx, redact_docx
from redact.documents.docx_joins import glue, soft_line_breaks
from redact.documents.docx_note import split_at, with_breaks_restored
from redact.documents.pages import redact_pages
from redact.documents.stable_zip import stable_zip
from redact.documents.text import decode_note
from redact.errors import RedactError
from redact.frame import is_missing, redact_cells, split_subjects, with_cells
from redact.policy.columns import ColumnAction, refuses_unknown
from redact.result import RedactionResult
from redact.transform.columns import govern_frame

if TYPE_CHECKING:
    from redact.redactor import Redactor

#: Joins a .docx's paragraphs into one text, so a name found in one is found in all.
PARAGRAPH_SEPARATOR = "\n\u2029\n"


@dataclass(frozen=True)
class FileOutcome:
    """A processed file: its manifest row, output bytes (None if failed), review material."""

    row: ManifestRow
    output: bytes | None
    review: ReviewDoc | None


@dataclass(frozen=True)
class ChunkOutcome:
    """A processed chunk: a manifest row per input row, the released rows, review material.

    `failure` is set (and nothing else is) when the chunk could not be processed at all.
    """

    rows: tuple[ManifestRow, ...]
    frame: pd.DataFrame
    review: tuple[ReviewDoc, ...]
    failure: str | None = None


def _failed(source: Source, reason: str, data: bytes | None = None) -> FileOutcome:
    digest = sha256_bytes(data) if data else ""
    return FileOutcome(
        ManifestRow(source.rel, str(source.path), FAILED, reason, "", digest), None, None
    )


def _joined(
    texts: list[str], joins: frozenset[int]
) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The paragraphs as one text, a break inside a sentence read as its glue (a space, or
    nothing inside a token: `docx_joins.glue`), and a line break inside a sentence as a
    space; each paragraph's span in it, and the offsets of those line breaks."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    breaks: list[int] = []
    cursor = 0
    for index, text in enumerate(texts):
        spans.append((cursor, cursor + len(text)))
        soft = soft_line_breaks(text)
        if soft:
            breaks += [cursor + offset for offset in soft]
            chars = list(text)
            for offset in soft:
                chars[offset] = " "
            text = "".join(chars)
        separator = glue(text, texts[index + 1]) if index in joins else PARAGRAPH_SEPARATOR
        pieces += [text, separator] if index < len(texts) - 1 else [text]
        cursor += len(text) + len(separator)
    return "".join(pieces), spans, breaks


def _redact_paragraphs(
    texts: list[str], joins: frozenset[int], redactor: Redactor, subject: Sequence[str]
) -> tuple[list[str], RedactionResult, str]:
    """Redact a document's paragraphs as one text (with the text redacted); a paragraph
    break inside a sentence (`joins`) is read as a space, and so is a line break inside
    one (put back after), and the result is split back by the findings' offsets. Without
    such breaks, or if the offsets do not map, the paragraphs are joined by separators
    and split at them; per paragraph if the separators do not survive."""
    joined, spans, breaks = _joined(texts, joins)
    if joins or breaks:
        result = redactor.redact(joined, subject)
        chars = list(joined)
        for offset in breaks:
            chars[offset] = "\n"
        original = "".join(chars)  # the text as it is, its line breaks where they were
        try:
            restored = with_breaks_restored(result, breaks)
            return split_at(spans, original, restored), restored, original
        except RedactError:
            pass
    joined = PARAGRAPH_SEPARATOR.join(texts)
    result = redactor.redact(joined, subject)
    parts = result.text.split(PARAGRAPH_SEPARATOR)
    if len(parts) == len(texts) and not any("\u2029" in t for t in texts):
        return parts, result, joined
    results = list(redactor.redact_pairs((t, tuple(subject)) for t in texts))
    merged = RedactionResult(
        PARAGRAPH_SEPARATOR.join(r.text for r in results),
        tuple(f for r in results for f in r.findings),
        result.warnings,
        (),
        corrections=corrections_of(results),
    )
    return [r.text for r in results], merged, joined


def corrections_of(results: Sequence[RedactionResult]) -> tuple[tuple[str, int], ...]:
    """The corrections applied in several redactions (a .docx's parts), summed."""
    total: Counter[str] = Counter()
    for result in results:
        total.update(dict(result.corrections))
    return tuple(sorted(total.items()))


def removed_objects_note(count: int) -> str:
    """The manifest's note for a released .docx that lost pictures or embedded objects."""
    if not count:
        return ""
    plural = "s" if count != 1 else ""
    return f"{count} embedded object{plural}/image{plural} removed"


REFUSED = "refused: high residual risk (give --accept-risk to release it; this is logged)"


def process_file(
    redactor: Redactor,
    source: Source,
    subject: Sequence[str],
    want_review: bool,
    accept_risk: bool = False,
) -> FileOutcome:
    """Redact one .txt/.md/.docx/.pdf/image file; any failure is a `failed` row naming the cause.

    A PDF or page image is redacted as one text (pseudonyms and subject matching hold
    across its pages) and released only if its read-back check passes; pages read by OCR
    with low confidence are named in the released row's reason, for a person to check.
    """
    if source.kind == "unsupported":
        return _failed(source, f"unsupported file type '{source.path.suffix or 'none'}'")
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        return _failed(source, f"cannot read: {exc.strerror}")
    note = ""
    corrected: tuple[tuple[str, int], ...] = ()
    starts: tuple[int, ...] = ()
    try:
        if source.kind == "pages":
            pages = redact_pages(
                data, source.rel, source.path.suffix, lambda text: redactor.redact(text, subject)
            )
            output, original, result, note = pages.output, pages.original, pages.result, pages.note
            starts = pages.page_starts
        elif source.kind == "text":
            text = decode_note(data, source.rel)
            result = redactor.redact(text, subject)
            output, original = result.text.encode("utf-8"), text
        else:
            document = load_docx(data, source.rel)
            captured: list[tuple[str, RedactionResult]] = []

            def redact_texts(texts: list[str], joins: frozenset[int]) -> list[str]:
                parts, combined, joined = _redact_paragraphs(texts, joins, redactor, subject)
                captured.append((joined, combined))
                return parts

            keep_authors = redactor.policy.professionals == "keep"  # a comment's author
            output = stable_zip(redact_docx(document, redact_texts, keep_authors))
            original, result = captured[0]
            corrected = corrections_of([combined for _, combined in captured])
            note = removed_objects_note(document.removed_objects)
    except RedactError as exc:
        return _failed(source, exc.message, data)
    if is_refused(redactor, result, accept_risk):
        return _failed(source, REFUSED, data)
    row = ManifestRow(
        source.rel, str(source.path), RELEASED, note, format_counts(result.counts),
        sha256_bytes(data), sha256_bytes(output),
        format_counts(dict(corrected or result.corrections)),
    )  # fmt: skip
    # Also a document where nothing was found: what survived is what the page checks.
    review = review_doc(source.rel, original, result, starts) if want_review else None
    return FileOutcome(row, output, review)


def _row_id(
    chunk: pd.DataFrame,
    position: int,
    first_row: int,
    rel: str,
    options: TableOptions,
    table: TablePlan,
) -> str:
    """The row's id as the recipient sees it in the released table (a pseudonym where the
    policy pseudonymises ids); its position where the policy drops or blanks the column."""
    column = options.id_column
    plan = table.plan(column) if column else None
    named = plan is not None and plan.action in (
        ColumnAction.KEEP, ColumnAction.PSEUDONYM, ColumnAction.MASK
    )  # fmt: skip
    if column and named and not is_missing(chunk[column].iat[position]):
        return str(chunk[column].iat[position])
    return f"{rel}#row{first_row + position + 1}"


def _chunk_plan(redactor: Redactor, chunk: pd.DataFrame, options: TableOptions,
                table: TablePlan | None) -> TablePlan | str:  # fmt: skip
    """The table's plan, checked against this chunk; a reason string if it cannot be used."""
    if table is None:
        kinds = chunk_kinds(chunk, options)
        if unknown_columns(kinds) and refuses_unknown(redactor.policy):
            return f"column(s) of unknown kind: {', '.join(unknown_columns(kinds))}"
        table = table_plan(kinds, redactor.policy)
    unplanned = [str(c) for c in chunk.columns if table.plan(str(c)) is None]
    if unplanned:
        return f"column(s) without a kind (not in the table's first rows): {', '.join(unplanned)}"
    return table


def process_chunk(
    redactor: Redactor,
    chunk: pd.DataFrame,
    first_row: int,
    source: Source,
    options: TableOptions,
    scope: Scope,
    subject: Sequence[str],
    review_rows: int,
    accept_risk: bool = False,
    table: TablePlan | None = None,
) -> ChunkOutcome:
    """Redact one chunk of a table: scope, missing text, the text columns of the rest, and
    every other column as its plan says (`table`; inferred from this chunk when None)."""
    columns = list(options.text_columns)
    for name in [*columns, options.id_column, options.subject_column, options.date_column,
                 options.note_type_column, options.client_column]:  # fmt: skip
        if name and name not in chunk.columns:
            return ChunkOutcome((), chunk.iloc[0:0], (), f"no column '{name}'")
    planned = _chunk_plan(redactor, chunk, options, table)
    if isinstance(planned, str):
        return ChunkOutcome((), chunk.iloc[0:0], (), planned)
    subjects = [
        split_subjects(cell) for cell in chunk[options.subject_column]
    ] if options.subject_column else [tuple(subject)] * len(chunk)  # fmt: skip
    governed = govern_frame(chunk, planned.plans, redactor.key, subjects)
    excluded = out_of_scope_reasons(chunk, options, scope)
    rows: dict[int, ManifestRow] = {}
    keep: list[int] = []
    for position in range(len(chunk)):
        doc_id = _row_id(governed, position, first_row, source.rel, options, planned)
        record = {str(k): v for k, v in chunk.iloc[position].items()}
        input_hash = sha256_json(record)
        status, reason = excluded.get(position, ("", ""))
        if not status and all(is_missing(chunk[c].iat[position]) for c in columns):
            status, reason = FAILED, f"text missing in column(s) {', '.join(columns)}"
        if status:
            rows[position] = ManifestRow(doc_id, source.rel, status, reason, "", input_hash)
        else:
            keep.append(position)
            rows[position] = ManifestRow(doc_id, source.rel, RELEASED, "", "", input_hash)
    released = chunk.iloc[keep].reset_index(drop=True)
    released_governed = governed.iloc[keep].reset_index(drop=True)
    texts: dict[tuple[int, str], str] = {}
    counts: dict[int, dict[str, int]] = {}
    corrected: dict[int, Counter[str]] = {}
    reviews: list[ReviewDoc] = []
    refused: set[int] = set()
    for cell in redact_cells(
        released, planned.redacted_columns, redactor, options.subject_column, subject
    ):
        if is_refused(redactor, cell.result, accept_risk):
            refused.add(cell.row)
        texts[(cell.row, cell.column)] = cell.result.text
        row_counts = counts.setdefault(cell.row, {})
        for kind, n in cell.result.counts.items():
            row_counts[kind] = row_counts.get(kind, 0) + n
        if cell.result.corrections:
            corrected.setdefault(cell.row, Counter()).update(dict(cell.result.corrections))
        if len(reviews) < review_rows:
            doc_id = rows[keep[cell.row]].doc_id
            if options.id_column and not is_missing(released[options.id_column].iat[cell.row]):
                agency_id = str(released[options.id_column].iat[cell.row])  # owner-only page
                doc_id = doc_id if agency_id == doc_id else f"{doc_id} = {agency_id}"
            original = str(released[cell.column].iat[cell.row])
            reviews.append(review_doc(f"{doc_id} [{cell.column}]", original, cell.result))
    if refused:
        for index in sorted(refused):
            row = rows[keep[index]]
            rows[keep[index]] = ManifestRow(
                row.doc_id, row.source, FAILED, REFUSED, "", row.input_sha256
            )
        kept = [i for i in range(len(keep)) if i not in refused]
        released = released.iloc[kept].reset_index(drop=True)
        released_governed = released_governed.iloc[kept].reset_index(drop=True)
        texts = {(kept.index(r), c): t for (r, c), t in texts.items() if r not in refused}
        counts = {kept.index(r): v for r, v in counts.items() if r not in refused}
        corrected = {kept.index(r): v for r, v in corrected.items() if r not in refused}
        keep = [keep[i] for i in kept]
    out = with_cells(released_governed, texts)
    for index, position in enumerate(keep):
        record = {str(k): v for k, v in out.iloc[index].items()}
        row = rows[position]
        rows[position] = ManifestRow(
            row.doc_id, row.source, RELEASED, "", format_counts(counts.get(index, {})),
            row.input_sha256, sha256_json(record), format_counts(corrected.get(index, {})),
        )  # fmt: skip
    ordered = tuple(rows[p] for p in range(len(chunk)))
    return ChunkOutcome(ordered, out, tuple(reviews))


__all__ = ["OUT_OF_SCOPE", "ChunkOutcome", "FileOutcome", "process_chunk", "process_file"]
