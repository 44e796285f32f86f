"""Billing codes are meaning, never identifiers: "CPT 90837", "90791", "H0031", "1041C0700X".

An insurer's claim review, an EAP's authorisation and a claim export say what was done
(a 60-minute psychotherapy session, a diagnostic evaluation, a crisis hour) by its CPT or
HCPCS code, and what kind of provider did it by the provider's NUCC taxonomy code. They
name no one: the same code stands on millions of claims. NER reads a five-digit code as a
date, the ZIP recognizer as a ZIP, a code with its modifier ("90837-HO") as a name, and
the code-token recognizer takes a taxonomy code for a case number; a research copy that
reads "weekly [DATE] sessions" or "Taxonomy: [CASE_NUMBER]" has lost what was billed.

What a code is here (the class, not a list of codes):

- a procedure code after a word that says so ("CPT", "HCPCS", "proc code", "billed"; not
  "code" alone, which may be a ZIP, door or gate code), and
  each further code of a list joined to it ("CPT 90837, 90791 and 90846"): five digits,
  four digits and F/T/U (Category II and III), or a HCPCS letter and four digits, with any
  two-character modifiers ("-HO", "-95 GT");
- with no such word, a five-digit code in the ranges of behavioural-health and evaluation
  services (psychiatry 90785-90899, psychological and neuropsychological testing and
  screening 96105-96171, adaptive behaviour 97151-97158, evaluation and management
  99202-99499) or a HCPCS H/T behavioural-health code, in a text that speaks of billing
  or sessions at all (a claim, units, a date of service, minutes, an authorisation) or
  with a diagnosis code near it on its line (a claim export's row: "90834 Z63.0"), and
  not written as a ZIP code (after a state's abbreviation or a ZIP label) or as a labelled
  number ("Member ID 90837", "#90837");
- a NUCC provider taxonomy code: three digits, two letters or digits with at least one
  letter, four digits and a final X ("1041C0700X", "207Q00000X", "363LF0000X"), or the
  same shape with no letter after a word of taxonomy.

Each finding that is such a code is dropped; a finding that holds a code and more
("90834  40" read as a date with the minutes after it) keeps only what is not the code,
unless that rest is only a short number or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.meaning import ICD10_CODE, is_icd10_code
from redact.findings import Finding

_MODIFIERS = (
    r"(?:[ \t]*-[ \t]?[0-9A-Z]{2}(?![\w])|[ \t]+(?:HO|HN|HM|GT|95|HQ|HR|HS|UA|U\d|AH|AJ)(?![\w]))*"
)
#: One procedure code with its modifiers.
#: A period after it may end the sentence ("CPT 90847."), not a decimal ("90847.5").
_CODE = rf"(?:\d{{5}}|\d{{4}}[FTU]|[A-V]\d{{4}})(?!\w|\.\w){_MODIFIERS}"
#: A word that says a procedure code follows, then the code and any joined to it.
_CUED = re.compile(
    r"\b(?i:cpt|hcpcs|proc(?:edure)?(?:[ \t]+codes?)?|service[ \t]+codes?|svc(?:[ \t]+code)?"
    r"|billed(?:[ \t]+(?:as|under|with))?|bill(?:ed|ing)?[ \t]+codes?)"
    r"(?:[ \t]*(?:code|codes|#|:|\(s\)))?[ \t]*:?[ \t]*"
    rf"(?P<codes>{_CODE}(?:[ \t]*(?:,|/|;|&|\+|and|or)[ \t]*{_CODE})*)"
)
_ONE_CODE = re.compile(rf"(?:\d{{5}}|\d{{4}}[FTU]|[A-V]\d{{4}}){_MODIFIERS}")
#: An uncued five-digit code in a behavioural-health or evaluation range, or an H/T code.
_BARE = re.compile(
    rf"(?<![\w#$./-])(?P<code>(?:9\d{{4}}|[HT][0-2]\d{{3}}))(?![\w/]|\.\w){_MODIFIERS}"
)
_RANGES = ((90785, 90899), (96105, 96171), (97151, 97158), (99202, 99499))
#: Words that say the text is about billing or sessions; without one, no bare code counts.
_BILLING = re.compile(
    r"(?i:\b(?:claims?|billed|billing|units?|dos|date of service|minutes|min|mins|sessions?"
    r"|auth(?:orization|orisation)?|npi|cpt|hcpcs|cms-?1500|modifier|copay|eob|payer|charges?)\b)"
)
#: What may stand right before a number that makes it a ZIP or a labelled identifier.
_NOT_A_CODE_BEFORE = re.compile(
    r"(?:\b[A-Z]{2}|\b(?i:zip(?:[ \t]*code)?|postal[ \t]+code|id|no\.?|number|member|group|grp"
    r"|claim|acct|account|policy|ref|auth)[ \t]*[:#.]?|#)[ \t]*$"
)
#: A NUCC provider taxonomy code.
_TAXONOMY = re.compile(r"(?<![\w-])[1-3]\d{2}(?P<mid>[0-9A-Z]{2})\d{4}X(?![\w-])")
_TAXONOMY_CUE = re.compile(
    r"(?i:\b(?:taxonomy|tax(?:onomy)?[ \t]+code|nucc|specialty)\b)[^\n]{0,20}$"
)
#: A rest this short (a number of minutes, a unit count) is nothing on its own.
_NOTHING_LEFT = re.compile(r"[\W_]*(?:\d{1,3}[\W_]*)?")


#: How far after a procedure code its claim line's diagnosis code may stand.
_CODED_REACH = 40


def _coded_line(text: str, line: int, end: int) -> bool:
    """Whether an ICD-10-CM code stands on the line near the procedure code ("90834
    Z63.0 couples issue"): a claim line, procedure and diagnosis."""
    line_end = text.find("\n", end)
    window = text[line : min(end + _CODED_REACH, line_end if line_end >= 0 else len(text))]
    return any(is_icd10_code(m.group()) for m in ICD10_CODE.finditer(window))


def _in_range(code: str) -> bool:
    if code[0] in "HT":
        return True
    value = int(code)
    return any(lo <= value <= hi for lo, hi in _RANGES)


def billing_code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of procedure and taxonomy codes in `text` (a code with its modifiers)."""
    spans: list[tuple[int, int]] = []
    for match in _CUED.finditer(text):
        base = match.start("codes")
        spans += [
            (base + m.start(), base + m.end()) for m in _ONE_CODE.finditer(match.group("codes"))
        ]
    billing = _BILLING.search(text) is not None
    for match in _BARE.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if (billing or _coded_line(text, line, match.end())) and (
            _in_range(match.group("code"))
            and not _NOT_A_CODE_BEFORE.search(text, line, match.start())
        ):
            spans.append(match.span())
    for match in _TAXONOMY.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if any(c.isalpha() for c in match.group("mid")) or _TAXONOMY_CUE.search(
            text, line, match.start()
        ):
            spans.append(match.span())
    return sorted(set(spans))


def _rest(text: str, finding: Finding, spans: Sequence[tuple[int, int]]) -> Finding | None:
    """The finding without the codes it holds, or None when nothing of it is left."""
    inside = [(s, e) for s, e in spans if s < finding.end and e > finding.start]
    if not inside:
        return finding
    start, end = finding.start, finding.end
    for s, e in inside:
        if s <= start < e:
            start = e
        if s < end <= e:
            end = s
    if start >= end:
        return None
    if any(start <= s and e <= end for s, e in inside):
        return finding  # a code inside a longer finding: not a shape to trim, kept whole
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if _NOTHING_LEFT.fullmatch(text[start:end]):
        return None
    return replace(finding, start=start, end=end)


def drop_billing_codes(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings with every procedure and taxonomy code taken out of them."""
    if not findings:
        return list(findings)
    spans = billing_code_spans(text)
    if not spans:
        return list(findings)
    kept = []
    for finding in findings:
        rest = _rest(text, finding, spans)
        if rest is not None:
            kept.append(rest)
    return kept
