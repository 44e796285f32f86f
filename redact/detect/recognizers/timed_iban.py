"""Presidio's IBAN recognizer, which may skip a pattern that times out: here the text stops.

The IBAN recognizer keeps its own regex loop (it has its own `analyze`, so our cued loop
cannot scan it). That loop catches `TimeoutError` from a regex call and goes on without the
pattern. A call can only time out after Presidio's per-call limit, so a pass that took at
least that long may have skipped one: the text is stopped (`DetectionTimeoutError`), never
released as if it were clean. Under an alarm our own error passes through that loop
untouched (`redact.detect.deadline`).
"""

from __future__ import annotations

import time

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer
from presidio_analyzer.predefined_recognizers.generic import iban_recognizer

from redact.detect.deadline import MESSAGE
from redact.errors import DetectionTimeoutError


class TimedIbanRecognizer(IbanRecognizer):
    """`IbanRecognizer` whose pass stops the text when a regex call may have timed out."""

    def __init__(self) -> None:
        super().__init__(name="IbanRecognizer")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's results, or `DetectionTimeoutError` after a pass as long as its timeout."""
        start = time.monotonic()
        parent = super().analyze
        results: list[RecognizerResult] = parent(text, entities, nlp_artifacts, regex_flags)  # type: ignore[arg-type]
        if time.monotonic() - start >= iban_recognizer.REGEX_TIMEOUT_SECONDS:
            raise DetectionTimeoutError(MESSAGE)
        return results
