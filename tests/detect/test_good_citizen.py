"""Building a Redactor leaves Presidio as it was for everyone else in the process.

Presidio builds its default recognizers by looking classes up by name among every loaded
subclass of `EntityRecognizer`; a class of ours named like one of Presidio's was once built
in its place, and a plain `AnalyzerEngine()` then failed. A notebook or service that uses
both must keep working.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from redact import Redactor
from redact.detect.model import resolve_model_name
from redact.evaluate.vanilla import presidio_recognizer_classes

TEXT = (
    "SSN 536-22-1849, phone 212-555-0199, mail jane@example.org, card 4111 1111 1111 1111, "
    "ip 10.2.3.4, passport A12345678, licence Y1234567, Maria Alvarez met Dr Ruiz in Boston."
)


def _vanilla_findings() -> tuple[list[tuple[str, int, int]], list[str]]:
    """What a plain Presidio analyzer on our model finds, and the classes it was built from."""
    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": resolve_model_name(None)}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp_engine)
    found = sorted((r.entity_type, r.start, r.end) for r in engine.analyze(TEXT, language="en"))
    recognizers = engine.registry.recognizers
    classes = sorted(f"{type(r).__module__}.{type(r).__qualname__}" for r in recognizers)
    return found, classes


def test_a_vanilla_analyzer_built_after_a_redactor_finds_what_it_found_before(
    redactor_for: Callable[[str], Redactor],
) -> None:
    before, classes_before = _vanilla_findings()
    redactor_for("social-media").redact("Met Maria Alvarez on 3/14, SSN 078-05-1120.")
    after, classes_after = _vanilla_findings()
    assert {t for t, _, _ in before} >= {"US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"}
    assert after == before
    assert classes_after == classes_before
    assert all(c.startswith("presidio_analyzer.") for c in classes_after)


def test_no_class_of_ours_shares_a_name_with_one_of_presidios(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor_for("social-media")
    presidio_names = {c.__name__ for c in presidio_recognizer_classes()}
    ours = set()
    stack = list(presidio_recognizer_classes())
    while stack:
        for sub in stack.pop().__subclasses__():
            if not sub.__module__.startswith("presidio_analyzer."):
                ours.add(sub)
            stack.append(sub)
    assert ours, "expected our recognizer classes to be loaded"
    assert not {c.__name__ for c in ours} & presidio_names
