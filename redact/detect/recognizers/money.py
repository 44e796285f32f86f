"""Amounts of money: "$1,200", "EUR 4,000", "5,699.21 euros (EUR)", "200,000 Turkish liras".

An exact sum narrows a story down to one person: the rent owed, a settlement, a fine, the
damages a court awarded. Posts and research extracts drop it (the `social-media` policy
replaces it); records for a court or a provider keep it, since there it is the substance.

An amount is digits (with thousands separators and decimals, optionally "million" or
"thousand") next to a currency: a symbol, an ISO 4217 code of a currency in use or one
replaced by the euro (court records quote Deutsche Marks and schillings), or a currency
word, possibly after its country's adjective ("Austrian schillings", "GDR marks"); a code in
brackets after the amount is part of it ("100,000 euros (EUR)").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

_SYMBOL = r"[$€£¥₹₺₽₩₪₫฿₴₦₱]|US\$|C\$|A\$|NZ\$|R\$|Fr\.|CHF|kr\.?|zł"
#: ISO 4217 codes: current ones that notes and judgments quote, and the pre-euro ones.
_CODE = (
    r"(?-i:USD|EUR|GBP|CAD|AUD|NZD|JPY|CNY|INR|MXN|BRL|ZAR|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF"
    r"|RON|BGN|HRK|RSD|BAM|MKD|TRY|TRL|RUB|UAH|GEL|AMD|AZN|MDL|BYN|KZT|ILS|EGP|MAD"
    r"|NGN|KES|PHP|VND|THB|KRW|IDR|MYR|SGD|HKD|TWD|PKR|BDT|ARS|CLP|COP|PEN|UYU|DEM|FRF"
    r"|ATS|ITL|ESP|PTE|NLG|BEF|LUF|IEP|FIM|GRD|SIT|SKK|EEK|LVL|LTL|CYP|MTL)"
)
_WORD = (
    r"(?:dollars?|bucks|cents?|euros?|eurocents?|pounds?(?:\s+sterling)?|pence|quid|yen|yuan"
    r"|rupees?|pesos?|reais|reals?|rand|francs?|marks?|deutsche?\s+marks?|schillings?"
    r"|liras?|lire|kron(?:a|e|or|er)|zlot(?:y|ys|ies)|forints?|koruna|korun|lei|leva?"
    r"|dinars?|roubles?|rubles?|hryvnias?|lari|drams?|shekels?|pounds|escudos?|pesetas?"
    r"|drachmas?|guilders?|tolars?|kunas?|manats?|tenge|rial|riyals?|dirhams?)"
)
#: A country's adjective before the currency word: "Turkish liras", "GDR marks".
_ADJECTIVE = r"(?:(?:\p{Lu}[\p{L}\-]+|GDR|US|U\.S\.)\s+)?"
_AMOUNT = r"(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_SCALE = r"(?:\s?(?:million|billion|thousand|mn|bn|m|k)(?![\p{L}\d]))?"
_START = r"(?<![\p{L}\d.,])"
_END = r"(?![\p{L}\d]|[.,]\d)"


class MoneyRecognizer(CuedPatternRecognizer):
    """Find amounts of money (entity MONEY).

    - a symbol or code before the amount ("$1,200", "EUR 4,000", "TRY 2,719"): 0.7;
    - the amount before a code or currency word ("314.44 EUR", "80 DEM", "3,000 euros",
      "200,000 Turkish liras (TRY)"): 0.7.
    """

    ENTITY: ClassVar[str] = "MONEY"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "currency before the amount",
            rf"{_START}(?:{_SYMBOL}|{_CODE})\s?{_AMOUNT}{_SCALE}{_END}",
            0.7,
            cue=rf"(?<=(?:{_SYMBOL}|{_CODE})\s?)\d",
            reach=0,
            before=5,  # the symbol or code and a space before the first digit
        ),
        CuedPattern(
            "amount before the currency",
            rf"{_START}{_AMOUNT}{_SCALE}\s?(?:{_CODE}|{_ADJECTIVE}{_WORD}(?:\s?\({_CODE}\))?)"
            rf"(?![\p{{L}}\d])",
            0.7,
            cue=rf"\d{_SCALE}\s?(?:{_CODE}|{_ADJECTIVE}{_WORD})",
            reach=0,
            before=20,  # the digits of the amount before its last digit
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("paid", "owes", "rent", "fine", "sum", "amount")
