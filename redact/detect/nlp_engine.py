"""A spaCy NLP engine for Presidio that runs only what NER needs and never downloads.

Presidio's own `SpacyNlpEngine` loads the full pipeline (tagger, parser, lemmatizer) and
downloads a missing model. We need entities and tokens only; lemmas serve Presidio's context
enhancer, for which the lower-cased token is close enough for the context words we use
("case", "mrn", "medicaid"). Skipping the other components (and, in the small English
model, the shared tok2vec, which `ner` does not listen to) cuts NER time by well over half.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import spacy
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    NlpEngine,
    SpacyNlpEngine,
)
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LENGTH, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from redact.detect.matrix import layers_multiplying_with, matrix_library, one_blas_thread
from redact.detect.model import install_hint
from redact.errors import ModelNotInstalledError

C = TypeVar("C")

#: Words whose stop-word and punctuation flags are remembered before the cache starts over.
FLAG_CACHE_SIZE = 50_000

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


def ner_components(config: Config) -> set[str]:
    """The components NER needs: `ner`, and a shared tok2vec only if `ner` listens to it.

    In spaCy's small English model `ner` embeds its own tok2vec and the `tok2vec` component
    feeds only the tagger and parser, so running it for NER is wasted work (about a third
    of the NER time). A model whose `ner` listens to a shared `tok2vec` keeps it.
    """
    components = config["components"]
    needed = {"ner"}
    listened = _listened_upstream(components.get("ner", {}))
    for name in components:
        wanted = name != "ner" and (listened == "*" or name == listened)
        if wanted and "tok2vec" in str(components[name].get("factory", "")):
            needed.add(name)
    return needed


def _listened_upstream(block: object) -> str | None:
    """The `upstream` of the first tok2vec listener in a component config, if any."""
    if isinstance(block, dict):
        if "Listener" in str(block.get("@architectures", "")):
            return str(block.get("upstream", "*"))
        for value in block.values():
            found = _listened_upstream(value)
            if found is not None:
                return found
    return None


def load_ner_pipeline(model: str, matrices: str | None = None) -> Language:
    """Load a spaCy model with only the components NER needs; fail with the install hint.

    Components NER does not need are excluded before loading (their weights are never
    read, which also shortens the cold start), not removed afterwards. The model's layers
    multiply with the library `matrix_library(matrices)` names.
    """
    library = matrix_library(matrices)
    try:
        config = spacy.util.load_config(_config_path(model))
        needed = ner_components(config)
        excluded = [name for name in config["nlp"]["pipeline"] if name not in needed]
        with layers_multiplying_with(library):
            nlp = spacy.load(model, exclude=excluded)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model '{model}' is not installed. Install it with: "
            f"pip install {install_hint(model)}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model '{model}' has no 'ner' component")
    return nlp


def _config_path(model: str) -> Path:
    """The config.cfg of an installed model package or a model directory (as spaCy finds it)."""
    if spacy.util.is_package(model):
        root = spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(root)
        path = root / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    else:
        path = Path(model)
    if not (path / "config.cfg").is_file():
        raise OSError(f"no config.cfg for model '{model}'")
    return path / "config.cfg"


def batches(items: Iterable[C], size: int) -> Iterator[list[C]]:
    """Lists of `size` items read from `items` in order, the last one shorter if need be."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    batch: list[C] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class LeanNlpArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts with the text they were made from and each token's end.

    The keywords are given, worked out by the engine from remembered answers per word:
    Presidio's own constructor asks the engine about every token of every text.
    """

    def __init__(
        self,
        text: str,
        token_ends: list[int],
        keywords: list[str],
        nlp_engine: NlpEngine,
        **artifacts: Any,
    ) -> None:
        super().__init__(nlp_engine=None, **artifacts)  # no engine: no keywords worked out
        self.nlp_engine = nlp_engine
        self.keywords = keywords
        self.text = text
        self.token_ends = token_ends


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio NLP engine over a pipeline trimmed to what NER needs."""

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
        self._flags: dict[str, tuple[bool, bool]] = {}
        self._pieces: dict[str, tuple[str, ...]] = {}

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
    ) -> Iterator[tuple[LeanNlpArtifacts, C]]:
        """NLP artifacts for a stream of (text, context) pairs via `nlp.pipe`, in order.

        The stream is parsed `batch_size` texts at a time, each batch with numpy's BLAS on
        one thread (see `one_blas_thread`), and its artifacts are made outside that limit.
        """
        for batch in batches(items, batch_size):
            with one_blas_thread():
                docs = list(self.pipeline.pipe([text for text, _ in batch], batch_size=batch_size))
            for doc, (text, context) in zip(docs, batch, strict=True):
                yield self._artifacts(doc, text), context

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self._artifacts(doc, doc.text)

    def _artifacts(self, doc: Doc, text: str) -> LeanNlpArtifacts:
        """Presidio's artifacts of a parsed text, read from the doc's arrays.

        Offsets, lengths and lower-case forms come from one `Doc.to_array` call: walking
        the doc makes a Python `Token` per word, and so did rebuilding `doc.text`, which is
        the text we parsed and is passed along instead.
        """
        ents = list(doc.ents)
        entities, scores = self._get_updated_entities(ents, [NER_SCORE] * len(ents))
        columns = doc.to_array([IDX, LENGTH, LOWER]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        indices = [start for start, _, _ in columns]
        lemmas = [strings[lower] for _, _, lower in columns]
        return LeanNlpArtifacts(
            text=text,
            token_ends=[start + length for start, length, _ in columns],
            keywords=[piece for lemma in lemmas for piece in self._keyword_pieces(lemma)],
            entities=entities,
            tokens=doc,
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=self,
            language=self.language,
            scores=scores,
        )

    def _keyword_pieces(self, lemma: str) -> tuple[str, ...]:
        """What one lemma adds to the keywords, by Presidio's rule, remembered per lemma.

        Presidio keeps a lemma that is neither a stop word, punctuation, "-PRON-" nor "be",
        lower-cased and split at colons (`NlpArtifacts.set_keywords`).
        """
        pieces = self._pieces.get(lemma)
        if pieces is None:
            kept = not (
                self.is_stopword(lemma, self.language)
                or self.is_punct(lemma, self.language)
                or lemma in ("-PRON-", "be")
            )
            pieces = tuple(lemma.lower().split(":")) if kept else ()
            if len(self._pieces) >= FLAG_CACHE_SIZE:
                self._pieces.clear()
            self._pieces[lemma] = pieces
        return pieces

    def is_stopword(self, word: str, language: str) -> bool:
        """Whether `word` is a stop word (asked for every token: answers are cached)."""
        return self._lexeme_flags(word)[0]

    def is_punct(self, word: str, language: str) -> bool:
        """Whether `word` is punctuation (asked for every token: answers are cached)."""
        return self._lexeme_flags(word)[1]

    def _lexeme_flags(self, word: str) -> tuple[bool, bool]:
        """A word's stop-word and punctuation flags, as its lexeme has or would have them.

        A word the vocabulary lacks (most lower-cased names) is not added to it: a new
        lexeme works out every lexical attribute, and its flags come from the same getters
        called here.
        """
        flags = self._flags.get(word)
        if flags is None:
            vocab = self.pipeline.vocab
            if word in vocab:
                lexeme = vocab[word]
                flags = (bool(lexeme.is_stop), bool(lexeme.is_punct))
            else:
                getters = vocab.lex_attr_getters  # type: ignore[attr-defined]  # not in the stub
                stop, punct = getters.get(IS_STOP), getters.get(IS_PUNCT)
                flags = (bool(stop and stop(word)), bool(punct and punct(word)))
            if len(self._flags) >= FLAG_CACHE_SIZE:
                self._flags.clear()
            self._flags[word] = flags
        return flags
