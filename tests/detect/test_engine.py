"""The analyzer: our lean context enhancement gives exactly Presidio's results."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine

from redact.detect.engine import LANGUAGE, LeanAnalyzerEngine, LeanContextEnhancer
from redact.redactor import Redactor

TEXTS = [
    "Client case number 24-0192; call her at (315) 555-0142 or her mother on 315 555 0199.",
    "Medicaid id AB12345C, MRN 0048213. Her SSN is 123-45-6789 and she lives at 12 Oak St.",
    "Met Maria Alvarez on 3/14/2025 at Lincoln Elementary; e-mail maria.a@example.com.",
    "No identifiers here at all, only a short sentence.",
    "",
]


def _key(results: list) -> list[tuple[str, int, int, float]]:  # type: ignore[type-arg]
    return sorted((r.entity_type, r.start, r.end, round(r.score, 9)) for r in results)


def test_lean_analyzer_matches_presidio(redactor_for) -> None:  # type: ignore[no-untyped-def]
    detector = redactor_for("social-media").detector
    assert isinstance(detector.analyzer, LeanAnalyzerEngine)
    assert isinstance(detector.analyzer.context_aware_enhancer, LeanContextEnhancer)
    reference = AnalyzerEngine(
        registry=detector.analyzer.registry,
        nlp_engine=detector.nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.0,
    )
    stream = detector.nlp_engine.artifacts_stream(((t, None) for t in TEXTS), batch_size=4)
    boosted = 0
    for (artifacts, _), text in zip(stream, TEXTS, strict=True):
        kwargs = {"entities": detector.entity_types, "nlp_artifacts": artifacts}
        ours = detector.analyzer.analyze(text, LANGUAGE, **kwargs)
        theirs = reference.analyze(text, LANGUAGE, **kwargs)
        assert _key(ours) == _key(theirs)
        explained = detector.analyzer.analyze(
            text, LANGUAGE, return_decision_process=True, **kwargs
        )
        boosted += sum(
            1
            for r in explained
            if r.analysis_explanation and r.analysis_explanation.supportive_context_word
        )
    assert boosted > 0  # the texts exercise context enhancement


def test_redactor_builds_the_lean_analyzer_once() -> None:
    redactor = Redactor("consultation")
    analyzer = redactor.detector.analyzer
    list(redactor.redact_many(["Met Maria on 3/14.", "Called Tom."]))
    assert redactor.detector.analyzer is analyzer


def test_the_registry_remembers_its_answer_while_the_recognizers_stay() -> None:
    from presidio_analyzer import PatternRecognizer, RecognizerRegistry

    from redact.detect.engine import LeanRecognizerRegistry, all_recognizers

    registry = LeanRecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    wanted = ["PERSON", "PHONE_NUMBER", "US_SSN"]
    fresh = RecognizerRegistry.get_recognizers(registry, LANGUAGE, wanted)
    assert registry.get_recognizers(LANGUAGE, wanted) == fresh
    assert registry.get_recognizers(LANGUAGE, wanted) == fresh  # remembered, same order
    extra = PatternRecognizer(supported_entity="PERSON", deny_list=["Zebulon"])
    registry.add_recognizer(extra)
    assert extra in registry.get_recognizers(LANGUAGE, wanted)  # a new recognizer is served
    registry.remove_recognizer(extra.name)
    assert extra not in registry.get_recognizers(LANGUAGE, wanted)
    everyone = RecognizerRegistry.get_recognizers(registry, LANGUAGE, all_fields=True)
    assert registry.get_recognizers(LANGUAGE, all_fields=True) == everyone
