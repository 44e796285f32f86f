"""The words of a threat, of its means, and of where the threatened person can be found.

Used by `redact.topics.threat` to tell the few sentences a duty-to-warn disclosure needs
(the threat as stated, the weapon, the plan, who is threatened and where they are) from
the rest of a clinical record. The lists are patterns of kinds of wording, never of
particular people or places: "going to <violent verb>", "knows where she works", a weapon
noun, a label such as "Intended victim:".

A violent verb counts only in a frame of intent ("going to", "'ll", "wants to",
"threatened to"): "his brother was killed in 2015" is history, not a threat. Denials
("denies SI/HI", "no access to firearms") are blanked out before anything is matched.
"""

from __future__ import annotations

import re

from redact.topics.base import words

_INTENT = (
    r"(?:going|gonna|goin|fixing|about|ready|planning|plans?|planned|intends?|intended"
    r"|wants?|wanted|threaten(?:s|ed|ing)?|vow(?:s|ed)?|swore|promised|decided|tried|trying"
    r"|thinking about|thought about|fantasi[sz](?:es|ed|ing)? about|will|\w+'ll|i'm)"
)
#: "would", "could", "'d" are habits of the past as often as threats ("her father would
#: beat her"): they count only after a verb of speech ("he said he would shoot him").
_SPEECH = (
    r"(?:said|says|stated|states|reported|reports|told|tells|texted|wrote|posted|yelled"
    r"|screamed|swore|admitted|added|warned|threatened|vowed|announced|insisted|shouted)"
)
_VIOLENT = (
    r"(?:kill(?:ing)?|murder(?:ing)?|shoot(?:ing)?|stab(?:bing)?|hurt(?:ing)?|harm(?:ing)?"
    r"|beat(?:ing)?(?: up)?|strangl(?:e|ing)|chok(?:e|ing)|burn(?:ing)?(?: down)?(?! out)"
    r"|blow(?:ing)? up|bomb(?:ing)?|attack(?:ing)?|assault(?:ing)?|slit(?:ting)?|torch(?:ing)?"
    r"|poison(?:ing)?|run (?:\w+ )?over|get rid of (?:him|her|them)|smash(?:ing)?"
    r"|break (?:his|her|their|\w+'s) (?:neck|legs?|face|jaw)"
    r"|put (?:\w+ )?in the (?:ground|hospital|grave)"
    r"|end (?:him|her|them|it all for (?:him|her|them))|finish (?:him|her|them) off"
    r"|do (?:him|her|them) in"
    r"|wipe (?:\w+ )?out|(?:go|come) after (?:him|her|them|you|\w+'s)|get even|get back at"
    r"|get (?:him|her|them)(?=\s*(?:[.,;!?\"'”]|$|for\b|good\b)))"
)

#: A sentence that says, or reports, a threat of violence against someone.
THREAT = words(
    rf"{_INTENT}\s+(?:\S+\s+){{0,3}}?{_VIOLENT}",
    rf"{_SPEECH}\b[^.!?\n]{{0,60}}?\b(?:would|could|'d|will|'ll)\s+(?:\S+\s+){{0,3}}?{_VIOLENT}",
    r"threat(?:s|ened|ening)?|threatening (?:statements?|remarks?|messages?|texts?)",
    r"homicidal (?:ideation|thoughts?|intent|statements?|urges?|plans?)"
    r"|(?-i:HI) (?:toward|towards|with|directed)",
    r"violent (?:thoughts|fantasies|urges|ideation|intent)",
    r"(?:wants?|wanted|wish(?:es|ed)?|hope[sd]?) (?:\w+ ){0,2}"
    r"(?:dead|gone for good|to die|in the ground)",
    r"(?:is|'s|are|'re) (?:a )?dead (?:man|woman|meat)|(?:is|'s) (?:going to be|gonna be) dead",
    r"(?:make|makes|made|making) (?:him|her|them|\w+) (?:pay|suffer|sorry)",
    r"(?:wants?|wanted|wanting|going|gonna) to see (?:\w+ ){1,2}(?:suffer|dead|die|bleed|pay|hurt)",
    r"(?:pay|suffer) for (?:what|this|that|it)",
    r"teach (?:him|her|them|\w+) a lesson|won'?t (?:see|know) (?:it|what(?:'s)?) coming",
    r"revenge|retaliat\w+|get(?:ting)? even",
    r"duty to (?:warn|protect)|tarasoff",
    r"(?:risk|danger|threat) of (?:violence|harm to others|homicide|assault)"
    r"|(?:violence|aggression|harm) (?:toward|towards|against|directed at)"
    r"|(?:dangerous|a danger) to (?:others|him|her|them|his|her|\w+'s)",
    r"knows? where (?:she|he|they|\w+) (?:lives?|works?|stays?|sleeps?|parks?|goes|is staying)",
    r"(?:follow(?:ed|ing|s)?|stalk(?:ed|ing|s)?) (?:her|him|them|\w+'s)",
    r"(?:watch(?:ed|ing|es)?|track(?:ed|ing)?) (?:her|his|their|\w+'s)"
    r" (?:house|home|apartment|place|work|car|route|school)",
    r"(?:drove|drives|driving|sat|sits|waited|waits|waiting|parked|parks|parking|showed up)"
    r" (?:by|past|outside|near|at) (?:her|his|their|\w+'s) (?:house|home|apartment|place|work|job"
    r"|office|school|door)",
    r"show(?:ing)? up at (?:her|his|their|\w+'s)"
    r" (?:house|home|apartment|place|work|job|office|door)",
)

