"""Citations of law: "42 CFR Part 2", "ORC 2151.421", "Minnesota Indian Family Preservation Act".

A record cites the rule it acts under: the federal confidentiality rule for substance-use
treatment, a state's reporting statute, the act a placement follows. NER and strict mode
read the code's abbreviation ("ORC", "CFR Part") or the act's capitalised words as an
organisation, and a demographic recognizer the "Indian" of an act's name as a nationality;
a court or a researcher then reads "per [ORGANIZATION] 2151.421". A law names no one, so
name-like findings inside a citation are dropped (`redact.detect.meaning_filter`).

Three shapes, each by its form, never by a list of laws:

- the federal codes: a title number, "CFR" or "U.S.C." (dotted or not), then a part or
  section ("42 CFR Part 2", "45 C.F.R. § 164.512", "42 U.S.C. 11434a");
- a state code's abbreviation in capitals, then a section number with a dot in it ("ORC
  2151.421", "RCW 26.44.030", "MCL 722.623"): a case or record number is written with
  dashes or without separators, a section of a code with dots;
- a capitalised name that ends in "Act", maybe with its year ("Indian Child Welfare Act",
  "McKinney-Vento Homeless Assistance Act of 1987");
- a state code as court papers abbreviate it, capitalised words (most ending in a dot)
  right before a section sign and its number ("Wis. Stat. § 767.407", "Tex. Fam. Code
  § 153.002", "N.Y. Fam. Ct. Act § 1012", "Ga. Code Ann. § 19-9-3"): NER reads the
  state's abbreviation as a place or a person ("[LOCATION]. § 767.407").
"""

from __future__ import annotations

from functools import lru_cache

import regex

_FEDERAL = regex.compile(
    r"(?<![\w.])\d{1,2}[ \t]+(?:CFR|C\.F\.R\.?|U\.S\.C\.?|USC)[ \t]*"
    r"(?:(?:Parts?|Sec(?:tion)?s?\.?|§§?)[ \t]*)?\d+[a-z]?(?:\.\d+[a-z]?)*(?:\([a-z0-9]+\))*"
)
_STATE_CODE = regex.compile(
    r"(?<![\w.])\p{Lu}{2,5}[ \t]+(?:§§?[ \t]*)?\d{1,4}[A-Z]?(?:\.\d+[A-Za-z]?)+(?![\w.]\d)"
)
#: A name of capitalised words (and the small words between them) ending in "Act".
_ACT = regex.compile(
    r"(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|and|for|the|on|to|in)[ \t]+)?){1,8}"
    r"Act(?:[ \t]+of[ \t]+(?:19|20)\d\d)?(?![\p{L}'’-])"
)

#: Up to six capitalised words, abbreviated ("Stat.", "N.Y.") or not ("Code"), then a
#: section sign and a section number (dotted, dashed or lettered: "260C.007", "19-9-3").
_ABBREVIATED_CODE = regex.compile(
    r"(?<![\p{L}'’.-])(?:(?:\p{Lu}[\p{L}]*\.?|(?:\p{Lu}\.){2,3})[ \t]+){1,6}§§?[ \t]*"
    r"\d[\dA-Za-z]*(?:[.:-]\d[\dA-Za-z]*)*(?:\([a-z0-9]+\))*"
)


@lru_cache(maxsize=4)
def citation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each citation of law in `text`, in order. Each shape is looked for
    only when its cue is in the text ("CFR" or "U.S.C", a dotted number, "Act")."""
    spans: list[tuple[int, int]] = []
    if "CFR" in text or "C.F.R" in text or "U.S.C" in text or "USC" in text:
        spans += [m.span() for m in _FEDERAL.finditer(text)]
    if regex.search(r"\d\.\d", text):
        spans += [m.span() for m in _STATE_CODE.finditer(text)]
    if "Act" in text:
        spans += [m.span() for m in _ACT.finditer(text)]
    if "§" in text:  # a federal citation found above is not found again by its tail
        spans += [
            m.span()
            for m in _ABBREVIATED_CODE.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in spans)
        ]
    return tuple(sorted(spans))


def within_citation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a citation of law."""
    return any(s <= start and end <= e for s, e in citation_spans(text))
