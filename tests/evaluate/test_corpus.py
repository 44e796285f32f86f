"""Reading gold corpora: lazily, strictly, and without carrying span text; field filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redact.errors import DocumentReadError
from redact.evaluate.corpus import (
    GoldDocument,
    GoldSpan,
    parse_document,
    parse_where,
    read_corpus,
    span_matches,
)

SECRET = "Maria Alvarez"


def _line(**overrides: object) -> str:
    record: dict[str, object] = {
        "id": "d1",
        "text": f"Met {SECRET} today.",
        "spans": [{"start": 4, "end": 17, "label": "PERSON", "text": SECRET, "kind": "DIRECT"}],
        "source": "reddit",
        "profile": {"First Name": "Maria"},
    }
    record.update(overrides)
    return json.dumps(record)


def test_a_line_becomes_a_frozen_document_without_span_text_or_nested_fields() -> None:
    document = parse_document(_line(), "gold.jsonl line 1")
    assert document == GoldDocument(
        "d1",
        f"Met {SECRET} today.",
        (GoldSpan(4, 17, "PERSON", (("kind", "DIRECT"),)),),
        (("source", "reddit"),),
    )
    assert SECRET not in repr(document.spans)


@pytest.mark.parametrize(
    ("subject", "names"),
    [
        (["Maria Alvarez", "Mari", " "], ("Maria Alvarez", "Mari")),
        ({"names": ["Maria Alvarez"], "client_id": "683705"}, ("Maria Alvarez",)),  # sample_data
        (None, ()),
    ],
)
def test_the_subject_names_are_read_for_the_redactor(subject: object, names: tuple[str]) -> None:
    document = parse_document(_line(subject=subject), "gold.jsonl line 1")
    assert document.subject == names
    assert ("subject", "Maria Alvarez") not in document.fields


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "gold.jsonl line 7: not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        (_line(text=None), "field 'text' is missing"),
        (_line(spans=None), "field 'spans' is missing"),
        (_line(id=None), "field 'id' is missing"),
        (_line(spans=["x"]), "span 0: a span is not an object"),
        (_line(spans=[{"start": 0, "end": 3}]), "span 0: a span needs integer start/end"),
        (_line(spans=[{"start": 4, "end": 99, "label": "P"}]), "span offsets 4..99 outside"),
        (_line(spans=[{"start": 5, "end": 5, "label": "P"}]), "span offsets 5..5 outside"),
        (_line(subject="Maria Alvarez"), "field 'subject' must be a list of names"),
    ],
)
def test_malformed_lines_are_errors_that_name_the_line_not_the_text(
    line: str, message: str
) -> None:
    with pytest.raises(DocumentReadError, match="R004") as caught:
        parse_document(line, "gold.jsonl line 7")
    assert message in str(caught.value)
    assert "Maria" not in str(caught.value)


def test_read_corpus_streams_skips_blank_lines_and_stops_at_limit(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(f"{_line(id='a')}\n\n{_line(id='b')}\n{_line(id='c')}\n", encoding="utf-8")
    assert [d.id for d in read_corpus(path)] == ["a", "b", "c"]
    assert [d.id for d in read_corpus(path, limit=2)] == ["a", "b"]


def test_a_missing_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="cannot read"):
        next(read_corpus(tmp_path / "absent.jsonl"))


@pytest.mark.parametrize(
    ("items", "parsed"),
    [
        ([], {}),
        (["identifier_type=DIRECT,QUASI"], {"identifier_type": {"DIRECT", "QUASI"}}),
        (["a=1,2", "a=2,3"], {"a": {"2"}}),  # repeating a field narrows
        ([" a = 1 , 2 "], {"a": {"1", "2"}}),
    ],
)
def test_parse_where(items: list[str], parsed: dict[str, set[str]]) -> None:
    assert parse_where(items) == parsed


@pytest.mark.parametrize("item", ["identifier_type", "=DIRECT", "identifier_type=", "a=,"])
def test_parse_where_refuses_malformed_filters(item: str) -> None:
    with pytest.raises(ValueError, match="expected FIELD=V1,V2"):
        parse_where([item])


DOC = GoldDocument("d", "x" * 20, (), (("source", "reddit"), ("kind", "doc-level")))
SPAN = GoldSpan(0, 5, "PERSON", (("kind", "DIRECT"),))


@pytest.mark.parametrize(
    ("labels", "where", "matches"),
    [
        (None, None, True),
        (["PERSON"], None, True),
        (["LOC"], None, False),
        (None, {"kind": {"DIRECT", "QUASI"}}, True),
        (None, {"kind": {"QUASI"}}, False),
        (None, {"kind": {"doc-level"}}, False),  # the span's own field wins
        (None, {"source": {"reddit"}}, True),  # else the document's
        (None, {"source": {"reddit"}, "kind": {"QUASI"}}, False),  # filters combine with AND
        (None, {"absent": {"x"}}, False),
    ],
)
def test_span_matches(
    labels: list[str] | None, where: dict[str, set[str]] | None, matches: bool
) -> None:
    assert span_matches(SPAN, DOC, labels, where) is matches
