"""US ZIP codes, and UK and Canadian postcodes.

A ZIP code narrows a client down to a few thousand households, and together with an age and
a family make-up it can single a family out; HIPAA's Safe Harbor removes all but the first
three digits. But a five-digit number is also an amount, a count or an id, so a bare one
is scored far below the threshold and only counts after a state ("Springfield, MA 01103")
or a keyword ("zip 02139", "postal code K1A 0B1"), or when Presidio's context enhancer finds
"zip" or "postal" nearby. A ZIP+4 ("02139-4307") and a Canadian postcode ("K1A 0B1") have
shapes of their own and pass on their own at a moderate score.

State and province abbreviations are matched case-sensitively: "IN 46204" is Indiana, but
"in 46204" is not. A lower-case code that is no English word, after a town, is a state too
("manchester nh 03104").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern

_US_STATE_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|VI|GU|AS|MP|AA|AE|AP"
)
_US_STATE_NAME = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
    "|District of Columbia"
)
#: A state's code in lower case after a town, the way a hurried address line writes it
#: ("manchester nh 03104"): only the codes that are no English word ("in", "me", "or", "oh"
#: and "pa" are left out, and so is every code that is one).
_LOWER_STATE_ABBR = (
    "ak|az|ca|ct|fl|ga|ia|ks|ky|md|mn|ms|mt|nc|nd|nh|nj|nm|nv|ny|ri|sc|sd|tn|tx|ut|va|vt|wa"
    "|wi|wv|wy"
)
_CA_PROVINCE_ABBR = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"

_US_ZIP = r"\d{5}(?:-\d{4})?"
#: Canadian postcode: letter digit letter, digit letter digit; D, F, I, O, Q, U never used.
_CA_POSTCODE = r"(?-i:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d)"
#: UK postcode: outward code (area letters, district digits) and inward code (digit, 2 letters).
_UK_POSTCODE = r"(?-i:(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2})"
#: Other countries' codes, only after a keyword: "394 13", "53-320", "3610-114", "7412 SL".
_OTHER_POSTCODE = r"(?:\d{2}-\d{3}|\d{3,6}(?:[ \-]\d{2,4})?(?: ?(?-i:[A-Z]{2}))?)"
_KEYWORD = r"(?:zip(?:\s*code)?|zip\s*/\s*postal(?:\s*code)?|postal\s*code|post\s*code|postcode)"
_END = r"(?![\w\-])"
_START = r"(?<![\w$€£.,\-/])"


class ZipCodeRecognizer(CuedPatternRecognizer):
    """Find ZIP codes and postcodes (entity ZIP_CODE).

    - after a keyword ("zip", "postal code"), any common postcode shape: 0.8;
    - a US ZIP after a state abbreviation or name, a Canadian code after a province: 0.7;
    - a bare Canadian postcode: 0.4; a bare ZIP+4: 0.4; a bare UK postcode: 0.3;
    - a bare five-digit number: 0.1, kept only if context lifts it.
    """

    ENTITY: ClassVar[str] = "ZIP_CODE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "postcode after keyword",
            rf"(?<=\b{_KEYWORD}(?:\s*(?:is|was|:|#|no\.?))*\s*)"
            rf"(?:{_CA_POSTCODE}|{_UK_POSTCODE}|{_OTHER_POSTCODE}){_END}",
            0.8,
            cue=rf"\b{_KEYWORD}",
        ),
        LeanPattern(
            "ZIP after state",
            rf"(?<=\b(?:(?-i:{_US_STATE_ABBR})\.?|(?:{_US_STATE_NAME})),?\s+){_US_ZIP}{_END}",
            0.7,
        ),
        LeanPattern(
            "ZIP after a lower-case state",
            rf"(?<=\b[a-z]{{3,}},?[ \t]+(?:{_LOWER_STATE_ABBR}),?[ \t]+){_US_ZIP}{_END}",
            0.7,
        ),
        LeanPattern(
            "postcode after province",
            rf"(?<=\b(?-i:{_CA_PROVINCE_ABBR}),?\s+){_CA_POSTCODE}{_END}",
            0.7,
        ),
        LeanPattern("Canadian postcode (bare)", rf"\b{_CA_POSTCODE}{_END}", 0.4),
        LeanPattern("ZIP+4 (bare)", rf"{_START}\d{{5}}-\d{{4}}{_END}", 0.4),
        LeanPattern("UK postcode (bare)", rf"\b{_UK_POSTCODE}{_END}", 0.3),
        LeanPattern("five digits (bare)", rf"{_START}\d{{5}}(?![\w\-]|[.,]\d)", 0.1),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("zip", "zipcode", "postal", "postcode", "mailing")
