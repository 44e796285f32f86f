"""Gold corpora: JSONL, one document a line, read lazily into frozen dataclasses.

A line is `{"id", "text", "spans": [{"start", "end", "label", ...}], ...}`. Corpora run to
millions of characters, so documents are yielded one at a time, never loaded as a list.
Errors name the file, the line and the field, never a value: gold spans are identifiers.
Extra span fields (TAB's `identifier_type`) and document fields (WNUT's `source`) are kept
as strings so `--where` can filter on them; the span's own `text` and nested objects
(PANORAMA's `profile`) are dropped, so a `Span` never carries an identifier. An optional
`subject` (the names of the person a record is about, as a records request gives them) is
kept for the redactor, like the text; reports never print it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.errors import DocumentReadError

#: Field filters: a field name -> the values a span must have in it (any of them).
Where = Mapping[str, Collection[str]]

_SCALARS = (str, int, float, bool)
_SPAN_KEYS = frozenset({"start", "end", "label", "text"})
_DOC_KEYS = frozenset({"id", "text", "spans", "subject"})


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One annotated identifier: offsets, label, and its other scalar fields as strings."""

    start: int
    end: int
    label: str
    fields: tuple[tuple[str, str], ...] = ()

    def field(self, name: str) -> str | None:
        """The span's own value for `name`, or None when it has no such field."""
        return next((v for k, v in self.fields if k == name), None)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One document: id, text, every gold span, its own scalar fields, the subject's names."""

    id: str
    text: str
    spans: tuple[GoldSpan, ...]
    fields: tuple[tuple[str, str], ...] = field(default=())
    subject: tuple[str, ...] = ()

    def field(self, name: str) -> str | None:
        """The document's value for `name`, or None."""
        return next((v for k, v in self.fields if k == name), None)


def _scalar_fields(obj: Mapping[str, Any], skip: frozenset[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (k, str(v)) for k, v in sorted(obj.items()) if k not in skip and isinstance(v, _SCALARS)
    )


def _parse_span(raw: Any, text_length: int, where: str) -> GoldSpan:
    if not isinstance(raw, dict):
        raise DocumentReadError(f"{where}: a span is not an object")
    start, end, label = raw.get("start"), raw.get("end"), raw.get("label")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str)):
        raise DocumentReadError(f"{where}: a span needs integer start/end and a string label")
    if not 0 <= start < end <= text_length:
        raise DocumentReadError(
            f"{where}: span offsets {start}..{end} outside the text (length {text_length})"
        )
    return GoldSpan(start, end, label, _scalar_fields(raw, _SPAN_KEYS))


def parse_document(line: str, where: str) -> GoldDocument:
    """One JSONL line as a document; `where` ("FILE line N") prefixes every error."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentReadError(f"{where}: not valid JSON (column {exc.colno})") from None
    if not isinstance(raw, dict):
        raise DocumentReadError(f"{where}: not a JSON object")
    doc_id, text, spans = raw.get("id"), raw.get("text"), raw.get("spans")
    if not isinstance(text, str):
        raise DocumentReadError(f"{where}: field 'text' is missing or not a string")
    if not isinstance(spans, list):
        raise DocumentReadError(f"{where}: field 'spans' is missing or not a list")
    if not isinstance(doc_id, str | int):
        raise DocumentReadError(f"{where}: field 'id' is missing or not a string")
    parsed = tuple(
        sorted(
            (_parse_span(s, len(text), f"{where} span {i}") for i, s in enumerate(spans)),
            key=lambda s: (s.start, s.end),
        )
    )
    subject = _parse_subject(raw.get("subject"), where)
    return GoldDocument(str(doc_id), text, parsed, _scalar_fields(raw, _DOC_KEYS), subject)


def _parse_subject(raw: Any, where: str) -> tuple[str, ...]:
    """The optional `subject`: a list of names, or `{"names": [...]}` as sample_data has it."""
    if isinstance(raw, dict):
        raw = raw.get("names")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        raise DocumentReadError(f"{where}: field 'subject' must be a list of names")
    return tuple(n for n in raw if n.strip())


def read_corpus(path: str | Path, limit: int | None = None) -> Iterator[GoldDocument]:
    """The documents of a JSONL corpus, in file order, at most `limit`; blank lines skipped."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DocumentReadError(f"cannot read {path}: {exc.strerror}") from None
    count = 0
    with handle:
        for number, line in enumerate(handle, start=1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            yield parse_document(line, f"{path} line {number}")
            count += 1


def parse_where(items: Collection[str]) -> dict[str, frozenset[str]]:
    """`["identifier_type=DIRECT,QUASI"]` -> `{"identifier_type": {"DIRECT", "QUASI"}}`.

    The same field given twice keeps the values both allow, so repeating narrows. The error
    quotes the argument: it comes from the command line, not from a document.
    """
    filters: dict[str, frozenset[str]] = {}
    for item in items:
        name, sep, values = item.partition("=")
        allowed = frozenset(v.strip() for v in values.split(",") if v.strip())
        if not sep or not name.strip() or not allowed:
            raise ValueError(f"expected FIELD=V1,V2, got {item!r}")
        key = name.strip()
        filters[key] = filters[key] & allowed if key in filters else allowed
    return filters


def span_matches(
    span: GoldSpan,
    document: GoldDocument,
    labels: Collection[str] | None = None,
    where: Where | None = None,
) -> bool:
    """True when a span is scored: its label is wanted and every field filter allows it.

    A filter looks at the span's own field first, then its document's (so `source=twitter`
    works on WNUT); a span with neither does not match.
    """
    if labels is not None and span.label not in labels:
        return False
    for name, allowed in (where or {}).items():
        value = span.field(name)
        if value is None:
            value = document.field(name)
        if value is None or value not in allowed:
            return False
    return True
