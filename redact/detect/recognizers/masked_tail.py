"""A number printed masked but for its last digits: "SSN xxx-xx-7782", "acct xxxx6604".

Statements, letters and forms print an SSN or an account with all but its last four digits
hidden, and a worker copies that into the note. The last four are what the policies that
remove the number must remove too (with the bank's or the agency's name they find the
account or the person), yet the other recognizers see no number: the mask characters are
not digits, and four digits alone read as a year. Here a mask run (x, X, * or •) and then
four digits is one finding, the mask included: an SSN's shape ("xxx-xx-7782", "***-**-7782")
is US_SSN; a plain run ("xxxx6604", "••••0713", "XXXX-XXXX-XXXX-0553") is US_BANK_NUMBER.
After an account word, dots hide the digits too ("acct ...6604"). A run of asterisks and
digits alone ("****6604") is what our own mask writes, and detection leaves it
(`redact.transform.markers`): redacting twice changes nothing.

A benefit claim number of the Social Security Administration is the wage earner's SSN with a
letter ("452-18-3309D", "452183309D", "452-18-3309B2"): it is that SSN, found here whole as
US_SSN, not a case or report number a court keeps.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

_MASK = r"[xX*•]"
_SSN_MASKED = rf"(?<![\w*•-]){_MASK}{{3}}[- ]?{_MASK}{{2}}[- ]?\d{{4}}(?![\w-])"
_ACCOUNT_MASKED = r"(?<![\w*•-])(?:(?:[xX]{4,12}|[*•]{2,12})[- ]?){1,4}\d{4}(?![\w-])"
#: Dots for the hidden digits, only right after an account word ("wire to acct ...6604"):
#: elsewhere three dots before a number are an ellipsis.
_DOTS_MASKED = (
    r"(?<=\b(?i:acct|account|card|a/c)s?[ \t]*[#:]?[ \t]*)(?:\.{2,4}|…)[ ]?\d{4}(?![\w-])"
)
#: Dots for the hidden digits in brackets after the bank or the kind of account, as a
#: statement review names the account: "Service Credit Union (...0274)", "Chase checking
#: (…5512)", "BECU savings (ending ...8830)": a bracket after such a word holds no ellipsis.
_BANK_DOTS_MASKED = (
    r"(?<=\b(?i:bank|union|cu|checking|savings|chequing)[ \t]*\("
    r"[ \t]*(?i:ending[ \t]+(?:in[ \t]+)?)?)"
    r"(?:\.{2,4}|…)[ ]?\d{4}(?![\w-])"
)
#: One to three x's for the hidden digits, only right after a card's or an account's word, as
#: a payment sheet writes the card it was paid with ("$20 visa x4417", "mc x 0932"):
#: elsewhere "x4" is a count and "x2210" an extension.
_CARD_X_MASKED = (
    r"(?<=\b(?i:visa|mc|mastercard|amex|discover|card|debit|acct|account)s?[ \t]*[#:]?[ \t]*)"
    r"[xX]{1,3}[ ]?\d{4}(?![\w-])"
)
#: A claim number: an SSN (dashed or not) and a beneficiary letter, with a digit or not.
_CLAIM_NUMBER = r"(?<![\w-])\d{3}-?\d{2}-?\d{4}[A-HJ-NP-Z]\d?(?![\w-])"


class MaskedTailRecognizer(CuedPatternRecognizer):
    """Find masked SSNs and accounts by their last four digits, and SSA claim numbers."""

    ENTITY: ClassVar[str] = "US_SSN"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern("masked SSN", _SSN_MASKED, 0.85),
        LeanPattern("SSA claim number", _CLAIM_NUMBER, 0.85),
    )


class MaskedAccountRecognizer(CuedPatternRecognizer):
    """Find an account or card number masked but for its last four digits."""

    ENTITY: ClassVar[str] = "US_BANK_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern("masked account", _ACCOUNT_MASKED, 0.7),
        LeanPattern("dotted account", _DOTS_MASKED, 0.7),
        LeanPattern("dotted account after its bank", _BANK_DOTS_MASKED, 0.7),
        LeanPattern("card after x", _CARD_X_MASKED, 0.7),
    )