#: Weapons and the means of violence: always part of what the recipient needs.
WEAPON = words(
    r"guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|revolvers?|glocks?|(?-i:AR-15|AK-47)"
    r"|semi-?automatic|ammunition|ammo|bullets?|magazines? of|hunting knife|knife|knives"
    r"|machetes?|crossbows?|explosives?|pipe bombs?|baseball bat|tire iron|crowbar"
    r"|brass knuckles|box cutters?|gas(?:oline)? can|lighter fluid|weapons?|armed|loaded",
)

#: Denials, negations and look-alikes, blanked out first: a mental-status line that says
#: "denies SI/HI" is not a threat, nor "he would never hurt her", "a panic attack" or
#: "thoughts of hurting himself"; "denies HI but said he'd shoot Mark" still is.
BLOCKERS = words(
    rf"(?:will|would|'d|'ll|going to|gonna|is|was)\s+(?:not|never)\s+(?:\S+\s+){{0,2}}?{_VIOLENT}",
    rf"(?:won't|wouldn't|didn't|doesn't|don't|never|not going to|isn't going to|no intent to"
    rf"|no plan to)\s+(?:\S+\s+){{0,2}}?{_VIOLENT}",
    r"(?:kill|hurt|harm|cut|shoot|end)(?:ing)? (?:himself|herself|themselves|myself|self)"
    r"|(?:panic|anxiety|heart|asthma) attacks?|self-?harm\w*|suicid\w+",
    r"kill(?:ing)? (?:some |the )?time|(?:would|could|'d) kill for",
    r"(?:denie[sd]|denying|denial of|no|not|without|negative for|never|absent|non-?endorsed"
    r"|(?:does|did) not (?:endorse|report|express|voice|have))"
    r"(?: any)?(?: current| active| passive| recent)?"
    r" (?:(?-i:SI|HI)|suicidal|homicidal|ideation|intent|plan|thoughts|threats?|weapons?"
    r"|access to (?:firearms|weapons|guns)|firearms|guns|violen\w+)"
    r"(?:(?:\s*(?:/|,|or|and|nor)\s*)(?:(?-i:SI|HI)|suicidal|homicidal|ideation|intent|plan"
    r"|thoughts|threats?|weapons?|access to (?:firearms|weapons|guns)|firearms|guns"
    r"|violen\w+|self-?harm|harm to (?:self|others)|(?:self|others)))*",
)

#: Where a person lives, works, goes, and how to reach or recognise them.
LOCATOR = words(
    r"lives?|living|resides?|residing|stays?|staying|moved|address|apartment|apt|house|home"
    r"|street|avenue|road|drive|lane|boulevard|blvd|route|trailer|motel"
    r"|phone|cell|number|texts?|works?|working|employed|job|shift|office|store|warehouse"
    r"|plant|restaurant|school|class(?:es)?|gym|church|parks?|parked|drives?|car|truck|van"
    r"|suv|sedan|vehicle|plates?|license|schedule|every (?:morning|evening|night|day|week"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|picks? up|drops? off",
)

