"""Invisible format characters inside a name no longer hide it from the detector."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from pipelines.stages import process_file
from pipelines.units import Source
from redact import Redactor
from redact.documents.invisible import visible

#: A neighbour's name split by a soft hyphen, a zero-width space and a word joiner.
SPLIT = "Her neighbour Leo\u00adpold Var\u200bga-Whit\u2060combe called on Monday."


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (SPLIT, "Her neighbour Leopold Varga-Whitcombe called on Monday."),
        ("\ufeffNote", "Note"),
        ("Jo\u200dhn", "John"),  # a joiner between Latin letters changes nothing
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),  # Persian keeps its ZWNJ
        ("\U0001f469\u200d\U0001f467", "\U0001f469\u200d\U0001f467"),  # an emoji sequence stays
    ],
)
def test_only_invisible_characters_that_split_words_go(text: str, shown: str) -> None:
    assert visible(text) == shown


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("policy", ["consultation", "court-subpoena"])
def test_a_name_split_by_invisible_characters_is_redacted(
    suffix: str, policy: str, redactor_for: Callable[[str], Redactor], tmp_path: Path
) -> None:
    path = tmp_path / f"visit{suffix}"
    path.write_bytes(_docx(SPLIT) if suffix == ".docx" else SPLIT.encode())
    outcome = process_file(redactor_for(policy), Source(path, path.name), ["Ana Ruiz"], False)
    assert outcome.row.status == "released", outcome.row.reason
    assert outcome.output is not None
    if suffix == ".docx":
        released = "\n".join(p.text for p in docx.Document(io.BytesIO(outcome.output)).paragraphs)
    else:
        released = outcome.output.decode()
    for fragment in ("Leo", "pold", "Var", "Whit", "combe"):
        assert fragment not in released, fragment
    assert released.startswith("Her neighbour ") and "called on" in released


def test_table_cells_and_column_names_lose_invisible_characters(tmp_path: Path) -> None:
    from redact.documents.tables import iter_table

    path = tmp_path / "export.csv"
    path.write_text(f"note,contact\u00ad name\n{SPLIT},Leo\u200bpold\n", encoding="utf-8")
    (chunk,) = list(iter_table(path))
    assert chunk.columns.tolist() == ["note", "contact name"]
    assert chunk.iloc[0].tolist() == [visible(SPLIT), "Leopold"]
