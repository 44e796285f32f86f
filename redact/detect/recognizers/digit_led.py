"""Patterns whose every match has digits near its start, tried only around runs of digits.

Identifier patterns (SSN, passport, licence and member numbers, phone shapes, house numbers)
are each a full pass over the text, and a regex engine tries most of them at every
position. Each of their matches holds a run of digits that starts at most a few characters
after the match does; a note holds few such runs. So the run of digits is the pattern's cue
(`cued.py`): one fast pass finds the runs, and the pattern is tried only from `before`
characters ahead of each run to its end. For Presidio's patterns, written elsewhere, what
each one holds is read off its regex here and tied to that regex by a fingerprint: a
Presidio release that changes a pattern gets it scanned in full again, and a test fails.

It pays only where the run is long. A note has a few runs of six or more digits and
dozens of shorter ones (dates, times, counts); trying a pattern from Python at each
position of those was slower than the regex engine's own pass, for the SSN, ITIN, card,
IPv4 and MBI patterns that need one to five digits. Measured on the benchmark's notes, the
six patterns below went from 0.28 to 0.08 ms a note together.
"""

from __future__ import annotations

import hashlib

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern


def digit_led(
    name: str, regex_: str, score: float, before: int = 0, digits: int = 1
) -> CuedPattern:
    """A pattern each of whose matches has `digits` digits in a row, the first of them at
    most `before` characters after the match's start."""
    if digits < 1 or before < 0:
        raise ValueError(f"pattern {name!r}: digits must be at least 1 and before at least 0")
    return CuedPattern(name, regex_, score, cue=rf"\d{{{digits},}}", reach=0, before=before)


def fingerprint(regex_: str) -> str:
    """A short digest of a pattern's source, to notice when Presidio changes it."""
    return hashlib.sha256(regex_.encode("utf-8")).hexdigest()[:16]


#: Presidio's pattern name -> (fingerprint of the regex reasoned about, digits in a row
#: every match has, most characters before the first of them), with the reason.
PRESIDIO_DIGIT_LED: dict[str, tuple[str, int, int]] = {
    # "\b" then nine, eight to seventeen, six to fourteen (or sixteen), nine digits.
    "SSN4 (very weak)": ("4e6bd6618bc9dd32", 9, 0),
    "Bank Account (weak)": ("77ff5492baf67207", 8, 0),
    "Driver License - Digits (very weak)": ("03317c267dbb76a2", 6, 0),
    "Passport (very weak)": ("31cb23903d565134", 9, 0),
    # "\b", a letter, eight digits.
    "Passport Next Generation (very weak)": ("a4aad820a6663d66", 8, 1),
    # Two letters then seven digits, or a letter and "9" then seven digits.
    "USA DEA Certificate Number (weak)": ("8b00da21c7ca480a", 7, 2),
}


def presidio_digit_led(patterns: list[Pattern]) -> list[Pattern]:
    """`patterns` with those of `PRESIDIO_DIGIT_LED` cued by their digits, if unchanged."""
    result: list[Pattern] = []
    for pattern in patterns:
        known = PRESIDIO_DIGIT_LED.get(pattern.name)
        if known is None or known[0] != fingerprint(pattern.regex):
            result.append(pattern)
            continue
        _, digits, before = known
        result.append(digit_led(pattern.name, pattern.regex, pattern.score, before, digits))
    return result
