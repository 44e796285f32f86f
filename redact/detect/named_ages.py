"""An age written right after a person's name in a terse note: "Nell 92, FAST 7a", "spouse
hal 94." ("Spouse Hal 94, primary cg").

Hospice, home-health and nursing notes put a person's age straight after the name, with no
"y/o", no comma between them and no bracket: the name is the cue. The age recognizer works
on patterns alone and cannot know that the word before a number is a person; this step runs
after the names are found and takes a number of one to three digits (an age, 0 to 129)
right after a PERSON finding when the clause ends with it (a comma, a semicolon, a full
stop, a bracket, the end of the line). Anything else after the number makes it something
else: a count or a dose ("gave Hal 20 mg", "Hal 2 times"), a time ("Hal 0930"), a date
("Hal 9/12"), a phone number ("Hal 555-0142"). Ages over 89 are identifiers under Safe
Harbor; younger ages still get the policy's band.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.findings import Finding

SOURCE = "NamedAge"
SCORE = 0.6

#: A number an age can be, right after the name (one space or tab), closing the clause.
_AGE_AFTER = regex.compile(
    r"[ \t](?P<age>1[0-2]\d|[1-9]?\d)(?=[ \t]*(?:[,;)]|\.(?!\d)|$))", regex.MULTILINE
)
#: The number ends a name finding that ran on over it ("Hal 94" from NER).
_AGE_INSIDE = regex.compile(r"\p{L}[ \t](?P<age>1[0-2]\d|[1-9]?\d)$")


def _age_of(text: str, finding: Finding) -> tuple[int, int] | None:
    """The span of the age right after (or closing) a PERSON finding, or None."""
    inside = _AGE_INSIDE.search(text, finding.start, finding.end)
    if inside is not None:
        if _AGE_AFTER.match(text, inside.start("age") - 1) is not None:
            return inside.span("age")
        return None
    after = _AGE_AFTER.match(text, finding.end)
    return after.span("age") if after is not None else None


def with_named_ages(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with an AGE finding for the number a terse note writes right after a
    person's name, and a name that ran on over it ("Otto 95" from NER) cut back to the
    name, so that a policy's band or top code ("90+") stands for the age."""
    ages = {(f.start, f.end) for f in findings if f.entity_type == "AGE"}
    found: dict[tuple[int, int], Finding] = {}
    kept: list[Finding] = []
    for finding in findings:
        span = _age_of(text, finding) if finding.entity_type == "PERSON" else None
        if span is None:
            kept.append(finding)
            continue
        if span[0] < finding.end:  # the name ran on over its age: the name alone
            finding = replace(finding, end=span[0] - 1)
        kept.append(finding)
        if span not in ages and span not in found:
            found[span] = Finding(span[0], span[1], "AGE", SCORE, source=SOURCE)
    return kept + list(found.values())


__all__ = ["with_named_ages"]
