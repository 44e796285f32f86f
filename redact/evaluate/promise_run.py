"""Run the Redactor under each policy over a gold corpus and score what each policy promises.

Each document goes to the Redactor with its subject's names, as a records request would give
them, so a policy that keeps the subject can. Documents stream as in `run.py`; only counts
are kept. Nothing is written: an evaluation is not a release, but a corpus may say which of
its documents were one (`RELEASE_FIELD`), and each is redacted as its own.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path

from redact.evaluate.corpus import GoldDocument, read_corpus
from redact.evaluate.metrics import (
    Interval,
    TokenCounts,
    merge_intervals,
    output_words,
    removed_regions,
    strictly_covered,
    token_counts,
)
from redact.evaluate.promise import (
    DATE_LABELS,
    MEANING,
    Promise,
    blanked,
    in_organisation_address,
    intact,
    kept_text,
    leaked,
    partial_action,
    promise_for,
    role_of,
    without_placeholders,
)
from redact.evaluate.promise_report import PromiseReport, Share
from redact.evaluate.report import Tally
from redact.evaluate.stopwatch import Stopwatch
from redact.evaluate.vanilla import VanillaEngine
from redact.findings import WITHHELD
from redact.policy.loader import LoadedPolicy, builtin_names
from redact.policy.model import Policy
from redact.redactor import Redactor
from redact.result import RedactionResult
from redact.topics.withhold import PART2_NOTICE

_KEPT = frozenset({Promise.SUBJECT_KEPT, Promise.PROFESSIONAL_KEPT})


def without_notice(output: str) -> str:
    """The output without the fixed re-disclosure notice the Redactor appends to a release
    of Part 2 records: the words of our own notice are not the record's."""
    return output.replace(PART2_NOTICE, "")


class PromiseScorer:
    """Accumulates one policy's tallies, one redacted document at a time."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.by_role: dict[str, Tally] = {}
        self.by_label: dict[str, Tally] = {}
        self.meaning: dict[str, Share] = {}
        self.subject = Share()
        self.professional = Share()
        self.tokens = TokenCounts()
        self.documents = self.characters = self.in_withheld = 0

    def add(
        self,
        document: GoldDocument,
        removed: Sequence[Interval],
        output: str,
        withheld: Sequence[Interval] = (),
    ) -> None:
        """Score one document's outcome: removed regions of its text, the text released, and
        the passages withheld by topic (merged, sorted), whose subject and meaning spans are
        counted apart (`PromiseReport.in_withheld`)."""
        text, policy = document.text, self.policy
        promises = [
            (
                span,
                promise_for(
                    span,
                    policy,
                    in_organisation_address(text, span, document.spans),
                    text[span.start : span.end],
                ),
            )
            for span in document.spans
        ]
        must_go = [span for span, p in promises if p is Promise.MUST_GO]
        perfect = blanked(text, must_go)
        # the re-disclosure notice a Part 2 release carries is our fixed text: its "court"
        # or "patient" says nothing of a person named so in the record
        # nor is a placeholder's word ("[SCHOOL]") the record's
        output = without_placeholders(without_notice(output))
        perfect_words, words = output_words(perfect), output_words(output)
        dates = [s for s in document.spans if s.label in DATE_LABELS]
        written = words - output_words(kept_text(text, removed, dates))  # only dates
        for span in must_go:
            covered = strictly_covered(text, span.start, span.end, removed)
            whole_only = partial_action(span, policy)
            shown = leaked(
                text[span.start : span.end],
                output,
                words,
                perfect,
                perfect_words,
                whole_only,
                written,
                span.label,
            )
            for key, table in ((role_of(span), self.by_role), (span.label, self.by_label)):
                table[key] = table.get(key, Tally()).add(covered, shown)
        for span, promise in promises:
            if promise in (Promise.SUBJECT_KEPT, Promise.MEANING_KEPT) and _inside(
                withheld, span.start, span.end
            ):
                self.in_withheld += 1
                continue
            if promise is Promise.SUBJECT_KEPT:
                self.subject = self.subject.add(intact(span, removed))
            elif promise is Promise.PROFESSIONAL_KEPT:
                self.professional = self.professional.add(intact(span, removed))
            elif promise is Promise.MEANING_KEPT:
                kind = span.field("kind") or "-"
                self.meaning[kind] = self.meaning.get(kind, Share()).add(intact(span, removed))
        gold = ((s.start, s.end) for s, p in promises if s.label != MEANING and p not in _KEPT)
        self.tokens += token_counts(text, removed, gold)
        self.documents += 1
        self.characters += len(text)

    def report(self, corpus: str, model: str, seconds: float) -> PromiseReport:
        """The tallies so far as a report."""
        return PromiseReport(
            corpus=corpus,
            policy=self.policy.name,
            keep_subject=self.policy.keep_subject,
            model=model,
            documents=self.documents,
            characters=self.characters,
            seconds=seconds,
            must_go_by_role=tuple(sorted(self.by_role.items())),
            must_go_by_label=tuple(sorted(self.by_label.items())),
            subject=self.subject,
            meaning_by_kind=tuple(sorted(self.meaning.items())),
            tokens=self.tokens,
            keep_professionals=self.policy.professionals == "keep",
            professional=self.professional,
            in_withheld=self.in_withheld,
        )


#: A document field naming the release a document belongs to: consecutive documents with
#: the same value are redacted as one release (the development set's case files), and the
#: Redactor's memory of who is staff starts over at each, and each is read whole for the
#: people it names before any of it is redacted (`Redactor.start_release`), as the batch
#: runner reads a request. A corpus without it is one release, read as it comes.
RELEASE_FIELD = "release"


def score_policy(
    documents: Iterable[GoldDocument], redactor: Redactor, corpus: str = ""
) -> PromiseReport:
    """Redact each document with its subject under the redactor's policy, and score it."""
    pending: deque[GoldDocument] = deque()

    def pairs(release: Iterable[GoldDocument]) -> Iterator[tuple[str, tuple[str, ...]]]:
        for document in release:
            pending.append(document)
            yield document.text, document.subject

    def by_release() -> Iterator[RedactionResult]:
        for named, grouped in groupby(documents, key=lambda d: d.field(RELEASE_FIELD)):
            if named is None:  # documents not known to be one request: each as it comes
                redactor.start_release()
                yield from redactor.redact_pairs(pairs(grouped))
                continue
            release = list(grouped)  # read whole first, as the batch runner reads a request
            redactor.start_release(d.text for d in release)
            yield from redactor.redact_pairs(pairs(release))

    scorer = PromiseScorer(redactor.policy)
    results = Stopwatch(by_release())
    for result in results:
        withheld = merge_intervals(
            (f.start, f.end) for f in result.findings if f.entity_type == WITHHELD
        )
        scorer.add(pending.popleft(), removed_regions(result.findings), result.text, withheld)
    return scorer.report(corpus, redactor.model_name, results.seconds)


