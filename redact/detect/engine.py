"""The one place that builds Presidio's analyzer.

Built once per process (the Redactor holds it; batch workers build one each): engines,
registries and compiled patterns are never rebuilt per call. Only the recognizers for the
entity types a policy acts on are registered, so a narrow policy does less work.
"""

from __future__ import annotations

from collections.abc import Collection

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsMbiRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from redact.detect.nlp_engine import SPACY_LABELS, LeanSpacyNlpEngine
from redact.detect.recognizers import social_work_recognizers

LANGUAGE = "en"


def presidio_recognizers() -> list[EntityRecognizer]:
    """Presidio's predefined recognizers that matter for US case notes."""
    return [
        SpacyRecognizer(supported_entities=sorted(set(SPACY_LABELS.values()))),
        PhoneRecognizer(supported_regions=("US", "CA", "GB", "DE", "FR", "IN", "MX", "BR")),
        CreditCardRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
        UrlRecognizer(),
        UsBankRecognizer(),
        UsLicenseRecognizer(),
        UsPassportRecognizer(),
        MedicalLicenseRecognizer(),
        UsHealthInsuranceMemberIdRecognizer(supported_entity="MEMBER_ID"),
        UsMbiRecognizer(supported_entity="MEMBER_ID"),
    ]


def all_recognizers() -> list[EntityRecognizer]:
    """Every recognizer we know, Presidio's and ours."""
    return presidio_recognizers() + social_work_recognizers()


def build_analyzer(
    nlp_engine: LeanSpacyNlpEngine, entity_types: Collection[str] | None = None
) -> AnalyzerEngine:
    """An analyzer over a loaded NLP engine, with recognizers for `entity_types` (all if None)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    wanted = set(entity_types) if entity_types is not None else None
    for recognizer in all_recognizers():
        if wanted is None or wanted.intersection(recognizer.supported_entities):
            registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.0,
    )
