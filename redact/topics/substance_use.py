"""Substance-use disorder treatment, withheld under 42 CFR Part 2.

Part 2 protects records that identify someone as having, or having had, a substance-use
disorder: diagnosis, treatment, referral for treatment, and what treatment brings with it
(medication for opioid use disorder, detox, recovery meetings, sponsors, drug screens,
relapse). A plain denial or absence of use ("denies alcohol use", "no history of substance
use") identifies nobody as having a disorder and is NOT withheld; nor is use without
disorder or treatment words ("drinks socially"). Diagnosis words about a relative ("her
father is an alcoholic") are withheld: not Part 2 strictly, but the same stigma, and
withholding too much is the safe side.

Acronyms are matched case-sensitively and only in context ("AA meetings", not an "AA
degree"); "relapse", "recovery" and "addiction" have blockers for their other meanings.

Illicit use told in slang, the way teenagers text and talk ("hits a cart every morning",
"smoking weed", "popping xans", "positive THC"), is withheld too: it is drug use no
reader mistakes for anything else, and in a juvenile's record it is what a drug screen
or a referral would be about. Nicotine vaping alone ("vapes sometimes") is not.
"""

from __future__ import annotations

from redact.topics.base import PhraseTopic, words

_SUB = (
    r"(?:alcohol|drug|substance|opioid|opiate|heroin|cocaine|crack|meth(?:amphetamine)?"
    r"|cannabis|marijuana|fentanyl|stimulant|benzodiazepine|polysubstance|chemical)"
)
_GROUPS = r"(?-i:AA|NA)(?:/(?-i:AA|NA))?"

PHRASES = words(
    # diagnoses
    rf"{_SUB}[- ](?:use|abuse) disorders?",
    r"(?-i:OUD|AUD|SUD)",
    rf"{_SUB} (?:dependence|dependency|abuse|addiction|misuse)",
    r"addiction|addicted|alcoholism|alcoholic",
    # treatment and its settings
    rf"{_SUB}[- ](?:use |abuse )?(?:treatment|program|counsel\w*|services|assessment|evaluation"
    r"|provider|groups?|clinic|court|rehab\w*|unit|screening and referral)",
    r"addiction (?:treatment|medicine|services|counsel\w*|specialist)",
    r"(?:dual[- ]diagnosis|co-occurring) (?:treatment|program|disorders?|group)",
    r"(?:opioid|methadone|suboxone) (?:treatment|maintenance|clinic|program|provider)",
    r"rehab|detox\w*|withdrawal management|(?:medically supervised|medical) withdrawal",
    r"sober living|halfway house|recovery (?:house|home|residence|coach|center|community"
    r"|meetings?|support)",
    r"(?-i:MAT|MOUD|OTP)",
    r"methadone|buprenorphine|suboxone|subutex|sublocade|naltrexone|vivitrol|naloxone|narcan"
    r"|antabuse|disulfiram|acamprosate",
    r"dosing (?:window|clinic|schedule|nurse)|take[- ]home (?:doses|bottles)|dosed",
    # recovery support
    rf"{_GROUPS} (?:meetings?|sponsor|groups?|chips?|home group|step work)",
    rf"(?:attend\w*|at|to|in|from|through|joined|started) {_GROUPS}",
    r"SMART Recovery|Alcoholics Anonymous|Narcotics Anonymous|Cocaine Anonymous|Al-Anon|Nar-Anon",
    r"(?:twelve|12)[- ]step\w*",
    r"(?:her|his|their|my|a new) sponsor",
    r"in (?:early |long[- ]term |sustained )?recovery|(?:her|his|their|client's) recovery",
    r"sober|sobriety|clean (?:and sober|time|date)|(?:days?|weeks?|months?|years?) clean",
    r"relaps\w*|overdos\w*|(?-i:OD)'?d",
    # monitoring
    r"(?:urine |random |observed )?(?:drug|tox|toxicology) (?:screens?|tests?|results?)",
    r"(?-i:UDS)|urinalysis|breathalyzer|toxicology",
    # a substance-use screen with its score ("AUDIT score today: 21", "DAST-10 = 6")
    r"(?-i:AUDIT(?:-C)?|DAST(?:-10)?|CAGE(?:-AID)?|CRAFFT)(?:\s+(?:score|screen))?"
    r"(?:\s+(?:today|was|of|is))?\s*[:=]?\s*\d+",
    r"(?:random|weekly|observed|positive|negative|clean|dirty) (?-i:UAs?)|(?-i:UAs?) (?:results?"
    r"|screens?)",
    rf"using again|(?:resumed|returned to) (?:using|drinking)|{_SUB} cravings|cravings to (?:use"
    rf"|drink)",
    r"(?:date of )?last use|drinking again",
    # use of a street drug and its route, and the scales and tests only this treatment uses:
    # "daily IV fentanyl use", "injects", "COWS 14", "EtG neg", "take-homes", "OBOT"
    r"(?:heroin|fentanyl|fent|cocaine|crack|meth|methamphetamine|opiate|illicit drug|street drug"
    r"|IV drug|IV fentanyl|IV heroin|injection drug|intravenous drug|polysubstance) use",
    r"injects|injecting|shoots up|shooting up|(?-i:IVDU|PWID|COWS|CIWA(?:-A[rR])?|EtG|OBOT)",
    r"take[- ]homes",
    # recovery told in a text message: "he been clean 2 yrs", "stayed clean", "no dope tho"
    r"(?:been|stayed|staying|stay|got|getting|get) clean(?:\s+(?:for\s+)?(?:\d+|a|one|two"
    r"|three|six)\s+(?:days?|wks?|weeks?|mos?|months?|yrs?|years?)|(?=\s+(?:since|now|again)\b"
    r"|\s*[.,!;]|\s*$))",
    r"(?:no|some|bought|buy|buying|did|doing|using|sells?|selling|sold) dope|dope ?sick",
    # slang and chat style, any case
    r"(?:hits?|hitting|hit) (?:a |the |his |her |my )?(?:carts?|dab pen|wax pen|weed pen)"
    r"|(?:thc|weed|wax|dab) (?:carts?|pens?|vapes?)|carts? (?:of|with) thc|dabs|dabbing",
    r"(?:smok\w*|vap\w*|hit\w*|blaz\w*) (?:weed|pot|marijuana|thc|blunts?|a blunt|joints?|a joint"
    r"|bud|dope|meth|crack|fent\w*)|(?:weed|marijuana|thc) (?:use|gummies|edibles)|edibles",
    r"(?:positive|pos|\+) (?:for )?(?:thc|marijuana|cannabis|cocaine|meth\w*|opiates|benzos"
    r"|fentanyl|amphetamines?)",
    r"(?:popp\w*|pop|took|taking|takes|snort\w*|sniff\w*) (?:pills|xans?|xanax|bars|percs?"
    r"|percocets?|oxys?|molly|coke|addys?|adderall (?:that|from))|sipping lean|drinking lean",
    r"(?:doing|did|does|do|tried|trying) (?:coke|lines|meth|molly|shrooms|acid|drugs)|shrooms",
    r"(?:getting|got|gets|get) (?:high|stoned|faded|blazed|drunk|wasted)|(?:was|is|being|came"
    r" to school) (?:stoned|faded|blazed|drunk|wasted)",
)

