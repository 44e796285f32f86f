"""Measuring a redactor against gold-annotated corpora: recall, leaks, precision, speed.

An evaluation reads a corpus and writes nothing: it is not a release, so it never touches
the release log, and its report carries labels and numbers, never document text.
"""

from __future__ import annotations

from redact.evaluate.corpus import GoldDocument, GoldSpan, parse_where, read_corpus
from redact.evaluate.promise_report import PromiseReport, format_promise, format_summary
from redact.evaluate.promise_run import evaluate_policies, score_policy, score_vanilla
from redact.evaluate.report import EvaluationReport, Tally, format_table
from redact.evaluate.run import evaluate_corpus, score_stream

__all__ = [
    "EvaluationReport",
    "GoldDocument",
    "GoldSpan",
    "PromiseReport",
    "Tally",
    "evaluate_corpus",
    "evaluate_policies",
    "format_promise",
    "format_summary",
    "format_table",
    "parse_where",
    "read_corpus",
    "score_policy",
    "score_stream",
    "score_vanilla",
]
