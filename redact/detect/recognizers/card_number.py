"""Payment card numbers after the word "card", checksum or not.

Presidio's `CreditCardRecognizer` takes only numbers that pass the Luhn checksum. A note
that copies a card number by hand, a typo in it, or a store or benefits card ("EBT card
no 5077...", "my card # 503890547220") fails the checksum yet still leads to the holder.
Here twelve to nineteen digits, in one run or in groups of four, are a card number when
"card" (with "no", "number" or "#" allowed) comes right before them; the keyword stays
outside the span.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

_KEYWORD = r"(?<=\bcard\s*(?:(?:no\.?|number|num|#)\s*)?(?:is\s+|was\s+)?[:#]?\s*)"
_NUMBER = r"(?:\d{12,19}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?)(?![\w\-/]|[.,]\d)"


class CardNumberRecognizer(CuedPatternRecognizer):
    """Find card numbers right after "card" (entity CREDIT_CARD): score 0.6."""

    ENTITY: ClassVar[str] = "CREDIT_CARD"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern("card number after keyword", rf"{_KEYWORD}(?<![\w\-]){_NUMBER}", 0.6),
    )
