"""A US state named as a state is no identifier: "Dearborn, Michigan", "STATE OF OHIO".

HIPAA's Safe Harbor removes geographic units smaller than a state and leaves the state, and
a court, a researcher or a referral partner reads a record's state all the time: in a
caption ("IN THE PROBATE COURT OF LORAIN COUNTY, OHIO"), a letterhead ("Marquette, Michigan
49855"), a statute ("Florida Statutes"), a birthplace ("born in Dearborn, Michigan"). NER
tags each as a place and the policies that remove places took them out, for nothing: a
state locates no one.

A LOCATION that NER or strict mode guessed and whose whole text is a state's name is
dropped here when it stands alone: no capitalised word runs into it from either side ("Lake
Michigan", "Minnesota Chippewa Tribe", "Ohio Department of Health", "Family Medicine
Residency of Idaho" may be part of a longer name, and stay found), save "State of" before
it ("STATE OF OHIO"), and no town or county and a comma come before it: "Holland,
Michigan" is one place, and the state goes with its town. A state whose name is also a
given name ("Georgia", "Virginia", "Florida") or a city's ("New York", "Washington") is
dropped only after "State of". Cue-based findings (after a relation word, a label) are
left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.street_names import US_STATES
from redact.detect.wordlists import given_names
from redact.findings import Finding

#: Recognizers that guess a place from capitals and context.
GUESSING_SOURCES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
#: States named as cities of their own (the city is smaller than a state, so it is removed).
_CITY_STATES = frozenset({"new york", "washington"})
#: A word and a comma before the state: a town or a county ("Holland, ", "LORAIN COUNTY, ").
_AFTER_PLACE = regex.compile(r"\p{L}[\p{L}.'’-]*[ \t]*,[ \t]*\Z")
_AFTER_STATE_OF = regex.compile(r"(?<![\p{L}])(?i:state|commonwealth)[ \t]+(?i:of)[ \t]+\Z")
#: A capitalised word on the same line right before or after the state.
_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+\p{Lu}")
#: A name's "of" before the state: "Family Medicine Residency of Idaho", "University of Oregon".
_NAME_OF = regex.compile(r"\p{Lu}[\p{L}'’.-]*[ \t]+(?i:of)[ \t]+\Z")
_SPACES = regex.compile(r"\s+")


def _ambiguous(name: str) -> bool:
    return name in _CITY_STATES or name in given_names()


def is_named_state(text: str, finding: Finding) -> bool:
    """Whether `finding` is a guessed place that is a US state named alone, as a state."""
    if finding.entity_type != "LOCATION" or finding.source not in GUESSING_SOURCES:
        return False
    name = _SPACES.sub(" ", text[finding.start : finding.end]).casefold()
    if name not in US_STATES or _WORD_AFTER.match(text, finding.end) is not None:
        return False
    before = text[max(0, finding.start - 40) : finding.start]
    if _AFTER_STATE_OF.search(before) is not None:
        return True
    if any(p.search(before) for p in (_WORD_BEFORE, _AFTER_PLACE, _NAME_OF)):
        return False
    return not _ambiguous(name)


def without_named_states(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the US states that NER or strict mode took for a place to remove."""
    return [f for f in findings if f.is_subject or not is_named_state(text, f)]
