"""What a redaction gives back, and what it is given: light types, no model behind them.

Kept apart from the Redactor so that code handling results (a batch's parent process, its
writers and review page, the release log) does not import spaCy and Presidio: a batch with
worker processes starts them a second sooner, and commands without a model start fast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from redact.findings import Action, Finding
from redact.risk.assess import RiskReport
from redact.transform.apply import Placed

Subject = str | Sequence[str] | None


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
    """One redacted text: the output, what was found (no text), warnings, residual risk."""

    text: str
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...]
    placed: tuple[Placed, ...]
    risk: RiskReport | None = None
    part2_notice: bool = False
    #: What the release's corrections changed here, by `keep:TYPE` / `redact:TYPE` (no text).
    corrections: tuple[tuple[str, int], ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Findings acted on, by entity type; withheld passages as `withheld:<topic>`."""
        acted: Counter[str] = Counter()
        for finding in self.findings:
            if finding.withheld:
                acted.update(f"withheld:{topic}" for topic in finding.withheld)
            elif finding.action is not Action.KEEP:
                acted[finding.entity_type] += 1
        return dict(sorted(acted.items()))
