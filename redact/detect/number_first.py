"""A date, an age or a phone number found by its pattern is nobody's name.

NER and strict mode run names and places into the numbers next to them: "DOB 11-02" as an
organisation, "Admitted Jan" as a person, "Baker, 36" as a name, a street "DOB 11" (a
street type after a name, "Koskikatu 25"). Where such a broad finding overlaps a number
that one of our patterns found, the union went to the strictest action, so a date that
should have kept its year became a placeholder, and an age became a name.

The pattern's span is exact, and no name runs through a date or a phone number: so the
broad finding loses the characters of the number and keeps the rest (a piece with no
letter or digit goes). The number is then acted on by its own rule.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from redact.detect.spans import Spans, cut_out
from redact.findings import Finding

#: Types whose findings from our patterns are exact.
NUMBER_TYPES = frozenset(
    {"DATE_TIME", "DATE_OF_BIRTH", "AGE", "PHONE_NUMBER", "US_SSN", "EMAIL_ADDRESS"}
)
#: Findings of these sources are guesses from capitals and context, not from a pattern.
BROAD_SOURCES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
BROAD_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
#: Strict mode's street-name-then-number pattern ("DOB 11" of "DOB 11-02-1931").
WEAK_STREETS = frozenset({"NamedStreetRecognizer"})


def _is_broad(finding: Finding) -> bool:
    if finding.entity_type in BROAD_TYPES:
        return finding.source in BROAD_SOURCES
    return finding.entity_type == "STREET_ADDRESS" and finding.source in WEAK_STREETS


def numbers_first(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with every broad name or place cut off the numbers our patterns found."""
    numbers = Spans(
        (f.start, f.end)
        for f in findings
        if f.entity_type in NUMBER_TYPES and f.source not in BROAD_SOURCES
    )
    if not numbers:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        touching = numbers.touching(finding)
        if touching and _is_broad(finding):
            kept += cut_out(text, finding, touching)  # a street piece keeps only with a number
        else:
            kept.append(finding)
    return kept


#: An age's number and what follows it and belongs to it: the cue ("yo", "Y/O", "y.o.",
#: "YRS OLD", "-year-old") and the sex a terse note writes after it ("M", "F", "MALE",
#: "female"). Never a letter run into a word, nor "M." before a word in title case (an
#: initial: "38 yo M. Roe"). The number is found here, not taken from the age findings: a
#: policy that keeps ages does not look for them.
_AGE_TAIL = re.compile(
    r"(?<![\d.,/:-])(?:1[0-2]\d|[1-9]?\d)(?![\d/:]|[.,]\d)"
    r"\K[ \t]*-?[ \t]*(?:y/o[mf]?|y\.o\.?|yo[mf]?|yoa|y-o|(?:yrs?|mos?|months?)\.?[ \t]*-?[ \t]*old"
    r"|years?[ \t]*-?[ \t]*old)(?![\p{L}\d])"
    r"(?:[ \t]*,?[ \t]*(?:(?:w|b|h|a|white|black|hispanic|latin[oa]|asian|native)[ \t]+)?"
    r"(?:male|female|man|woman|boy|girl|infant|baby|toddler|child|widow|widower"
    r"|wm|wf|bm|bf|hm|hf|(?:m|f)(?![ \t]*\.[ \t]*\p{Lu}\p{Ll}))(?![\p{L}\d]))?",
    re.IGNORECASE,
)
#: Findings of these sources are names in their own right, whatever their shape.
_CUED_NAME_SOURCES = frozenset({"subject", "LabelledName", "RelationNameRecognizer"})
#: The initials step reads "Y.O." as initials and grows them over the capitals after it: when
#: its initials are an age's cue, nothing of the finding was ever a name.
_INITIALS_SOURCE = "Initials"
#: Types cut off an age's cue: the broad names and places, and NER's dates.
_CUT_TYPES = BROAD_TYPES | {"DATE_TIME"}


def age_tails(text: str) -> list[tuple[int, int]]:
    """The cue and sex word after each age in `text` ("84 YO M", "8 Y/O MALE")."""
    return [match.span() for match in _AGE_TAIL.finditer(text) if match.end() > match.start()]


def ages_first(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with every name or place cut off the words that make a number an age.

    A note in capitals reads "PT IS 84 YO M" and "8 Y/O MALE": NER takes "YO MALE" for a
    person or a place and the initials step "Y.O." for one, so the recipient read "38
    [PERSON]" and lost what the number was. The cue and the sex word after an age are
    nobody's name: a name-like finding loses those characters (and goes when nothing of it
    is left; a finding grown from "Y.O." as initials goes whole). Run last, after names were
    propagated and initials derived.

    A date NER read over an age ("79 year old", "a 34-year-old female") loses the cue too:
    the number stays found, as a date and as the age it is, and "year old female" says what
    it was; a recipient of "[AGE] female" lost that, and no words of it date anything.
    """
    tails = Spans(age_tails(text))
    if not tails:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        touching = tails.touching(finding)
        if (
            not touching
            or finding.entity_type not in _CUT_TYPES
            or (finding.entity_type == "DATE_TIME" and finding.source not in BROAD_SOURCES)
            or finding.source in _CUED_NAME_SOURCES
        ):
            kept.append(finding)
        elif finding.source != _INITIALS_SOURCE or finding.start >= touching[0][1]:
            kept += cut_out(text, finding, touching)
    return kept
