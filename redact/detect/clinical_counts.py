"""Numbers NER reads as dates or places that a clinical note means as ages, counts or
histories, and long numbers it reads as dates.

A NICU or an obstetric record counts a baby's life in weeks and days that look like dates
to NER: a gestational age "29 3/7 weeks" (29 weeks and 3 days) became "March", a corrected
age "age about 38 weeks" and a hospital day "day 3" became "[DATE]", and an obstetric
history "G1P0202" (gravida 1, para 0-2-0-2) became "[LOCATION]". These are ages and counts
that a court or a researcher needs, and none of them is a calendar date: HIPAA Safe Harbor
removes the elements of dates, never an age under 90 or a length of time.

The other way round, NER calls a run of long numbers a date ("the infants' IDs are
110531908844 and 110531908851"): a date is never seven digits or more in a row, so such a
finding is an identity number, and is removed where a date would only be generalised (a
court's copy keeps dates, never a child's member id).

Only the guesses of NER and strict mode are read (`GUESSING_SOURCES`); a cue-based
recognizer's finding stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.misreadings import GUESSING_SOURCES
from redact.findings import Finding

_WEEKS = r"(?:weeks?|wks?|w(?![^\W\d_]))"
#: Weeks and days of gestation: "29+3", "29 3/7", "29w3d", with or without "weeks".
_WEEKS_AND_DAYS = (
    rf"\d{{2}}[ \t]*(?:\+[ \t]*[0-6]|[ \t]+[0-6][ \t]*/[ \t]*7|w[ \t]*[0-6][ \t]*d)"
    rf"(?:[ \t]*-?[ \t]*{_WEEKS})?"
)
#: A count of weeks, maybe introduced as an age: "38 weeks", "age about 38 weeks".
_AGE_IN_WEEKS = (
    r"(?:(?:(?:corrected|gestational|postmenstrual|post-menstrual|adjusted)[ \t]+)?age[ \t]+"
    r"(?:of[ \t]+|about[ \t]+|approx\.?[ \t]+|~[ \t]*)?)?"
    rf"\d{{1,2}}(?:\.\d)?[ \t]*-?[ \t]*{_WEEKS}"
)
_GESTATION = re.compile(rf"(?i:{_WEEKS_AND_DAYS}|{_AGE_IN_WEEKS})")
_DAYS_AND_WEEKS = re.compile(rf"(?i:{_WEEKS_AND_DAYS})")
#: What makes a count of weeks a baby's age: a gestational, corrected or postmenstrual age
#: named before or after it ("GA", "CGA", "PMA", "gestation", "corrected", "born at").
_GESTATION_CUE = re.compile(
    r"(?i:\b(?:e?ga|cga|pma|gestation(?:al)?|corrected|postmenstrual|post-menstrual"
    r"|preterm|premature|born[ \t]+at|delivered[ \t]+at|edd)\b)"
)
_CUE_REACH = 30
#: A hospital's count of days: "day 3", "DOL 12" (day of life), "HD 4", "POD 2".
_DAY_COUNT = re.compile(r"(?i:(?:day|dol|hd|pod|pnd|ppd)[ \t]*#?[ \t]*\d{1,3})")
#: An obstetric history: gravida and para, maybe with term, preterm, abortions and living
#: ("G1P0202", "G3 P2", "G2P1001", "G4P3-0-1-3").
_OBSTETRIC_HISTORY = re.compile(
    r"G[ \t]*\d{1,2}[ \t]*,?[ \t]*P[ \t]*\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,2}){0,3}"
)
#: A date has no run of seven digits; an identity number does.
_LONG_NUMBER = re.compile(r"\d{7,}")
_SHORT_NUMBER = re.compile(r"(?<!\d)\d{1,6}(?!\d)")
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "NRP", "LOCATION"})
_EDGES = " \t.,;:()"


def _mention(text: str, finding: Finding) -> str:
    return text[finding.start : finding.end].strip(_EDGES)


def _gestational_age(text: str, finding: Finding) -> bool:
    """Weeks and days ("29 3/7 weeks"), or weeks with a gestational cue around them."""
    mention = _mention(text, finding)
    if _DAYS_AND_WEEKS.fullmatch(mention):
        return True
    if _GESTATION.fullmatch(mention) is None:
        return False
    around = text[max(0, finding.start - _CUE_REACH) : finding.end + _CUE_REACH]
    return _GESTATION_CUE.search(around) is not None


def _only_long_numbers(text: str, finding: Finding) -> bool:
    """Long runs of digits and nothing of a date between them ("N and N", "N, N")."""
    mention = _mention(text, finding)
    if _LONG_NUMBER.search(mention) is None or _SHORT_NUMBER.search(mention):
        return False
    rest = _LONG_NUMBER.sub("", mention)
    return re.fullmatch(r"(?:[ \t,;/&]|and|or)*", rest) is not None


def settle_clinical_counts(
    text: str, findings: Sequence[Finding], durations_are_dates: bool = False
) -> list[Finding]:
    """`findings` without NER's dates that are a baby's age or a hospital day, and without
    its places and names that are an obstetric history; long numbers it called a date
    become ID_NUMBER. Where a policy removes dates outright (`durations_are_dates`) a day
    count stays a finding, as a duration does (`redact.detect.misreadings`); a gestational
    age is an age and never does."""
    kept: list[Finding] = []
    for finding in findings:
        if finding.is_subject or finding.source not in GUESSING_SOURCES:
            kept.append(finding)
            continue
        kind = finding.entity_type
        if kind == "DATE_TIME":
            if _gestational_age(text, finding):
                continue
            if not durations_are_dates and _DAY_COUNT.fullmatch(_mention(text, finding)):
                continue
            if _only_long_numbers(text, finding):
                kept.append(replace(finding, entity_type="ID_NUMBER"))
                continue
        if kind in _NAME_TYPES and _OBSTETRIC_HISTORY.fullmatch(_mention(text, finding)):
            continue
        kept.append(finding)
    return kept
