"""Identity-document and account numbers written without a keyword (strict mode).

Posts and forwarded records carry passport, licence and national-id numbers bare, with no
"passport no." before them ("Missing passport M62225531 attribute", "my ID IE-ID-7493093
fails"). Each leads straight to one person. Two shapes are specific enough to take alone:

- a country-code-prefixed id: two letters, a document code, digits ("CA-DL-937289531463",
  "GB-ID-7401525");
- one token of capital letters and digits holding a run of five or more digits
  ("M62225531", "XJH123456789", "A1234567B").

Dates, times, amounts and counts have no capital letter inside the token; "COVID-19",
"A1C", "I-95", "H1N1" and "RX404" have fewer than five digits in a row; lower-case tokens
("user12345", "0x00007ff") are left to the handle and other recognizers.

Typed CASE_NUMBER (an identifier of unknown kind) and used only in strict mode: readable
policies keep case numbers, and a bare passport typed as one must not be kept there.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: Not part of a longer token, path, address or handle.
_START = r"(?<![\w\-/.@#])"
_END = r"(?![\w\-/@]|\.\w)"
_PREFIXED = r"(?-i:[A-Z]{2}-[A-Z]{2,4}-(?=[A-Z0-9]*\d{4})[A-Z0-9]{4,20})"
#: Capitals and digits, inner dashes allowed; a capital letter and five digits in a row.
_MIXED = (
    r"(?-i:(?=[A-Z0-9\-]*[A-Z])(?=[A-Z0-9\-]*\d{5})"
    r"[A-Z0-9]{1,20}(?:-[A-Z0-9]{1,20}){0,3})"
)


class IdNumberRecognizer(CuedPatternRecognizer):
    """Find bare identity-document and account numbers (entity CASE_NUMBER).

    - a country-code-prefixed id ("US-DL-799124131204"): 0.6;
    - a capitals-and-digits token with five digits in a row ("M62225531"): 0.45.
    """

    ENTITY: ClassVar[str] = "CASE_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern("country-prefixed id", rf"{_START}{_PREFIXED}{_END}", 0.6),
        LeanPattern("capitals and digits", rf"{_START}{_MIXED}{_END}", 0.45),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "id",
        "passport",
        "license",
        "licence",
        "national",
        "number",
        "account",
        "record",
    )
