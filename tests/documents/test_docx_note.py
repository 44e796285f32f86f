"""A Word note redacted as one text and written back paragraph by paragraph, layout kept."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO

import docx
import pytest

from redact.documents.docx_note import note_text, redact_docx_note, split_redacted
from redact.findings import Action, Finding
from redact.redactor import Redactor
from redact.result import RedactionResult
from redact.transform.apply import Placed
from tests.documents.docx_note_samples import CANARIES, KEPT, layout_of, note_docx


def _all_xml(data: bytes) -> str:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_header_table_and_body_stay_in_place_and_lose_their_identifiers(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("consultation")
    source = note_docx()
    done = redact_docx_note(source, "note.docx", lambda text: redactor.redact(text, ()))
    header, rows, body = layout_of(done.output)
    before_header, before_rows, before_body = layout_of(source)
    assert len(header) == len(before_header) and len(body) == len(before_body)
    assert [r[0] for r in rows] == [r[0] for r in before_rows]  # labels stay in their cells
    assert rows[2][1] == "WIC" and "F33.1" in body[1]
    everything = _all_xml(done.output)
    assert [c for c in CANARIES if c in everything] == []
    assert [k for k in KEPT if k not in everything] == []
    assert done.original == note_text([*before_header, *(c for r in before_rows for c in r),
                                       *before_body])  # fmt: skip
    assert "\n".join([*header, *(c for r in rows for c in r), *body]) in done.result.text


def _result(text: str, spans: list[tuple[int, int, str]]) -> RedactionResult:
    """A result replacing each (start, end) of `text` by its replacement, as apply does."""
    out: list[str] = []
    placed: list[Placed] = []
    cursor = 0
    length = 0
    for start, end, replacement in spans:
        out.append(text[cursor:start])
        length += start - cursor
        finding = Finding(start, end, "PERSON", 1.0, action=Action.PLACEHOLDER)
        placed.append(Placed(finding, length, length + len(replacement)))
        out.append(replacement)
        length += len(replacement)
        cursor = end
    out.append(text[cursor:])
    return RedactionResult("".join(out), tuple(p.finding for p in placed), (), tuple(placed))


@pytest.mark.parametrize(
    ("paragraphs", "spans", "expected"),
    [
        (["Ann Lee", "called"], [(0, 7, "[PERSON]")], ["[PERSON]", "called"]),
        (["a\nb", "Ann"], [(4, 7, "[P]")], ["a\nb", "[P]"]),  # a newline inside a paragraph
        (["Dr.", "Ann Lee", "x"], [(0, 7, "[P]")], ["[P]", " Lee", "x"]),  # across paragraphs
        (["one", "two"], [(4, 7, "longer\nreplacement")], ["one", "longer\nreplacement"]),
    ],
)
def test_split_follows_the_findings_not_the_newlines(
    paragraphs: list[str], spans: list[tuple[int, int, str]], expected: list[str]
) -> None:
    text = note_text(paragraphs)
    assert split_redacted(paragraphs, text, _result(text, spans)) == expected


def test_an_appended_notice_goes_to_the_last_paragraph() -> None:
    paragraphs = ["Ann", "takes methadone"]
    text = note_text(paragraphs)
    plain = _result(text, [(0, 3, "[P]")])
    noticed = RedactionResult(plain.text + "\nNOTICE\n", plain.findings, (), plain.placed)
    assert split_redacted(paragraphs, text, noticed) == ["[P]", "takes methadone\n\nNOTICE"]


def test_a_letter_typed_line_by_line_is_read_whole_and_keeps_its_paragraphs(
    redactor_for: Callable[[str], Redactor],
) -> None:
    document = docx.Document()
    lines = [
        "Dear Mr. Haldane,",
        "We visited the family at their apartment at 2219 N",
        "Peoria Ave, Tulsa OK 74106 last week. Her cousin Anneliese",
        "Brathwaite-Okoro, who lives nearby, can be reached at (918)",
        "555-0177 on weekdays.",
    ]
    for line in lines:
        document.add_paragraph(line)
    source = BytesIO()
    document.save(source)
    redactor = redactor_for("consultation")
    done = redact_docx_note(source.getvalue(), "letter.docx", lambda t: redactor.redact(t, ()))
    everything = _all_xml(done.output)
    leaked = ["2219", "Peoria", "Anneliese", "Brathwaite", "(918)", "555-0177"]
    assert [s for s in leaked if s in everything] == []
    assert len(docx.Document(BytesIO(done.output)).paragraphs) == len(lines)
    assert done.original.startswith("Dear Mr. Haldane,\nWe visited the family at their "
                                    "apartment at 2219 N Peoria Ave")  # fmt: skip
