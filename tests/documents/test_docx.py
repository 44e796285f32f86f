"""Word documents: read strictly, redacted paragraph by paragraph, still valid."""

from __future__ import annotations

import io

import docx
import pytest

from redact.documents.docx import docx_paragraph_texts, load_docx, redact_docx
from redact.errors import DocumentReadError
from tests.pipelines.conftest import docx_bytes


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"not a zip at all", "not a valid .docx"),
        (b"PK\x03\x04junk", "not a valid"),
    ],
)
def test_unreadable_docx_is_an_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentReadError, match=reason) as caught:
        load_docx(data, "letters/x.docx")
    assert "letters/x.docx" in str(caught.value)


def test_paragraphs_tables_are_read_and_rewritten() -> None:
    data = docx_bytes(["Dear Ms. Okafor,", "Regards"], [["Name", "Ada Okafor"]])
    document = load_docx(data, "x.docx")
    texts = docx_paragraph_texts(document)
    assert texts[:2] == ["Dear Ms. Okafor,", "Regards"] and "Ada Okafor" in texts
    out = redact_docx(document, lambda ts: [t.replace("Okafor", "[PERSON]") for t in ts])
    reread = docx.Document(io.BytesIO(out))
    assert reread.paragraphs[0].text == "Dear Ms. [PERSON],"
    assert reread.tables[0].cell(0, 1).text == "Ada [PERSON]"


def test_text_split_across_runs_is_replaced_whole() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Met Ok")
    paragraph.add_run("afor today").bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = load_docx(buffer.getvalue(), "x.docx")
    out = redact_docx(loaded, lambda ts: [t.replace("Okafor", "[PERSON]") for t in ts])
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "Met [PERSON] today"
