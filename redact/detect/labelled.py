"""A labelled value is the identifier its label names, whole, and nothing else claims it.

Records write identifiers after a label: "SSN: 458-21-7736", "Medicaid ID #: 538217604",
"Student ID 215093", "SWI intake #84102377", a table row "| MRN | 00482913 |", or the label
on one line and the number on the next. Left to the other recognizers, such a value comes
out in pieces or with the wrong type: an SSN the checksum rules refuse is found as a phone
number, "078" of an SSN as a house number, a Medicaid number as a date, and the label
itself as a name ("[PERSON] 215093"). A policy that masks SSNs to their last four digits or
keeps case numbers then does the wrong thing with the value.

So, after the recognizers have run, every label from `LABELS` followed by a value is
settled here: the value becomes one finding of the label's type with a high score, every
other finding loses the characters of the value, and no finding may claim the label words
("Social Security", "Medicaid CIN", "Student ID" are not names or organisations). A value
holds at least one digit and four letters or digits; it may have a state or letter prefix
("NY 66120457Q", "NLV 6082"), inner dashes, dots and slashes, and short groups joined by
single spaces ("078 05 1120", "WX-55 120 88", a court's "2024 GU 01177"). Dates and times
are never values.

Types follow the label: SSN, Medicaid and insurance numbers, record, account, licence and
plate numbers, case numbers (kept by a court; an immigrant's "A-number" too), report
numbers (hotline intakes, incidents, referrals: `REPORT_NUMBER`) and other systems' ids
(student, state, inmate: `ID_NUMBER`). An account written with a letter ("Acct# V0071934452",
"acct NHC-77120") is no bank's, whose numbers are digits only, but a provider's account of its
client, typed as a record number there. After an ordinary word ("case", "plan", "report")
without a marker, only one token that looks like a reference is taken, never a diagnosis
code ("504 plan (ADHD F90.2)"). A birth-date label ("DOB") is cut out of names as well; its
date is the date recognizers'.
Tables whose header cell is a label are read by `label_columns.py`.

The labels are found in one pass over the lower-cased text (a case-insensitive alternation
is several times slower), and the value is matched only right after each label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from redact.detect.meaning import normalise
from redact.detect.meaning_terms import ASSESSMENTS
from redact.detect.org_names import SOURCE as ORG_NAME_SOURCE
from redact.detect.spans import Spans, cut_out
from redact.detect.state_codes import STATE_CODES
from redact.findings import Finding

SOURCE = "LabelledValue"
_STATE_CODES = frozenset(STATE_CODES)
SCORE = 0.9

#: Entity type -> (strong labels, weak labels), each a regex starting with a lower-case
#: letter, matched on lower-cased text. Weak labels (ordinary words such as "case",
#: "policy", "report") need a marker ("#", "no.", "ID"), a colon, a tab, a line break or a
#: table bar, or a value that looks like a reference; strong labels (abbreviations such as
#: "SSN", "MRN") take any value.
LABELS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US_SSN": (
        (
            r"ssn", r"s\.s\.n\.?", r"ss(?=[ \t]*(?:#|no\b|no\.|number))",
            r"social[ \t]+security", r"soc\.?[ \t]*sec\.?",
        ),
        (),
    ),
    "MEMBER_ID": (
        (
            r"mbi", r"hicn", r"cin",
            # Medical Assistance, Medicaid's name in several states ("MA#", "MA ID"): only
            # with its marker, since "MA" alone is a state and a degree
            r"ma(?=[ \t]*(?:#|id\b|no\b|no\.|number|card))", r"medical[ \t]+assistance",
            # Minnesota's Medical Assistance person number ("PMI 01948226"); a tribe's
            # membership numbers: "Tribal ID card 00117-4482", "CDIB No. M-0482-11937"
            r"pmi", r"tribal[ \t]+(?:id|enrollment|enrolment|membership|member)", r"cdib",
            # California's Benefits Identification Card ("Medi-Cal BIC: 91234567A12345"), and
            # an insurance id written short ("Ins ID", "Ins. #"; never "ins" alone: insulin)
            r"bic", r"ins\.?(?=[ \t]*(?:#|id\b|no\b|no\.|number|card))",
            # a veteran's VA claim or file number ("VA claim no.: C 28 441 907") names his
            # benefits file, not one claim: a benefit's id
            r"va[ \t]+(?:c-?)?(?:claim|file)",
            # a state's Medicaid client number by its own name ("MO HealthNet DCN: ...")
            r"dcn",
            # a prescription's number is the patient's key in the pharmacy's system, as a
            # member number is in a plan's ("Rx# 6604418", "Rx RX-4478102", a refill log's
            # "RX#" column): with its marker, or before a letter-led reference of five digits
            # or more ("Rx RX-4478102"), never a dose ("Rx 20mg"); the "RX" of "Rx #RX 0884512"
            # is the value's own prefix, spaced or not ("Rx RX 0884512 to Kroger")
            r"rx(?=[ \t]*(?:#|no\b|no\.|number)|[ \t]+[a-z]{1,3}-?\d{5}|[ \t]+rx[ \t]\d{5})",
            r"prescription(?=[ \t]*(?:#|no\b|no\.|number))",
        ),
        (
            # a drug assistance programme's and Arizona's long-term care enrolment: "ADAP
            # #TX-ADAP-55120", "ALTCS ID A70418823"
            r"adap", r"altcs",
            r"medicaid", r"medicare", r"medi-cal", r"masshealth", r"tenncare", r"soonercare",
            r"badgercare", r"tricare", r"champva", r"chip", r"providerone", r"apple[ \t]+health",
            r"ahcccs", r"kancare", r"mainecare", r"ohp", r"member(?:ship)?", r"subscriber",
            r"policy", r"group", r"beneficiary", r"recipient", r"insurance", r"insured", r"plan",
            r"coverage", r"benefits?", r"ebt", r"snap", r"grp",
            # a benefit or a health plan's own id: "WIC ID", "ProviderOne ID", "Magnolia
            # Health ID" (a weak label: "ID" or "#" must follow)
            r"wic", r"providerone", r"health",
            # a tribe's roll: "Enrollment No. LL-0934-17752", "enrolled #RL-88412"
            r"enrollment", r"enrolment", r"enrolled", r"roll",
        ),
    ),
    "MEDICAL_RECORD_NUMBER": (
        (
            r"mrn", r"mr(?=[ \t]*#)", r"med\.?[ \t]*rec\.?", r"medical[ \t]+records?",
            r"health[ \t]+records?",
        ),
        # a laboratory's number for a patient's specimen: "Accession Q25-0522-88231"
        (
            r"chart", r"patient(?:[ \t]+account)?", r"hospital", r"encounter", r"admission",
            r"accession", r"specimen",
        ),
    ),
    "US_BANK_NUMBER": (
        (
            r"acct", r"a/c", r"bank[ \t]+account", r"routing",
            # a cheque's number points at the account it was drawn on and the payee who
            # cashed it: "cheque #3382", "ck# 1004", "Check No. 2291", "Cheques 3327 and 3366"
            r"cheques?", r"chq", r"chk", r"ck(?=[ \t]*#)",
            # a ledger's column of cheques: "ck 1004 ... $650.00", "by ck 3387 ($925.00)": a
            # cheque number of three to six digits after "ck", an amount later on its line
            # ("CK 1450 on admission" is a creatine kinase, "ck BP" a check of something)
            r"ck(?=[ \t]+\d{3,6}(?![\w/.:,-])[^\n$]{0,60}\$[ \t]?\d)",
            r"checks?(?=[ \t]*(?:#|no\b|no\.|number))",
        ),
        (r"account", r"checking", r"savings"),
    ),
    "US_DRIVER_LICENSE": (
        (
            r"dl", r"d/l", r"driver['’]?s?[ \t]+licen[cs]e", r"driver['’]?s?[ \t]+lic\.?",
            r"state[ \t]+id",
        ),
        (r"licen[cs]e", r"lic\."),
    ),
    # a prescriber's or clinician's own numbers: "DEA FV4417023", "NPI 1730295581", "DATA
    # number on file: XV4417023", a pharmacy's "NCPDP 1198834", "Oregon License T1873"
    # after a clinical title; a lawyer's "State Bar No. 029118" and a certified
    # professional's "credential no. 11872-121", "Cert. #1-09-6271": the number of a
    # professional's licence, never a court's case (which a court keeps)
    "MEDICAL_LICENSE": (
        (
            r"dea", r"npi", r"ncpdp", r"x-?waiver", r"data(?=[ \t]*(?:waiver|number|no\b|no\.|#))",
            r"data[ \t]+waiver", r"bar(?=[ \t]*(?:#|no\b|no\.|number|id\b))",
            *(
                rf"{kind}[ \t]+licen[cs]e"
                for kind in (
                    "professional", "clinical", "practitioner", "provider", "prescriber",
                    "nursing", "medical", r"social[ \t]+work", "counselor", "therapist",
                )
            ),
        ),
        (r"credentials?", r"certification", r"cert\.?(?=[ \t]*(?:#|no\b|no\.|number))"),
    ),
    "VEHICLE_PLATE": (
        (
            r"licen[cs]e[ \t]+plates?", r"plates?", r"vehicle[ \t]+registration",
            r"tag(?=[ \t]*(?:#|no|number))", r"vin",
        ),
        # "MD tag 8CX4417", "MVA tag 3DK-7721": a weak label, so the value must look like a
        # reference (letters and digits), not "a name tag"
        (r"tag",),
    ),
    "REPORT_NUMBER": (
        (),
        (
            r"intake", r"incident", r"police[ \t]+reports?", r"cps[ \t]+reports?",
            r"aps[ \t]+reports?", r"reports?", r"complaint", r"hotline", r"referral",
            r"ticket", r"citation",
            # a police dispatch system's incident: "CAD 25-318847", "CAD INC# 25-318847"
            r"cad(?:[ \t]+(?:inc|event|call))?",
        ),
    ),
    "ID_NUMBER": (
        (
            r"local[ \t]+student", r"state[ \t]+student", r"student", r"unique", r"tsds",
            r"peims", r"sasid", r"ssid", r"lasid", r"osis", r"pid", r"inmate", r"booking",
            r"tdcj", r"din", r"nysid", r"badge", r"employee", r"i\.d\.", r"id",
        ),
        (r"identification", r"person", r"doc", r"birth[ \t]+cert(?:ificate)?\.?", r"certificate"),
    ),
    "CASE_NUMBER": (
        # an immigrant's alien registration number ("A-number A215-448-903"): the file
        # number of an immigration case
        # written "A# 219-774-506" as often; an I-94 admission record number too
        (
            r"docket", r"a-numbers?", r"alien[ \t]+(?:registration|reg\.?)", r"uscis",
            r"a(?=[ \t]*#)", r"i-?94",
        ),
        (
            r"case", r"cases", r"cause", r"petition", r"file(?<!on file)", r"matter", r"index",
            r"application", r"client", r"court",
            # a programme's record of its client: "HMIS ID", a shelter's "Resident #"
            r"hmis", r"resident",
            # a tribe's council resolution consenting to an adoption ("Resolution 2025-214")
            r"resolution",
            # an insurer's or a benefit's case about the client: a claim ("STD claim no.
            # ..."), a prior authorisation of her sessions ("prior auth # ...", "PA# ..."),
            # a pre-certification; a claim written as an SSN is an SSN (`_SSN_SHAPED`)
            r"claims?", r"auth", r"authori[sz]ations?", r"pre-?auth", r"pre-?cert",
            r"precertification", r"pa(?=[ \t]*#)",
        ),
    ),
}  # fmt: skip

#: What may follow a label word before the glue: "no.", "#", "number", "ID", "card no.".
_MARKER = (
    r"(?:[ \t]*\(?[ \t]*(?:numbers?|num|nbr|nos?\.?(?=[ \t#:=*\r\n])|n[°º]|\#|ids?\b|i\.d\.|ident"
    r"(?:ifier|ification)?|card|code)\.?)"
)

_LABEL_GROUPS = [
    rf"(?P<{entity_type}__{strength}>{'|'.join(words)})"
    for entity_type, kinds in LABELS.items()
    for strength, words in zip("sw", kinds, strict=True)
    if words
]
_LABEL_SOURCE = (
    rf"(?<![\w\-/])(?:{'|'.join(_LABEL_GROUPS)})(?![^\W\d]|-|(?<![a-z]{{3}})\d)"
    rf"(?P<marker>{_MARKER}*)"
)
#: A label: a label word on a word boundary, then any markers; matched on lower-cased text.
#: A word of three letters or more may run into its digits ("SSN412673098", "MRN00917735"),
#: as forms printed without a space write it; a shorter one may not ("DL4" is a model).
LABEL = re.compile(_LABEL_SOURCE)
_LABEL_ANY_CASE = re.compile(_LABEL_SOURCE, re.IGNORECASE)


def _by_first_letter(words: list[str]) -> str:
    """One alternation of `words`, grouped by their first letter: a regex engine without a
    trie tries every alternative at every position, and this way tries one letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


