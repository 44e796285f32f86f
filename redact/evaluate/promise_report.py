"""A per-policy evaluation as a value, and its renderings: tables and JSON.

Like `EvaluationReport`, it holds labels, roles, kinds and counts only, never text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from redact.evaluate.metrics import TokenCounts
from redact.evaluate.report import Tally


@dataclass(frozen=True)
class Share:
    """Spans that should survive, and how many did, intact."""

    spans: int = 0
    kept: int = 0

    def add(self, kept: bool) -> Share:
        """This share with one more span counted."""
        return Share(self.spans + 1, self.kept + kept)

    @property
    def rate(self) -> float | None:
        """kept / spans, or None without spans."""
        return self.kept / self.spans if self.spans else None


Breakdown = tuple[tuple[str, Tally], ...]


@dataclass(frozen=True)
class PromiseReport:
    """What one policy promised on one corpus, and how far the redactor kept it."""

    corpus: str
    policy: str
    keep_subject: bool
    model: str
    documents: int
    characters: int
    seconds: float
    must_go_by_role: Breakdown
    must_go_by_label: Breakdown
    subject: Share
    meaning_by_kind: tuple[tuple[str, Share], ...]
    tokens: TokenCounts = field(default_factory=TokenCounts)
    #: Professionals' names where the policy keeps them (`professionals: keep`).
    keep_professionals: bool = False
    professional: Share = field(default_factory=Share)
    #: Subject and meaning spans inside a passage the policy withholds by topic (42 CFR Part
    #: 2, another member's disclosure, a third party's history): withheld on purpose, so
    #: neither kept nor lost, and counted here instead.
    in_withheld: int = 0

    @property
    def must_go(self) -> Tally:
        """Every must-go span together."""
        return sum((t for _, t in self.must_go_by_label), Tally())

    @property
    def meaning(self) -> Share:
        """Every meaning span together."""
        spans = sum(s.spans for _, s in self.meaning_by_kind)
        return Share(spans, sum(s.kept for _, s in self.meaning_by_kind))

    def summary(self) -> dict[str, float | None]:
        """The five headline numbers."""
        return {
            "must_go_recall": self.must_go.recall,
            "leak_rate": self.must_go.leak_rate,
            "subject_kept": self.subject.rate if self.keep_subject else None,
            "meaning_kept": self.meaning.rate,
            "precision": self.tokens.precision,
            "professional_kept": self.professional.rate if self.keep_professionals else None,
        }

    def to_dict(self) -> dict[str, object]:
        """The JSON form: settings, headline numbers, and every breakdown with its counts."""
        return {
            "corpus": self.corpus,
            "policy": self.policy,
            "keep_subject": self.keep_subject,
            "model": self.model,
            "documents": self.documents,
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "summary": {k: _round(v) for k, v in self.summary().items()},
            "must_go": _tally(self.must_go),
            "must_go_by_role": {k: _tally(t) for k, t in self.must_go_by_role},
            "must_go_by_label": {k: _tally(t) for k, t in self.must_go_by_label},
            "subject_kept": _share(self.subject),
            "keep_professionals": self.keep_professionals,
            "professional_kept": _share(self.professional),
            "meaning_kept": _share(self.meaning),
            "meaning_by_kind": {k: _share(s) for k, s in self.meaning_by_kind},
            "in_withheld_passages": self.in_withheld,
            "token_precision": {
                "touched": self.tokens.touched,
                "in_gold": self.tokens.in_gold,
                "precision": _round(self.tokens.precision),
            },
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _tally(tally: Tally) -> dict[str, object]:
    return {
        "spans": tally.spans,
        "covered": tally.covered,
        "leaked": tally.leaked,
        "recall": _round(tally.recall),
        "leak_rate": _round(tally.leak_rate),
    }


def _share(share: Share) -> dict[str, object]:
    return {"spans": share.spans, "kept": share.kept, "rate": _round(share.rate)}


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as aligned text: the first column left, the rest right; a rule under the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            [
                row[0].ljust(widths[0]),
                *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
            ]
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def _tally_rows(title: str, breakdown: Breakdown) -> list[str]:
    rows = [(title, "spans", "recall", "leak rate")]
    rows += [(k, str(t.spans), _ratio(t.recall), _ratio(t.leak_rate)) for k, t in breakdown]
    return _aligned(rows)


def format_promise(report: PromiseReport) -> str:
    """One policy's table: headline numbers, must-go by role and by label, meaning by kind."""
    summary = report.summary()
    must_go, meaning, subject, tokens = (
        report.must_go,
        report.meaning,
        report.subject,
        report.tokens,
    )
    subject_line = (
        f"subject kept:   {_ratio(summary['subject_kept'])} ({subject.kept} of {subject.spans})"
        if report.keep_subject
        else "subject kept:   - (this policy does not keep the subject)"
    )
    professional = report.professional
    professional_line = (
        f"professional kept: {_ratio(summary['professional_kept'])} "
        f"({professional.kept} of {professional.spans})"
        if report.keep_professionals
        else "professional kept: - (this policy removes professionals' names)"
    )
    lines = [
        f"policy: {report.policy}   corpus: {report.corpus}   model: {report.model}",
        f"must-go recall: {_ratio(must_go.recall)} ({must_go.covered} of {must_go.spans} spans)",
        f"leak rate:      {_ratio(must_go.leak_rate)} ({must_go.leaked} of {must_go.spans})",
        subject_line,
        professional_line,
        f"meaning kept:   {_ratio(meaning.rate)} ({meaning.kept} of {meaning.spans})",
        f"in withheld passages: {report.in_withheld} subject and meaning spans "
        "(withheld by a topic on purpose; not scored as kept or lost)",
        f"precision:      {_ratio(tokens.precision)} "
        f"({tokens.in_gold} of {tokens.touched} touched words in a span that may go)",
        "",
        *_tally_rows("must go, by role", report.must_go_by_role),
        "",
        *_tally_rows("must go, by label", report.must_go_by_label),
        "",
        *_aligned(
            [("meaning, by kind", "spans", "kept")]
            + [(k, str(s.spans), _ratio(s.rate)) for k, s in report.meaning_by_kind]
        ),
        "",
        f"{report.documents} documents, {report.characters} characters in {report.seconds:.1f} s",
    ]
    return "\n".join(lines)


def format_summary(reports: Sequence[PromiseReport]) -> str:
    """One line per policy: the five headline numbers side by side."""
    rows: list[tuple[str, ...]] = [
        (
            "policy",
            "must-go recall",
            "leak rate",
            "subject kept",
            "meaning kept",
            "precision",
            "professional kept",
            "in withheld",
        )
    ]
    for report in reports:
        numbers = report.summary()
        rows.append(
            (report.policy, *(_ratio(v) for v in numbers.values()), str(report.in_withheld))
        )
    return "\n".join(_aligned(rows))
