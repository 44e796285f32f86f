"""Run an engine over a gold corpus and score it: the library side of `redact evaluate`.

Documents stream from the JSONL file into the engine, which batches them through
`nlp.pipe`; each result is scored as it comes back and only counts are kept, so memory does
not grow with the corpus. The clock runs only while the engine works (model loading and
scoring excluded), so characters per second describe the redactor, not the instrument.

Token precision is counted against every gold span of a document, whatever `labels` and
`where` say: redacting an annotated identifier of another label, or one the filter left
out, is not a false positive. (On TAB that includes NO_MASK spans, so precision there is an
upper bound on "masked only what should be masked".)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from redact.evaluate.corpus import GoldDocument, Where, read_corpus, span_matches
from redact.evaluate.metrics import (
    TokenCounts,
    leaks,
    output_words,
    removed_regions,
    strictly_covered,
    token_counts,
)
from redact.evaluate.outcome import Engine, Outcome
from redact.evaluate.report import EvaluationReport, Tally
from redact.evaluate.stopwatch import Stopwatch
from redact.policy.loader import LoadedPolicy
from redact.redactor import Redactor

ENGINES = ("redact", "vanilla")


class RedactorEngine:
    """Our Redactor under a policy; findings the policy keeps do not count as removed."""

    name = "redact"

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor

    @property
    def policy(self) -> str | None:
        """The policy's name."""
        return self.redactor.policy.name

    @property
    def model(self) -> str:
        """The spaCy model name."""
        return self.redactor.model_name

    def run(self, texts: Iterable[str]) -> Iterator[Outcome]:
        """One outcome per text, through `Redactor.redact_many` (so through `nlp.pipe`)."""
        for result in self.redactor.redact_many(texts):
            yield Outcome(removed_regions(result.findings), result.text)


def build_engine(
    engine: str, policy: str | Path | LoadedPolicy, model: str | None = None
) -> Engine:
    """The named engine: "redact" (our Redactor under `policy`) or "vanilla" (no policy)."""
    if engine == "redact":
        return RedactorEngine(Redactor(policy, model=model))
    if engine == "vanilla":
        from redact.evaluate.vanilla import VanillaEngine  # loads a second pipeline: only if asked

        return VanillaEngine(model)
    raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


class _Scorer:
    """Accumulates per-label tallies and token counts, one document at a time."""

    def __init__(self, labels: Collection[str] | None, where: Where | None) -> None:
        self.labels, self.where = labels, where
        #: Asked-for labels start at zero, so a label missing from the corpus shows as 0 spans.
        self.tallies: dict[str, Tally] = {label: Tally() for label in labels or ()}
        self.tokens = TokenCounts()
        self.documents = self.characters = 0

    def add(self, document: GoldDocument, outcome: Outcome) -> None:
        text = document.text
        words = output_words(outcome.output)
        for span in document.spans:
            if not span_matches(span, document, self.labels, self.where):
                continue
            covered = strictly_covered(text, span.start, span.end, outcome.removed)
            leaked = leaks(text[span.start : span.end], outcome.output, words)
            self.tallies[span.label] = self.tallies.get(span.label, Tally()).add(covered, leaked)
        gold = ((s.start, s.end) for s in document.spans)
        self.tokens += token_counts(text, outcome.removed, gold)
        self.documents += 1
        self.characters += len(text)


def score_stream(
    documents: Iterable[GoldDocument],
    engine: Engine,
    labels: Collection[str] | None = None,
    where: Where | None = None,
    corpus: str = "",
) -> EvaluationReport:
    """Feed documents to `engine` and score each outcome against its gold spans."""
    pending: deque[GoldDocument] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield document.text

    scorer = _Scorer(labels, where)
    outcomes = Stopwatch(engine.run(texts()))
    for outcome in outcomes:
        scorer.add(pending.popleft(), outcome)
    seconds = outcomes.seconds
    return EvaluationReport(
        corpus=corpus,
        engine=engine.name,
        policy=engine.policy,
        model=engine.model,
        labels=tuple(sorted(labels)) if labels is not None else None,
        where=tuple((k, tuple(sorted(v))) for k, v in sorted((where or {}).items())),
        documents=scorer.documents,
        characters=scorer.characters,
        seconds=seconds,
        by_label=tuple(sorted(scorer.tallies.items())),
        tokens=scorer.tokens,
    )


def evaluate_corpus(
    path: str | Path,
    policy: str | Path | LoadedPolicy = "social-media",
    labels: Collection[str] | None = None,
    where: Where | None = None,
    model: str | None = None,
    limit: int | None = None,
    engine: str | Engine = "redact",
) -> EvaluationReport:
    """Score an engine (ours under `policy` by default) on the gold corpus at `path`.

    `labels` restricts the scored labels; `where` keeps spans whose field (the span's own,
    else its document's) has one of the given values; `limit` reads the first N documents.
    Nothing is written: an evaluation is not a release.
    """
    built = build_engine(engine, policy, model) if isinstance(engine, str) else engine
    documents = read_corpus(path, limit)
    return score_stream(documents, built, labels, where, corpus=Path(path).name)