#: Where a label may start, found in one fast pass; `LABEL` is then matched there.
_LABEL_START = re.compile(
    rf"\b(?:{_by_first_letter([w for kinds in LABELS.values() for ws in kinds for w in ws])})"
)

#: Between a label and its value: spaces, ":", "=", "#", "|" (a table cell), a dash (en
#: and em dashes too: "CIN — XW63017B"), "is", "as" ("her medicaid number as" and the
#: value), markdown emphasis, and at most one line break (the value on the next line, also
#: after "is" or "as" where a sentence wraps). A form that asks for only the last digits
#: says so between the label and them ("SSN last 4: 6630", "SSN (last 4) 7719", "SS# last
#: four 8820"): the digits are still the number's, not a date or a count.
#: A credential between a licence label and its number: "TN License LCSW #7104", "License
#: No. LCSW-C 08812". Case-sensitive, only right after a licence's word and before a number
#: or its mark: after another label the capitals are the value's ("plate CZR 4471").
_AFTER_LICENCE_WORD = (
    r"(?:(?<=(?i:license) )|(?<=(?i:licence) )|(?<=(?i:lic) )|(?<=(?i:lic\.) )"
    r"|(?<=(?i:license no\.) )|(?<=(?i:licence no\.) )|(?<=(?i:lic\. no\.) )"
    r"|(?<=(?i:license #) )|(?<=(?i:licence #) ))"
)
_GLUED_CREDENTIAL = (
    rf"{_AFTER_LICENCE_WORD}(?-i:[LC][A-Z]{{2,5}}(?:-[A-Z]{{1,2}})?|MSW|BSW|RN|LPN|APRN|NP|PA-C)"
    r"(?:[ \t]+(?i:no\.?|number))?(?=[ \t]*(?:#|\d))"
)
_GLUED_CREDENTIAL_IN = re.compile(_GLUED_CREDENTIAL)
_GLUE = re.compile(
    r"(?:[ \t]+|[:=#|(]|\*{1,3}|_{1,3}|[-–—](?=[ \t])"
    # a form's dot leaders: "SSN (last 4) ..... 6620", "TennCare ID ..... 771204558"
    r"|\.{2,}|…+"
    rf"|{_GLUED_CREDENTIAL}"
    r"|(?<=[ \t(])last[ \t-]*(?:4|four)(?:[ \t]+digits)?\)?(?=[ \t:#)])"
    # what is written of it: "SSN ending 4417", "acct ending in 0093"
    r"|(?<=[ \t(])(?:ending|ends)(?:[ \t]+(?:in|with))?(?=[ \t:#])"
    r"|(?<=[ \t])(?:is|was|as|reads|on[ \t]+file)(?=[ \t:]|\r?\n))*"
    r"(?:\r?\n[ \t]*(?:\|[ \t]*)?)?",
    re.IGNORECASE,
)
_STRONG_GLUE = re.compile(r"[:=#|\n\t]")

