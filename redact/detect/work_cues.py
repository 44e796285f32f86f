"""The words that say someone works somewhere: "works nights at", "laid off from",
"cashier at".

They are shared by the employer recognizer (`redact.detect.recognizers.employer`) and by
the release's first pass over its names (`redact.detect.employer_names`), which runs where
Presidio is not loaded: one vocabulary, so what the first pass gathers is what the
recognizer finds. Pattern strings for the `regex` module (Unicode classes), to be used inside a
case-insensitive group.
"""

from __future__ import annotations

#: When or how someone works, between the verb and its preposition: "works nights at".
WHEN = (
    r"(?:nights|days|evenings|mornings|weekends|overnights?|afternoons|part[- ]time"
    r"|full[- ]time|seasonally|now|still|currently|also|there|again"
    # which shift: "works second shift at", "works the 3rd shift for"
    r"|(?:the[ \t]+)?(?:first|second|third|1st|2nd|3rd|swing|graveyard)[ \t]+shift"
    # how: "worked steadily at", "has worked briefly for"
    r"|[a-z]{3,}ly"
    # "works 20 hours a week at"
    r"|\d{1,2}(?:[-–]\d{1,2})?\+?[ \t]*(?:hours|hrs?)(?:[ \t]*(?:a|per|/|each)[ \t]*(?:week|wk))?)"
)
#: A month a cue may carry before its preposition: "laid off January 2025 from".
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|last[ \t]+(?:year|month))"
)
#: Work cues with the preposition each takes: "works at", "employed by", "job with",
#: "night shift at", "laid off (January 2025) from", "part-time at". "works with" and
#: "started at" are left out: they as often name a person or a school.
WORK_CUE = (
    r"(?:(?:works?|working|worked|employed|hired|volunteers?|volunteering|volunteered"
    r"|interns?|interning|contracted|contracts)(?:[ \t]+" + WHEN + r")?[ \t]+(?:at|for|by)"
    r"|(?:job|jobs|position|employment|internship|shifts?|work)[ \t]+(?:at|with)"
    r"|(?:employed|hired|contracted)[ \t]+with|(?:direct[ \t]+)?hire[ \t]+(?:at|with|by)"
    # a job lost there: "job loss at Heddon Freight", "lost her job at Tarrow Polymer"
    r"|job[ \t]+loss[ \t]+(?:at|from)|lost[ \t]+(?:(?:his|her|their|my|a|the)[ \t]+)?job"
    r"[ \t]+(?:at|with)"
    # an insurer's "employer group" is the subscriber's employer
    r"|employer[ \t]+group"
    r"|retired(?:[ \t]+(?:in[ \t]+)?\d{4})?[ \t]*(?:,|from)"
    r"|(?:fired|terminated|laid[ \t]+off|let[ \t]+go|quit|resigned)"
    r"(?:[ \t]+(?:in[ \t]+)?" + MONTH + r"(?:[ \t]+\d{4})?)?[ \t]+(?:from|at|by)"
    r"|(?:part[- ]time|full[- ]time)(?:[ \t]+(?:nights|days|overnights|evenings|weekends))?"
    r"[ \t]+at"
    # hours a week at a place are hours worked there: "12 hr/wk at Walgreens"
    r"|\d{1,2}(?:[-–]\d{1,2})?\+?[ \t]*(?:hours|hrs?|h)[ \t]*(?:a|per|/)[ \t]*(?:week|wk)[ \t]+at"
    # a job sought at a place: "job interview at Lowe's", "applied at Meijer" (not a
    # forensic interview at a child advocacy centre, nor an application to an agency)
    r"|job[ \t]+(?:interview|application)s?[ \t]+(?:at|with)|(?:applied|applying)[ \t]+at"
    r"|(?:night|day|swing|evening|morning|overnight|graveyard|weekend|early|late)[ \t]+shifts?"
    r"[ \t]*[,:;]"
    # a workmate there, named or not: "her coworker Dev at Pierce Transit", "his boss from
    # Halvorsen Marine" (the name between is capitalised; the group around is not)
    r"|(?:co-?workers?|colleagues?|workmates?|boss)(?:[ \t]+(?-i:\p{Lu}[\p{L}'’-]+)){0,2}"
    r"[ \t]+(?:at|from))"
)
#: Job titles that say "works at" on their own: "cashier at Kroger".
JOB_TITLE = (
    r"(?:cashier|clerk|cook|line[ \t]+cook|chef|server|waitress|waiter|host|hostess"
    r"|bartender|barista|dishwasher|driver|delivery[ \t]+driver|nurse|CNA|aide|janitor"
    r"|custodian|housekeeper|manager|assistant[ \t]+manager|supervisor|assistant|associate"
    r"|stocker|mechanic|technician|teller|receptionist|security[ \t]+guard|guard|laborer"
    r"|labourer|operator|packer|picker|salesperson|sales[ \t]+associate|employee|staff"
    r"|worker|intern|caregiver|housekeeping|(?:(?:cleaning|kitchen|cleanup|maintenance"
    r"|housekeeping|janitorial|night|prep|construction|landscaping|road)[ \t]+)?crew"
    r"|landscaper|roofer|electrician|plumber|welder|carpenter"
    r"|painter|mover|loader|handler|warehouse[ \t]+worker|crew[ \t]+member|team[ \t]+member"
    r"|customer[ \t]+service[ \t]+rep(?:resentative)?|bookkeeper|accountant|secretary"
    # trades and offices a client works in: "dental hygienist at", "stylist at", "analyst at"
    r"|hygienist|(?:dental|medical|office|legal|teacher'?s?)[ \t]+assistant|stylist|barber"
    r"|hairdresser|cosmetologist|manicurist|analyst|engineer|developer|programmer|machinist"
    r"|paralegal|dispatcher|estimator|inspector|installer|assembler|butcher|baker|tech"
    # a lead of a line or a shift: "line lead at", "shift lead at" (a bare "lead at" is as
    # often a metal or a race)
    r"|(?:line|shift|team|crew|floor|production|warehouse)[ \t]+lead)"
)
