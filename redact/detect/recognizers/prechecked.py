"""Presidio's slowest weak patterns, each led by a look-ahead that every one of its matches passes.

Presidio's driver-licence and IPv6 patterns are long alternations tried at every word
start (or every position) of a note, and almost every try fails after reading a few
characters of each alternative. A look-ahead in front that every match must pass fails at
once where none can start, and leaves the matches as they were:

- every alternative of the licence pattern has a digit within its first three characters,
  but for one that reads "A-Z]]" literally (a typo of Presidio's, kept as it is);
- every alternative of the IPv6 pattern starts with at most four hex digits and a colon.

Each look-ahead goes in after a prefix that must be found in Presidio's pattern as it is
written: if a Presidio release changes the pattern, building the recognizer fails loudly
and the look-ahead is looked at again (tests compare the results with Presidio's patterns).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import IpRecognizer, UsLicenseRecognizer

from redact.detect.recognizers.presidio_patterns import scanned_by_us

#: Pattern name -> (the prefix of Presidio's regex, the same prefix with the look-ahead).
PRECHECKS: dict[str, tuple[str, str]] = {
    "Driver License - Alphanumeric (weak)": (r"\b(", r"\b(?=[A-Z]{0,2}\d|A-Z\]\])("),
    "IPv6": (r"(?<![\w:])(?:", r"(?<![\w:])(?=[0-9A-Fa-f]{0,4}:)(?:"),
}


def prechecked(patterns: list[Pattern]) -> list[Pattern]:
    """New patterns, with the look-ahead of `PRECHECKS` in front of those it names."""
    result = []
    for pattern in patterns:
        check = PRECHECKS.get(pattern.name)
        if check is None:
            result.append(pattern)
            continue
        prefix, checked = check
        if not pattern.regex.startswith(prefix):
            raise ValueError(f"Presidio's pattern {pattern.name!r} no longer starts as expected")
        regex = checked + pattern.regex[len(prefix) :]
        result.append(Pattern(pattern.name, regex, pattern.score))
    return result


def prechecked_license_recognizer() -> UsLicenseRecognizer:
    """Presidio's US driver-licence recognizer with its look-ahead-led patterns."""
    return scanned_by_us(UsLicenseRecognizer, prechecked(list(UsLicenseRecognizer.PATTERNS)))


def prechecked_ip_recognizer() -> IpRecognizer:
    """Presidio's IP address recognizer with its look-ahead-led IPv6 pattern."""
    return scanned_by_us(IpRecognizer, prechecked(list(IpRecognizer.PATTERNS)))
