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

A Medicare number is a member number by its fixed scheme ("7XK4RT9MW63"), and is left to the
member id recognizer; so is a code that recognizer found after a programme's name ("ADAP
GA-ADAP-0447192", "ALTCS PENDING (A70418823)"): a case number over it would take it from a
policy that keeps the client's member ids (the next provider bills with them).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_icd10_code, is_meaning
from redact.findings import Finding

SOURCE = "CodeToken"
MEMBER_TYPE = "MEMBER_ID"
#: A member id this sure (a programme's name before it, or the Medicare scheme) wins over a
#: bare code.
MIN_MEMBER_SCORE = 0.5
SCORE = 0.5
MIN_LENGTH = 8
MIN_DIGITS = 4
MIN_LETTERS = 2
#: A code with this many digits needs one letter only ("91234567A12345", a benefits card).
MANY_DIGITS = 8

_CODE = regex.compile(r"(?<![\w\-/.@#:])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){6,}(?![\w\-/@]|\.\w)")


_A_NUMBER = regex.compile(
    r"(?<![\w\-/.@#:])A-?(?:\d{8,9}|\d{2,3}[- ]\d{3}[- ]\d{3})(?![\w\-/@]|\.\w)"
)

#: The Medicare Beneficiary Identifier's fixed scheme (`recognizers.member_id`): a member
#: number, never a case.
_MBI = regex.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
    r"[AC-HJKMNP-RT-Y]{2}\d{2}"
)


def code_token_findings(text: str) -> list[Finding]:
    """CASE_NUMBER findings for bare codes of capital letters and digits, and A-numbers."""
    found = [
        Finding(m.start(), m.end(), "CASE_NUMBER", SCORE, source=SOURCE)
        for m in _A_NUMBER.finditer(text)
    ]
    a_numbers = [(f.start, f.end) for f in found]
    for match in _CODE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in a_numbers):
            continue
        token = match.group()
        letters = sum(ch.isalpha() for ch in token)
        digits = sum(ch.isdigit() for ch in token)
        enough_letters = letters >= MIN_LETTERS or (letters and digits >= MANY_DIGITS)
        if len(token) < MIN_LENGTH or digits < MIN_DIGITS or not enough_letters:
            continue
        if is_icd10_code(token) or is_meaning(token) or _DATE_INSIDE.search(token):
            continue
        if _MBI.fullmatch(token):
            continue  # a Medicare number by its scheme: the member id recognizer's
        found.append(Finding(match.start(), match.end(), "CASE_NUMBER", SCORE, source=SOURCE))
    return found


#: A bare number of seven digits or more, whole or in groups joined by one space or hyphen
#: ("TANF 0093382211", "WIC family 39-0087214", "5077 1234 5678 9012"); not a decimal, a
#: count with commas, money, a measurement or part of a longer token.
_LONG_NUMBER = regex.compile(r"(?<![\w\-/.,@#:$€£+])\d+(?:[ -]\d+)*(?![\w\-/@%°]|[.,]\d)")
MIN_NUMBER_DIGITS = 7
#: Groups joined by spaces need more: "0031 988" is a clock time and a hotline.
MIN_SPACED_DIGITS = 9
_YEAR = regex.compile(r"(?:19|20)\d\d")
#: A date inside a code: an ISO date and time ("2025-03-04T10:20"), a hyphenated date.
_DATE_INSIDE = regex.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{2,4}")
#: Presidio's weak guesses on any long number (a bank account at 0.05, a licence at 0.01)
#: fall below every policy's threshold: they do not cover a number.
MIN_COVERING_SCORE = 0.3
#: Shapes of seven digits or more that are no identifier: a range of years or clock times
#: ("2019-2023", "0700-1900"), an ISO or US date written with hyphens.
_NOT_A_NUMBER = regex.compile(
    r"\d{4}[ -]\d{4}|\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}|\d{3}-\d{4}|\d{1,2}-\d{1,2}-\d{2,4}"
)


def outside_member_ids(codes: Sequence[Finding], findings: Sequence[Finding]) -> list[Finding]:
    """The bare-code findings that no member id finding overlaps (see the module docstring);
    a weak guess (a generic insurance-id shape, scored low) does not count."""
    members = [
        (f.start, f.end)
        for f in findings
        if f.entity_type == MEMBER_TYPE and f.score >= MIN_MEMBER_SCORE
    ]
    return [c for c in codes if not any(s < c.end and c.start < e for s, e in members)]


def long_number_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """ID_NUMBER findings for bare numbers of seven digits or more that nothing covers.

    A number that long, written bare after a benefit's or a system's name that no label
    list holds ("TANF", "BIC", "UCI"), is an identifier of something; dates, phone numbers
    and money are other recognizers' and are covered (or shaped otherwise) already. A
    number in space-joined groups is one token only when each group but the last is three
    digits or more, so a row of scores ("12 14 16 18") is not joined. Presidio's weak
    guesses on a long number (below `MIN_COVERING_SCORE`) do not count as covering it.
    """
    covered = [(f.start, f.end) for f in findings if f.score >= MIN_COVERING_SCORE]
    found: list[Finding] = []
    for match in _LONG_NUMBER.finditer(text):
        start, end = match.span()
        token = match.group()
        digits = sum(ch.isdigit() for ch in token)
        if digits < MIN_NUMBER_DIGITS or (" " in token and digits < MIN_SPACED_DIGITS):
            continue
        groups = token.split(" ")
        if _NOT_A_NUMBER.fullmatch(token) or any(len(g) < 3 for g in groups[:-1]):
            continue
        if " " in token and ("-" in token or _YEAR.fullmatch(groups[0])):
            continue  # "2025 1830-2030", "2025 0930": a date's year and a time
        if any(s < end and start < e for s, e in covered):
            continue
        found.append(Finding(start, end, "ID_NUMBER", SCORE, source=SOURCE))
    return found


__all__ = ["code_token_findings", "long_number_findings"]