_AND = r"\s*(?:&|and|AND|\+|/)\s*"
#: What a nursing home's name joins to "Rehab", in a name's capitals.
_CARE = (
    r"Nursing|NURSING|Skilled|SKILLED|Health|HEALTH|Healthcare|HEALTHCARE|Care|CARE|Living"
    r"|LIVING|Senior|SENIOR|Wellness|WELLNESS"
)

#: Near misses, blanked out before matching: denials, absences, and other meanings.
BLOCKERS = words(
    r"(?:denie[sd]|denying|negative for|not using|does not use|doesn't use|never used"
    r"|no (?:reported |known |current |past )?(?:history of|hx of)?)\s+(?:any\s+)?"
    r"(?:current\s+|past\s+)?(?:alcohol|drug|substance|tobacco|illicit drug|opioid|marijuana"
    r"|cannabis|heroin|fentanyl|cocaine|meth|methamphetamine|IV drug|injection drug)"
    r"(?:\s+or\s+(?:alcohol|drug|substance|tobacco|illicit drug)s?)?"
    r"(?:\s+(?:use|abuse|misuse))?(?:\s+(?:history|concerns?|issues?))?",
    r"(?:gaming|video game|internet|phone|screen|social media|shopping|sugar) addiction",
    r"addicted to (?:video games|gaming|(?:her|his|their) phone|screens?|social media|shopping)",
    r"non-alcoholic|sober-minded",
    # an injected medicine: "injects insulin", "injecting his testosterone"
    r"(?:injects|injecting|injected)\s+(?:(?:her|his|their|the|a|an|daily|nightly|own)\s+)?"
    r"(?:insulin|ozempic|semaglutide|testosterone|hormones?|enoxaparin|lovenox|heparin|humira"
    r"|epinephrine|epipen|b12|vitamin|medications?|meds|fertility)",
    r"(?:depressi\w+|psychotic|mood|cancer|leukemia|symptom|mental health) relapses?",
    r"relapses? (?:of|in) (?:her |his |their )?(?:depressi\w+|psychosis|symptoms|mood|cancer)",
    r"(?:in )?recovery (?:from|after) (?:the |her |his |their |an? )?"
    r"(?:surgery|injury|illness|fall|stroke|flu|covid|hurricane|flood|fire|\w+ (?:surgery|injury))",
    r"disaster recovery|(?:visa|immigration|financial|corporate) sponsor",
    # rehabilitation after an injury, a stroke or surgery: "acute rehab", "d/c to rehab"
    r"(?:acute|sub-?acute|inpatient|short[- ]term|physical|cardiac|pulmonary|stroke|neuro"
    r"|orthop\w*|hip|knee|post[- ]?op\w*|SNF|skilled|vestibular|vocational) rehab\w*",
    r"rehab\w* (?:potential|goals?|therap\w+|hospital|after (?:her|his|the|a) \w+)",
    r"(?:d/c|dc|discharg\w+|transfer\w*|admitted) (?:to|for) (?:\w+ ){0,3}rehab\w*",
    # rehab for the body's sake, said in its sentence: "agreed to rehab at Holden 'to get
    # strong enough for the stairs'", "rehab to walk again"
    r"rehab\w*\b[^.;!?\n]{0,40}?\b(?:(?:get |be )?strong(?:er)?|walk(?:ing|er)?|stairs"
    r"|mobility|strength|gait|balance|weight[- ]bearing)\b",
    # a nursing home's name: "Holden Rehab & Nursing", "Oak Ridge Nursing and Rehabilitation
    # Center", "Lakeview Health & Rehab": skilled nursing, not addiction treatment
    # (capitalised as a name: "in rehab and nursing her baby" is still withheld)
    rf"(?-i:(?:Rehab|REHAB)\w*{_AND}(?:{_CARE}))",
    rf"(?-i:(?:{_CARE}){_AND}(?:Rehab|REHAB)\w*)",
)

TOPIC = PhraseTopic(
    id="substance_use",
    label="substance use treatment",
    citation="42 CFR Part 2",
    phrases=PHRASES,
    blockers=BLOCKERS,
    splits_lists=True,
)
