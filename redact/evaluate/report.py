"""An evaluation's result as a value, and its two renderings: an aligned table and JSON.

The report holds labels, counts and timings only. It never holds document text or ids of
spans, so it can be printed, pasted into an issue or kept in CI logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redact.evaluate.metrics import TokenCounts


@dataclass(frozen=True)
class Tally:
    """Scored spans of one label (or all), how many were strictly covered, how many leaked."""

    spans: int = 0
    covered: int = 0
    leaked: int = 0

    def add(self, covered: bool, leaked: bool) -> Tally:
        """This tally with one more span counted."""
        return Tally(self.spans + 1, self.covered + covered, self.leaked + leaked)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.spans + other.spans, self.covered + other.covered, self.leaked + other.leaked
        )

    @property
    def recall(self) -> float | None:
        """Strict recall: covered / spans, or None without spans."""
        return self.covered / self.spans if self.spans else None

    @property
    def leak_rate(self) -> float | None:
        """leaked / spans, or None without spans."""
        return self.leaked / self.spans if self.spans else None


@dataclass(frozen=True)
class EvaluationReport:
    """What one run over one corpus measured. `seconds` is time spent in the engine only."""

    corpus: str
    engine: str
    policy: str | None
    model: str
    labels: tuple[str, ...] | None
    where: tuple[tuple[str, tuple[str, ...]], ...]
    documents: int
    characters: int
    seconds: float
    by_label: tuple[tuple[str, Tally], ...]
    tokens: TokenCounts = field(default_factory=TokenCounts)

    @property
    def overall(self) -> Tally:
        """Every scored span together."""
        return sum((t for _, t in self.by_label), Tally())

    def per_second(self, count: int) -> float | None:
        """`count` divided by the engine's wall time, or None when no time was measured."""
        return count / self.seconds if self.seconds > 0 else None

    def to_dict(self) -> dict[str, object]:
        """The JSON form: settings, per-label and overall scores, throughput."""
        overall = self.overall
        return {
            "corpus": self.corpus,
            "engine": self.engine,
            "policy": self.policy,
            "model": self.model,
            "labels": list(self.labels) if self.labels is not None else None,
            "where": {name: list(values) for name, values in self.where},
            "documents": self.documents,
            "spans": overall.spans,
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "per_second": {
                "documents": _round(self.per_second(self.documents)),
                "spans": _round(self.per_second(overall.spans)),
                "characters": _round(self.per_second(self.characters)),
            },
            "overall": _tally_dict(overall),
            "by_label": {label: _tally_dict(t) for label, t in self.by_label},
            "token_precision": {
                "touched": self.tokens.touched,
                "in_gold": self.tokens.in_gold,
                "precision": _round(self.tokens.precision, 4),
            },
        }


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _tally_dict(tally: Tally) -> dict[str, object]:
    return {
        "spans": tally.spans,
        "covered": tally.covered,
        "leaked": tally.leaked,
        "recall": _round(tally.recall, 4),
        "leak_rate": _round(tally.leak_rate, 4),
    }


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(report: EvaluationReport) -> str:
    """An aligned text table: one row per label, then the overall row, then throughput."""
    rows = [("label", "spans", "recall", "leak rate")]
    for label, tally in [*report.by_label, ("ALL", report.overall)]:
        rows.append((label, str(tally.spans), _ratio(tally.recall), _ratio(tally.leak_rate)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
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
    lines.insert(-1, lines[1])
    setting = f"policy {report.policy}" if report.policy else "every finding removed"
    filters = "; ".join(f"{name}={','.join(values)}" for name, values in report.where)
    header = [
        f"corpus: {report.corpus}",
        f"engine: {report.engine} ({setting}), model {report.model}",
    ]
    if filters:
        header.append(f"where: {filters}")
    tokens = report.tokens
    counts = (report.documents, report.overall.spans, report.characters)
    rates = [report.per_second(n) for n in counts]
    speed = ", ".join(
        f"{'-' if r is None else f'{r:,.0f}'} {unit}/s"
        for r, unit in zip(rates, ("documents", "spans", "characters"), strict=True)
    )
    footer = [
        f"token precision: {_ratio(tokens.precision)} "
        f"({tokens.in_gold} of {tokens.touched} touched words in a gold span of any label)",
        f"{counts[0]} documents, {counts[1]} spans, {counts[2]} characters "
        f"in {report.seconds:.1f} s: {speed}",
    ]
    return "\n".join([*header, "", *lines, "", *footer])
