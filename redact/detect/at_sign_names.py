"""A person and a workplace written as one, "Lowry @ Anthracite Mutual": two findings.

Terse notes write "at" as "@" ("Called adjuster Lowry @ Anthracite Mutual re: WC"). NER
reads the whole run as one organisation, and a policy that keeps organisations (a court's)
then keeps the person's name inside it. An organisation finding that starts with a listed
surname that is no common word, or a given name and a surname no dictionary holds, then
" @ " (where NER read the run as a person, any words before it that are no English
word), is split there: the words before "@" are a PERSON, the rest stays what it was (an
organisation, where NER called the whole run a person).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.wordlists import given_names, is_plain_english, person_names, zipf
from redact.findings import Finding

#: Finding types NER gives such a run (a person's, when the run reads as a long name).
_RUN_TYPES = frozenset({"PERSON", "ORGANIZATION", "EMPLOYER", "AGENCY", "HEALTHCARE_FACILITY"})
#: One or two capitalised words, "@", then the rest.
_PERSON_AT = regex.compile(r"((?:[A-Z][a-z'’-]+[ \t]+){0,1}[A-Z][a-z'’-]+)[ \t]*@[ \t]*(?=\S)")
#: A word this common in English is a word, not a surname ("Summit @ ...").
MAX_NAME_ZIPF = 4.0
SOURCE = "at-sign-name"


def _a_name(words: str) -> bool:
    *given, last = words.casefold().split()
    if given:  # "Dana Kowalski": a given name, then a surname no dictionary holds
        return given[0] in given_names() and not is_plain_english(last)
    return last in person_names() and zipf(last) < MAX_NAME_ZIPF


def _no_word(words: str) -> bool:
    return not any(is_plain_english(w.casefold()) for w in words.split())


def split_at_signs(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, each "Name @ Organisation" run split into a person and the rest."""
    out: list[Finding] = []
    for finding in findings:
        match = (
            _PERSON_AT.match(text, finding.start, finding.end)
            if finding.entity_type in _RUN_TYPES
            else None
        )
        if (
            match is None
            or match.end() >= finding.end
            or not (
                _a_name(match.group(1))
                or (finding.entity_type == "PERSON" and _no_word(match.group(1)))
            )
        ):
            out.append(finding)
            continue
        out.append(Finding(finding.start, match.end(1), "PERSON", finding.score, source=SOURCE))
        rest = "ORGANIZATION" if finding.entity_type == "PERSON" else finding.entity_type
        out.append(replace(finding, start=match.end(), entity_type=rest))
    return out