#: A value, case-sensitive: short groups joined by single spaces, each followed by a group
#: with a digit ("NY ", "NLV ", "078 05 "), then one token; never a date, a time, an
#: ordinal or a range of years. A date's year has two digits or is one of the last two
#: millennia: "Cert. #1-09-6271" is a certificate's number, not a day in the year 6271.
_VALUE = re.compile(
    r"(?!\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?:\d\d|1\d{3}|20\d\d))?(?![\w/\-])|(?:19|20)\d\d-\d\d-\d\d(?!\w)"
    r"|\d{1,2}:\d\d|\d+(?:st|nd|rd|th)\b|(?:19|20)\d\d[-–/](?:19|20)?\d\d(?![\w\-/]))"
    r"(?:[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,5})?[ ](?=[A-Z]{0,4}[ ]?\d)(?!\d+(?:st|nd|rd|th)\b))*"
    r"[A-Z0-9](?:[A-Za-z0-9]|[\-./*](?=[A-Za-z0-9]))*(?![\w\-/*])"
)
#: A value typed in lower case: a short letter prefix and five digits or more ("member id is
#: zq44180273"). Lower-case words are never values, so the prefix is short and digits follow.
_LOWER_VALUE = re.compile(r"[a-z]{1,3}\d{5,}[a-z]?\d*(?![\w\-/])")
#: A Social Security claim number: the wage earner's SSN and a beneficiary letter. After a
#: claim, case or id label it is still that SSN, and goes where SSNs go.
_CLAIM_NUMBER = re.compile(r"\d{3}-?\d{2}-?\d{4}[A-HJ-NP-Z]\d?")
_SSN_BEARING = frozenset({"REPORT_NUMBER", "CASE_NUMBER", "ID_NUMBER"})
#: What after a value makes it a count, a measure or a time, not an identifier.
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|percent|years?\b|yrs?\b|y/?o\b|months?\b|days?\b|hours?\b|hrs?\b|minutes?\b"
    r"|mins?\b|am\b|pm\b|a\.m\.|p\.m\.|mg\b|ml\b|times\b|students\b|people\b|dollars\b)",
    re.IGNORECASE,
)
#: An age written as one token ("92-year-old", "45yo", "6-month-old"): an age, never an id.
_AGE_VALUE = re.compile(
    r"\d{1,3}[ \t]*-?[ \t]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[ \t]*-?[ \t]*old"
    r"|\d{1,3}[ \t]*-?[ \t]*(?:y/?o|yoa)",
    re.IGNORECASE,
)
_REFERENCE_LIKE = re.compile(r"[\-/]|[A-Za-z].*\d|\d.*[A-Za-z]|\d{5}")
#: A number joined to a lower-case word ("6-pack", "12-step", "3-day"): a count, no reference.
_COUNTED_THING = re.compile(r"\d{1,3}-[a-z]{2,}")
_MAX_GLUE = 24
#: Letters after a plate's digits, in the plate's own group ("KS 482 LMT"): a value stops
#: at a group with no digit after it, but a plate's last group often has none.
_PLATE_TAIL = re.compile(r"[ ][A-Z]{1,4}(?![\w\-/])(?![ \t]+[A-Z][a-z])")

