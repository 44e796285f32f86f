"""Ages: "a 34-year-old", "age 7", "16 y/o", "turned 18", "in her 40s".

An exact age narrows down who a note is about, especially together with a town or a school,
and HIPAA's Safe Harbor treats ages over 89 as identifiers. Numbers are everywhere in notes
(counts, doses, scores, times), so a number is only taken as an age when an age cue stands
right next to it: "-year-old", "y/o", "age", "aged", "turned", or "is/was ... years old".

The span is the number alone ("34", "40s"); the cue stays outside, matched by look-arounds.
The transform step can then put a band in its place and the sentence still reads: "a
[30-39]-year-old", "age [5-9]". The span always contains the digits.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: An age in years: 0 to 129, not part of a longer number, a decimal or a date; a sex may
#: follow after a slash ("92/F").
_NUMBER = r"(?=\d)(?<![\d.,/:-])(?:1[0-2]\d|[1-9]?\d)(?![\d:]|/(?![MF](?![\w/]))|[.,]\d)"
#: "-year-old", " year old", " yrs old", "-month-old" (infants), "years of age".
_YEARS_OLD = (
    r"(?i:[ \t]*-?[ \t]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)(?:[ \t]*-[ \t]*|[ \t]+)"
    r"old\b|[ \t]+(?:years?|yrs?)[ \t]+of[ \t]+age\b)"
)
#: "y/o", "yo", "y.o.", "yr old" without the "old" variants above; "84YOM", "79 YOF" in a
#: terse note (the sex run into the cue).
_YO = r"(?i:[ \t]*(?:y/o|y\.o\.?|yo|y-o|yoa)[mf]?(?![\p{L}\d]))"
#: "age 7", "aged 15", "Age: 42", "at the age of 61", "ages 3 and 5" (first number), "Age/Sex:
#: 92/F".
_AGE_CUE = (
    r"\b(?i:age[ds]?[ \t]*[:=]?|age[ \t]+of|aged[ \t]+about|age[ \t]+is"
    # an age at an event of the record: "age at death 92", "Age at admission: 95"
    r"|age[ \t]+at[ \t]+(?:death|admission|admit|intake|referral|placement|discharge|onset"
    r"|entry|removal|diagnosis|dx|enrollment|enrolment)[ \t]*[:=]?"
    r"|age[ \t]*/[ \t]*(?:sex|gender)[ \t]*[:=]?)[ \t]*"
)
#: "turned 18", "turns 5", "will turn 21", "turning 16".
_TURNED_CUE = r"\b(?i:turn(?:ed|s|ing)?)[ \t]+"
#: Units after "turned N" that make it something other than an age ("turned 90 degrees").
_NOT_AN_AGE_AFTER = (
    r"(?![ \t]*(?i:%|percent|degrees?|°|times?|pages?|minutes?|mins?|hours?|hrs?|seconds?"
    r"|points?|dollars?|cents?|pounds?|lbs?|miles?|feet|ft|inches|kg|mg|ml|o['’]clock|am\b"
    r"|pm\b|a\.m\.|p\.m\.|th\b|st\b|nd\b|rd\b|in[ \t]+the\b))"
)
#: "he was 78.", "she is 16 and", "I'm 31," — a person, "is/was", the number, and the end of
#: the clause (anything longer, "was 3 hours late", is not an age).
_PERSON_IS_CUE = (
    r"(?:\b(?i:he|she|they|i|who|child|son|daughter|boy|girl|baby|client|patient|youth|minor"
    r"|brother|sister|mother|father)|\b(?:Mr|Mrs|Ms|Mx|Miss)\.?[ \t]+\p{Lu}[\p{L}'’\-]+)"
    r"(?:[ \t]+(?i:is|was|am|are|were|be|will[ \t]+be|turns?)"
    r"|['’](?:s|m|re|ll[ \t]+be|d[ \t]+be))[ \t]+"
    r"(?:(?i:now|only|just|almost|nearly|about|approximately)[ \t]+)?"
)
_CLAUSE_END = (
    r"(?=[ \t]*(?:[.;!?)]|,(?![ \t]*\d)|$|(?i:on[ \t]+(?:\d|her\b|his\b|their\b|my\b))"
    r"|\b(?i:and|when|at[ \t]+the[ \t]+time|now|but"
    r"|years?|yrs?)\b))"
)
#: An age of 90 or more in words ("ninety-three", "one hundred and one"): Safe Harbor's
#: top code applies to it as to figures; younger ages in words are left as written.
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_OVER_89 = (
    rf"(?i:(?<![\p{{L}}-])(?:ninety(?:[ \t-]+{_UNITS})?"
    rf"|(?:one|a)[ \t-]+hundred(?:[ \t-]+(?:and[ \t-]+)?(?:{_UNITS}|ten))?)(?![\p{{L}}]))"
)
#: "in her 40s", "in his mid-30s"; "in the 60s" is a period, not an age, and "in their early
#: twenties" has no digits.
_DECADE_CUE = (
    r"\b(?i:in|into)[ \t]+(?i:her|his|their|my|your|our)[ \t]+"
    r"(?:(?i:early|mid|late)[ \t]*-?[ \t]*)?"
)
_DECADE = r"(?:[1-9]0|1[01]0)['’]?s\b"
#: Relation words that stand for a person of the household or family.
_RELATIONS = (
    r"mother|father|mom|dad|brother|sister|son|daughter"
    r"|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|grandchild|uncle|aunt"
    r"|cousin|niece|nephew|boyfriend|girlfriend|partner|husband|wife|roommate|neighbou?r"
    r"|step(?:father|mother|dad|mom|son|daughter)|sibling"
)
#: A relation word and a bare number closing a list item, as a household list writes ages:
#: "son 7, daughter 4", "lives with grandmother 92."; a unit or more words after the number
#: ("sister 2 years older", "father 3x") make it something else.
_RELATION_NUMBER = rf"(?<=\b(?i:{_RELATIONS})[ \t]+)"
_LIST_ITEM_END = r"(?=[ \t]*(?:[,;)]|\.(?!\d)|$|(?i:and|&)[ \t]))"
#: An "Ages:" line that names whose age each number is: "Ages: client 38, son 7, grandmother
#: 92." (the numbers-first list, "ages 3, 5 and 8", is its own pattern).
_AGES_LABEL_ITEM = (
    r"(?<=\b(?i:ages?)[ \t]*[:=\-][ \t]*"
    r"(?:[\p{L}'’\-]+(?:[ \t]+[\p{L}'’\-]+){0,3}[ \t]+\d{1,3}"
    r"(?:[ \t]*[,;]|[ \t]+(?=(?i:and|&)[ \t]))[ \t]*(?:(?i:and|&)[ \t]+)?)*"
    r"[\p{L}'’\-]+(?:[ \t]+[\p{L}'’\-]+){0,3}[ \t]+)"
)
#: A name or a relation word, a comma and a number closed by a comma, a bracket or the end
#: of the sentence: "Father: Wesley Baker, 36, Abilene", "Curtis Hollenbeck (41)", "her
#: stepdad, 44, works nights". Months, weekdays and unit
#: words before the comma make it a date or an address instead.
_NAME_COMMA = (
    r"(?<!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|(?i:apt|apartment|unit|suite|ste|room|rm|floor|fl"
    r"|bldg|box|lot|no|grade|gr|page|p|vol))\.?(?:,[ \t]+|[ \t]+\())"
    rf"(?<=(?:\p{{Lu}}[\p{{Ll}}'’\-]+|\[[A-Z_]+\]|\b(?i:{_RELATIONS}|child|client|youth)\)?"
    # a person's initials ("C.Y.L., 92, lives alone")
    r"|\b(?:\p{Lu}\.){2,4})"
    r"(?:,[ \t]+|[ \t]+\())"
)
#: A name in capitals after a relation word or a courtesy title ("SPOUSE HAROLD (94)",
#: "MRS. INES KOWALCZYK (96)": a capitals note; a bare capitals word may be a drug and its
#: dose, "ZOLOFT (50)"), dotted initials ("C.Y.L., 92,") or a name and its nickname in
#: brackets ('Tremaine Ruffin ("Tre"), 22,'), then the comma or the bracket.
_OTHER_NAME_COMMA = (
    rf"(?<=(?:\b(?i:{_RELATIONS}|spouse|mrs?|ms|mx|miss|resident|roommate)\.?"
    r"(?:[ \t]+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,3}"
    r"|(?<![\p{L}.])(?:\p{Lu}\.){2,4}"
    r"|\p{Lu}[\p{Ll}'’\-]+[ \t]+\([\"“][^\"”()\n]{1,24}[\"”]\))"
    r"(?:,[ \t]+|[ \t]+\())"
)
#: "The beneficiary, now 92, has ...": a person's age set off with "now".
_NOW_AGE = (
    r"(?<=\b(?i:he|she|they|client|patient|pt|resident|ward|beneficiary|decedent|child|youth"
    rf"|{_RELATIONS}),[ \t]+(?i:now|today)[ \t]+)"
)
_NAME_COMMA_END = r"(?=[ \t]*(?:,(?![ \t]*\d+(?![\p{L}\d]))|;|\)|\.(?!\d)|$)|[ \t]+\((?=\d{3}))"
#: A kin, household or courtesy word, a name of one to three words in any case, and the age
#: alone in brackets: "SPOUSE HAROLD (94)", "MRS. INES KOWALCZYK (96)", "brother leon (91)".
#: A capitals note defeats the title-case name of `_NAME_COMMA`; the cue word carries it.
_KIN_NAME_BRACKET = (
    rf"(?<=\b(?i:{_RELATIONS}|spouse|roommate|housemate|resident|guardian|caregiver|cg"
    r"|mrs?|ms|miss|mx)\.?[ \t]+(?:[\p{L}'’\-]+\.?[ \t]+){0,2}[\p{L}'’\-]+[ \t]*\()"
)
#: An age set off by commas after "now", behind a word for a person: "The beneficiary, now 92,
#: has ...", "her father, now 91, lives alone" (never "the balance, now 92, ...").
_NOW_COMMA = (
    rf"(?<=\b(?i:{_RELATIONS}|spouse|beneficiary|member|client|patient|pt|resident|consumer"
    r"|participant|decedent|ward|conservatee|elder|veteran|he|she|who)"
    r"[ \t]*,[ \t]+(?i:now|currently)[ \t]+)"
)
#: A birth date and the age it makes in brackets: "DOB: 3/14/34 (91 y)", "born 02-07-1931
#: (94)". A form's header writes them side by side; the bracket after a birth date holds
#: nothing else, and a bare "y" is the terse note's "years".
_AFTER_BIRTH_DATE = (
    r"(?<=\b(?i:dob|d\.o\.b\.?|born|birth[ \t]*date|date[ \t]+of[ \t]+birth)[ \t]*[:#]?[ \t]*"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})[ \t]*\()"
)
_BRACKET_AGE_END = r"(?=[ \t]*(?i:y|yo|y/o|yrs?|years?(?:[ \t]+old)?)?\.?[ \t]*\))"
#: "M/84", "F/41": a sex, a slash and the age, in a terse note's header.
_SEX_SLASH_BEFORE = r"(?<=\b[MF]/)"
#: "36M", "71F" in a header or a referral line; "Apt 5F" is a flat.
_SEX_AFTER = (
    r"(?<!(?i:apt|apartment|unit|suite|ste|room|rm|floor|fl|bldg|#|no)\.?[ \t]*)"
    r"(?<![\w$£€.,#\-])[1-9]\d(?=(?-i:[MF])(?![\w])"
    # lower case, as a lower-case note writes it ("pt billie 91f, dx ..."), only where an
    # age and sex stand: before a comma or a bracket, or a chart's next cue ("34f s/p")
    r"|(?-i:[mf])(?:[,;)]|[ \t]+(?i:w/|s/p|c/o|bib|pmh|hx|dx|with|who)(?![\w])))"
)


class AgeRecognizer(CuedPatternRecognizer):
    """Find a person's age in years, months or weeks (entity AGE).

    - number + "year old" / "y/o" ("a 34-year-old", "16 yo"): 0.85;
    - "age" / "aged" + number ("Age: 42", "at the age of 61"): 0.75;
    - "turned" + number ("just turned 18"), unless a unit follows ("turned 90 degrees"): 0.65;
    - person + "is/was" + number at the end of a clause ("when he was 78."): 0.6;
    - a decade of life ("in her 40s"): 0.6;
    - a number set off by commas after a name ("Wesley Baker, 36, Abilene", "Curtis
      Hollenbeck (41)"), or an age over 89 in words ("her husband, ninety-one,"): 0.5;
    - a number and a sex ("36M", "71F"), not a flat ("Apt 5F"), or a sex and a number ("M/84"):
      0.5;
    - a number in brackets right after a birth date ("DOB: 3/14/34 (91 y)"): 0.75.

    The span is the number only; the cue words stay outside it.
    """

    ENTITY: ClassVar[str] = "AGE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern("number + years old", rf"{_NUMBER}(?={_YEARS_OLD})", 0.85),
        LeanPattern("number + y/o", rf"{_NUMBER}(?={_YO})", 0.85),
        LeanPattern(
            "age + number",
            rf"(?=\d)(?<={_AGE_CUE}){_NUMBER}"
            r"(?![ \t]*(?i:%|percent|minutes?|hours?|mg|ml|lbs?|kg))",
            0.75,
        ),
        LeanPattern(
            "ages + list of numbers (later numbers)",
            rf"(?=\d)(?<=\b(?i:ages)[ \t]+\d{{1,3}}(?:[ \t]*,[ \t]*\d{{1,3}})*[ \t]*,?[ \t]*"
            rf"(?:(?i:and|&)[ \t]+)?){_NUMBER}",
            0.75,
        ),
        LeanPattern(
            "turned + number", rf"(?=\d)(?<={_TURNED_CUE}){_NUMBER}{_NOT_AN_AGE_AFTER}", 0.65
        ),
        LeanPattern(
            "person is + number", rf"(?=\d)(?<={_PERSON_IS_CUE}){_NUMBER}{_CLAUSE_END}", 0.6
        ),
        LeanPattern("decade of life", rf"(?=\d)(?<={_DECADE_CUE}){_DECADE}", 0.6),
        LeanPattern("words over 89 + years old", rf"{_SPELLED_OVER_89}(?={_YEARS_OLD})", 0.85),
        LeanPattern(
            "age / turned / person is + words over 89",
            rf"(?<=(?:{_AGE_CUE}|{_TURNED_CUE}|{_PERSON_IS_CUE})){_SPELLED_OVER_89}",
            0.65,
        ),
        LeanPattern("name, number,", rf"(?=\d){_NAME_COMMA}{_NUMBER}{_NAME_COMMA_END}", 0.5),
        LeanPattern(
            "capitals name / initials / nicknamed name, number,",
            rf"(?=\d){_OTHER_NAME_COMMA}{_NUMBER}{_NAME_COMMA_END}",
            0.5,
        ),
        LeanPattern("person, now + number,", rf"(?=\d){_NOW_AGE}{_NUMBER}(?=,)", 0.5),
        LeanPattern(
            "kin or title + name + (number)", rf"(?=\d){_KIN_NAME_BRACKET}{_NUMBER}(?=\))", 0.5
        ),
        LeanPattern("now + number,", rf"(?=\d){_NOW_COMMA}{_NUMBER}(?=[ \t]*,)", 0.5),
        LeanPattern(
            "relation + number in a list",
            rf"(?=\d){_RELATION_NUMBER}{_NUMBER}{_LIST_ITEM_END}",
            0.5,
        ),
        LeanPattern(
            "ages: who + number", rf"(?=\d){_AGES_LABEL_ITEM}{_NUMBER}{_LIST_ITEM_END}", 0.6
        ),
        LeanPattern(
            "name, words over 89,", rf"{_NAME_COMMA}{_SPELLED_OVER_89}{_NAME_COMMA_END}", 0.5
        ),
        LeanPattern(
            "birth date + (number)", rf"(?=\d){_AFTER_BIRTH_DATE}{_NUMBER}{_BRACKET_AGE_END}", 0.75
        ),
        LeanPattern("number + sex", rf"(?=\d){_SEX_AFTER}", 0.5),
        LeanPattern(
            "sex / number",
            rf"(?=\d){_SEX_SLASH_BEFORE}(?:1[0-2]\d|[1-9]?\d)(?![\d/:]|[.,]\d)",
            0.5,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("age", "aged", "old", "years", "yo", "birthday")

    #: Case-insensitive parts are marked inline; the rest is literal.
    FLAGS: ClassVar[int] = re.MULTILINE
