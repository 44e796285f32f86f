"""Presidio's phone recognizer over eight regions, run only around runs of digits.

Presidio's `PhoneRecognizer` hands the whole text to libphonenumber's matcher once per
region; with the eight regions our clients' numbers come from, that was the largest cost
among the recognizers. A phone number is a run of digits joined by at most a few
punctuation or space characters, with at least `MIN_DIGITS` digits (the shortest valid
numbers of these regions have that many), so the matcher is given only windows around such
runs, with enough text either side for its own checks of what precedes and follows a
candidate ("ext. 12", a letter glued to the number, a time stamp). Same matcher, same
regions, same results (tests compare the two on notes and the shared corpora).
"""

from __future__ import annotations

import re

from phonenumbers import PhoneMetadata
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

#: The regions whose national formats we recognise without a country code.
REGIONS = ("US", "CA", "GB", "DE", "FR", "IN", "MX", "BR")


def fewest_digits(regions: tuple[str, ...]) -> int:
    """The fewest digits any valid number of `regions` has, from libphonenumber's metadata.

    Short numbers count: German numbers may have four digits, and Presidio does report a
    bare "1640" as a phone number, so a window is opened for runs that short too.
    """
    lengths: list[int] = []
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.general_desc is None:
            raise ValueError(f"no phone metadata for region {region!r}")
        lengths += metadata.general_desc.possible_length
    return min(lengths)


#: Fewer digits than this cannot make a valid number in any of `REGIONS`.
MIN_DIGITS = fewest_digits(REGIONS)

#: Characters of context either side of a run handed to the matcher with it.
MARGIN = 30

#: Digits joined by up to four non-word characters or an "x": a superset of what
#: libphonenumber's matcher accepts between the digit blocks of one candidate.
_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w]|[xX_]){0,4}\d)*")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every run of at least `MIN_DIGITS` digits."""
    windows: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < MIN_DIGITS:
            continue
        start, end = max(0, run.start() - MARGIN), min(len(text), run.end() + MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


class RegionalPhoneRecognizer(PhoneRecognizer):
    """Phone numbers of `REGIONS` (entity PHONE_NUMBER), searched only near digit runs."""

    def __init__(self) -> None:
        super().__init__(supported_regions=REGIONS, name="PhoneRecognizer")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's phone matching, window by window, with offsets into the whole text."""
        results: list[RecognizerResult] = []
        for start, end in digit_windows(text):
            for found in super().analyze(text[start:end], entities, nlp_artifacts):  # type: ignore[arg-type]
                found.start += start
                found.end += start
                results.append(found)
        return EntityRecognizer.remove_duplicates(results)
