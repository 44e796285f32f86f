"""Presidio's URL recognizer, with its scheme-less pattern tried only where a domain can be.

Presidio's "Non schema URL" pattern (a run of letters, digits, dots and dashes, then a dot
and a top-level domain) is tried at every position of a text, each try reading ahead up to
253 characters: the most expensive of Presidio's patterns on case notes. Every match lies in
a run of such characters that has a dot followed by a letter; the cue is that dot, and the
run is read backwards from it to its first character, so the pattern is tried only inside
such runs.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: A dot followed by a letter, and the run of host-name characters before it.
_DOT_LETTER = r"(?i)\.[a-z]"
_HOST_RUN = r"(?i)[a-z0-9.\-]*"
_CUED = "Non schema URL"


def _patterns() -> list[Pattern]:
    patterns: list[Pattern] = []
    for pattern in UrlRecognizer.PATTERNS:
        if pattern.name == _CUED:
            pattern = CuedPattern(
                pattern.name, pattern.regex, pattern.score, _DOT_LETTER, reach=0, back=_HOST_RUN
            )
        patterns.append(pattern)
    return patterns


class CuedUrlRecognizer(CuedPatternRecognizer, UrlRecognizer):
    """URLs (entity URL) with Presidio's patterns, scores and context; same results, less work.

    The patterns ignore case by their own "(?i)" and use neither "." nor anchors, so they
    are compiled without flags: exactly as Presidio compiled them to validate them when it
    was imported, so the regex module's cache hands back those compiled patterns instead of
    parsing 6,000 characters of top-level domains again.
    """

    SCAN_FLAGS: ClassVar[int | None] = 0

    def __init__(self) -> None:
        super().__init__(patterns=_patterns(), name="UrlRecognizer")
