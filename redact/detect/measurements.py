"""Body measurements NER reads as dates, names or telephone numbers.

An eating-disorder, paediatric or nutrition record is full of numbers that carry its
meaning: a weight ("Wt 46.0 kg"), a BMI and its percentile for age ("BMI 18.6, 28th
percentile"), a height ("164.2 cm"), a pulse lying and standing ("52 / 88"). NER took
"18.6, 28th" and "/ 41st" for dates, "Wt 46.0 kg" for a person and "BMI 50th" for an
organisation, and the phone pattern took "164.2" for a number to call; a research or
consultation copy then lost the very measures a reader needs, and none of them is an
identifier (HIPAA Safe Harbor removes the elements of dates, not a weight).

So, for NER's guesses only (`GUESSING_SOURCES`; a cue-based recognizer's finding stays):

- a date that holds a decimal number, or an ordinal above 31, or that is followed by
  "percentile" / "%ile", is a measurement ("18.6, 28th", "/ 41st");
- a date written "N / N" with spaces around the slash and a first number above 12 is a
  pair of readings (pulse, blood pressure), never a month and a day;
- a name, place or organisation that holds a decimal number, or a number followed by
  "percentile", is a measurement ("Wt 46.0 kg", "BMI 50th");

and a telephone number of fewer than seven digits followed by a unit of measure ("164.2
cm") is a measurement, whoever found it: no telephone number is that short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.misreadings import GUESSING_SOURCES
from redact.findings import Finding

_DECIMAL = re.compile(r"(?<![\d/.-])\d{1,3}\.\d{1,2}(?![\d/.-])")
_ORDINAL = re.compile(r"(?<!\d)(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
_PERCENTILE_AFTER = re.compile(r"[ \t]*(?:percentile|%[ \t]*ile|centile)\b", re.IGNORECASE)
_READINGS = re.compile(r"\W*(\d{2,3})[ \t]+/[ \t]+\d{2,3}\W*")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:cm|mm|kg|g|lbs?|in|inches|mg|mcg|ml|mL|bpm|kcal|mmHg|%|°[CF]?)(?![^\W\d_])"
)
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
#: Fewer digits than any telephone number.
_MIN_PHONE_DIGITS = 7
_LAST_DAY = 31
_LAST_MONTH = 12


def _is_measure_date(text: str, finding: Finding) -> bool:
    mention = text[finding.start : finding.end]
    if _MONTH.search(mention):
        return False
    if _DECIMAL.search(mention):
        return True
    if any(int(m.group(1)) > _LAST_DAY for m in _ORDINAL.finditer(mention)):
        return True
    if _ORDINAL.search(mention) and _PERCENTILE_AFTER.match(text, finding.end):
        return True
    readings = _READINGS.fullmatch(mention)
    return readings is not None and int(readings.group(1)) > _LAST_MONTH


def _is_measure_name(text: str, finding: Finding) -> bool:
    mention = text[finding.start : finding.end]
    if _DECIMAL.search(mention):
        return True
    return bool(_ORDINAL.search(mention)) and _PERCENTILE_AFTER.match(text, finding.end) is not None


def _is_measure_phone(text: str, finding: Finding) -> bool:
    digits = sum(c.isdigit() for c in text[finding.start : finding.end])
    return digits < _MIN_PHONE_DIGITS and _UNIT_AFTER.match(text, finding.end) is not None


def drop_measurements(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without NER's dates, names and places that are body measurements, and
    without telephone numbers too short to be one that a unit of measure follows."""
    kept: list[Finding] = []
    for finding in findings:
        kind = finding.entity_type
        if kind == "PHONE_NUMBER" and _is_measure_phone(text, finding):
            continue
        if not finding.is_subject and finding.source in GUESSING_SOURCES:
            if kind == "DATE_TIME" and _is_measure_date(text, finding):
                continue
            if kind in _NAME_TYPES and _is_measure_name(text, finding):
                continue
        kept.append(finding)
    return kept
