"""Telephone numbers in the shapes Presidio's phone recognizer lets through.

Presidio's `PhoneRecognizer` asks the `phonenumbers` library whether a number is valid for
one of a few regions. Posts and notes hold numbers it turns down: an extension glued on
("508-556-1330x1255", "(211)282-8112 ext. 24"), an area code no carrier uses yet (test and
made-up numbers are still someone's number in a note), and international numbers from
regions outside its list ("+63 917 555 0134", "+441154960331"). A number is identifying
whether or not it could be dialled, so these go by shape, not by validity.

Only shapes no date, time, amount or count takes are matched: a North American number with
its separators (3-3-4 digits, dots or dashes, "1-" or "001-" in front allowed), a "+" and
country code followed by eight to fifteen digits in all, or, right after or before a phone
word ("Mobile: 723 813 266", "416 60 039 office"), any grouping of seven to fifteen digits.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern
from redact.detect.recognizers.digit_led import digit_led

#: Not inside a longer number, word or code ("v2.508-556-1330" is no phone).
_START = r"(?<![\w+.\-/])"
_END = r"(?![\w\-/]|\.\d)"
_SEP = r"[ .\-]"
#: A North American number: optional trunk prefix, area code (bracketed or not), 3 + 4 digits.
#: Dots or dashes between the groups; a space only after a bracketed area code, so that a
#: list of counts ("100 200 3000") is no number.
_NANP = r"(?:(?:\+?1|001)[.\-]?)?(?:\(\d{3}\)[ .\-]?|\d{3}[.\-])\d{3}[.\-]\d{4}"
#: The same number wrapped at a dash by a narrow column or a fax: "(774) 555-⏎0193", "617-
#: 555-⏎0182": the dash that ends the line joins the groups as it would on one line.
_NANP_WRAPPED = (
    r"(?:(?:\+?1|001)[.\-]?)?(?:\(\d{3}\)[ .\-]?|\d{3}-[ \t]*\n?[ \t]*)"
    r"\d{3}-[ \t]*\n[ \t]*\d{4}"
    r"|(?:(?:\+?1|001)[.\-]?)?\d{3}-[ \t]*\n[ \t]*\d{3}-\d{4}"
)
#: "+" and a country code, then eight to fifteen digits in all in groups of one to five; a
#: dropped trunk zero may stand in brackets ("+41 (0)96 471 07 95").
_TRUNK = r"(?:\s?\(0\))?"
_INTERNATIONAL = (
    rf"\+(?=\d{{1,3}}{_TRUNK}(?:{_SEP}?\d){{7,14}}(?!{_SEP}?\d))"
    rf"\d{{1,3}}{_TRUNK}(?:{_SEP}?\d{{1,5}})+"
)
#: After a phone word ("Phone:", "Mobile", "fax #"), any grouping of seven to fifteen digits.
_KEYWORD = (
    r"(?<=\b(?:phone|mobile|cell|tel|telephone|fax|desk|landline|call(?:/text)?)"
    r"(?:\s*(?:number|no\.?|#))?(?:\s+(?:is|was))?\s*[:\-]?\s*)"
)
_PHONE_WORD = r"\b(?:phone|mobile|cell|tel|telephone|fax|desk|landline|call)"
#: A phone word after the number, as address blocks write it ("416 60 039 office").
_LABEL_AFTER = r"(?=[ \t\-]+(?:office|fax|mobile|cell|home|work|landline)\b)"
_LABEL_WORD = r"\d[ \t\-]+(?:office|fax|mobile|cell|home|work|landline)\b"
_GROUPED = (
    rf"(?=[+(]?(?:[()]?{_SEP}?[()]?\d){{7,15}}(?![()]?{_SEP}?\d))"
    rf"[+(]?\d{{1,5}}\)?(?:{_SEP}?\(?\d{{1,5}}\)?){{0,6}}"
)
#: Verbs and nouns of reaching someone: "not answering at", "messages to", "reach her on".
_CONTACT_VERB = (
    r"(?:answer(?:s|ed|ing)?|reach(?:ed|ing)?|call(?:s|ed|ing)?|text(?:s|ed|ing)?|messages?"
    r"|registered|dial(?:s|ed|led|ing)?|ring(?:s|ing)?|contact(?:ed|ing)?|phone(?:d)?)"
)
#: Seven to twelve digits in two to five space-, dot- or dash-separated groups ("78 651 450",
#: "71-33-52-22", "99 668472"); not a date ("12 04 2024", "2019-03-04").
_SPACED = (
    r"(?!\d{1,2}[ .\-]\d{1,2}[ .\-](?:19|20)\d\d(?!\d)"
    r"|(?:19|20)\d\d[ .\-]\d{1,2}[ .\-]\d{1,2}(?!\d))"
    r"(?=(?:\d[ .\-]?){7,12}(?![ .\-]?\d))\d{2,6}(?:[ .\-]\d{2,6}){1,4}"
)
#: A North American number in three space-separated groups ("325 944 0613"): area code and
#: exchange never start with 0 or 1, which keeps lists of counts ("100 200 3000") out.
_NANP_SPACED = r"(?:(?:\+?1|001)[ ])?[2-9]\d{2}[ ][2-9]\d{2}[ ]\d{4}"
#: One or more extensions ("x1255", " ext. 24", "x577x577").
_EXTENSION = r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})"


class PhoneShapeRecognizer(CuedPatternRecognizer):
    """Find phone numbers by shape (entity PHONE_NUMBER).

    - a North American or international number with an extension: 0.7;
    - an international number ("+" and country code): 0.6;
    - seven to fifteen digits in groups right after or before a phone word ("Phone: 467 3395",
      "416 60 039 office"): 0.6;
    - a North American number with separators ("(211)282-8112", "1-176-203-6212"): 0.5;
    - a North American number in spaced groups ("325 944 0613"), area code and exchange
      not starting with 0 or 1: 0.45;
    - seven to twelve digits in spaced groups a few words after a verb of reaching someone
      ("not answering at 78 651 450", "messages to 699 956 915"): 0.5.
    """

    ENTITY: ClassVar[str] = "PHONE_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "phone with extension",
            rf"{_START}(?:{_INTERNATIONAL}|{_NANP}){_EXTENSION}+{_END}",
            0.7,
        ),
        LeanPattern("international phone", rf"{_START}{_INTERNATIONAL}{_END}", 0.6),
        CuedPattern(
            "phone after a phone word",
            rf"{_KEYWORD}{_START}{_GROUPED}{_END}",
            0.6,
            cue=_PHONE_WORD,
            starts=r"[+(\d]",
        ),
        CuedPattern(
            "phone before a phone word",
            rf"{_START}{_GROUPED}{_LABEL_AFTER}",
            0.6,
            cue=_LABEL_WORD,
            reach=0,
            before=60,  # fifteen digits, their separators, a space
        ),
        LeanPattern("north american phone", rf"{_START}{_NANP}{_END}", 0.5),
        LeanPattern("north american phone wrapped", rf"{_START}(?:{_NANP_WRAPPED}){_END}", 0.5),
        digit_led(
            "north american phone, spaced",
            rf"{_START}{_NANP_SPACED}{_EXTENSION}*(?![\w\-/]|[ .]\d)",
            0.45,
            before=4,  # "+1 " or "001 " before the area code
            digits=3,
        ),
        CuedPattern(
            "spaced digits after a contact verb",
            rf"(?<=\b{_CONTACT_VERB}(?:(?:[ \t]+[\w']+){{0,3}}?[ \t]+(?:at|to|on|is|number))?"
            rf"[ \t]*:?[ \t]*){_START}{_SPACED}{_END}",
            0.5,
            cue=rf"\b{_CONTACT_VERB}",
            reach=50,  # up to three words and "at" between the verb and the number
            starts=r"(?<![\w+.\-/])\d",
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "phone",
        "call",
        "text",
        "cell",
        "mobile",
        "tel",
        "telephone",
        "contact",
        "number",
        "fax",
    )
