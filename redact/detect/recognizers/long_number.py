"""A bare run of eleven to nineteen digits: an identity number whatever its label.

Member ids, account and accession numbers are often written with no label of their own,
or with one that is far away or in the plural ("the infants' IDs are 110531908844 and
110531908851"). No date, time, count, measure or phone number written in a note is eleven
digits or more in one run (a phone with its country code is found first by the phone
recognizers, a card number by its checksum), so the run is removed as an identity number.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: Eleven to nineteen digits, not inside a longer token, a decimal or a dashed code.
_RUN = r"(?<![\w.,/\-+])\d{11,19}(?![\w/\-]|[.,]\d)"


class LongNumberRecognizer(CuedPatternRecognizer):
    """Find a bare run of 11-19 digits (entity ID_NUMBER); score 0.6."""

    ENTITY: ClassVar[str] = "ID_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (LeanPattern("long digit run", _RUN, 0.6),)
