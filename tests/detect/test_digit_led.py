"""Digit-led patterns find exactly what a full scan finds, and only Presidio's as reasoned."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from benchmarks.corpus import NoteMaker
from redact.detect.engine import presidio_recognizers
from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, Scan
from redact.detect.recognizers.digit_led import (
    PRESIDIO_DIGIT_LED,
    digit_led,
    fingerprint,
    presidio_digit_led,
)

#: Runs of digits at the edges of what each pattern takes: glued to letters, at the start
#: and end of the text, too short and too long, in other scripts, after "9".
EDGE_TEXTS = [
    "123456789",
    "AB1234567 and A91234567, xAB1234567, AB12345678",
    "id 123456789012 or 1234567890123456 or 12345678901234567; 12345 123456",
    "passport A12345678, B123456789, 987654321.",
    "SSN 078051120; 07805112; 0780511201",
    "٠١٢٣٤٥٦٧٨ and ١٢٣٤٥٦٧٨٩٠ in Arabic-Indic digits; ＡＢ１２３４５６７",
    "DEA: AB1234567 / a91234567 / 9AB1234567",
    "",
]


def _digit_led_scans() -> Iterator[tuple[str, Scan]]:
    for recognizer in presidio_recognizers():
        if isinstance(recognizer, CuedPatternRecognizer):
            for scan in recognizer._scans:
                if scan.pattern.name in PRESIDIO_DIGIT_LED:
                    yield recognizer.name, scan


def test_every_entry_is_cued_in_the_recognizers_in_use() -> None:
    """A Presidio release that changes one of these patterns fails here, not silently."""
    cued = {scan.pattern.name for _, scan in _digit_led_scans() if scan.cue is not None}
    assert cued == set(PRESIDIO_DIGIT_LED)


def test_a_changed_pattern_is_scanned_in_full() -> None:
    name = "SSN4 (very weak)"
    [kept] = presidio_digit_led([Pattern(name, r"\b[0-9]{8}\b", 0.05)])
    assert not isinstance(kept, CuedPattern)


def test_a_known_pattern_gets_its_digits_and_reach_back() -> None:
    name = "USA DEA Certificate Number (weak)"
    source = next(s.pattern.regex for _, s in _digit_led_scans() if s.pattern.name == name)
    [cued] = presidio_digit_led([Pattern(name, source, 0.4)])
    assert isinstance(cued, CuedPattern)
    assert (cued.cue, cued.before, cued.reach) == (r"\d{7,}", 2, 0)
    assert fingerprint(source) == PRESIDIO_DIGIT_LED[name][0]


@pytest.mark.parametrize(("digits", "before"), [(0, 0), (1, -1)])
def test_nonsense_bounds_are_refused(digits: int, before: int) -> None:
    with pytest.raises(ValueError, match="digits must be at least 1"):
        digit_led("x", r"\d", 0.1, before, digits)


def test_digit_led_scans_find_what_finditer_finds() -> None:
    texts = EDGE_TEXTS + list(NoteMaker(3).notes(100))
    found = 0
    for name, scan in _digit_led_scans():
        for text in texts:
            cued = [m.span() for m in scan.matches(text)]
            assert cued == [m.span() for m in scan.compiled.finditer(text)], (name, text[:40])
            found += len(cued)
    assert found > 10


def test_results_are_presidios() -> None:
    for recognizer in presidio_recognizers():
        if not isinstance(recognizer, CuedPatternRecognizer):
            continue
        entities = recognizer.supported_entities
        for text in EDGE_TEXTS:
            ours = sorted((r.start, r.end, r.score) for r in recognizer.analyze(text, entities))
            full = PatternRecognizer.analyze(recognizer, text, entities)
            assert ours == sorted((r.start, r.end, r.score) for r in full), recognizer.name
