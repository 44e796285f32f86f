"""The one place that builds Presidio's analyzer.

Built once per process (the Redactor holds it; batch workers build one each): engines,
registries and compiled patterns are never rebuilt per call. Only the recognizers for the
entity types a policy acts on are registered, so a narrow policy does less work.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from typing import Any, ClassVar

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    MedicalLicenseRecognizer,
    SpacyRecognizer,
    UsBankRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsItinRecognizer,
    UsMbiRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from redact.detect.nlp_engine import SPACY_LABELS, LeanSpacyNlpEngine
from redact.detect.recognizers import social_work_recognizers
from redact.detect.recognizers.prechecked import (
    prechecked_ip_recognizer,
    prechecked_license_recognizer,
)
from redact.detect.recognizers.presidio_patterns import scanned_by_us
from redact.detect.recognizers.regional_phone import RegionalPhoneRecognizer
from redact.detect.recognizers.timed_iban import TimedIbanRecognizer
from redact.detect.recognizers.url import CuedUrlRecognizer

LANGUAGE = "en"


def presidio_recognizers() -> list[EntityRecognizer]:
    """Presidio's predefined recognizers that matter for US case notes.

    Their patterns are scanned by our loop (`scanned_by_us`), which stops a text that runs
    out of time instead of skipping the pattern.
    """
    return [
        SpacyRecognizer(supported_entities=sorted(set(SPACY_LABELS.values()))),
        RegionalPhoneRecognizer(),
        scanned_by_us(CreditCardRecognizer),
        scanned_by_us(UsSsnRecognizer),
        scanned_by_us(UsItinRecognizer),
        TimedIbanRecognizer(),
        prechecked_ip_recognizer(),
        CuedUrlRecognizer(),
        scanned_by_us(UsBankRecognizer),
        prechecked_license_recognizer(),
        scanned_by_us(UsPassportRecognizer),
        scanned_by_us(MedicalLicenseRecognizer),
        scanned_by_us(UsHealthInsuranceMemberIdRecognizer, supported_entity="MEMBER_ID"),
        scanned_by_us(UsMbiRecognizer, supported_entity="MEMBER_ID"),
    ]


def all_recognizers(strict: bool = False) -> list[EntityRecognizer]:
    """Every recognizer we know, Presidio's and ours (with the strict ones if `strict`)."""
    return presidio_recognizers() + social_work_recognizers(strict)


_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_BOOSTED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class LeanContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same results, at a fraction of the cost.

    Presidio deep-copies every result, finds each result's token by walking the document
    from its start, and looks context words up in a list. Here results are updated in
    place (the analyzer's raw results are ours and used once), the token is found by
    bisecting token end offsets, and keywords are a set; each document's offsets and
    keyword set are computed once, on the first result that needs them. Whether a
    recognizer's context words occur among the words around a result depends on that set
    of words alone (Presidio tries the recognizer's words in order, each against every
    word around), so the answer is remembered per recognizer and set of words.
    """

    #: Answers remembered before the memo starts over.
    MEMO_SIZE: ClassVar[int] = 100_000

    def __init__(self) -> None:
        super().__init__()
        self._supportive: dict[tuple[str, frozenset[str]], str] = {}

    def _supportive_word(self, recognizer: EntityRecognizer, surrounding: frozenset[str]) -> str:
        """`_find_supportive_word_in_context`, remembered."""
        key = (recognizer.id, surrounding)
        word = self._supportive.get(key)
        if word is None:
            if len(self._supportive) >= self.MEMO_SIZE:
                self._supportive.clear()
            word = self._find_supportive_word_in_context(
                list(surrounding), recognizer.context, self.context_matching_mode
            )
            self._supportive[key] = word
        return word

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise the score of results with a recognizer context word just before them."""
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return super().enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or []]
        ends: list[int] | None = None
        keywords: frozenset[str] = frozenset()
        for result in raw_results:
            metadata = result.recognition_metadata
            recognizer = by_id.get(metadata[_ID_KEY]) if metadata and _ID_KEY in metadata else None
            if recognizer is None or not recognizer.context or metadata.get(_BOOSTED_KEY):
                continue
            if ends is None:
                ends = getattr(nlp_artifacts, "token_ends", None) or [
                    i + len(t)
                    for i, t in zip(nlp_artifacts.tokens_indices, nlp_artifacts.tokens, strict=True)
                ]
                keywords = frozenset(nlp_artifacts.keywords)
            index = bisect_right(ends, result.start)
            if index == len(ends):
                raise ValueError("a result starts after the last token")
            lemmas = nlp_artifacts.lemmas
            words = _nearby(index, self.context_prefix_count, lemmas, keywords, -1)
            words += _nearby(index, self.context_suffix_count, lemmas, keywords, 1)
            supportive = self._supportive_word(recognizer, frozenset((*words, *extra)))
            if supportive != "":
                score = result.score + self.context_similarity_factor
                score = max(score, self.min_score_with_context_similarity)
                result.score = min(score, ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results


def _nearby(
    index: int, count: int, lemmas: Sequence[str], keywords: frozenset[str], step: int
) -> list[str]:
    """Up to `count + 1` keyword lemmas from `index` on, in direction `step` (Presidio's rule)."""
    words: list[str] = []
    remaining = count + 1
    while 0 <= index < len(lemmas) and remaining > 0:
        lower = lemmas[index].lower()
        if lower in keywords:
            words.append(lower)
            remaining -= 1
        index += step
    return words


class LeanAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer, grouping results by recognizer in one pass, not one per recognizer."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        groups: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            groups.setdefault(result.recognition_metadata[_ID_KEY], []).append(result)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = groups.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [
                    r for r in raw_results if r.recognition_metadata[_ID_KEY] != recognizer.id
                ]
                own = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=own, other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts, context=context,
                )  # fmt: skip
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )  # fmt: skip


class LeanRecognizerRegistry(RecognizerRegistry):
    """Presidio's registry, remembering which recognizers serve a request.

    Presidio filters every recognizer by language and entity on every `analyze` call; the
    answer only changes when the recognizers do, so it is kept per request and checked
    against the recognizers in the registry (the same objects, in the same order), which
    also keeps the order in which they run the same as a fresh answer's.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._served: dict[tuple[object, ...], list[EntityRecognizer]] = {}
        self._served_from: tuple[int, ...] = ()

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        """`RecognizerRegistry.get_recognizers`, remembered while the recognizers stay."""
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        current = tuple(map(id, self.recognizers))
        if current != self._served_from:
            self._served, self._served_from = {}, current
        key = (language, None if entities is None else tuple(entities), all_fields)
        served = self._served.get(key)
        if served is None:
            served = self._served[key] = super().get_recognizers(language, entities, all_fields)
        return list(served)


def build_analyzer(
    nlp_engine: LeanSpacyNlpEngine,
    entity_types: Collection[str] | None = None,
    strict: bool = False,
) -> AnalyzerEngine:
    """An analyzer over a loaded NLP engine, with recognizers for `entity_types` (all if None)."""
    registry = LeanRecognizerRegistry(supported_languages=[LANGUAGE])
    wanted = set(entity_types) if entity_types is not None else None
    for recognizer in all_recognizers(strict):
        if wanted is None or wanted.intersection(recognizer.supported_entities):
            registry.add_recognizer(recognizer)
    return LeanAnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.0,
        context_aware_enhancer=LeanContextEnhancer(),
    )
