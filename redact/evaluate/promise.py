"""What a purpose policy promises, span by span: pure rules over gold spans and offsets.

A policy promises three things about a document, and each gold span answers one of them:

- must go: the recipient never sees it. Every identifier span whose type the policy changes
  (any action but `keep`), unless it is the subject's under a policy that keeps the subject.
  Scored by strict recall and by leaks.
- subject kept: under a policy that keeps the subject (a court, the client), the subject's
  names, and the subject's details whose type the policy keeps, reach the recipient intact.
- professional kept: under a policy that keeps professionals (`professionals: keep`: a court,
  the next provider, the client), a professional's name (the author, the worker, the judge)
  reaches the recipient intact; their phone numbers and e-mail addresses follow their rules.
- meaning kept: diagnoses, ICD-10 codes, medications, programmes, credentials and role words
  (gold label `MEANING`, with a `kind`) reach every recipient intact; an age does where the
  policy keeps ages under 90.

Under a policy that keeps the agency's own details (`agency: keep`), an organisation's
street address or ZIP code, and a place on the same line as one (the town of a letterhead's
address), is not scored: the gold does not say whether it is the agency's own (kept) or
another organisation's. Nor is a place the gold marks as the court's or the agency's own
(sub-role `court` or `agency`): the county in a caption ("IN THE PROBATE COURT OF LORAIN
COUNTY, OHIO") and the court's town name the court, the recipient's own identity, not where
the client lives; the town of the agency's letterhead is the agency's address. Under a policy
that removes the agency (`agency: remove`) they go like any place.

Under a policy that keeps the subject and keeps contact details for her sake (the next
provider, protective services), a third party's phone number, e-mail address or street
address must go all the same: the policy removes everyone else, and a neighbour's number
reaches the neighbour (`redact.policy.contacts`).

Everything else (the subject's phone number under a court policy, a date the court keeps, a
date already no finer than the policy's granularity: "October 2025" where dates keep their
month) is not scored: the policy neither promises it goes nor that it stays.

A must-go span leaks when its text still appears in the output, except where a perfect
redaction would show it too: the words of a third party who shares the subject's surname are
not a leak under a court policy that keeps the surname. A span the policy generalises or
masks ("2025" left of a date, the last four digits of a member id) leaks only when its whole
text survives, since keeping that part is the promise.

The gold format is the corpus format (`redact.evaluate.corpus`) with optional span fields
`role` (subject, third_party, professional, place, organisation), `sub_role` and `kind`, and
an optional document field `subject` (the subject's names). A corpus without them still
scores: its spans have no role, so every span the policy changes must go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from redact.entities import NAME_TYPES
from redact.evaluate.corpus import GoldSpan
from redact.evaluate.metrics import MIN_LEAK_WORD, Interval, merge_intervals, overlaps
from redact.findings import Action
from redact.policy.contacts import OWNED_TYPES
from redact.policy.model import Policy

MEANING = "MEANING"
SUBJECT = "subject"
PROFESSIONAL = "professional"
THIRD_PARTY = "third_party"
ORGANISATION = "organisation"
PLACE = "place"
#: Sub-roles of a place that is the court's or the agency's own (see the module docstring).
OWN_PLACES = frozenset({"court", "agency"})
_AGENCY_ADDRESS = frozenset({"STREET_ADDRESS", "ZIP_CODE"})
_PARTIAL = frozenset({Action.GENERALIZE, Action.MASK})
_WORD = re.compile(r"\w+")


class Promise(Enum):
    """What a policy promises about one gold span."""

    MUST_GO = "must_go"
    SUBJECT_KEPT = "subject_kept"
    PROFESSIONAL_KEPT = "professional_kept"
    MEANING_KEPT = "meaning_kept"
    NONE = "none"


def keeps_ages(policy: Policy) -> bool:
    """True when ages under 90 survive the policy: kept, or generalised only above a cap."""
    rule = policy.rule_for("AGE")
    if rule.action is Action.KEEP:
        return True
    return rule.action is Action.GENERALIZE and rule.over is not None and rule.band is None


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_MONTH_ONLY = re.compile(
    rf"{_MONTH}(?:,?[ \t]+(?:(?:19|20)\d\d|['’]\d\d))?|\d{{1,2}}/(?:19|20)\d\d|(?:19|20)\d\d",
    re.IGNORECASE,
)


def released_as_written(label: str, text: str, policy: Policy) -> bool:
    """True when the policy's rule for `label` would release `text` unchanged: a date (or a
    birth date) written no finer than the policy's granularity ("October 2025", "July"
    where dates keep their month; "DOB 1985" where they keep the year). Such a span is what
    the policy promises to show, not something it removes."""
    if label not in ("DATE_TIME", "DATE_OF_BIRTH"):
        return False
    rule = policy.rule_for(label)
    if rule.action is not Action.GENERALIZE:
        return False
    written = text.strip()
    if rule.granularity == "month":
        return _MONTH_ONLY.fullmatch(written) is not None
    if rule.granularity == "year":
        return _YEAR_ONLY.fullmatch(written) is not None
    return False


def in_organisation_address(text: str, span: GoldSpan, spans: Sequence[GoldSpan]) -> bool:
    """True when `span` shares a line with an organisation's street address."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        s.label == "STREET_ADDRESS"
        and s.field("role") == ORGANISATION
        and line_start <= s.start < line_end
        for s in spans
    )