#: A birth-date label before its date: "DOB 11-02-1931", "DOB March 4, 1971". The date
#: is found by the date recognizers; the label is cut out of any name NER puts on it.
_DATE_LABEL = re.compile(
    r"\b(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date)"
    r"(?=[ \t]*[:#]?[ \t]*(?:\d|\[|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)
#: What our transforms leave in place of a value: "[SSN]", "*******7736", "[REDACTED]".
_OUR_MARKER = re.compile(r"\[[A-Z_]+\]|\*{3,}[0-9A-Z]{0,8}(?![\w*])")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A bare "ID" (or "#", "I.D.") whose clause names a benefit or a health plan: "his Medicaid
#: plan (Coastal Bay Health Plan, ID 8841203376)", "ADAP ID GA-...", "WIC (family ID ...)",
#: "Medicaid active eff 09/01/25, ID 3349...". The id is the benefit's member id, whatever
#: word stands between. "Plan" counts written as a plan's name ("Sunrise Health Plan",
#: "Healthy Michigan Plan"), not a safety or treatment plan.
_GENERIC_ID = re.compile(r"(?:id|i\.d\.|identification)\b", re.IGNORECASE)
_BENEFIT_IN_CLAUSE = re.compile(
    r"\b(?:(?i:medicaid|medicare|medi-cal|insurance|insurer|ins\.?|coverage|benefits?|wic|snap"
    r"|ebt|adap|chip|hmo|mco|payer|health[ \t]+plan)|Plan)\b"
)
#: What ends the clause a benefit word must stand in: a table's cell border, a semicolon, a
#: tab, a form's field gap, a sentence's stop after a word.
_CLAUSE_END = re.compile(r"[|;\t\n]|[ ]{3,}|(?<=[a-z]{3}[.!?])[ ]")
_CLAUSE_REACH = 50


def _benefit_clause(text: str, label_start: int) -> bool:
    """Whether the clause before a bare "ID" label names a benefit or a health plan."""
    window = text[max(0, label_start - _CLAUSE_REACH) : label_start]
    ends = list(_CLAUSE_END.finditer(window))
    clause = window[ends[-1].end() :] if ends else window
    return _BENEFIT_IN_CLAUSE.search(clause) is not None


#: A claim written as a Social Security number, with or without the beneficiary's letter
#: ("SSA claim # 196-42-7731A", "Claim No. 196427731A"): the claim number of a social
#: security or Medicare benefit is the wage earner's SSN, and is masked as one.
_SSN_SHAPED = re.compile(r"\d{3}-\d{2}-\d{4}(?:-?[A-Z]\d?)?|\d{9}[A-Z]\d?")
#: An ICD-10 code ("F90.2", "Z62.810"): meaning that must survive, not a plan's number.
_DIAGNOSIS_CODE = re.compile(r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?")
#: A North American phone number written whole ("608-241-6677", "951.788.3000"): after an
#: ordinary word ("Intake 608-...", a hospital's name on the line above) it is the number
#: one calls there, not a record's; no record system numbers in that shape.
#: A police or sheriff's agency right before a case's label: "Eugene PD case 19-40417",
#: "KCSO case 25-018833", "Lane County Sheriff's Office case no. 23-004471". Its case is a
#: matter in another system (an arrest, a complaint, often a relative's), numbered as a
#: report, not the agency's own case about the client, which a court keeps.
_POLICE = (
    r"(?:\b[A-Z]{0,4}PD|\b[A-Z]{1,4}SO|\b(?i:police(?:[ \t]+(?:department|dept\.?))?"
    r"|sheriff(?:['’]s)?(?:[ \t]+(?:office|department|dept\.?))?|(?:state|highway)[ \t]+patrol"
    r"|troopers?|constable|marshal(?:['’]s)?(?:[ \t]+office)?|dps))[ \t,]*"
)
_POLICE_BEFORE = re.compile(_POLICE + r"\Z")
#: A police agency's case label right before a number: "Eugene PD case ", "OPD CASE# ".
POLICE_CASE_LABEL = re.compile(
    _POLICE + r"(?i:cases?|file|matter)(?:[ \t]*(?i:#|no\.?|nos\.?|number|num))?[ \t:#.]*\Z"
)
_POLICE_REACH = 40
#: The case labels a police agency may stand before.
_POLICE_CASE_LABELS = frozenset({"case", "cases", "file", "matter"})
_PHONE_SHAPED = re.compile(r"(?:1[-. ])?[2-9]\d\d([-.])[2-9]\d\d\1\d{4}")


def _bare_reference(text: str, glue_start: int, start: int, end: int) -> bool:
    """After an ordinary word with no marker, only one token that looks like a reference.

    "Case 2024-00123" and "plate NLV 6082" are identifiers; "504 plan (ADHD F90.2)" is a
    diagnosis in brackets and "report 2 times" a count.
    """
    value = text[start:end]
    if "(" in text[glue_start:start]:
        return False
    if " " in value and not re.fullmatch(r"[A-Z]{1,4} (?:\d{3,5}|\d[\d\-]{3,}\d)", value):
        return False  # a spaced value needs a marker, but a plate ("NLV 6082") or a
        # prefixed agency number ("incident TPD 25-034-1182")
    if _COUNTED_THING.fullmatch(value):
        return False  # "reports 6-pack at a cookout", "a 12-step group": a count of a thing
    return _REFERENCE_LIKE.search(value) is not None


#: A state's postal code right before a plate label: "IL tag", "TX plate", the state that
#: issued the plate. It belongs to the label: it is no organisation (NER reads "IL" as one)
#: and a state is what even a Safe Harbor copy may keep.
_ISSUING_STATE = re.compile(r"(?<![\w\-/])([A-Z]{2})[ \t]+$")


def _with_issuing_state(text: str, label_start: int) -> int:
    """Where a plate label starts once the state that issued the plate is counted in."""
    state = _ISSUING_STATE.search(text, max(0, label_start - 4), label_start)
    if state is not None and state.group(1) in _STATE_CODES:
        return state.start()
    return label_start


#: A profession on the line before a bare licence label: "Licensed Marriage and Family
#: Therapist, Oregon License T1873", "Dana Roe, LCSW - license 12345" (a licensed
#: credential begins with its L: LCSW, LSCSW, LMFT, LPC), "NPI ..., KS lic. 8142". The licence is
#: the professional's, not a driving licence: a court gets its placeholder, not its last
#: four digits. "Licensed" alone is no profession: an agency is licensed too ("Licensed
#: child-placing agency, DCYF license CPA-0418").
_PROFESSION_BEFORE = re.compile(
    r"(?i:therapist|counsel+or|social[ \t]+worker|psycholog|psychiatr|physician"
    r"|nurse|clinician|practitioner|attorney)|\b(?:L[A-Z]{2,5}(?:-[A-Z])?|MSW|RN|NP|MD|DO|PhD"
    r"|PsyD|NPI)\b"
)
_DRIVING_LICENCE = re.compile(r"(?i:driv|dl\b|d/l|state[ \t]+id)")


#: An account's label ("acct", "a/c", "account"), not a cheque's, a routing number's or a
#: bank's own kind of account ("checking", "savings").
_ACCOUNT_LABEL = re.compile(r"(?:acct|a/c|account)\b")
#: A mask before an account's digits ("xxxx6604", "XXXX-6604", "**6604"): no letter of the
#: account's own.
_MASK_RUN = re.compile(r"[xX*•·.]{2,}[ \t-]?")
#: A provider's account of its client carries the type of a record number at a provider.
PROVIDER_ACCOUNT_TYPE = "MEDICAL_RECORD_NUMBER"


def _provider_account(text: str, label: str, start: int, end: int) -> bool:
    """Whether an account's value holds a letter: a bank's account number is digits only, so
    "Acct# V0071934452" (a hospital's visit account), "acct NHC-77120" (a home-care agency's)
    and "LifeAlert acct LA-0093318" are a provider's or a service's account of its client:
    its record of her, not a bank's."""
    if not _ACCOUNT_LABEL.match(label):
        return False
    value = _MASK_RUN.sub("", text[start:end])
    return any(ch.isalpha() for ch in value)


def _credential_glued(text: str, glue_start: int, value_start: int) -> bool:
    """Whether a credential stands between a licence label and its value ("License LCSW
    #7104"): the licence is the professional's."""
    found = _GLUED_CREDENTIAL_IN.search(text, glue_start, value_start + 1)
    return found is not None and found.end() <= value_start


def _professional_licence(text: str, label_start: int) -> bool:
    """Whether a bare licence label follows a profession on its own line."""
    line = text[text.rfind("\n", 0, label_start) + 1 : label_start]
    return _PROFESSION_BEFORE.search(line) is not None and not _DRIVING_LICENCE.search(line)


@dataclass(frozen=True)
class Labelled:
    """One label and its value: offsets and the type the label names, no text.

    An empty type marks a label before one of our own markers ("SSN [SSN]"): the label is
    kept clear of names, and nothing is added.
    """

    label_start: int
    label_end: int
    start: int
    end: int
    entity_type: str


def _scale_score(text: str, start: int, end: int) -> bool:
    """A rating scale's name and a score ("EPDS 14", "PHQ 9 12"): the value after a label
    such as "Mental health:" is what the screen found, never an identifier; nor is a
    scale's own name with its digit after "Plan:" ("PLAN: PHQ-9 NOT VALID")."""
    head, _, rest = text[start:end].partition(" ")
    folded = _folded_assessments()
    return normalise(text[start:end]) in folded or (bool(rest) and normalise(head) in folded)


@cache
def _folded_assessments() -> frozenset[str]:
    return frozenset(normalise(term) for term in ASSESSMENTS)


def _alnum_count(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if ch.isalnum())


def value_at(text: str, start: int) -> int | None:
    """The end of the value that starts at `start`, or None if none does there."""
    value = _VALUE.match(text, start) or _LOWER_VALUE.match(text, start)
    if value is None:
        return None
    end = value.end()
    if text[start:end] in _STATE_CODES and text[end : end + 1] == " ":
        issued = _VALUE.match(text, end + 1)  # "DL WA REYESL*221KD": the issuing state first
        if issued is not None and any(ch.isdigit() for ch in issued.group()):
            end = issued.end()
    if (
        _alnum_count(text, start, end) < 4
        or not any(ch.isdigit() for ch in text[start:end])
        or _UNIT_AFTER.match(text, end)
        or _AGE_VALUE.fullmatch(text, start, end)
    ):
        return None
    return end


def _labels(text: str) -> Iterator[re.Match[str]]:
    """Every label in `text`, found in its lower-cased copy when that keeps the offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ")
        yield from _LABEL_ANY_CASE.finditer(text)
        return
    end = 0
    for start in _LABEL_START.finditer(lowered):
        if start.start() < end:
            continue
        label = LABEL.match(lowered, start.start())
        if label is not None:
            end = label.end()
            yield label


def labelled_values(text: str) -> list[Labelled]:
    """Every label in `text` that a value follows, with the value's span and type."""
    found: list[Labelled] = []
    previous: tuple[int, int] = (-1, -1)  # a label just before, with no value of its own
    for label in _labels(text):
        label_start = label.start()
        if previous[1] >= 0 and not text[previous[1] : label_start].strip(" \t"):
            label_start = previous[0]  # "Medicaid CIN", "TSDS Unique ID", "JPD Referral #"
        previous = (label_start, label.end())
        group = next(
            name for name, value in label.groupdict().items() if value and name != "marker"
        )
        entity_type, strength = group.rsplit("__", 1)
        glue = _GLUE.match(text, label.end(), min(len(text), label.end() + _MAX_GLUE))
        start = glue.end() if glue else label.end()
        end = value_at(text, start)
        if end is not None and _LABEL_ANY_CASE.match(text, start):
            continue  # "Group NPI 1336284019": the next label's value, not this one's
        if end is None:
            marker = _OUR_MARKER.match(text, start)
            if marker is not None:  # redacted already: the label is still no name
                found.append(Labelled(label_start, label.end(), start, marker.end(), ""))
            continue
        marked = bool(label.group("marker")) or bool(_STRONG_GLUE.search(text, label.end(), start))
        professional = entity_type == "US_DRIVER_LICENSE" and (
            _professional_licence(text, label_start) or _credential_glued(text, label.end(), start)
        )  # "LSCSW, KS lic. 8142", "License LCSW #7104": a professional's, often four digits
        if professional and text[start:end].isdigit():
            marked = True
        if strength == "w" and (
            _DIAGNOSIS_CODE.fullmatch(text, start, end)
            or (not marked and not _bare_reference(text, label.end(), start, end))
        ):
            continue
        if not marked and _YEAR.fullmatch(text, start, end):
            continue  # "photo ID 2019", "SSN 2024 renewal": a year, not a number
        if _scale_score(text, start, end):
            continue  # "Mental health: EPDS 14": a screening score, not a plan's number
        if strength == "w" and _PHONE_SHAPED.fullmatch(text, start, end):
            entity_type = "PHONE_NUMBER"  # "Intake 608-241-6677": the intake line's number
        if entity_type == "CASE_NUMBER" and _SSN_SHAPED.fullmatch(text, start, end):
            entity_type = "US_SSN"
        if entity_type == "CASE_NUMBER" and _police_case(text, label_start, label):
            entity_type = "REPORT_NUMBER"  # "Eugene PD case 19-40417": another system's
        if (
            entity_type == "ID_NUMBER"
            and _GENERIC_ID.fullmatch(text, label_start, label.end() - len(label.group("marker")))
            and _benefit_clause(text, label_start)
        ):
            entity_type = "MEMBER_ID"
        if entity_type in _SSN_BEARING and _CLAIM_NUMBER.fullmatch(text, start, end):
            entity_type = "US_SSN"  # "claim no. 452-18-3309D": a wage earner's SSN and letter
        if professional and strength == "w":
            entity_type = "MEDICAL_LICENSE"
        if entity_type == "US_BANK_NUMBER" and _provider_account(
            text, label.group().lower(), start, end
        ):
            entity_type = PROVIDER_ACCOUNT_TYPE  # "acct NHC-77120": a provider's, no bank's
        if entity_type == "VEHICLE_PLATE" and (tail := _PLATE_TAIL.match(text, end)):
            end = tail.end()  # "Plate: KS 482 LMT": a plate's letters after its digits
        if entity_type == "VEHICLE_PLATE":
            label_start = _with_issuing_state(text, label_start)
        found.append(Labelled(label_start, label.end(), start, end, entity_type))
        for more_start, more_end in _listed_values(text, start, end):
            found.append(Labelled(label_start, label.end(), more_start, more_end, entity_type))
        previous = (-1, -1)
    return found


def _police_case(text: str, label_start: int, label: re.Match[str]) -> bool:
    """Whether a case label follows a police or sheriff's agency ("OPD CASE# ...")."""
    word = label.group()[: len(label.group()) - len(label.group("marker"))].strip()
    if word not in _POLICE_CASE_LABELS:
        return False
    return _POLICE_BEFORE.search(text, max(0, label_start - _POLICE_REACH), label_start) is not None


#: Between two values of one label: "student IDs 2204781 and 2204782", "A#s 1, 2".
_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|/|&|and\b)[ \t]*(?:and[ \t]+)?", re.IGNORECASE)
_SHAPE = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]+")


