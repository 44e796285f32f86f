"""The last digits of an account or card after "ending": "acct ending 4471", "accounts ending
1902 and 1944", "card ending in 0553".

Bank staff, callers and notes name an account by its last four digits, and those digits are
the part of the number a statement, a teller or an abuser's ATM receipt shows: with the
bank's name they find the account. The labelled-value rule needs a value of four characters
right after its label; here the label ("account", "card", "checking") comes first, then
"ending" or "ends in", then one to four groups of four digits joined by "and", "&", "or" or
commas. Each group is one finding; the words stay ("both accounts ending [BANK] and [BANK]").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: An account word, then up to 40 characters of the same clause, then "ending (in)".
_CUE = (
    r"(?i:\b(?:acct|account|card|checking|savings|debit|credit|a/c)s?\b[^\n.;:!?]{0,40}?"
    r"\bend(?:ing|s)(?:[ \t]+(?:in|with))?[ \t]*)"
)
_LAST4 = r"#?[ \t]*(?:x{0,8}|\*{0,8})\d{4}(?!\d)"
_JOIN = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|or|&)[ \t]+)"


class AccountEndingRecognizer(CuedPatternRecognizer):
    """Find the last four digits of accounts and cards after "ending" (entity US_BANK_NUMBER)."""

    ENTITY: ClassVar[str] = "US_BANK_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "account ending last four",
            rf"(?<={_CUE}(?:{_LAST4}{_JOIN}){{0,3}}#?[ \t]*)(?:x{{0,8}}|\*{{0,8}})\d{{4}}(?!\d)",
            0.75,
            cue=_CUE,
            reach=60,
        ),
    )
