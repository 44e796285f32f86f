"""A date, an age or a phone number found by its pattern is nobody's name.

NER and strict mode run names and places into the numbers next to them: "DOB 11-02" as an
organisation, "Admitted Jan" as a person, "Baker, 36" as a name, a street "DOB 11" (a
street type after a name, "Koskikatu 25"). Where such a broad finding overlaps a number
that one of our patterns found, the union went to the strictest action, so a date that
should have kept its year became a placeholder, and an age became a name.

The pattern's span is exact, and no name runs through a date or a phone number: so the
broad finding loses the characters of the number and keeps the rest (a piece with no
letter or digit goes). The number is then acted on by its own rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.detect.spans import Spans, cut_out
from redact.findings import Finding

#: Types whose findings from our patterns are exact.
NUMBER_TYPES = frozenset(
    {"DATE_TIME", "DATE_OF_BIRTH", "AGE", "PHONE_NUMBER", "US_SSN", "EMAIL_ADDRESS"}
)
#: Findings of these sources are guesses from capitals and context, not from a pattern.
BROAD_SOURCES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
BROAD_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
#: Strict mode's street-name-then-number pattern ("DOB 11" of "DOB 11-02-1931").
WEAK_STREETS = frozenset({"NamedStreetRecognizer"})


def _is_broad(finding: Finding) -> bool:
    if finding.entity_type in BROAD_TYPES:
        return finding.source in BROAD_SOURCES
    return finding.entity_type == "STREET_ADDRESS" and finding.source in WEAK_STREETS


def numbers_first(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with every broad name or place cut off the numbers our patterns found."""
    numbers = Spans(
        (f.start, f.end)
        for f in findings
        if f.entity_type in NUMBER_TYPES and f.source not in BROAD_SOURCES
    )
    if not numbers:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        touching = numbers.touching(finding)
        if touching and _is_broad(finding):
            kept += cut_out(text, finding, touching)  # a street piece keeps only with a number
        else:
            kept.append(finding)
    return kept