#: Protective steps about the person at risk: orders, police, being told of the threat.
PROTECTION = words(
    r"(?:restraining|protective|protection|no-contact|no contact) order|order of protection"
    r"|police|law enforcement|sheriff|911|warned|notified|informed (?:her|him|them)",
)

#: What the recipient does not need about a threatened person: their health, treatment and
#: legal history. A sentence naming the threatened person with one of these is withheld
#: unless it states the threat itself.
HISTORY = words(
    r"diagnos\w+|medicat\w+|prescri\w+|therapy|therapist|counsel(?:l)?ing|treatment|rehab"
    r"|detox|sober|sobriety|relapse\w*|alcohol\w*|drinking|drugs?|overdose\w*|pregnan\w+"
    r"|(?-i:HIV)|arrest\w*|convict\w*|probation|parole|jail|prison|depress\w+|anxiety"
    r"|bipolar|schizo\w+|(?-i:PTSD)|hospitali[sz]\w+|miscarri\w+|abortion",
)

#: Who the threatened person is to the client: "his ex-girlfriend", "her supervisor".
RELATION = re.compile(
    r"(?<!\w)(?:his|her|their|my|client'?s|pt'?s|patient'?s|the)\s+"
    r"(?P<relation>(?:former |ex-? ?)?(?:wife|husband|girlfriend|boyfriend|partner|spouse"
    r"|fianc[ée]e?|ex|boss|supervisor|manager|foreman|co-?workers?|colleague|neighbou?rs?"
    r"|landlord|landlady|roommate|teacher|principal|coach|caseworker|probation officer"
    r"|mother|father|mom|dad|step-?(?:father|mother|dad|mom|son|daughter)|brother|sister"
    r"|son|daughter|cousin|uncle|aunt|grandmother|grandfather|mother-in-law|father-in-law"
    r"|brother-in-law|sister-in-law|in-laws|children|kids|baby'?s (?:mother|father|mama|daddy)))"
    r"(?!\w)",
    re.IGNORECASE,
)

#: A line that says who is at risk: "Intended victim: ...", "Person threatened: ...".
TARGET_LINE = re.compile(
    r"[ \t]*(?:[-*•]\s*)?(?:(?:intended|identified|potential|possible|named|reasonably"
    r" identifiable|threatened)\s+)?(?:victims?|targets?|persons? (?:at risk|threatened)"
    r"|third part(?:y|ies)(?: at risk)?|threatened (?:person|party|parties)|person to warn)"
    r"[^:\n]{0,30}:",
    re.IGNORECASE,
)

#: A header line naming the client or the note, kept so the recipient knows whose record it
#: is and when the threat was made: "Client: ...", "DOB: ...", "Date of service: ...".
IDENTITY_LINE = re.compile(
    r"[ \t]*\**(?:client|patient|pt|consumer|name|client name|patient name|full name"
    r"|dob|d\.o\.b\.?|date of birth|date|session date|date of service|dos|note date|time"
    r"|clinician|therapist|provider|social worker|counsel(?:l)?or|writer|author|signed"
    r"|address|home address|client address|phone|client phone|cell)\**[ \t]*:",
    re.IGNORECASE,
)

#: Longer than this, an identity line is prose under a label, judged as a sentence.
IDENTITY_LINE_MAX = 100

#: Capitalised words that are never the name of a threatened person.
NOT_NAMES = frozenset((
    "i", "he", "she", "they", "we", "you", "it", "his", "her", "their", "my", "our",
    "client", "patient", "pt", "writer", "clinician", "therapist", "worker", "caseworker",
    "mr", "mrs", "ms", "mx", "dr", "the", "a", "an", "this", "that", "these", "those", "when",
    "if", "then", "after", "before", "during", "today", "yesterday", "tomorrow", "police",
    "sheriff", "god", "jesus", "lord", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "mom", "dad",
    "mother", "father", "plan", "assessment", "subjective", "objective", "note", "session",
    "intervention", "response",
))  # fmt: skip
