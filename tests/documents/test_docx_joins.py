"""Paragraph breaks of a .docx inside a sentence are told from headings, list items, cells."""

from __future__ import annotations

import io

import docx
import pytest

from redact.documents.docx import load_docx
from redact.documents.docx_joins import glue, run_on_breaks
from redact.documents.docx_text import paragraph_text


def _breaks(document: docx.document.Document) -> list[tuple[str, str]]:
    """The (end, start) of each pair of paragraphs the loaded document reads as one."""
    out = io.BytesIO()
    document.save(out)
    package = load_docx(out.getvalue(), "letter.docx")
    paragraphs = package.paragraphs()
    texts = [paragraph_text(p) for p in paragraphs]
    return [(texts[i], texts[i + 1]) for i in sorted(run_on_breaks(paragraphs, texts))]


def test_a_letter_typed_line_by_line_runs_on_where_its_sentences_do() -> None:
    document = docx.Document()
    for text in [
        "Dear Mr. Haldane,",
        "I visited the family at their home at 4410 E",
        "Admiral Pl, Tulsa OK on Tuesday. The mother, Marisol",
        "Ybarra-Nunez, was present.",
        "Sincerely,",
    ]:
        document.add_paragraph(text)
    assert _breaks(document) == [
        ("I visited the family at their home at 4410 E", "Admiral Pl, Tulsa OK on Tuesday. "
         "The mother, Marisol"),
        ("Admiral Pl, Tulsa OK on Tuesday. The mother, Marisol", "Ybarra-Nunez, was present."),
    ]  # fmt: skip


def test_headings_list_items_and_a_blank_paragraph_between_end_the_sentence() -> None:
    document = docx.Document()
    document.add_heading("Family background and household members", level=1)
    document.add_paragraph("Maria has lived in the apartment with her two sons since")
    document.add_paragraph("")
    document.add_paragraph("March, when the lease was signed by both parents.")
    document.add_paragraph("Calls made by the worker this week to the", style="List Bullet")
    document.add_paragraph("School counsellor about attendance.", style="List Bullet")
    bold = document.add_paragraph().add_run("Safety plan")
    bold.bold = True
    document.add_paragraph("Mother agrees to call the crisis line when needed.")
    assert _breaks(document) == []


def test_paragraphs_of_two_cells_never_run_on_and_those_of_one_cell_do() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Grandmother Philomena"
    table.cell(0, 0).add_paragraph("Okonkwo-Baptiste lives with the family at the")
    table.cell(0, 1).text = "corner of Peoria and Pine."
    assert _breaks(document) == [
        ("Grandmother Philomena", "Okonkwo-Baptiste lives with the family at the")
    ]


@pytest.mark.parametrize(
    ("before", "after", "glued"),
    [
        ("grandmother, Mrs. Ybarra-", "Lindqvist, asked", ""),
        ("e-mail, marisol.ybarra@", "gmail.com, not", ""),
        ("Social Security number 531-", "44-8812 was", ""),
        ("at their home at 4410 E", "Admiral Pl, Tulsa", " "),
        ("the mother -", "who was present", " "),
    ],
)
def test_a_paragraph_ending_inside_a_token_is_glued_with_nothing(
    before: str, after: str, glued: str
) -> None:
    assert glue(before, after) == glued
