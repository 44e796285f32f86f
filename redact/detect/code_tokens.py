"""Codes of capital letters and digits written without a label: "re: WO25P1873GD".

Dockets, claim, intake and account numbers are often written bare in letters and table
rows ("Letter to court investigator re: WO25P1873GD."). Each points at one case; strict
mode removes them as rare capitalised words, the readable policies did not see them. A
token of capital letters and digits, at least eight long, with four or more digits and two
or more letters, is taken as a case or file number (CASE_NUMBER, which each policy treats
as its own: a court keeps its docket, a consultation removes it). ICD-10 codes, clinical
abbreviations and other terms of meaning ("HbA1c", "S72.001A") are not taken.

An alien registration number (A-number) has one letter only, so it has its own shape: "A"
and eight or nine digits, grouped or not ("A219774506", "A-219-774-506"), as a refugee's
or immigrant's forms write it bare in a household list.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_icd10_code, is_meaning
from redact.findings import Finding

SOURCE = "CodeToken"
SCORE = 0.5
MIN_LENGTH = 8
MIN_DIGITS = 4
MIN_LETTERS = 2

_CODE = regex.compile(r"(?<![\w\-/.@#:])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){6,}(?![\w\-/@]|\.\w)")


_A_NUMBER = regex.compile(
    r"(?<![\w\-/.@#:])A-?(?:\d{8,9}|\d{2,3}[- ]\d{3}[- ]\d{3})(?![\w\-/@]|\.\w)"
)


def code_token_findings(text: str) -> list[Finding]:
    """CASE_NUMBER findings for bare codes of capital letters and digits, and A-numbers."""
    found = [
        Finding(m.start(), m.end(), "CASE_NUMBER", SCORE, source=SOURCE)
        for m in _A_NUMBER.finditer(text)
    ]
    for match in _CODE.finditer(text):
        token = match.group()
        letters = sum(ch.isalpha() for ch in token)
        digits = sum(ch.isdigit() for ch in token)
        if len(token) < MIN_LENGTH or digits < MIN_DIGITS or letters < MIN_LETTERS:
            continue
        if is_icd10_code(token) or is_meaning(token):
            continue
        found.append(Finding(match.start(), match.end(), "CASE_NUMBER", SCORE, source=SOURCE))
    return found


__all__ = ["code_token_findings"]
