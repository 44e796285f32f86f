"""Dates in the forms case notes use: "03/14/2026", "March 14, 2026", "14 March", "2026-03-14".

Dates of birth, of visits, of removals and of court hearings tie a note to one family; HIPAA's
Safe Harbor removes every element of a date except the year. Presidio's own date recognizer
works case-insensitively on numeric forms only and scores short forms such as "3/14" too low
to be useful, so this one covers what notes actually contain, case-sensitively for month
names ("May 5" is a date, "may 5" is not).

Numbers with slashes are also scores ("7/10"), fractions ("1/2 cup") and times ("3:30"). A
day-month pair without a year ("3/14") is therefore only taken after a date cue ("on 3/14",
"DOB: 3/14", "Tuesday 3/14"), never after "from ... to" or when a scale follows. A bare year
is only taken after a cue ("born in 1985", "since 2019", "in 2004"); years alone are not
identifying under Safe Harbor, so they score lower and a policy can keep them.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
#: Month abbreviations in capitals, as forms and exports write them: "05-MAY-2021".
_MONTH_CAPS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
)
#: "Tuesday, " or "Tues. " in front of a date.
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?[ \t]+(?:the[ \t]+)?)?"
#: Day of month, optionally with an ordinal suffix, not part of a longer number.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
#: A range of days, "3-5" or "3 to 5": the second day.
_DAY_RANGE = (
    r"(?:[ \t]*(?:[-–]|to|through|and)[ \t]*(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d))?"
)
_YEAR4 = r"(?:1[89]\d\d|20\d\d)(?!\d)"
#: A year after a day and month: ", 2026", " 2026", " '26".
_YEAR_TAIL = rf"(?:,?[ \t]+{_YEAR4}|[ \t]+['’]\d\d(?!\d))"
#: A time attached to a date: "T09:00", " 11:34:35", " 07:20 PM", " at 9:45 AM EST". A time on
#: its own ("3:30") is never taken.
_TIME_TAIL = (
    r"(?:(?:T|[ \t]+(?:at[ \t]+)?)[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:Z|[+-][0-2]\d:?[0-5]\d)?(?:[ \t]?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?"
    r"(?:[ \t]+(?:UTC|GMT|[ECMP][SD]T|IST|BST|CET|CEST))?(?![\w:]))?"
)
#: Neither side of a numeric date may continue a longer number, code or phone number.
_NUM_START = r"(?<![\w/.\-:])"
_NUM_END = r"(?![\w/\-]|[:.]\d)"
#: Month and day as numbers (US order first; European order is validated below).
_MD = r"(?:0?[1-9]|[12]\d|3[01])"

#: Cues after which a day-month pair without a year is a date.
_SHORT_DATE_CUE = (
    rf"(?:\b(?i:on|since|until|till|before|after|dated|date|dob|d\.o\.b\.|due|effective"
    rf"|starting|beginning|as[ \t]+of|visit|visited|appointment|session|seen|scheduled"
    rf"|hearing|meeting|contact|called|next|by|intake|petition|referral|filed|admit|admitted"
    rf"|discharge|discharged|(?:wk|week)[ \t]+of"
    # a chart's admission and discharge days: "ADM 2/7", "d/c'd 3/4", "dc 1/8"
    rf"|adm|d/?c(?:['’]?d)?"
    # a day a patient goes home: "d/c home 4/5", "discharged home 6/2", "going home 3/4"
    rf"|(?:d/?c(?:['’]?d)?|discharged?|sent|going|goes|went)[ \t]+home"
    # a test's day: "Labs 6/10 (K 3.6)", "drawn 6/2", "weighed 9/3", "EKG 7/1"
    rf"|labs?|drawn|weighed|ekg|ecg)[ \t]*:?[ \t]+|\b{_WEEKDAY},?[ \t]+"
    # a weekday as a hurried note types it, in lower case or capitals: "date: tues 10/21",
    # "WED 3/12"; "sat" and "sun" only in full, since "sat 1/2 hour" is a verb
    r"|\b(?i:mon|tues?|wed|weds|thurs?|thu|fri|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\.?,?[ \t]+|\()"
)
#: Verbs of meeting, availability and leaving, with an object, before a day-month pair.
_DAY_VERB = (
    r"\b(?i:see|sees|seeing|saw|meet|meets|meeting|visit|visits|available|avail|return"
    r"|returns|starts?|begins?|expires?|released?|moves?[ \t]+(?:in|out)|moving[ \t]+(?:in|out)"
    # a window or a deadline: "window closes 10/10", "lease ends 6/30", "portal opens 1/5"
    r"|closes|closed|ends|ended|opens|reopens)"
    r"(?:[ \t]+(?i:her|him|them|you|us|me|client|mom|dad|with[ \t]+(?:her|him|them)))?[ \t]+"
)
#: Events a record names by their day ("the 3/6 incident", "her 4/2 intake").
_EVENT_NOUNS = (
    r"incident|accident|injury|memory|meeting|mtg|call|visit|session|appt|appointment|hearing"
    r"|note|episode|fight|argument|outburst|write-?up|event|report|e-?mail|text|letter|exam"
    r"|eval|evaluation|assessment|deadline|shift|order|conference|discharge|admission|intake"
    r"|review|staffing|near-?miss|altercation|overdose|arrest|removal|disclosure"
)
#: Cues after which a four-digit year is a date.
_BIRTH_CUE = (
    r"\b(?i:born|b\.|dob|d\.o\.b\.|birth[ \t]+year|year[ \t]+of[ \t]+birth)[ \t]*:?[ \t]*"
    r"(?i:in[ \t]+|on[ \t]+|around[ \t]+|circa[ \t]+|c\.[ \t]*)?"
)
_YEAR_CUE = (
    r"\b(?i:in|since|during|until|till|by|from|before|after|around|circa|of|between|prior[ \t]+to"
    r"|through|as[ \t]+of|summer|spring|fall|autumn|winter|year|class[ \t]+of)[ \t]+"
    r"(?:(?i:early|mid|late)[ \t]*-?[ \t]*)?"
)
#: Between the two years of a range: "1998 and 2001", "2019-2020".
_YEAR_LINK = r"(?:[ \t]*(?:[-–]|to|and|or|through|until|,)[ \t]*)+"
#: What must not follow a year: a unit or count ("in 2000 dollars", "since 1500 words").
_NOT_A_YEAR_AFTER = (
    r"(?![ \t]*(?:%|(?i:dollars|usd|people|persons|words|pages|units|mg|ml|kg|lbs|calories"
    r"|feet|ft|miles|hours|hrs|minutes|times|cases|students|members)\b))"
)

#: Day-month pairs that are more often a fraction or a rating than a date ("3/4 of the
#: time", "7/8 inch", "4/5 stars", "6/10"); with a date cue ("on 3/4") they are still dates.
#: A rating out of ten is ten at most: "11/10" and "12/10" are the tenth of November and
#: December ("fell again 12/10"), unless a unit says otherwise ("12/10 pain").
_FRACTION = r"(?:1/[2-8]|2/[3-8]|3/[4-8]|4/[5-8]|5/[6-8]|6/[78]|7/8|[1-5]/5|0?\d/10|10/10)(?!\d)"
#: Words before a pair that make it a score, a reading or a ratio: "score 14/27", "BP 120/80".
_SCORE_WORDS = (
    r"(?i:scores?|scored|rated|rating|ratio|total|out[ \t]+of|bp|b/p|pressure|phq-?\d*"
    r"|gad-?\d*|cico|points?|grades?|odds|split|dose|doses|pain|=)"
    r"(?:[ \t]+(?i:of|was|is|were))?[ \t]*:?[ \t]*"
)
_SCORE_BEFORE = rf"(?<!{_SCORE_WORDS})"
#: Words before a pair that make it a part of a whole: "goals met 2/3:", "took 1/2:".
_COUNTED_BEFORE = (
    r"(?<!(?i:met|attended|completed|took|ate|drank|passed|correct|done|finished|given)[ \t]+)"
)
#: Words after a pair that make it a count or a measure: "3/4 of the time", "5/7 days".
_PAIR_UNITS = (
    r"[ \t]*(?i:of\b|scale|points?|pain|rating|score|split|odds|ratio|nights?|weeks?"
    r"|hours?|times?|cups?|tabs?|tablets?|pills?|mg\b|ml\b|inch|in\.|%|correct|questions?"
    r"|items?|stars?)"
)
_NOT_A_PAIR_AFTER = rf"(?!{_PAIR_UNITS})"
#: A log entry's 24-hour clock time after its day ("6/10 0740 TU."), not a dose or a count
#: ("1/2 1000 mg", "3/4 1500 calories").
_ENTRY_CLOCK = (
    r"(?:[01]\d|2[0-3])[0-5]\d(?!\d)"
    r"(?![ \t]*(?i:mg|mcg|ml|cc|units?|iu|kcal|cal|calories|g|gm|grams?|mls?)\b)"
)
_PAIR = regex.compile(r"(\d{1,3})/(\d{1,3})")
_SCORE_BEFORE_END = regex.compile(rf"{_SCORE_WORDS}$")
_PAIR_UNITS_AT = regex.compile(_PAIR_UNITS)
_FRACTION_AT = regex.compile(_FRACTION)


def reads_as_score(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a number pair that reads as a score, a fraction, a
    reading or a ratio rather than a day and month ("7/10", "14/27", "BP 120/80", "3/4
    of the time"). NER tags such pairs as dates; a pattern with a date cue still finds
    the real ones ("on 3/4")."""
    pair = _PAIR.fullmatch(text, start, end)
    if pair is None:
        return False
    month, day = int(pair.group(1)), int(pair.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return True
    if _FRACTION_AT.fullmatch(text, start, end):
        return True
    if _SCORE_BEFORE_END.search(text, max(0, start - 40), start):
        return True
    return _PAIR_UNITS_AT.match(text, end) is not None


class CaseNoteDateRecognizer(CuedPatternRecognizer):
    """Find calendar dates (entity DATE_TIME).

    - ISO "2026-03-14" (with an optional time): 0.85;
    - month name + day, or day + month name, with or without a year and weekday ("March 14,
      2026", "14 March", "Mar. 14th", "Tuesday, March 3"): 0.8;
    - numeric day, month and year ("03/14/2026", "3/14/26", "14.03.2026"): 0.7;
    - month name + year ("January 2000"): 0.6;
    - day and month after a cue ("on 3/14", "DOB: 3/14"): 0.6;
    - "5-May-2021", "05-MAY-21", "21-May": 0.7; "May-2021": 0.55; "21.5.21", "5/2021": 0.5;
    - day and month with no cue ("5/28", "10/3 11:48 PM" in a text log): 0.45, unless it
      reads as a fraction or rating ("3/4 of the time", "7/10", "4/5") or follows a score
      word ("PHQ-9 score 14/27", "BP 120/80");
    - a day and month before a time ("5/6 7:30 PM" in a text log) or a visit's clock times
      ("7/8 0830-1030" in an aide's log), fraction or not: 0.6;
    - a day and month right after another in a list ("1/21 and 2/4"), fraction or not: 0.5;
    - two days and months as a range ("3/26-4/1" whole; "3/6" in "3/6 to 4/1"), fraction or
      not, unless a unit follows ("1/2 to 3/4 cup") or either is out of ten: 0.5;
    - day, month abbreviation and year run together, as dosing logs and pharmacy labels write
      them ("05MAR25", "3Apr2025"): 0.7;
    - a two-digit year after a cue ("in '92", "class of '92"): 0.5;
    - a year after a birth cue ("born in 1985"): 0.8; after another cue ("since 2019"): 0.45.

    Matching is case-sensitive for month names, so the verb "may" and the name "April" in
    lower case never start a date.
    """

    ENTITY: ClassVar[str] = "DATE_TIME"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "yyyy-mm-dd (optional time)",
            rf"{_NUM_START}(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
            rf"{_TIME_TAIL}{_NUM_END}",
            0.85,
        ),
        LeanPattern(
            "month day (year)",
            rf"\b{_WEEKDAY_PREFIX}{_MONTH}[ \t]+(?:the[ \t]+)?{_DAY}{_DAY_RANGE}"
            rf"(?:{_YEAR_TAIL})?(?![\w:/])",
            0.8,
        ),
        LeanPattern(
            "day month (year)",
            rf"(?=[\dMTWFS])\b{_WEEKDAY_PREFIX}{_DAY}{_DAY_RANGE}[ \t]+(?:of[ \t]+)?{_MONTH}"
            r"(?![\p{L}])"
            rf"(?:,?[ \t]+{_YEAR4})?",
            0.8,
        ),
        LeanPattern(
            "m/d/yyyy, d/m/yyyy, m-d-yy, d.m.yyyy",
            rf"(?=[\dMTWFS]){_NUM_START}{_WEEKDAY_PREFIX}{_MD}([/-]){_MD}\1(?:\d\d|{_YEAR4})(?![\w/\-]|\.\d)"
            rf"{_TIME_TAIL}{_NUM_END}"
            rf"|(?=\d){_NUM_START}{_MD}\.{_MD}\.{_YEAR4}{_NUM_END}",
            0.7,
        ),
        LeanPattern(
            "d.m.yy",
            rf"(?=\d){_NUM_START}{_MD}\.{_MD}\.\d\d{_NUM_END}",
            0.5,
        ),
        LeanPattern(
            "d-Mon-yyyy, d-MON-yy, d-Mon",
            rf"(?=\d){_NUM_START}{_DAY}-(?:{_MONTH}|{_MONTH_CAPS})(?:-(?:{_YEAR4}|\d\d(?!\d)))?"
            r"(?![\w\-])",
            0.7,
        ),
        LeanPattern(
            # military and pharmacy style: "23 SEP 25", "4 Jan 26", "07 MAR 2025" (a day,
            # the month's abbreviation and a two-digit year, spaced)
            "d MON yy",
            rf"(?=\d){_NUM_START}(?:0?[1-9]|[12]\d|3[01])[ \t]+"
            rf"(?:{_MONTH_CAPS}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+"
            r"(?:'|’)?\d\d(?![\w:/.\-])(?![ \t]*(?i:mg|mcg|ml|units?|tabs?)\b)",
            0.7,
        ),
        LeanPattern(
            "Mon-yyyy, Mon-yy",
            rf"\b(?:{_MONTH}|{_MONTH_CAPS})-(?:{_YEAR4}|\d\d(?!\d))(?![\w\-])",
            0.55,
        ),
        LeanPattern(
            "m/yyyy",
            rf"(?=\d){_NUM_START}(?:0?[1-9]|1[0-2])/{_YEAR4}{_NUM_END}",
            0.5,
        ),
        LeanPattern(
            "m/d before a time",
            rf"(?=\d){_NUM_START}{_SCORE_BEFORE}(?:0?[1-9]|1[0-2])/{_MD}"
            r"(?=[ \t]+(?:at[ \t]+|@[ \t]*)?(?:[0-2]?\d:[0-5]\d(?!\d)"
            r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d(?!\d)"
            # "3/8 ~11pm", "3/8 around 9 pm", "3/8 @ 7p": a clock time with its half of day
            r"|(?:~[ \t]*|(?i:around|about|approx\.?|abt)[ \t]+)?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?"
            r"[ \t]*(?i:am|pm|a\.m\.|p\.m\.|a|p)(?![\p{L}\d])))",
            0.6,
        ),
        LeanPattern(
            # "NURSING NOTE 1/8 1500", "triage 8/30 2215.": a chart entry's day and its
            # four-digit clock time closing the heading, fraction-like or not; "1/2 1000 mg"
            # goes on into a dose and stays a count
            "m/d before a closing 24-hour time",
            rf"(?=\d){_NUM_START}(?:0?[1-9]|1[0-2])/{_MD}"
            r"(?=[ \t]+(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?:$|[.,;)]))",
            0.6,
        ),
        LeanPattern(
            # "night shift 1900-0700 3/4.": a shift's clock times, then its day
            "m/d after a 24-hour shift",
            rf"(?=\d)(?<=(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+)"
            rf"(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}{_NOT_A_PAIR_AFTER}",
            0.6,
        ),
        LeanPattern(
            "ddMONyy, ddMonyyyy",
            rf"(?=\d){_NUM_START}(?:0?[1-9]|[12]\d|3[01])(?:{_MONTH_CAPS}|Jan|Feb|Mar|Apr|May|Jun"
            rf"|Jul|Aug|Sept?|Oct|Nov|Dec)(?:{_YEAR4}|\d\d(?!\d))(?![\w\-])",
            0.7,
        ),
        LeanPattern(
            "m/d-m/d",
            rf"(?=\d){_NUM_START}(?!\d{{1,2}}/10(?!\d))(?:0?[1-9]|1[0-2])/{_MD}[-–]"
            rf"(?!\d{{1,2}}/10(?!\d))(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}{_NOT_A_PAIR_AFTER}",
            0.5,
        ),
        LeanPattern(
            "m/d before another in a range",
            rf"(?=\d){_NUM_START}(?!\d{{1,2}}/10(?!\d))(?:0?[1-9]|1[0-2])/{_MD}"
            rf"(?=[ \t]*(?:[-–]|to|through|thru)[ \t]*(?!\d{{1,2}}/10(?!\d))"
            rf"(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}{_NOT_A_PAIR_AFTER})",
            0.5,
        ),
        LeanPattern(
            "m/d in a list of dates",
            rf"(?=\d){_NUM_START}(?!\d{{1,2}}/10(?!\d))"
            rf"(?<=(?:0?[1-9]|1[0-2])/(?!10(?!\d)){_MD}[ \t]*(?:,|,?[ \t]+(?:and|or|to)|[-–])"
            rf"[ \t]*)(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}{_NOT_A_PAIR_AFTER}",
            0.5,
        ),
        LeanPattern(
            "m/d, bare",
            rf"(?=\d){_NUM_START}{_SCORE_BEFORE}(?!{_FRACTION})(?:0?[1-9]|1[0-2])/{_MD}"
            rf"{_NUM_END}{_NOT_A_PAIR_AFTER}",
            0.45,
        ),
        LeanPattern(
            # "| 3/6 | in person |": the day that heads a table's row; "Forensic interview
            # 3/6: clear disclosure", "Visit 3/7: mother present": a dated entry before its
            # colon. Fraction-looking or not; a score word before it keeps it a score
            "m/d heading a table row or an entry",
            rf"(?=\d)(?:(?<=(?:^|\n)[ \t]*\|[ \t]*)(?:0?[1-9]|1[0-2])/{_MD}(?=[ \t]*\|)"
            rf"|(?<=\p{{L}}[ \t]+){_SCORE_BEFORE}{_COUNTED_BEFORE}"
            rf"(?:0?[1-9]|1[0-2])/{_MD}(?=:[ \t]))",
            0.55,
        ),
        LeanPattern(
            "two-digit year after a cue",
            rf"(?=['’]\d\d(?![\w'’]))(?<=(?:{_YEAR_CUE}|{_BIRTH_CUE}))['’]\d\d",
            0.5,
        ),
        LeanPattern(
            # "Spring '24", "FALL '22", "jan '25": a season or month with its two-digit
            # year is one date, so the season is not left behind for a name guess
            "season or month and two-digit year",
            r"\b(?i:spring|summer|fall|autumn|winter|january|february|march|april|may|june|july"
            r"|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?"
            r"|oct|nov|dec)\.?[ \t]+['’]\d\d(?![\w'’])",
            0.6,
        ),
        LeanPattern(
            "month year",
            rf"\b{_MONTH}(?:[ \t]+of|,)?[ \t]+{_YEAR4}",
            0.6,
        ),
        LeanPattern(
            # "By January she initiated hugs", "until September", "in late March": a month
            # is a date element Safe Harbor removes, year or no year. Written in full and
            # capitalised, after a preposition of time ("from June" and "with April" may be
            # a person, "may" and "march" in lower case are verbs)
            "month alone after a preposition of time",
            r"(?<=\b(?i:by|in|since|until|till|before|after|during|through|throughout|of"
            r"|early|late|mid|mid-|last|next|since[ \t]+early|since[ \t]+late)[ \t]*)"
            r"(?:January|February|March|April|May|June|July|August|September"
            r"|October|November|December)(?![\w'’-])(?![ \t]+\d)",
            0.5,
        ),
        LeanPattern(
            "m/d after a cue",
            rf"(?=\d)(?<={_SHORT_DATE_CUE})(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}"
            r"(?![ \t]*(?i:scale|points?|pain|rating|score))",
            0.6,
        ),
        LeanPattern(
            # "the 3/6 incident", "exposure to the 3/6 memory", 'the 3/6 "outburst"': an event
            # named by its day, a fraction-looking pair or not ("the 3/4 cup" has no event)
            "m/d naming an event",
            rf"(?=\d)(?<=\b(?i:the|that|this|her|his|their|my)[ \t]+)(?:0?[1-9]|1[0-2])/{_MD}"
            rf"{_NUM_END}(?=[ \t]+[\"“‘']?(?i:{_EVENT_NOUNS})\b)",
            0.55,
        ),
        LeanPattern(
            # "will see her 5/7", "bed available 2/10", "returns 3/2": what happens on a day,
            # with its object; a count after the pair ("5/7 days", "3/4 of") stays a count
            "m/d after a verb of meeting or availability",
            rf"(?=\d)(?<={_DAY_VERB}){_NUM_START}(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}"
            rf"{_NOT_A_PAIR_AFTER}(?![ \t]*(?i:days?\b|a[ \t]+week))",
            0.55,
        ),
        LeanPattern(
            # "3/4 Intake mtg w/ cust", "4/21 Cust tearful": the date that opens a log's
            # entry, before its first capitalised word or its 24-hour clock time ("6/10 0740
            # TU. Camp swept"); "3/4 of the time" and "1/2 1000 mg" stay a count
            "m/d opening a line's entry",
            rf"(?=\d)(?<=(?:^|\n)[ \t]*(?:[-*•\[(][ \t]*)?)(?:0?[1-9]|1[0-2])/{_MD}{_NUM_END}"
            rf"{_NOT_A_PAIR_AFTER}(?=[\])]?[ \t]+(?:[A-Z][a-z]|{_ENTRY_CLOCK}))",
            0.55,
        ),
        LeanPattern(
            "year after a birth cue",
            rf"(?=\d)(?<={_BIRTH_CUE}){_YEAR4}",
            0.8,
        ),
        LeanPattern(
            "year or decade after a cue",
            rf"(?=\d)(?<={_YEAR_CUE}(?:the[ \t]+)?(?:{_YEAR4}(?:['’]?s)?{_YEAR_LINK})*)"
            rf"{_YEAR4}(?:['’]?s)?{_NOT_A_YEAR_AFTER}",
            0.45,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "date",
        "dob",
        "born",
        "birthday",
        "birth",
        "dated",
        "on",
        "since",
    )

    #: Case-sensitive: month names are capitalised; cue words are matched in any case.
    FLAGS: ClassVar[int] = re.MULTILINE

    #: Two numbers and a year, in either order; at least one of them must be a month.
    _NUMERIC: ClassVar[re.Pattern[str]] = re.compile(
        r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}$"
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop numeric triples where neither of the first two numbers can be a month."""
        match = self._NUMERIC.search(pattern_text)
        if match is None:
            return False
        return int(match.group(1)) > 12 and int(match.group(2)) > 12
