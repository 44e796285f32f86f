"""Presidio's pattern recognizers scanned by our loop find what Presidio's loop finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from presidio_analyzer import PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    UsBankRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsItinRecognizer,
    UsMbiRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from benchmarks.corpus import NoteMaker
from redact.detect.deadline import deadline
from redact.detect.recognizers.cued import CuedPatternRecognizer
from redact.detect.recognizers.presidio_patterns import scanned_by_us
from tests.conftest import SAMPLE_DATA, corpus_texts

CLASSES: list[type[PatternRecognizer]] = [
    CreditCardRecognizer, UsSsnRecognizer, UsItinRecognizer, IpRecognizer, UsBankRecognizer,
    UsPassportRecognizer, MedicalLicenseRecognizer, UsHealthInsuranceMemberIdRecognizer,
    UsMbiRecognizer,
]  # fmt: skip

TRICKY = [
    "SSN 123-45-6789, 078-05-1120 and 000-12-3456; ITIN 912-70-1234; card 4111 1111 1111 1111",
    "card 4111-1111-1111-1112 (bad Luhn), acct 123456789012, passport A12345678, 123456789",
    "DEA AB1234563 and BB9123456, MBI 1EG4-TE5-MK73, member ABC123456789, ip 10.0.0.1, ::1",
]


def _view(result: RecognizerResult) -> tuple[Any, ...]:
    explanation = result.analysis_explanation
    assert explanation is not None
    return (
        result.entity_type, result.start, result.end, result.score,
        result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY],
        explanation.pattern_name, explanation.validation_result, explanation.score,
    )  # fmt: skip


def _compare(texts: list[str]) -> int:
    found = 0
    for cls in CLASSES:
        presidio, ours = cls(), scanned_by_us(cls)
        assert isinstance(ours, cls) and isinstance(ours, CuedPatternRecognizer)
        assert ours.name == presidio.name
        for text in texts:
            expected = sorted(_view(r) for r in presidio.analyze(text, presidio.supported_entities))
            with deadline(30.0):
                got = sorted(_view(r) for r in ours.analyze(text, ours.supported_entities))
            assert got == expected, (cls.__name__, len(text))
            found += len(expected)
    return found


def test_same_results_on_sample_and_benchmark_notes() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*.txt"))]
    assert _compare(texts + list(NoteMaker(5).notes(40)) + TRICKY) > 20


def test_same_results_on_the_shared_corpora(shared_dir: Path) -> None:
    assert _compare(corpus_texts(shared_dir, 150)) > 20


def test_an_entity_given_is_kept() -> None:
    ours = scanned_by_us(UsMbiRecognizer, supported_entity="MEMBER_ID")
    assert ours.supported_entities == ["MEMBER_ID"]


def test_a_recognizer_with_its_own_analyze_keeps_presidios_loop() -> None:
    with pytest.raises(TypeError, match="own analyze"):
        scanned_by_us(IbanRecognizer)
