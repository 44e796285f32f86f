"""A US state named as a state is no identifier: "Dearborn, Michigan", "STATE OF OHIO".

HIPAA's Safe Harbor removes geographic units smaller than a state and leaves the state, and
a court, a researcher or a referral partner reads a record's state all the time: in a
caption ("IN THE PROBATE COURT OF LORAIN COUNTY, OHIO"), a letterhead ("Marquette, Michigan
49855"), a statute ("Florida Statutes"), a birthplace ("born in Dearborn, Michigan"). NER
tags each as a place and the policies that remove places took them out, for nothing: a
state locates no one.

A LOCATION that NER or strict mode guessed and whose whole text is a state's name is
dropped here, when it stands alone on its line: no capitalised word runs into it from
either side ("Lake Michigan", "Minnesota Chippewa Tribe", "Ohio Department of Health" may be
part of a longer name, and stay found), save "of" before it ("STATE OF NEW YORK"). A
state whose name is also a given name ("Georgia", "Virginia", "Florida") or a city's
("New York", "Washington") is dropped only where the text writes it as a state: after a
town or a county and a comma ("Tacoma, Washington"), after "of" ("COURT OF WASHINGTON"),
or before a ZIP code. Cue-based findings (after a relation word, a label) are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from redact.detect.street_names import STATE_NAMES
from redact.detect.wordlists import given_names
from redact.findings import Finding

#: Recognizers that guess a place from capitals and context.
GUESSING_SOURCES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
#: States named as cities of their own (the city is smaller than a state, so it is removed).
_CITY_STATES = frozenset({"new york", "washington"})
#: A word (or a number) and a comma before the state: "Tacoma, ", "LORAIN COUNTY, ".
_AFTER_COMMA = regex.compile(r"([\p{L}\d.'’]+)[ \t]*,[ \t]*\Z")
_AFTER_OF = regex.compile(r"(?<![\p{L}])(?i:of)[ \t]+\Z")
_BEFORE_ZIP = regex.compile(r",?[ \t]*\d{5}(?:-\d{4})?(?!\d)")
#: A capitalised word on the same line right before or after the state.
_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+\p{Lu}")
_SPACES = regex.compile(r"\s+")


@cache
def _states() -> frozenset[str]:
    return frozenset(name.casefold() for name in STATE_NAMES.split("|"))


def _ambiguous(name: str) -> bool:
    return name in _CITY_STATES or name in given_names()


def _written_as_state(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    comma = _AFTER_COMMA.search(before)
    return (
        (comma is not None and comma.group(1).casefold() not in given_names())  # "Ana, Georgia"
        or _AFTER_OF.search(before) is not None
        or _BEFORE_ZIP.match(text, end) is not None
    )


def is_named_state(text: str, finding: Finding) -> bool:
    """Whether `finding` is a guessed place that is a US state named alone, as a state."""
    if finding.entity_type != "LOCATION" or finding.source not in GUESSING_SOURCES:
        return False
    name = _SPACES.sub(" ", text[finding.start : finding.end]).casefold()
    if name not in _states() or _WORD_AFTER.match(text, finding.end) is not None:
        return False
    before = text[max(0, finding.start - 40) : finding.start]
    if _WORD_BEFORE.search(before) is not None and _AFTER_OF.search(before) is None:
        return False
    return not _ambiguous(name) or _written_as_state(text, finding.start, finding.end)


def without_named_states(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the US states that NER or strict mode took for a place to remove."""
    return [f for f in findings if f.is_subject or not is_named_state(text, f)]
