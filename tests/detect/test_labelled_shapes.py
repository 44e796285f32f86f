"""A bare code shaped like a labelled number in the same text takes its type."""

from __future__ import annotations

from collections.abc import Callable

from redact import Redactor
from redact.detect.code_tokens import code_token_findings
from redact.detect.labelled import labelled_values
from redact.detect.labelled_shapes import shape_of, typed_like_labelled


def _types(text: str) -> list[tuple[str, str]]:
    found = typed_like_labelled(text, code_token_findings(text), labelled_values(text))
    return [(text[f.start : f.end], f.entity_type) for f in found]


def test_shape_reads_letters_and_digits() -> None:
    assert shape_of("PV-20488173") == "AA-99999999"


def test_codes_after_a_labelled_mrn_are_mrns() -> None:
    text = "Mother MRN PV-20488173; infants PV-20511402, PV-20511419"
    assert _types(text) == [
        ("PV-20488173", "MEDICAL_RECORD_NUMBER"),
        ("PV-20511402", "MEDICAL_RECORD_NUMBER"),
        ("PV-20511419", "MEDICAL_RECORD_NUMBER"),
    ]


def test_a_code_of_another_shape_stays_a_case_number() -> None:
    text = "MRN PV-20488173. Letter re: WO25P1873GD."
    assert ("WO25P1873GD", "CASE_NUMBER") in _types(text)


def test_a_court_copy_removes_a_childs_bare_mrn(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Mother MRN PV-20488173; infants PV-20511402, PV-20511419"
    out = redactor_for("court-subpoena").redact(text, subject=["Jane Roe"]).text
    assert "PV-20511402" not in out and "PV-20511419" not in out
