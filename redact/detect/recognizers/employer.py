"""Employers named after a work cue: "works at Target", "employed by Acme Logistics".

Where a parent works, together with a town, often identifies a family; it also reveals a
workplace that an abuser may be looking for. Employer names are ordinary capitalised words
or brand names, so on their own they cannot be told from any other proper noun. They are
only taken right after a cue that says someone works there ("works at", "employed by",
"cashier at", "shift at"). The cue is matched by a look-behind and stays outside the span,
so the output reads "works at [EMPLOYER]".

The name is one to five capitalised words; "and" and "&" may join them ("Castillo and Sons",
"Johnson & Johnson"). Lower-case words end it, so "night shift at Amazon warehouse" gives
"Amazon".
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern
from redact.detect.work_cues import JOB_TITLE as _JOB_TITLE
from redact.detect.work_cues import WORK_CUE as _WORK_CUE

#: Between the cue and the name: an optional article or "local".
_LINK = r"[ \t]+(?:(?:the|a|an)[ \t]+)?(?:(?:local|nearby|same|new)[ \t]+)?"
#: A workplace that is a site, not a shop one visits: "Fenwick Circle warehouse", "the Tyson
#: plant". Whoever is said to be there works there; the noun goes with the name.
_WORKPLACE = (
    r"(?:warehouse|plant|factory|mill|cannery|refinery|shipyard|sawmill|foundry"
    r"|(?:distribution|fulfil?l?ment|call|processing|packing)[ \t]+(?:center|centre|plant)"
    r"|packing[ \t]+house|loading[ \t]+dock)"
)
#: A shop's branch by its street after the name: "Arby's on 72nd", "Kroger on Elm Street".
_STREET_WORD = r"(?:(?:St|Ave|Rd|Blvd|Hwy)\b\.?|(?:Street|Avenue|Road|Boulevard|Highway|Pike)\b)"
_BRANCH = (
    rf"(?:[ \t]+on[ \t]+(?:\d{{1,3}}(?:st|nd|rd|th)\b(?:[ \t]+{_STREET_WORD})?"
    rf"|\p{{Lu}}\p{{L}}+[ \t]+{_STREET_WORD}))"
)
#: An employer's people office after its name: "letter to Tallis Timber HR".
#: Not "HR 112" (a heart rate after a name).
_HR = r"(?:HR|Human[ \t]+Resources|Payroll)\b(?![ \t]*[:=]?[ \t]*\d)"
#: A letter's addressee title that only an employer has: the next line is the employer
#: ("HR Business Partner, Leave Administration" over "Tillamook Board Mills, Inc.").
_HR_TITLE = (
    r"(?:HR|Human[ \t]+Resources|Leave[ \t]+(?:Coordinator|Administrat(?:or|ion)|Specialist)"
    r"|Benefits[ \t]+(?:Specialist|Coordinator|Administrator))\b(?![ \t]*[:=]?[ \t]*\d)"
)
#: "Employer: Walmart" in a form, "| Employer | Walmart |" in a table.
_LABEL = r"(?:employer|place[ \t]+of[ \t]+employment|workplace)[ \t*]*[:|][ \t*:|]*"

#: A form's occupation field, the job and then where it is done: "Occupation: pharmacist,
#: Providence Holy Family Hospital outpatient pharmacy", "Employment: CNA, Brookdale Senior
#: Living". Never a student's school ("Occupation: student, Spokane Falls CC").
_OCCUPATION = (
    r"^[ \t]*(?i:occupation|employment|job)[ \t]*[:|\t][ \t]*"
    r"(?![ \t])(?!(?i:student|full[- ]time[ \t]+student|pupil)\b)[^\n,:|\t]{2,50},[ \t]*"
)
#: A table's employment row, its cell after a tab: "Employment\tBuckeye Overhead Door\t...".
#: A status in the cell ("Unemployed", "Full-time", "None") is no employer.
_EMPLOYMENT_CELL = r"^[ \t]*(?i:employment|employer)[ \t]*\t[ \t]*(?![ \t])"
_STATUS = (
    r"(?i:unemployed|employed|none|n/?a|retired|disabled|student|self|full|part|seasonal"
    r"|homemaker|not|currently|seeking|looking|yes|no|unknown|ssi|ssdi|on|off|between)\b"
)

#: "Started at Riverport.": a start at a place named alone, with nothing after it but the
#: sentence's end or the shift or post taken there ("as a picker", "on nights"), is a job;
#: a start at a school or a programme runs on ("started at Lincoln Elementary in the
#: fall") or is a term of meaning, trimmed off by `keep_meaning`.
_STARTED = (
    r"(?:start(?:ed|s|ing)?|began|begins|begun)(?:[ \t]+(?:work(?:ing)?|a[ \t]+job|the[ \t]+job"
    r"|a[ \t]+new[ \t]+job))?[ \t]+at"
)
#: A level of care one starts at is no workplace: "started at Intensive Outpatient".
_LEVEL_OF_CARE = (
    r"(?i:intensive|outpatient|inpatient|residential|partial|day|detox|level|step|phase"
    r"|treatment|grade|school|college|kindergarten|pre-?k|head[ \t]+start)\b"
)
#: A name one starts at that is a school or a programme by its last word.
_NOT_A_JOB = (
    r"(?i:elementary|middle|high|school|academy|college|university|preschool|montessori"
    r"|program|programme|clinic|detox|rehab)"
)
_STARTED_END = (
    r"[ \t]*(?:[.;!]|\n|$|[ \t](?:as|on)[ \t]+"
    r"(?:a|an|the|nights|days|second|third|first|overnights?|swing)\b)"
)

#: Capitalised words that are not employers: function words, times and places of day.
_STOP_WORDS = (
    r"(?:A|An|The|This|That|Her|His|Their|My|Our|Your|Its|He|She|They|I|We|It|And|Or|But"
    r"|So|Then|When|While|On|In|At|To|For|From|With|By|Of|As|Since|Until|Night|Nights|Day"
    r"|Days|Times|Least|Most|First|Last|Present|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Christmas|Thanksgiving|Mom|Dad|Mother|Father"
    r"|Client|Worker|Mr|Mrs|Ms|Dr|Per|Note|Called|Contacted|Visited|Went|Left|Toured|Faxed"
    r"|Emailed|Spoke|Met|Drove|Picked|Dropped|Applied|Started|Returned|Reports|States"
    r"|Said|Sent|Told|Walked|Took|Asked)\b"
)
#: One word of a name: "Target", "McDonald's", "AT&T", "H&M", "7-Eleven", "Walgreens".
_WORD = (
    rf"(?!{_STOP_WORDS})(?:\p{{Lu}}|\d+-\p{{Lu}})(?:[\p{{L}}\d]|['’&.-](?=[\p{{L}}\d]))*"
    r"(?:['’]s)?(?:(?<=(?<![\p{L}])(?:Co|Inc|Corp|Ltd|Bros|Mfg))\.)?(?![\p{L}\d])"
)
_JOIN = r"(?:[ \t]*&[ \t]*|[ \t]+(?:and|of|the|de|&)[ \t]+|[ \t]+)"
_NAME = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,4}}"
#: A business's legal form after a comma, part of its name: "Tarrow Polymer, LLC".
_LEGAL_FORM = r"(?:,[ \t]*(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Corp\.?|Co\.|Ltd\.?)(?![\p{L}\d]))?"
#: A name before a workplace noun may span five long words and their joins.
_NAME_REACH = 120
#: Words a business's name ends in: a job title and a comma before such a name ("cook,
#: Cedar Lakes Casino" in a household table) say where someone works.
_BUSINESS_HEAD = (
    r"(?:Casino|Resort|Hotel|Motel|Suites|Inn|Grill|Burger|Burgers|Diner|Cafe|Café"
    r"|Restaurant|Bakery|Pizza|Tavern|Saloon|Market|Supermarket|Grocery|Foods|Motors"
    r"|Salon|Co\.|Company|Inc\.?|LLC|Corp\.?)"
)
#: Who hires, after an employer's name: "Met Lowe's store mgr", "the Target hiring manager".
_HIRING_ROLE = (
    r"(?:store|hiring|shift|general|district|floor|department|dept\.?|assistant)[ \t]+"
    r"(?:mgr|manager|supervisor|lead|director)s?"
)
#: Openings at an employer: "Lowe's and Walgreens leads", "Meijer job fair".
_OPENINGS = r"(?:job[ \t]+)?(?:leads|openings)|job[ \t]+fair|hiring[ \t]+(?:event|fair)"
#: A warehouse's site code after a company's name: "asked about Amazon KZO1".
_SITE_CODE = r"[A-Z]{3}\d(?![\p{L}\d])"


class EmployerRecognizer(CuedPatternRecognizer):
    """Find an employer's name after a work cue (entity EMPLOYER).

    - work verb or noun + at/for/by + name ("works at Target", "employed by Acme Logistics",
      "job at Walmart", "night shift at Amazon"): 0.65;
    - job title + at + name ("cashier at Kroger"): 0.6;
    - a form label ("Employer: Walmart"): 0.7.

    Cue words are matched in any case; the name must be capitalised.
    """

    ENTITY: ClassVar[str] = "EMPLOYER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "work cue + name",
            rf"(?=[\p{{Lu}}\d])(?<=\b(?i:{_WORK_CUE}){_LINK}){_NAME}{_LEGAL_FORM}{_BRANCH}?",
            0.65,
        ),
        CuedPattern(
            "name + workplace",
            rf"(?<![\p{{L}}\d'’&.-]){_NAME}[ \t]+{_WORKPLACE}(?![\p{{L}}\d])",
            0.65,
            cue=rf"\b{_WORKPLACE}\b",
            reach=0,
            before=_NAME_REACH,
            starts=r"(?<![\p{L}\d])[\p{Lu}\d]",
        ),
        CuedPattern(
            "name + HR",
            rf"(?<![\p{{L}}\d'’&.-]){_NAME}(?=[ \t]+{_HR})",
            0.6,
            cue=r"\b(?:HR|Human[ \t]+Resources|Payroll)\b",
            reach=0,
            before=_NAME_REACH,
            starts=r"(?<![\p{L}\d])[\p{Lu}\d]",
        ),
        LeanPattern(
            "job title + at + name",
            rf"(?=[\p{{Lu}}\d])(?<=\b(?i:{_JOB_TITLE})s?[ \t]+(?i:at|for)[ \t]+"
            rf"(?:(?i:the|a|an)[ \t]+)?){_NAME}{_LEGAL_FORM}",
            0.6,
        ),
        LeanPattern(
            "name under an HR title line",
            rf"(?<=^[ \t]*{_HR_TITLE}[^\n\d]{{0,60}}\n[ \t]*)(?=[\p{{Lu}}\d]){_NAME}{_LEGAL_FORM}",
            0.6,
        ),
        LeanPattern(
            "started at + name + end",
            rf"(?=[\p{{Lu}}\d])(?<=\b(?i:{_STARTED}){_LINK})(?!{_LEVEL_OF_CARE}){_NAME}(?<!{_NOT_A_JOB})(?={_STARTED_END})",
            0.6,
        ),
        LeanPattern(
            "job title + comma + business",
            rf"(?=\p{{Lu}})(?<=\b(?i:{_JOB_TITLE})s?[ \t]*,[ \t]*){_NAME}(?<={_BUSINESS_HEAD})"
            r"(?![\p{L}\d])",
            0.6,
        ),
        CuedPattern(
            "name + hiring role or openings",
            rf"(?<![\p{{L}}\d'’&.-]){_NAME}(?=[ \t]+(?i:{_HIRING_ROLE}|{_OPENINGS})\b)",
            0.6,
            cue=rf"\b(?i:{_HIRING_ROLE}|{_OPENINGS})\b",
            reach=0,
            before=_NAME_REACH,
            starts=r"(?<![\p{L}\d])[\p{Lu}\d]",
        ),
        CuedPattern(
            "name + site code",
            rf"(?<![\p{{L}}\d'’&.-])(?!{_STOP_WORDS})\p{{Lu}}\p{{Ll}}+[ \t]+{_SITE_CODE}",
            0.6,
            cue=_SITE_CODE,
            reach=0,
            before=40,
            starts=r"(?<![\p{L}\d])\p{Lu}",
        ),
        LeanPattern(
            "interview at + store's possessive name",
            rf"(?<=\b(?i:interview(?:ed|s)?)[ \t]+at[ \t]+)\p{{Lu}}\p{{L}}+['’]s(?![\p{{L}}\d])"
            rf"(?:[ \t]+(?:[NSEW]\.?[ \t]+)?\p{{Lu}}\p{{L}}+[ \t]+{_STREET_WORD})?",
            0.6,
        ),
        LeanPattern("employer label", rf"(?=[\p{{Lu}}\d])(?<=\b(?i:{_LABEL})){_NAME}", 0.7),
        LeanPattern(
            "occupation field + job + comma + name",
            rf"(?=[\p{{Lu}}\d])(?<={_OCCUPATION}){_NAME}{_LEGAL_FORM}",
            0.65,
        ),
        LeanPattern(
            "employment row's cell",
            rf"(?=[\p{{Lu}}\d])(?<={_EMPLOYMENT_CELL})(?!{_STATUS}){_NAME}{_LEGAL_FORM}",
            0.65,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("works", "employed", "employer", "job", "shift")

    #: Case-sensitive: capitalisation is what tells a name from ordinary words.
    FLAGS: ClassVar[int] = re.MULTILINE