def _shape(value: str) -> list[tuple[str, int]]:
    """A value's runs of letters, digits and the rest, by kind and length."""
    return [(("a" if r[0].isalpha() else "9" if r[0].isdigit() else r), len(r))
            for r in _SHAPE.findall(value)]  # fmt: skip


def _slashed_reference(text: str, join: re.Match[str], end: int) -> bool:
    """A second value after a slash, of another shape but a reference all the same: "Group
    number: HX449201 / 77120", "plate: 7XYZ123 / AB 12345" (a form's field holding two
    numbers of one kind); one token, or a plate's letters and digits, never a date."""
    value = text[join.end() : end]
    return (
        "/" in join.group()
        and "/" not in value
        and (" " not in value or _PLATE_LIKE.fullmatch(value) is not None)
        and _REFERENCE_LIKE.search(value) is not None
    )


_PLATE_LIKE = re.compile(r"[A-Z]{1,4} \d{3,5}")


def _listed_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Values after a labelled value, joined to it by a comma or "and", of its very shape:
    one label names them all ("student IDs 2204781 and 2204782")."""
    shape = _shape(text[start:end])
    if not any(kind == "9" for kind, _ in shape):
        return []
    more = []
    while (join := _LIST_JOIN.match(text, end)) is not None:
        next_end = value_at(text, join.end())
        if next_end is None or (
            _shape(text[join.end() : next_end]) != shape
            and not _slashed_reference(text, join, next_end)
        ):
            break
        more.append((join.end(), next_end))
        end = next_end
    return more


def settle_labelled(
    text: str,
    findings: Sequence[Finding],
    labelled: Sequence[Labelled] | None = None,
    add: bool = True,
) -> list[Finding]:
    """`findings` with every labelled value found whole and nothing else on it or its label.

    `labelled` defaults to `labelled_values(text)`; the detector adds the table columns.
    With `add=False` the values are not added again: the detector settles once before
    names are spread to their other mentions and once after, so that no later step puts a
    name on a label or a value.
    """
    if labelled is None:
        labelled = labelled_values(text)
    date_labels = [m.span() for m in _DATE_LABEL.finditer(text)] if add else []
    if not labelled and not date_labels:
        return list(findings)
    cuts = Spans(
        [(item.label_start, item.label_end) for item in labelled]
        + [(item.start, item.end) for item in labelled]
        + date_labels
    )
    values = Spans([(item.start, item.end) for item in labelled])
    settled: list[Finding] = []
    for finding in findings:
        touching = cuts.touching(finding)
        # an organisation named by its head noun keeps the head the label shares with it
        # ("Providence Health Plan ID ...": "Plan ID" is the label, "Plan" the insurer's)
        headed = finding.source == ORG_NAME_SOURCE and not values.touching(finding)
        if not touching or finding.source == SOURCE or headed:
            settled.append(finding)
        else:
            settled += cut_out(text, finding, touching)
    if add:
        settled += [
            Finding(item.start, item.end, item.entity_type, SCORE, source=SOURCE)
            for item in labelled
            if item.entity_type
        ]
    return settled
