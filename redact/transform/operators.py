"""Turning one finding into its replacement text, by action.

Placeholders, masks, pseudonyms and generalisation are ours: they need the policy's
parameters and the release key, and a mask must keep exactly the letters and digits the
policy allows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

from redact.entities import label_for
from redact.findings import Action, Finding
from redact.policy.model import Policy
from redact.topics.withhold import WithheldPassage, passage_marker
from redact.transform.ages import generalize_age
from redact.transform.dates import generalize_date
from redact.transform.pseudonym import ReleaseKey
from redact.transform.zip3 import generalize_zip

REMOVED = "[REDACTED]"


def placeholder(entity_type: str) -> str:
    """`[PERSON]`, `[DATE]`...: the type survives, the value does not."""
    return f"[{label_for(entity_type)}]"


#: A number a source printed masked: mask letters, then digits ("x8830", "XXXX-XXXX-0553").
_SOURCE_MASKED = re.compile(r"(?:[xX*•]+[ \-.]?)+\d+")


def mask(original: str, keep_last: int) -> str:
    """Stars, then the last `keep_last` letters and digits of `original`, nothing else.

    Counting characters would keep separators in place of digits ("WX-55 120 88" kept
    "0 88", three digits where four were promised) and, for a value shorter than the
    marker, would leave a run of stars too short to be recognised as ours again. So the
    tail is the last `keep_last` letters or digits, joined, behind at least three stars.
    A source's own mask letters are no digits of the value: "mc x8830" or "XXXX-XXXX-0553"
    shows only its tail, and keeping the last four would keep all of it.
    """
    alnum = [i for i, ch in enumerate(original) if ch.isalnum()]
    if _SOURCE_MASKED.fullmatch(original):
        alnum = [i for i in alnum if original[i] not in "xX"]
    if keep_last <= 0 or len(alnum) <= keep_last:
        return "*" * max(3, len(original))
    cut = alnum[-keep_last]
    tail = "".join(ch for ch in original[cut:] if ch.isalnum())
    return "*" * max(3, cut) + tail


def generalize(entity_type: str, original: str, policy: Policy) -> str:
    """Coarsen a date, date of birth, age or ZIP; other types fall back to a placeholder."""
    rule = policy.rule_for(entity_type)
    if entity_type == "DATE_OF_BIRTH":
        return _birth_date(original, rule.granularity or "year", policy.rule_for("AGE").over)
    if entity_type == "DATE_TIME":
        return generalize_date(original, rule.granularity or "year")
    if entity_type == "AGE":
        return generalize_age(original, rule.band, rule.over)
    if entity_type == "ZIP_CODE":
        return generalize_zip(original)
    return placeholder(entity_type)


#: Dates a generalisation rewrites: a year ("2021"), or a month ("August") where the policy
#: keeps months, may come out as written (`keep_unchanged_dates`).
_DATE_TYPES = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})


def keep_unchanged_dates(text: str, findings: Sequence[Finding], policy: Policy) -> list[Finding]:
    """Decided findings with every date the policy's generalisation leaves as written set to
    `keep`.

    Safe Harbor keeps a date's year: "in 2019", "since 1998" reach the recipient unchanged,
    and so does "August 2024" where dates keep their month. Calling them generalised would
    tell the release log, the counts and the evaluation that the text was changed when it
    was not (as `keep_unchanged_ages` says of "age 7"). A date merged with anything else was
    given its action by the overlap rules; its generalisation then differs from its text.
    """
    return [
        f.with_action(Action.KEEP)
        if f.entity_type in _DATE_TYPES
        and f.action is Action.GENERALIZE
        and generalize(f.entity_type, text[f.start : f.end], policy) == text[f.start : f.end]
        else f
        for f in findings
    ]


def _birth_date(original: str, granularity: Literal["year", "month"], over: int | None) -> str:
    """A birth date generalised, unless its year tells an age the policy top-codes.

    Safe Harbor aggregates ages over 89 into "90+", and with them every element of a date,
    the year included, that indicates such an age: "DOB 1931" says 94 as plainly as "94".
    A two-digit year is read in the past ("DOB 3/4/31" is 1931, and so a 90+ age): nobody
    is born in the future, and "2031" would still tell the year.
    """
    generalized = generalize_date(original, granularity)
    year = generalized[-4:]
    if year.isdigit() and int(year) > date.today().year:  # "3/4/51": born 1951, not 2051
        year = str(int(year) - 100)
        generalized = generalized[:-4] + year
    if over is not None and year.isdigit() and date.today().year - int(year) > over:
        return placeholder("DATE_OF_BIRTH")
    return generalized


def replacement(
    finding: Finding, original: str, canonical: str, policy: Policy, key: ReleaseKey
) -> str:
    """The text that stands in the output for `finding` (whose input text is `original`)."""
    action = finding.action
    if finding.withheld:
        passage = WithheldPassage(
            finding.start, finding.end, finding.withheld[0], finding.withheld[1:]
        )
        return passage_marker(passage, named=policy.topic_markers == "named")
    if action is Action.KEEP:
        return original
    if action is Action.REMOVE:
        return REMOVED
    if action is Action.PLACEHOLDER:
        return placeholder(finding.entity_type)
    if action is Action.PSEUDONYM:
        return key.pseudonym(finding.entity_type, canonical)
    if action is Action.MASK:
        return mask(original, policy.rule_for(finding.entity_type).keep_last)
    return generalize(finding.entity_type, original, policy)
