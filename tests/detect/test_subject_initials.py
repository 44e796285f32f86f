"""The subject's initials before her surname are hers. All synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject_initials import mark_subject_initials
from redact.findings import Finding

SUBJECT = ("Dolores Quintero-Baptiste", "Dolores Amparo Quintero-Baptiste", "Lola")


@pytest.mark.parametrize(
    ("text", "initials", "hers"),
    [
        ("Trust account FBO D. A. Quintero-Baptiste, opened 3/2024", "D. A.", True),
        ("Estate of D.A. Quintero-Baptiste", "D.A.", True),
        ("Cheque signed D Quintero-Baptiste", "D", True),
        ("Payee R. T. Quintero-Baptiste (her brother)", "R. T.", False),  # not her letters
        ("A. D. Quintero-Baptiste signed", "A. D.", False),  # her letters, not in order
        ("D. A. Okonjo signed", "D. A.", False),  # her letters, another surname
    ],
)
def test_initials_that_begin_her_given_names_before_her_surname_are_hers(
    text: str, initials: str, hers: bool
) -> None:
    start = text.index(initials)
    found = [Finding(start, start + len(initials), "PERSON", 0.5, source="Initials")]
    assert mark_subject_initials(text, found, SUBJECT)[0].is_subject is hers


def test_her_initialled_name_stays_and_her_brothers_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Conservatorship estate of D. A. Quintero-Baptiste\n"
        "Receipts: pension deposit 7/1/2025; refund cheque to R. T. Quintero-Baptiste.\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=list(SUBJECT)).text
    assert "D. A. Quintero-Baptiste" in out, out
    assert "R. T." not in out, out


@pytest.mark.parametrize(
    ("written", "hers", "kept"),
    [
        ("ITF D. A. Quintero-Baptiste", True, "D. A. Quintero-Baptiste"),
        ("FBO D. Quintero-Baptiste", True, "D. Quintero-Baptiste"),
        ("JOSE D. Quintero-Baptiste", False, "JOSE D. Quintero-Baptiste"),  # a given name
        ("FBO R. Quintero-Baptiste", False, "FBO R. Quintero-Baptiste"),  # not her initial
    ],
)
def test_an_abbreviation_in_capitals_before_her_initialled_name_is_cut_off(
    written: str, hers: bool, kept: str
) -> None:
    text = f'Paid to the account titled "County Fiduciary {written}" monthly.'
    start = text.index(written)
    found = [Finding(start, start + len(written), "PERSON", 0.8, source="SpacyRecognizer")]
    marked = mark_subject_initials(text, found, SUBJECT)[0]
    assert (text[marked.start : marked.end], marked.is_subject) == (kept, hers)
