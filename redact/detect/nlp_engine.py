"""A spaCy NLP engine for Presidio that runs only what NER needs and never downloads.

Presidio's own `SpacyNlpEngine` loads the full pipeline (tagger, parser, lemmatizer) and
downloads a missing model. We need entities and tokens only; lemmas serve Presidio's context
enhancer, for which the lower-cased token is close enough for the context words we use
("case", "mrn", "medicaid"). Skipping the other components roughly halves the NER time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redact.detect.model import NER_COMPONENTS, install_hint
from redact.errors import ModelNotInstalledError

C = TypeVar("C")

#: Score given to every spaCy entity: the small model gives no per-entity confidence.
NER_SCORE = 0.85

#: spaCy labels -> our entity types. Labels not listed are ignored.
SPACY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
IGNORED_LABELS = (
    "CARDINAL",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "ORDINAL",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "WORK_OF_ART",
)


def load_ner_pipeline(model: str) -> Language:
    """Load a spaCy model with only the components NER needs; fail with the install hint."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model '{model}' is not installed. Install it with: "
            f"pip install {install_hint(model)}"
        ) from exc
    for name in list(nlp.pipe_names):
        if name not in NER_COMPONENTS:
            nlp.remove_pipe(name)
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model '{model}' has no 'ner' component")
    return nlp


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio NLP engine over a pipeline trimmed to tok2vec + ner."""

    def __init__(self, model: str, language: str = "en") -> None:
        super().__init__(
            models=[{"lang_code": language, "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=SPACY_LABELS,
                labels_to_ignore=IGNORED_LABELS,
                default_score=NER_SCORE,
            ),
        )
        self.model_name = model
        self.language = language
        self._pipeline: Language | None = None

    def load(self) -> None:
        """Load the trimmed pipeline; never downloads."""
        self._pipeline = load_ner_pipeline(self.model_name)
        self.nlp = {self.language: self._pipeline}  # type: ignore[assignment]

    @property
    def pipeline(self) -> Language:
        """The loaded spaCy pipeline."""
        if self._pipeline is None:
            raise RuntimeError("the NLP engine is not loaded; call load() first")
        return self._pipeline

    def artifacts_stream(
        self, items: Iterable[tuple[str, C]], batch_size: int
    ) -> Iterator[tuple[NlpArtifacts, C]]:
        """NLP artifacts for a stream of (text, context) pairs via `nlp.pipe`, in order."""
        for doc, context in self.pipeline.pipe(items, batch_size=batch_size, as_tuples=True):
            yield self._doc_to_nlp_artifact(doc, self.language), context

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(list(doc.ents), [NER_SCORE] * len(doc.ents))
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )
