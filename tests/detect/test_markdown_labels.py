"""Labelled ids in markdown notes ("**Medicaid ID:** 123"): the emphasis must not hide them."""

from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer

from redact.detect.recognizers.birth_date import BirthDateRecognizer
from redact.detect.recognizers.case_number import CaseNumberRecognizer
from redact.detect.recognizers.medical_record import MedicalRecordNumberRecognizer
from redact.detect.recognizers.member_id import MemberIdRecognizer


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"),
    [
        (MemberIdRecognizer(), "- **Medicaid ID:** 327956121939", "327956121939"),
        (CaseNumberRecognizer(), "- **Case #:** 2024-21189", "2024-21189"),
        (BirthDateRecognizer(), "- **DOB:** 08/29/1975", "08/29/1975"),
        (MedicalRecordNumberRecognizer(), "**MRN:** 4481223", "4481223"),
    ],
)
def test_markdown_emphasis_between_label_and_value(
    recognizer: PatternRecognizer, text: str, expected: str
) -> None:
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    assert [text[r.start : r.end] for r in results] == [expected]
