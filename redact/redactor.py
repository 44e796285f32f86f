"""The Redactor: detect -> decide -> transform, for one note or a stream of them.

The single-note path is a stream of one. The Redactor owns what is costly to build (the
model, the analyzer) and the release key, so every text it redacts belongs to one release
and shares its pseudonyms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.detect.detector import DEFAULT_BATCH_SIZE, Detector
from redact.findings import Action, Finding
from redact.policy.decide import decide
from redact.policy.loader import LoadedPolicy, load_policy
from redact.policy.model import Policy
from redact.transform.apply import Placed, apply_findings
from redact.transform.pseudonym import ReleaseKey

Subject = str | Sequence[str] | None

NO_SUBJECT_WARNING = (
    "This policy keeps the subject of the request, but no subject was given: every name "
    "was treated as a third party."
)


def subject_names(subject: Subject) -> tuple[str, ...]:
    """A subject given as one name or several, as a tuple of non-empty names."""
    if subject is None:
        return ()
    names = [subject] if isinstance(subject, str) else list(subject)
    return tuple(n.strip() for n in names if n and n.strip())


@dataclass(frozen=True)
class Overrides:
    """A person's corrections to detection, by span: findings to keep, spans to add.

    `keep` holds (start, end) of decided findings that are false positives; `add` holds
    (start, end, entity_type) of identifiers detection missed. Spans, never text.
    """

    keep: frozenset[tuple[int, int]] = frozenset()
    add: tuple[tuple[int, int, str], ...] = ()

    def added_findings(self, text_length: int) -> list[Finding]:
        """The added spans as findings, clipped to the text."""
        return [
            Finding(max(0, s), min(e, text_length), t, 1.0, source="override")
            for s, e, t in self.add
            if min(e, text_length) > max(0, s)
        ]

    def apply_keeps(self, decided: Sequence[Finding]) -> list[Finding]:
        """Decided findings with the kept spans' action set to keep."""
        return [f.with_action(Action.KEEP) if (f.start, f.end) in self.keep else f for f in decided]


NO_OVERRIDES = Overrides()


@dataclass(frozen=True)
class RedactionResult:
    """One redacted text: the output, what was found (no text), and warnings."""

    text: str
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...]
    placed: tuple[Placed, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Findings acted on, by entity type (kept ones are not counted)."""
        acted = Counter(f.entity_type for f in self.findings if f.action is not Action.KEEP)
        return dict(sorted(acted.items()))


class Redactor:
    """Redacts texts under one purpose policy, as one release."""

    def __init__(
        self,
        policy: str | Path | LoadedPolicy = "social-media",
        model: str | None = None,
        key: ReleaseKey | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.loaded = policy if isinstance(policy, LoadedPolicy) else load_policy(policy)
        self.key = key if key is not None else ReleaseKey.generate()
        self.detector = Detector(model, self.policy.acted_on_types(), batch_size)

    @property
    def policy(self) -> Policy:
        """The validated policy in force."""
        return self.loaded.policy

    @property
    def model_name(self) -> str:
        """Name of the spaCy model in use."""
        return self.detector.model_name

    @property
    def model_version(self) -> str:
        """Version of the spaCy model in use."""
        return self.detector.model_version

    def redact(
        self, text: str, subject: Subject = None, overrides: Overrides = NO_OVERRIDES
    ) -> RedactionResult:
        """Redact one text; `subject` names the person the release is about.

        `overrides` carries a person's corrections (kept false positives, added misses), as
        made on the clinicians' page.
        """
        detection = next(self.detector.detect_stream([(text, subject_names(subject))]))
        return self._finish(detection.text, detection.subject, detection.findings, overrides)

    def redact_many(
        self, texts: Iterable[str], subject: Subject = None
    ) -> Iterator[RedactionResult]:
        """Redact a stream of texts about one subject; one result per input, in order."""
        names = subject_names(subject)
        return self.redact_pairs((text, names) for text in texts)

    def redact_pairs(self, items: Iterable[tuple[str, Sequence[str]]]) -> Iterator[RedactionResult]:
        """Redact (text, subject names) pairs, each with its own subject, in order."""
        for detection in self.detector.detect_stream(items):
            yield self._finish(detection.text, detection.subject, detection.findings)

    def _finish(
        self,
        text: str,
        names: Sequence[str],
        findings: list[Finding],
        overrides: Overrides = NO_OVERRIDES,
    ) -> RedactionResult:
        decided = decide([*findings, *overrides.added_findings(len(text))], self.policy)
        decided = overrides.apply_keeps(decided)
        transformed = apply_findings(text, decided, self.policy, self.key)
        warnings = list(self.policy.warnings)
        if self.policy.keep_subject and not names:
            warnings.append(NO_SUBJECT_WARNING)
        return RedactionResult(
            transformed.text, tuple(decided), tuple(warnings), transformed.placed
        )
