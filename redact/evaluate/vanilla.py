"""The baseline the issue measured: Presidio as shipped, every finding removed.

`AnalyzerEngine` with its default recognizers over the full spaCy pipeline (tagger, parser,
lemmatizer and all, as Presidio's own `SpacyNlpEngine` loads it), on the same model as the
Redactor, threshold 0, no policy: whatever it finds is taken as removed. It is deliberately
not built by `redact.detect.engine`, which is ours and would not be a baseline.

Three departures from "as shipped", so the baseline runs offline, fails closed and is
Presidio's own:
- Presidio finds its default recognizers by class name among every subclass of
  `EntityRecognizer` loaded in the process, in set order, so any class of ours (or a
  user's) sharing a name with one of Presidio's would be built instead (ours was once called
  `DateRecognizer`). While the analyzer is built, the lookup is narrowed to classes defined
  inside `presidio_analyzer`; afterwards every recognizer's class is checked to come from
  there.
- Presidio's `EmailRecognizer` validates matches with `tldextract.extract`, whose default
  extractor fetches the public suffix list over the network on first use. It is swapped
  for our `OfflineEmailRecognizer`: the same pattern, score and context, validated against
  the suffix-list snapshot bundled with tldextract. No global of tldextract is changed.
- Presidio downloads a missing spaCy model; we check first and raise instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader

from redact.detect.model import install_hint, resolve_model_name
from redact.detect.recognizers.email import OfflineEmailRecognizer
from redact.errors import ModelNotInstalledError
from redact.evaluate.metrics import mask, merge_intervals
from redact.evaluate.outcome import Outcome

LANGUAGE = "en"
BATCH_SIZE = 64


PRESIDIO_PACKAGE = "presidio_analyzer."


def presidio_recognizer_classes() -> set[type[object]]:
    """Every loaded subclass of `EntityRecognizer` that Presidio itself defines."""
    found: set[type[object]] = set()
    stack: list[type[object]] = [EntityRecognizer]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                stack.append(sub)
    return {c for c in found if c.__module__.startswith(PRESIDIO_PACKAGE)}


@contextmanager
def _presidio_classes_only() -> Iterator[None]:
    """Within the block, Presidio's name lookup of default recognizers sees only its own."""
    original = RecognizerListLoader.__dict__["get_all_existing_recognizers"]
    narrowed = staticmethod(lambda cls=EntityRecognizer: presidio_recognizer_classes())
    setattr(RecognizerListLoader, "get_all_existing_recognizers", narrowed)  # noqa: B010
    try:
        yield
    finally:
        setattr(RecognizerListLoader, "get_all_existing_recognizers", original)  # noqa: B010


def build_vanilla_analyzer(model: str | None = None) -> AnalyzerEngine:
    """Presidio's default analyzer on `model`, with the offline e-mail recognizer swapped in."""
    name = resolve_model_name(model)
    if not spacy.util.is_package(name):
        raise ModelNotInstalledError(
            f"spaCy model '{name}' is not installed. Install it with: "
            f"pip install {install_hint(name)}"
        )
    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": name}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    with _presidio_classes_only():
        analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[LANGUAGE])
    registry = analyzer.registry
    before = len(list(registry.recognizers))
    registry.remove_recognizer("EmailRecognizer")
    if len(list(registry.recognizers)) < before:
        registry.add_recognizer(OfflineEmailRecognizer(supported_language=LANGUAGE))
    foreign = [
        type(r).__name__
        for r in registry.recognizers
        if not isinstance(r, OfflineEmailRecognizer)
        and not type(r).__module__.startswith(PRESIDIO_PACKAGE)
    ]
    if foreign:
        raise RuntimeError(f"vanilla analyzer holds non-Presidio recognizers: {foreign}")
    return analyzer


class VanillaEngine:
    """Runs the vanilla analyzer over a stream; every finding, of any type, counts as removed."""

    name = "vanilla"
    policy: str | None = None

    def __init__(self, model: str | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.model = resolve_model_name(model)
        self.analyzer = build_vanilla_analyzer(self.model)
        self.batch_size = batch_size

    def run(self, texts: Iterable[str]) -> Iterator[Outcome]:
        """One outcome per text, in order, parsed in batches through `nlp.pipe`."""
        batches = self.analyzer.nlp_engine.process_batch(
            texts, language=LANGUAGE, batch_size=self.batch_size
        )
        for text, artifacts in batches:
            results = self.analyzer.analyze(str(text), LANGUAGE, nlp_artifacts=artifacts)
            regions = merge_intervals((r.start, r.end) for r in results)
            yield Outcome(regions, mask(str(text), regions))