def _inside(regions: Sequence[Interval], start: int, end: int) -> bool:
    """Whether [start, end) lies wholly inside one of the merged, sorted `regions`."""
    return any(lo <= start and end <= hi for lo, hi in regions)


def score_vanilla(
    documents: Iterable[GoldDocument], policy: Policy, engine: VanillaEngine, corpus: str = ""
) -> PromiseReport:
    """Vanilla Presidio scored against what `policy` promises: it removes whatever it finds,
    so it keeps no subject and no meaning it happens to find; the baseline beside ours."""
    pending: deque[GoldDocument] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield document.text

    scorer = PromiseScorer(policy)
    outcomes = Stopwatch(engine.run(texts()))
    for outcome in outcomes:
        scorer.add(pending.popleft(), outcome.removed, outcome.output)
    return scorer.report(corpus, engine.model, outcomes.seconds)


def evaluate_policies(
    path: str | Path,
    policies: Sequence[str | Path | LoadedPolicy] = ("social-media",),
    model: str | None = None,
    limit: int | None = None,
) -> list[PromiseReport]:
    """One report per policy on the gold corpus at `path`, in the order given."""
    name = Path(path).name
    return [
        score_policy(read_corpus(path, limit), Redactor(policy, model=model), corpus=name)
        for policy in policies
    ]


#: Built-in policies a promise report cannot score, with the reason `--all-policies` gives.
NOT_SCORED: dict[str, str] = {
    "duty-to-warn": (
        "releases only the passages about a threat and withholds the rest, diagnoses and "
        "medications included: its promise is which passages go, which gold spans do not "
        "label (tests/topics/test_threat.py holds it to its notes)"
    ),
}


def builtin_policy_names() -> tuple[str, ...]:
    """Every built-in policy a promise report can score, in a fixed order."""
    return tuple(sorted(n for n in builtin_names() if n not in NOT_SCORED))