def promise_for(
    span: GoldSpan, policy: Policy, beside_agency_address: bool = False, written: str = ""
) -> Promise:
    """The policy's promise about one span (see the module docstring); the caller says
    whether the span shares a line with an organisation's address
    (`in_organisation_address`), and gives the span's `written` text where it has it."""
    if span.label == MEANING:
        if span.field("kind") == "age" and not keeps_ages(policy):
            return Promise.NONE
        return Promise.MEANING_KEPT
    kept_type = policy.rule_for(span.label).action is Action.KEEP
    role = span.field("role")
    if role == SUBJECT and policy.keep_subject:
        return Promise.SUBJECT_KEPT if kept_type or span.label in NAME_TYPES else Promise.NONE
    if role == PROFESSIONAL and policy.professionals == "keep" and span.label in NAME_TYPES:
        return Promise.PROFESSIONAL_KEPT
    if role == THIRD_PARTY and policy.keep_subject and span.label in OWNED_TYPES:
        return Promise.MUST_GO
    if policy.agency == "keep" and (
        (role == ORGANISATION and span.label in _AGENCY_ADDRESS)
        or (role == PLACE and (beside_agency_address or span.field("sub_role") in OWN_PLACES))
    ):
        return Promise.NONE
    if kept_type or released_as_written(span.label, written, policy):
        return Promise.NONE
    return Promise.MUST_GO


def role_of(span: GoldSpan) -> str:
    """The span's role for a breakdown: `third_party/relative`, `professional`, or `-`."""
    role = span.field("role") or "-"
    sub = span.field("sub_role")
    return f"{role}/{sub}" if sub else role


def partial_action(span: GoldSpan, policy: Policy) -> bool:
    """True when the policy rewrites only part of this type (generalise, mask)."""
    return policy.rule_for(span.label).action in _PARTIAL


def blanked(text: str, spans: Sequence[GoldSpan]) -> str:
    """`text` as a perfect redaction of `spans` would leave it (each span becomes a space)."""
    pieces, cursor = [], 0
    for start, end in merge_intervals((s.start, s.end) for s in spans):
        pieces += [text[cursor:start], " "]
        cursor = end
    return "".join([*pieces, text[cursor:]])


#: Identifier numbers that may open on a year ("2025 CRB 004417", "2024-0193"): a year
#: a generalised date writes is no part of them (`leaked`).
NUMBER_LABELS = frozenset(
    {"CASE_NUMBER", "REPORT_NUMBER", "ID_NUMBER", "MEMBER_ID", "MEDICAL_RECORD_NUMBER"}
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def leaked(
    span_text: str,
    output: str,
    output_words: frozenset[str],
    perfect: str,
    perfect_words: frozenset[str],
    whole_only: bool,
    written_words: frozenset[str] = frozenset(),
    label: str = "",
) -> bool:
    """True when the recipient can read what a perfect redaction would have hidden.

    A word of 3+ characters leaks when the output has it and the perfect output does not;
    the whole text leaks when the output has it and the perfect output does not.

    `written_words` are the output's words that only the redactor's dates wrote: words of
    no part of the input it left as written but a date (`kept_text`). A year among them is
    the year a generalised date keeps ("March 2025", "2025"), or a date already no finer
    than the policy's ("in 2019"): it is no leak of an identifier number that opens on the
    same year ("2025 CRB 004417") when no other word of the number is shown.
    """
    if not whole_only:
        shown = [
            word
            for word in _WORD.findall(span_text)
            if len(word) >= MIN_LEAK_WORD and word in output_words and word not in perfect_words
        ]
        if shown and not _only_written_years(shown, written_words, label):
            return True
    whole = span_text.strip()
    if not whole:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(whole)}(?!\w)")
    return pattern.search(output) is not None and pattern.search(perfect) is None


def _only_written_years(shown: Sequence[str], written_words: frozenset[str], label: str) -> bool:
    """Whether every shown word of an identifier number is a year only the redactor wrote."""
    return label in NUMBER_LABELS and all(
        _YEAR.fullmatch(word) is not None and word in written_words for word in shown
    )


#: Gold labels of dates, whose year a policy may release.
DATE_LABELS = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})
#: A placeholder the redactor writes ("[SCHOOL]", "[CASE_NUMBER]").
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")


def without_placeholders(output: str) -> str:
    """The output with each placeholder made a space: "[SCHOOL]" is the redactor's word,
    not the record's, and shows no school's name."""
    return _PLACEHOLDER.sub(" ", output)


def kept_text(text: str, removed: Sequence[Interval], dates: Sequence[GoldSpan] = ()) -> str:
    """`text` with each removed region, and each gold date, made a space: what the
    redactor left as written, a date aside."""
    pieces, cursor = [], 0
    for start, end in merge_intervals([*removed, *((d.start, d.end) for d in dates)]):
        pieces += [text[cursor:start], " "]
        cursor = end
    return "".join([*pieces, text[cursor:]])


def intact(span: GoldSpan, removed: Sequence[Interval]) -> bool:
    """True when no removed region touches the span: the recipient reads it as written."""
    return not overlaps(removed, span.start, span.end)
