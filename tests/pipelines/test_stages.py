"""Stage functions on real files: a .docx whose sentences run over paragraph breaks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from pipelines.stages import process_file
from pipelines.units import Source
from redact.policy.loader import builtin_names
from redact.redactor import Redactor

#: A letter typed line by line: an address, a name and a phone each cut by a paragraph
#: break; a table cell whose name runs into the next paragraph; runs split by formatting.
LINES = [
    "Dear Mr. Haldane,",
    "I visited the family at their home at 4410 E",
    "Admiral Pl, Tulsa OK 74115 on Tuesday. The children's mother, Marisol",
    "Ybarra-Nunez, mother of both boys, was present. She can be reached at (918)",
    "555-0143 most afternoons. Her neighbour Desmond",
    "Abernathy-Kwiatkowski helped with transport to the clinic.",
    "Sincerely,",
]
CELL = ["Grandmother Philomena", "Okonkwo-Baptiste lives at 2219 N", "Peoria Ave, Tulsa."]
LEAKS = ["4410", "Admiral", "Marisol", "Ybarra", "(918)", "555-0143", "Desmond", "Abernathy",
         "Philomena", "Okonkwo", "2219", "Peoria", "Tsvangirai", "0177"]  # fmt: skip
SUBJECT_CONTACTS = ["4410", "Admiral", "(918)", "555-0143"]


def _letter(path: Path) -> None:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = CELL[0]
    for line in CELL[1:]:
        cell.add_paragraph(line)
    paragraph = document.add_paragraph()
    paragraph.add_run("Her uncle Rigoberto ")
    paragraph.add_run("Tsvangirai").bold = True
    paragraph.add_run(" called from 918-555-")
    paragraph.add_run("0177 about the visit.")
    document.save(path)


def _every_part(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


@pytest.mark.parametrize("policy", builtin_names())
def test_a_sentence_cut_by_paragraph_breaks_is_redacted_whole_under_every_policy(
    policy: str, tmp_path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    path = tmp_path / "letter.docx"
    _letter(path)
    outcome = process_file(redactor_for(policy), Source(path, "letter.docx"), (), False)
    assert outcome.output is not None, outcome.row.reason
    everything = _every_part(outcome.output)
    # the family's home and the mother's phone are the subject's contacts, which these keep
    kept = SUBJECT_CONTACTS if policy in ("mandated-report", "provider-referral") else []
    assert [s for s in LEAKS if s in everything and s not in kept] == []
    released = docx.Document(io.BytesIO(outcome.output))
    texts = [p.text for p in released.paragraphs]
    assert len(texts) == len(LINES) + 1  # no paragraph lost or added
    assert len(released.tables[0].cell(0, 0).paragraphs) == len(CELL)
    if policy != "duty-to-warn":  # which releases what a warning needs only
        assert texts[-2] == "Sincerely,"
        assert "mother of both boys, was present" in texts[3]


#: Paragraphs that end inside a token: a hyphenated name, an e-mail, an SSN, a phone.
TOKENS = [
    "The worker spoke by phone with the maternal grandmother, Mrs. Ybarra-",
    "Lindqvist, who asked that letters go to her daughter's e-mail, marisol.ybarra@",
    "gmail.com, rather than to the house. Her Social Security number 531-",
    "44-8812 was confirmed for the benefits form. The child's father, Mr.",
    "Tobiah Wexford-Nakamura, was not reachable at his work number 405-555-",
    "0139 and will be tried again next week.",
]


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena", "research-safe-harbor"])
def test_a_name_a_number_or_an_e_mail_cut_inside_by_a_paragraph_break_is_redacted_whole(
    policy: str, tmp_path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    document = docx.Document()
    for line in TOKENS:
        document.add_paragraph(line)
    path = tmp_path / "contacts.docx"
    document.save(path)
    outcome = process_file(redactor_for(policy), Source(path, "contacts.docx"), (), False)
    assert outcome.output is not None, outcome.row.reason
    everything = _every_part(outcome.output)
    leaks = ["Ybarra", "Lindqvist", "marisol", "gmail", "531-", "8812", "Tobiah", "Wexford",
             "405-555", "0139"]  # fmt: skip
    if policy == "court-subpoena":  # which masks an SSN to its last four
        leaks.remove("8812")
    assert [s for s in leaks if s in everything] == []
    assert len(docx.Document(io.BytesIO(outcome.output)).paragraphs) == len(TOKENS)


def test_line_breaks_inside_a_sentence_are_read_through_and_kept_where_nothing_went(
    tmp_path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    lines = [*LINES[1:6], "Next visit in two weeks.", "Signed,"]
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    path = tmp_path / "breaks.docx"
    document.save(path)
    redactor = redactor_for("consultation")
    outcome = process_file(redactor, Source(path, "breaks.docx"), (), False)
    assert outcome.output is not None, outcome.row.reason
    everything = _every_part(outcome.output)
    assert [s for s in LEAKS if s in everything] == []
    text = docx.Document(io.BytesIO(outcome.output)).paragraphs[0].text
    assert text.endswith("helped with transport to the clinic.\nNext visit in two weeks.\nSigned,")
