"""MedicalRecordNumberRecognizer: strings it must catch, and sentences it must leave alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.medical_record import MedicalRecordNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = MedicalRecordNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MRN 00482913", "00482913"),
        ("Admitted, MRN: 4481-223.", "4481-223"),
        ("medical record #889213", "889213"),
        ("medical record number 55112", "55112"),
        ("patient ID A-77812", "A-77812"),
        ("chart no. 5512 reviewed", "5512"),
        # whose record it is, written between the label and the number
        ("Chart no. for Jaylen PMC-553017.", "PMC-553017"),
        ("MRN of Amari Voss: 7730-118", "7730-118"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 children.",
        "Met in Room 204.",
        "MRN pending from the hospital.",
        "Requested medical records from 2019.",
        "In hospital for 3 days.",
        "Chart 12 of the workbook.",
        "Mother called at 3:30 pm.",
        "Chart no. for Jaylen was not found.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
