"""A third party's criminal, legal, child-welfare, immigration, health or substance history.

A record about one person is full of facts about others: the father's felony conviction,
the mother's boyfriend's DWI and open warrant, a friend "sent to placement", an uncle's
deportation, a grandmother's cancer. They are not the subject's record, and a court asking
about the subject, or a reader outside the agency, needs none of them (minimum necessary,
45 CFR 164.502(b); NASW Code 1.07(c)). A sentence is withheld when it gives such a fact
and its holder is someone other than the subject:

- a relative, partner or friend named by role: "Mother's boyfriend, C.H., 41, has a prior
  DWI", "her uncle was deported in 2019", "his dad is locked up";
- a line labelled with such a role: "Father: ... Limited involvement; prior felony
  conviction (2017)." (`redact.topics.withhold` judges a sentence with its line's label);
- a named person who is not the subject: "Pratt has an open warrant". Only when the
  subject is given: a release without one (research, social media) cannot tell the
  subject's own name from another's, and withholding "Ari: PTSD, takes sertraline" would
  take the subject's diagnoses, the meaning such a recipient needs (the name itself goes
  as an identifier all the same);
- someone a third party speaks about: "dre's mom said he got sent to juvie";
- a named person telling of herself: "Priya shared that she takes escitalopram";
- a label or numbered heading naming someone else: "4. RESPONDENT KUEHL. ... Arrested
  6/14/25 for criminal contempt", "Family hx: father died by suicide; mother
  hypothyroidism", "Dad (Ray) - HTN, takes lisinopril";
- a line inside a relative's block or a table row about them ("Father:" then
  "  Medical: type 2 diabetes"; `redact.topics.blocks`).

Health facts are cued by the everyday names of common illnesses, by words with a disease's
ending and by rare drug names from the packages' lists (`redact.topics.health_cues`), always
with a third party as holder: the subject's own diagnoses and medicines stay.

Kept: the subject's own legal matter ("Respondent was adjudicated...", "Derek was placed on
probation"), denials ("no criminal history"), and the ordinary family facts a court needs
(who lives in the home, custody, contact). A fact that mostly belongs to adults (a prior
felony, a DWI, a warrant, deportation) is withheld with any third party before it in the
clause ("Mother reports he has a prior DWI"); one a juvenile subject may well hold himself
(probation, arrest, placement, a hospital stay) only when the third party is its holder.

Domestic-violence and protection-order records name the holder less often, and
`redact.topics.parties` reads from the whole text who is who: a pronoun of the other
gender than the subject's is never the subject ("He has a felony warrant" in a record about
a woman; in her own petition, "he" and "she" are both others); "the respondent" of a
protection order the subject asked for is the other party ("The respondent has a prior
conviction"); and in a victim's record a criminal record or a weapon written without any
holder is the abuser's ("Felony warrant issued 2/4.", "Weapons: two rifles"). Violence is
withheld when a third party did it to another third party ("the respondent choked her
mother", "Marcus strangled his ex-wife"); what was done to the subject ("he grabbed me by the
throat") is her own record, and what she did is hers.

Which policies withhold it: court-subpoena (the order is about the subject alone),
client-request (NASW 1.08(b): a client's access to the record protects the others in
it), research-safe-harbor and social-media. Not provider-referral, mandated-report or
consultation: a treating provider is outside minimum necessary (45 CFR 164.502(b)(2)(i))
and needs the family history (a parent's incarceration or drinking is clinical history
for a child), a child-protection report needs the household's risks (a boyfriend's DWI,
a warrant), and a consultant reads a de-identified case to advise on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from redact.detect.meaning import is_clinical
from redact.detect.person_shapes import is_surname_like
from redact.detect.wordlists import given_names, is_plain_english, zipf
from redact.folded import FoldedPattern, fold
from redact.topics import group_roster
from redact.topics.base import CONTINUATION, NO_CONTEXT, TopicContext, words
from redact.topics.health_cues import has_health_word, health_word_spans, health_words_in
from redact.topics.parties import NOBODY, OTHER_FORMS, Parties, read_parties

#: Facts that, for the people in a social-work record, are almost always an adult's.
ADULT_RECORD = (
    r"prior (?:felon(?:y|ies)|convictions?|records?|arrests?|(?-i:DWI|DUI|OWI|OUI)s?|charges?"
    r"|offen[cs]es?|assaults?|drug charges?|jail time|prison time|prison sentence|incarceration"
    r"|(?-i:CPS|DFPS|DCFS|ACS) (?:cases?|history|involvement))",
    r"felon(?:y|ies|s)?(?: convictions?| charges?| records?| probation)?|convicted|convictions?",
    r"criminal (?:records?|history|charges?|cases?)|arrest records?|rap sheet",
    r"(?:(?-i:DV)|domestic violence|assault|drug|weapons?|gun) (?:arrests?|charges?|convictions?)"
    r"|history of (?:arrests?|incarceration|(?-i:DV)|domestic violence|violence|jail|prison)",
    r"(?:open|outstanding|active|bench|arrest|an?|the|two|several) warrants?|warrants? (?:out"
    r"|for (?:his|her|their))|(?:has|have|had|with|got) (?:\w+ )?warrants",
    # impaired driving as each state names it (OVI in Ohio, DUII in Oregon, DWAI in Colorado)
    r"(?-i:DWIs?|DUIs?|OWIs?|OUIs?|OVIs?|DUIIs?|DWAIs?)|drunk driving"
    r"|gambling (?:problem|addiction|debts?)",
    r"(?:in|to|out of|from|released from|got out of) (?:prison|the penitentiary|state jail"
    r"|federal (?:prison|custody)|(?-i:TDCJ|DOC|BOP))",
    r"incarcerat\w+|locked up|served (?:time|\d+ (?:days|months|years))|doing time|on parole"
    r"|paroled"
    r"|parole (?:officer|violation|board)|sex offender|registered offender",
    r"deport\w*|undocumented|(?:immigration|(?-i:ICE)) (?:status|holds?|detention|custody|cases?"
    r"|court|proceedings|raids?)|detained by (?-i:ICE)|no (?:legal )?papers|overst(?:ay|ayed)"
    r" (?:a |her |his |their )?visa"
    # removal as the immigration records write it: "removed in 2019 and re-entered", "a
    # removal order", "reinstated", "voluntary departure", "re-entry after removal"
    r"|removed in (?:19|20)\d\d|removed to (?:his|her|their) (?:home )?country"
    r"|re-?entered|illegal re-?entry|re-?entry after removal|(?:removal|deportation) orders?"
    r"|orders? of (?:removal|deportation)|reinstat\w+ (?:of )?(?:the |a |his |her )?(?:prior )?"
    r"(?:removal|order)|voluntary departure|expedited removal",
    r"(?:brings|bringing|brought|moves|moving|sells|selling|sold|runs|running)"
    r" (?:drugs|guns|people)(?: across)?|drug traffick\w+|traffick(?:s|ed|ing) (?:drugs|people)",
    r"(?:(?-i:CPS|DFPS|DCFS|ACS|APS|EPS)|child protective services|child welfare"
    r"|children['’]?s services|children and family services"
    r"|(?:adult|elder) protective services) (?:history|cases?|involvement|investigations?"
    r"|removals?|records?)",
    # an agency's own past investigation of a relative: "the paternal grandmother was
    # investigated by this agency in 2011"
    r"investigated by (?:this|the|our) agency|investigated by (?:(?-i:CPS|DFPS|DCFS|ACS)"
    r"|child protective services|children['’]?s services)",
    r"(?:kids|children) (?:were |was |got )?removed|(?:parental )?rights (?:were )?terminated"
    r"|(?-i:TPR)",
    r"gang (?:members?|affiliat\w+|involvement|ties)",
    r"(?:drinks|drinking|uses|using|used|smokes|smoking) (?:heavily|a lot|daily|every day"
    r"|meth|heroin|crack|cocaine|fentanyl|pills|drugs)|addict(?:ed)?|alcoholic|overdos\w*"
    r"|in rehab",
    # drug use still going on, told of a partner or a relative: "who also injects", "still uses"
    # (not "still uses the bus": only with nothing after the verb but a place or a time)
    r"(?:still|actively|currently) (?:uses|using|drinks|drinking)(?=\s*(?:[.,;:!?)]|$|and\b"
    r"|in\b|at\b|with\b|again\b|daily\b|every\b|heavily\b))"
    r"|injects|injecting|shoots up|shooting up|(?:IV|intravenous|injection) drug use",
)

#: Facts a juvenile subject may hold himself: withheld only with a third party as holder.
ANY_RECORD = (
    r"arrested|charged with|(?:pending|new|assault|drug) charges|(?:on|off) probation"
    r"|probation (?:officer|violation)",
    r"(?:sent|went|placed|locked) (?:to|in|into|up in) (?:placement|juvie|detention"
    r"|residential|boot camp|(?-i:TJJD|TYC|DJJ))|(?:in|out of) (?:placement|juvie|detention)",
    r"(?:in|to|out of|from) (?:the )?(?:county |city |state |federal )?jail|jail time"
    r"|picked up by (?:the )?(?:police|cops)",
    # a step to a higher level of care: "stepped up to partial hospitalization", "sent to PHP"
    r"(?:stepped up|moved up|sent|admitted|transferred) to (?:partial hospitali[sz]ation"
    r"|(?-i:PHP)|residential(?: treatment)?|inpatient)|"
    r"hospitali[sz]\w+|psych(?:iatric)? (?:hospital|unit|ward|admission)|(?:suicide|overdose)"
    r" attempts?|attempted suicide|self-harm\w*|cutting (?:herself|himself|themselves|again"
    r"|on (?:her|his|their))|(?:cuts|scratches|scars) on (?:her|his|their) (?:arms?|forearms?"
    r"|wrists?|thighs?|legs?)",
    r"(?:placed|put|went|is|was|been) in(?:to)? foster care|(?:in|to) (?:a )?group home",
    # a substance's use named as a history: "struggled with methamphetamine use since 19",
    # "a history of opioid abuse" (the subject's own stays: only a third party's goes)
    r"(?:methamphetamine|meth|heroin|cocaine|crack|fentanyl|opioids?|opiates?|alcohol|drug"
    r"|substance|polysubstance|marijuana|cannabis) (?:use|abuse|addiction|dependence)"
    r"(?: disorder)?",
    # recovery told as a history: "has been sober two years", "had a relapse", "in recovery"
    r"sober|sobriety|in recovery|relaps(?:e|es|ed|ing)|(?:went to|in|out of|completed)"
    r" (?:detox|rehab)",
    # a complaint against someone else: "an earlier report naming the respondent"
    r"(?:earlier|prior|previous|past) (?:reports?|complaints?|allegations?)"
    r" (?:naming|against|about|involving)",
    r"diagnosed with|cancer|chemo\w*|dialysis|schizophreni\w+|bipolar|dementia|terminal(?:ly)? ill"
    r"|on disability|mental illness|seizures",
    # An illness by its everyday name (names with a disease's ending, and medicines, are
    # read from package lists: `redact.topics.health_cues`).
    r"diabet(?:es|ic)|asthma|strokes?|epilep\w*|hypertension|high blood pressure|high cholesterol"
    r"|(?:heart|kidney|liver|lung) (?:disease|attack|failure|condition|problems?|transplant)"
    r"|(?-i:HIV|AIDS|COPD|CHF|HTN|CKD|ESRD|T2DM|DM2|MDD|PTSD|ADHD|OCD|TBI|CVA)|depression"
    r"|anxiety|lupus|alzheimer(?:'s|’s|s)?|parkinson(?:'s|’s|s)?|multiple sclerosis|tumou?rs?"
    r"|on (?:insulin|oxygen|dialysis|meds|medication)|(?:blood pressure|heart|diabetes|psych"
    r"|seizure|pain|thyroid|cholesterol) (?:medications?|meds|pills)"
    # developmental disabilities and what a group home's record tells of a housemate: a
    # seizure, an injury and its treatment, a wheelchair, pica
    r"|seizures?|(?:tonic-clonic|grand mal|absence) seizures?|autis(?:m|tic)|cerebral palsy"
    r"|down syndrome|prader-willi|intellectual disability|pica|(?:uses|in) a wheelchair"
    r"|lacerations?|stitches|staples|concussion|fractured?",
    # HIV and sexual health: a partner's test result, prevention and treatment, which state
    # HIV confidentiality laws guard more strictly than other health facts
    r"(?-i:PrEP|nPEP|STIs?|STDs?|CD4)|viral loads?|hep(?:atitis)? [BC]|syphilis|gonorrh(?:o)?ea"
    r"|chlamydia|herpes|(?:is|was|went|stays?|stayed|became|now) (?:un)?detectable"
    r"|(?:(?<=tested )|(?<=tests )|(?<=came back )|(?<=screened ))(?:negative|positive"
    r"|reactive|non-?reactive)"
    r"|long[- ]term survivor|(?:HIV|status) disclosure",
    # A death by suicide or overdose, and the treatment a partner keeps for herself.
    r"suicide|took (?:his|her|their) own life|killed (?:himself|herself|themselves)"
    r"|(?:died|death) (?:of|from) (?:an |a )?overdose",
    r"(?:her|his|their) own (?:therapist|therapy|counsel(?:l?or|l?ing)|psychiatrist|treatment"
    r"|medications?|meds|diagnos[ie]s|doctor)",
    # Orders a court made against someone: whose they are is a third party's legal record.
    r"orders? of protection|(?:protective|restraining|no[- ]contact|stay[- ]away) orders?"
    r"|criminal contempt|contempt of court|house arrest|ankle monitor|electronic monitoring",
)

#: Violence done to someone: withheld when both the one who did it and the one it was done
#: to are third parties ("the respondent choked her mother", "Marcus strangled his ex-wife");
#: what was done to the subject herself is her own record ("he grabbed me by the throat").
ACTS = (
    r"strangl(?:ed|es|ing)|chok(?:ed|es|ing)|smother(?:ed|s)|suffocat(?:ed|es)"
    r"|(?:beat|hit|punched|kicked|slapped|shoved|pushed|stabbed|shot|raped|assaulted|attacked"
    r"|bit|burned|dragged|grabbed|headbutted|molested|abused|hurt|injured|broke)",
    r"threat(?:ened|ens|ening) to (?:kill|hurt|shoot|stab|harm|burn|beat)",
    r"pointed (?:an?|his|her|the) (?:gun|pistol|rifle|shotgun|knife|firearm) at",
)
#: Weapons someone has: a third party's, or, in a victim's record, a weapon of nobody named
#: ("Weapons in home: a handgun in the truck").
ARMS = (
    r"(?:hand)?guns?|firearms?|pistols?|rifles?|shotguns?|revolvers?|(?-i:AR-15s?)|ammunition"
    r"|(?:hunting |switchblade |butcher )knife|brass knuckles",
)

#: Who, besides the subject, a record speaks of by role.
ROLE = _ROLE = (
    r"(?:(?:step|half|ex|god|great)[- ]?)?(?:father|dad|daddy|mother|mom|mommy|momma|mama|parent"
    r"|brother|sister|sibling|son|daughter|uncle|aunt|auntie|tia|tio|cousin|nephew|niece"
    r"|grandfather|grandmother|grandpa|grandma|granny|nana|papa|abuela|abuelo|husband|wife"
    r"|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|spouse|paramour|roommate|neighbou?r"
    r"|friend|best friend|bestie|classmate|co-?respondent|co-?defendant|relative|family member"
    r"|grandson|granddaughter|grandchild(?:ren)?|grandkids?|stepson|stepdaughter"
    r"|(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|in-laws"
    r"|baby'?s (?:father|daddy|mother|mama)|baby daddy|baby mama"
    # the other party of a domestic-violence record
    r"|(?:abusers?|perpetrators?|batterers?)(?![’']?s?[’']?\s+(?:intervention|treatment|program"
    r"|class|group))|assailants?|attackers?|aggressors?|ex|(?:other|opposing|adverse) party)"
)
_POSSESSOR = r"(?:(?:[\w-]+(?:'s|s'|’s)?|the|her|his|their|my|your)\s+)?"
_APPOSITIVE = (
    r"(?:\s*,\s*[^,;:!?]{1,40},|\s*\([^)]{1,40}\)"
    r"|(?:\s+(?-i:[A-Z][\w'’-]*)){1,2}(?:\s*\([^)]{1,40}\))?)?"  # "girlfriend Kayla D. (phone)"
    r"(?:\s+(?:in|from|at|of)(?:\s+(?-i:[A-Z][\w'’-]*)){1,2})?"  # "her mother in Fremont"
)
_LINK = (
    r"(?:\s+(?:also|still|just|now|once|again|reportedly|recently|currently|previously|allegedly"
    r"|apparently|probably|possibly|finally|actually|already|really|usually"
    r"|has|had|have|is|was|were|got|gets|been|being|with|went|who|has been|had been"
    r"|died|passed away|passed|takes|took|suffers from|suffered from|struggles with"
    r"|struggled with|lives with|developed|battled|battling|keeps|kept|owns|owned|carries"
    r"|carried|bought|brought|pulled|showed|displayed"
    # a test and a treatment begun: "her partner tested positive", "his wife started PrEP"
    r"|started|starts|began|tested|tests|screened|came back))+"
)
_FILL = r"(?:\s+(?:an?|the|his|her|their|two|three|several|multiple|some|many|\d+|[\w-]+)){0,3}?"
_PRONOUNS = frozenset({
    "he", "she", "they", "i", "we", "you", "it", "this", "that", "who", "which", "there", "what",
    "everyone", "someone", "nobody", "none", "one", "both", "all", "here", "then", "also",
})  # fmt: skip
#: Words that name the subject of a record by role: never a third party.
_SUBJECT_ROLES = frozenset({
    "respondent", "client", "youth", "student", "child", "juvenile", "minor", "patient",
    "consumer", "resident", "participant", "subject", "defendant", "applicant", "member", "pt",
    "elder", "victim", "ward", "infant", "baby", "toddler", "teen", "adolescent",
    # a benefits or conservatorship record's subject: "The beneficiary, now 92, has dementia"
    "beneficiary", "claimant", "conservatee",
    # how a profile describes its subject: "a 31-year-old man with ...", "the individual"
    "man", "woman", "boy", "girl", "male", "female", "gentleman", "lady", "person", "adult",
    "individual",
    "the", "a", "an", "and", "but", "or", "so", "if", "when", "because", "then", "not",
    "mr", "ms", "mrs", "mx", "dr", "judge", "officer", "det", "coach", "family", "household",
    "home", "school", "court", "police", "cops", "state", "county", "agency", "department",
    "case", "report", "record", "team", "staff", "he's", "she's", "they're", "i'm",
})  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[;:!?]|\.\s|\s[-–—]\s|\bbut\b", re.IGNORECASE)
#: Denials and other meanings, blanked out first.
BLOCKERS = words(
    r"(?:no|denies|denied|without|never|not|nor)(?:\s+(?:any|known|prior|previous|reported"
    r"|other|pending|current|open|further|significant))*\s+(?:criminal |legal |arrest |juvenile"
    r" |police |court |(?-i:CPS|DFPS|DCFS) )?(?:history|records?|arrests?|convictions?|charges"
    r"|warrants?|involvement|referrals?)",
    r"never been (?:arrested|convicted|in (?:jail|prison|trouble))|search warrants?",
)


def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    words = {w.strip(".,'’\"").lower() for n in names for w in n.split() if len(w) > 1}
    return frozenset(words.union(*(group_roster.initial_forms(n) for n in names)))


def _alternation(parts: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


_ADULT = _alternation(ADULT_RECORD)
_ANY = _alternation(ANY_RECORD)
_ACT = _alternation(ACTS)
_ARM = _alternation(ARMS)
_CUE = re.compile(rf"(?<!\w)(?:(?P<adult>{_ADULT})|(?P<any>{_ANY}))(?!\w)", re.IGNORECASE)
_CUE_FOLDED = FoldedPattern(_CUE.pattern, re.IGNORECASE)
#: Acts of violence are read in every record; weapons in domestic-violence records only
#: (`Parties.reads_arms`): elsewhere a relative's hunting rifle is no danger to anyone.
_ACT_CUE = re.compile(
    rf"(?<!\w)(?:(?P<adult>{_ADULT})|(?P<any>{_ANY})|(?P<act>{_ACT}))(?!\w)", re.IGNORECASE
)
_DV_CUE = re.compile(
    rf"(?<!\w)(?:(?P<adult>{_ADULT})|(?P<any>{_ANY})|(?P<act>{_ACT})|(?P<arm>{_ARM}))(?!\w)",
    re.IGNORECASE,
)
_ACT_FOLDED = FoldedPattern(rf"(?<!\w)(?:{_ACT})(?!\w)", re.IGNORECASE)
_ARM_FOLDED = FoldedPattern(rf"(?<!\w)(?:{_ARM})(?!\w)", re.IGNORECASE)
_NOTHING = re.compile(r"(?!)")


@lru_cache(maxsize=4)
def _cue_candidates(text: str) -> frozenset[str] | None:
    """The lower-cased strings of `text` that may be cues (a superset of `_CUE`'s matches),
    found in one fast scan; None when the text cannot be scanned so (lowering changes its
    length)."""
    folded = fold(text)
    scan = _CUE_FOLDED.folded or _CUE_FOLDED.loose  # case-sensitive, for lower-cased text
    if folded is None or scan is None:
        return None
    return frozenset(m.group() for m in scan.finditer(folded))


def _candidates(text: str, pattern: FoldedPattern) -> frozenset[str]:
    """The lower-cased acts of violence, or weapons, `text` may hold (see `_DV_CUE`)."""
    folded = fold(text)
    scan = pattern.folded or pattern.loose
    if folded is None or scan is None:
        return frozenset(m.group().lower() for m in pattern.finditer(text))
    return frozenset(m.group() for m in scan.finditer(folded))


_ROLE_LABEL = re.compile(
    rf"^[\W\d]*(?:(?:[\w-]+(?:'s|’s)?\s+)?{_ROLE}(?:\s+(?-i:[A-Z][\w'’.-]*)){{0,2}}"
    rf"|other adults?(?: in the home)?|household members?|other"
    rf"|family (?:medical |psychiatric |mental health |social )?(?:history|hx)|fhx|fh)"
    rf"\s*(?:\([^)]{{0,30}}\))?\s*(?::|\s[-–—]\s)",
    re.IGNORECASE,
)
#: A label, or a section heading, naming someone: "RESPONDENT KUEHL:", "Mr. Haskins:".
_LABEL_WORDS = re.compile(r"^[\W\d]*([^:]{1,40}?)\s*:")
#: "her stepdad hit her mom again and has been in jail": a second predicate of the same
#: holder, so long as no other subject ("he", "she") opens in between.
_AND_ALSO = r"(?:(?:(?!\b(?:he|she|they|i|we)\b)[^,;.!?]){0,60}?\s+and)?"
_END = r"\s*\(?\s*$"
#: After a role the cue may follow a comma: "her mother in Milton is supportive, on dialysis"
#: (not after any capitalised word: "pill box AM still full, eliquis missed" is no holder).
_ROLE_END = r"\s*[(,]?\s*$"
_ROLE_HOLDER = re.compile(
    rf"(?<!\w){_POSSESSOR}{_ROLE}(?!\w){_APPOSITIVE}{_AND_ALSO},?{_LINK}{_FILL}{_ROLE_END}",
    re.IGNORECASE,
)
_ROLE_ANYWHERE = re.compile(rf"(?<!\w){_ROLE}(?!\w)", re.IGNORECASE)
_NAME_HOLDER = re.compile(
    rf"(?<![\w'’])(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){_APPOSITIVE},?{_LINK}{_FILL}{_END}"
)
#: A possessive right before the cue: "her mother's diabetes", "Priya's escitalopram".
_POSSESSIVE_HOLDER = re.compile(
    r"(?<![\w'’])(?P<who>[A-Za-z][\w-]*)(?:'s|’s|s')\s+(?:[\w-]+\s+){0,2}$"
)
#: A named person telling of herself: "Priya shared that she takes escitalopram".
_SELF_REPORT = re.compile(
    rf"(?<![\w'’])(?P<who>[A-Z][\w'’-]*)\s+(?:said|says|shared|reported|reports|stated|states"
    rf"|disclosed|discloses|mentioned|mentions|explained|added|noted|admitted|told (?:us|me|CW)"
    rf")(?:\s+that)?\s+(?:(?:she|he|they)(?:\s+also)?{_LINK}?{_FILL}"
    # "Keisha reported her PHQ-9 is 17": her own score, her own medicine
    rf"|(?:her|his|their)(?:\s+[\w-]+){{0,2}}(?:\s+(?:is|was|are|were))?){_END}"
)
_SPOKEN_OF = re.compile(
    rf"(?<!\w)(?P<who>[\w-]+)(?:'s|’s|s)\s+{_ROLE}\s+(?:said|says|told (?:me|us|him|her|them)"
    rf"|tells (?:me|us)|reported|reports|mentioned|thinks)(?:\s+that)?\s+(?:he|she|they)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ThirdPartyHistory:
    """Sentences giving someone other than the subject a record, a status or a diagnosis."""

    id: str = "third_party_history"
    label: str = "a third party's legal, child-welfare, immigration or health history"
    citation: str = "45 CFR 164.502(b)"
    #: Judged with the head of a relative's block ("Father: Medical: ..."): see
    #: `redact.topics.blocks`.
    reads_blocks: bool = True

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """True when a history cue in the sentence belongs to a third party."""
        if context.cues is not None:
            if not context.cues.search(sentence):
                return False
        elif not (
            _CUE_FOLDED.search(sentence)
            or has_health_word(sentence)
            or _ACT_FOLDED.search(sentence)
            or _ARM_FOLDED.search(sentence)
        ):
            return False
        text = BLOCKERS.sub(lambda m: " " * len(m.group(0)), sentence)
        parties = context.parties or NOBODY
        cue = _DV_CUE if parties.reads_arms else _ACT_CUE
        cues = [(c.start(), c.end(), c.lastgroup or "any") for c in cue.finditer(text)]
        cues += [(start, end, "any") for start, end in health_word_spans(text)]
        if not cues:
            return False
        subject = _words_of(context.subject_names)
        facts = [cue for cue in cues if cue[2] != "act"]
        if facts and (
            _ROLE_LABEL.match(text)
            or _names_other(text, subject)
            or (parties.respondent_other and _RESPONDENT_LABEL.match(text))
        ):
            return True
        if facts and ("|" in text or "\t" in text):
            first = min(start for start, _, _ in facts)
            if _row_about_other(text[:first]):
                return True
        return any(_held(text, cue, subject, parties) for cue in cues)

    def continues(
        self,
        sentence: str,
        context: TopicContext = NO_CONTEXT,
        same_item: bool = False,
        opener: str = "",
    ) -> bool:
        """Only the usual openers ("He also...", "This...") carry the passage on."""
        return bool(CONTINUATION.search(sentence))

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """Each sentence is judged alone (with its line's label); the context gets the cue
        words the text holds, so that most sentences are passed over in one short scan."""
        found = _cue_candidates(text)
        if found is None:
            return replace(context, parties=read_parties(text, _words_of(context.subject_names)))
        found = found | health_words_in(text)
        parties = read_parties(text, _words_of(context.subject_names))
        found = found | _candidates(text, _ACT_FOLDED)
        if parties.reads_arms:
            found = found | _candidates(text, _ARM_FOLDED)
        if not found:
            return replace(context, cues=_NOTHING)
        words = "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
        return replace(
            context, cues=re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE), parties=parties
        )

    def may_appear_in(self, text: str) -> bool:
        """Whether any history cue may occur at all: most notes are settled by one scan."""
        found = _cue_candidates(text)
        found_any = bool(_CUE_FOLDED.search(text)) if found is None else bool(found)
        return (
            found_any
            or has_health_word(text)
            or _ACT_FOLDED.search(text)
            or _ARM_FOLDED.search(text)
        )


def _clause_before(text: str, start: int) -> str:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    return text[breaks[-1] if breaks else 0 : start]


def _held(text: str, cue: tuple[int, int, str], subject: frozenset[str], parties: Parties) -> bool:
    """Whether the fact the cue (start, end, kind) gives belongs to a third party: an act
    of violence done by and to third parties, or a record, a status or a weapon held by
    one; in a victim's record, a criminal record or a weapon of nobody named is the
    abuser's (`redact.topics.parties`)."""
    start, end, kind = cue
    if kind == "act":
        return _act_of_others(text, start, end, subject, parties)
    if _held_by_other(text, start, kind == "adult", subject, parties):
        return True
    return (
        parties.unnamed_is_abusers
        and (kind == "arm" or (kind == "adult" and _is_criminal(text[start:end])))
        and _holderless(_clause_before(text, start), subject)
    )


#: A criminal record, as opposed to a child-welfare, immigration or drinking history: in a
#: victim's record, one written without a holder is the abuser's.
_CRIMINAL = re.compile(
    r"felon|convict|warrant|criminal|arrest|rap sheet|prison|penitentiary|incarcerat|parole"
    r"|offender|charge|assault|(?-i:DWI|DUI|OWI|OUI|OVI|DUII|DWAI)|drunk driving|locked up"
    r"|doing time|jail",
    re.IGNORECASE,
)
_WELFARE = re.compile(r"(?-i:CPS|DFPS|DCFS|ACS|APS|EPS)|protective services|child welfare", re.I)


def _is_criminal(cue: str) -> bool:
    return bool(_CRIMINAL.search(cue)) and not _WELFARE.search(cue)


def _held_by_other(
    text: str, start: int, adult: bool, subject: frozenset[str], parties: Parties = NOBODY
) -> bool:
    """Whether the clause before the cue at `start` makes a third party its holder;
    `adult`: the cue is a fact mostly adults hold."""
    clause = _clause_before(text, start)
    if _ROLE_HOLDER.search(clause):
        return True
    if parties.respondent_other and _RESPONDENT_HOLDER.search(clause):
        return True
    other_forms = OTHER_FORMS.get(parties.subject_pronoun or "", frozenset())
    if other_forms:
        holder = _NAME_HOLDER.search(clause) or _OWNER_PRONOUN.search(clause)
        if holder and holder.group("name").lower() in other_forms:
            return True  # "he has a felony warrant", "his prior conviction": not her
    spoken = _SPOKEN_OF.search(clause)
    if spoken and spoken.group("who").lower() not in subject | _PRONOUNS | _SUBJECT_ROLES:
        return True
    if _named_holder(clause, subject):
        return True
    verb = _WORD.match(text, start) if _VERB_CUE.match(text, start) else None
    # "Travis drinks every day"; not "the officer said he arrested her": a doer, not a holder
    if verb is not None and not _ACTED_ON.match(text, verb.end()):
        doer = _doer(clause)
        if doer and _other_party(doer, subject, parties):
            return True
    owner = _POSSESSIVE_HOLDER.search(clause)
    if owner and _owns(owner.group("who"), text[: start - len(clause) + owner.start()], subject):
        return True
    # "Priya shared that she takes...": the sentence before the clause break counts too.
    reported = _SELF_REPORT.search(text, 0, start)
    if reported and _speaks_of_herself(text, reported, start, subject):
        return True
    if parties.respondent_other and adult and _RESPONDENT_ANYWHERE.search(text, 0, start):
        return True
    return adult and bool(_ROLE_ANYWHERE.search(text, 0, start))


#: "the respondent has ...", "Respondent's prior conviction": when the respondent is the
#: other party of a protection order (`redact.topics.parties`).
_RESPONDENT = r"(?:respondent|defendant)"
_RESPONDENT_HOLDER = re.compile(
    rf"(?<!\w)(?:the\s+)?{_RESPONDENT}(?:'s|’s)?(?!\w){_APPOSITIVE}{_AND_ALSO},?"
    rf"(?:{_LINK}{_FILL}|(?:\s+[\w-]+){{0,2}})\s*$",
    re.IGNORECASE,
)
_RESPONDENT_ANYWHERE = re.compile(rf"(?<!\w){_RESPONDENT}(?!\w)", re.IGNORECASE)
_RESPONDENT_LABEL = re.compile(rf"^[\W\d]*(?:the\s+)?{_RESPONDENT}\s*(?::|\s[-–—]\s)", re.I)
#: A possessive pronoun right before the cue: "his prior conviction", "his 9mm pistol".
_OWNER_PRONOUN = re.compile(r"(?<!\w)(?P<name>his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Who did it: the last noun phrase before the verb, with an apposition or a date of birth
#: in brackets ("Curtis Rennick (DOB 11/15/1980), strangled").
_AGENT = re.compile(
    rf"(?P<who>[A-Za-z][\w'’-]*){_APPOSITIVE},?(?:\s+(?:then|also|allegedly|reportedly"
    rf"|repeatedly|again|later|had|has|have|just|once|previously|physically|sexually"
    rf"|verbally|violently|nearly|almost))*\s*$"
)
_ADVERBS = frozenset({
    "then", "also", "allegedly", "reportedly", "repeatedly", "again", "later", "had", "has",
    "have", "just", "once", "previously", "physically", "sexually", "verbally", "violently",
    "nearly", "almost",
})  # fmt: skip
#: Cues that open with a verb, so that the holder may come right before them.
_VERB_CUE = re.compile(
    r"(?:drinks|drinking|uses|using|used|smokes|smoking|arrested|convicted|charged|deported"
    r"|incarcerat|diagnosed|hospitali[sz]|overdos|addicted|locked|served|paroled|released|got"
    r" out)",
    re.IGNORECASE,
)
_ACTED_ON = re.compile(r"\s+(?:her|him|me|them|us|(?-i:[A-Z][\w'’-]*))(?![\w'’-])", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[\W\d]*(?:(?:the|a|an)\s+)?(?P<who>[A-Za-z][\w'’-]*)", re.IGNORECASE)
#: To whom: a relative, a partner, a pet, or someone named ("her sister Adela",
#: "Ms. Velasquez", "his ex-wife").
_OBJECT = re.compile(
    rf"\s+(?:up\s+|on\s+|at\s+)?(?:(?P<role>(?:(?:[\w-]+(?:'s|’s)|the|her|his|their|my|your"
    rf"|our|a|an)\s+)?(?:{_ROLE}|family|kids|children|child|baby|babies|dogs?|cats?|pets?))"
    rf"(?!\w)|(?P<title>(?-i:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?(?P<name>(?-i:[A-Z][\w'’-]+)))",
    re.IGNORECASE,
)
#: People a clause may speak of: with one, a fact is not "of nobody named".
_PEOPLE = _PRONOUNS | {
    "her", "him", "his", "them", "their", "me", "my", "our", "us", "client", "youth",
    "resident", "respondent", "petitioner", "victim", "survivor", "participant", "patient", "pt",
    "applicant", "child", "minor", "student", "member", "mr", "ms", "mrs", "mx",
}  # fmt: skip


def _holderless(clause: str, subject: frozenset[str]) -> bool:
    """Whether the clause before a cue names nobody: no pronoun, role, title nor name
    ("Prior DV assault conviction 2016", "Weapons in home: a handgun")."""
    for index, found in enumerate(_WORD.finditer(clause)):
        word = found.group()
        low = word.lower().rstrip("'’")
        if low in _PEOPLE or low in subject or _ROLE_ANYWHERE.fullmatch(word):
            return False
        if index and word[:1].isupper() and not word.isupper() and zipf(low) < _MAX_LOWER_NAME_ZIPF:
            return False  # a name
    return True


def _other_party(who: str, subject: frozenset[str], parties: Parties) -> bool:
    """Whether the agent word is a third party: a pronoun of the other gender, the other
    party as respondent, a relative or partner, or a name not the subject's."""
    low = re.sub(r"(?:'s|’s)$", "", who.lower())
    if low in OTHER_FORMS.get(parties.subject_pronoun or "", frozenset()):
        return True
    if low in ("respondent", "defendant"):
        return parties.respondent_other
    if _ROLE_ANYWHERE.fullmatch(low):
        return True
    # a name only when capitalised: "No psych hospitalizations" has no holder
    return who[:1].isupper() and _is_other_name(re.sub(r"(?:'s|’s)$", "", who), subject)


def _doer(clause: str) -> str:
    """The word for who does what follows the clause: the last noun phrase before it
    ("Curtis Rennick (DOB 11/15/1980), "), or the clause's first when a second verb is
    joined by "and" ("He keeps a pistol ... and has threatened to ..."); "" if none."""
    agent = None
    for found in reversed(list(_WORD.finditer(clause))):
        if found.group().lower() in _ADVERBS:
            continue
        agent = _AGENT.match(clause, found.start())
        if agent is not None:
            break
    who = agent.group("who") if agent is not None else ""
    if who.lower() == "and":
        first = _FIRST_WORD.match(clause)
        who = first.group("who") if first is not None else ""
    return who


def _act_of_others(
    text: str, start: int, end: int, subject: frozenset[str], parties: Parties
) -> bool:
    """Violence a third party did to another third party (see `ACTS`)."""
    who = _doer(_clause_before(text, start))
    if not who or not _other_party(who, subject, parties):
        return False
    done_to = _OBJECT.match(text, end)
    if done_to is None:
        return False
    if done_to.group("role"):
        return True
    name = re.sub(r"(?:'s|’s)$", "", done_to.group("name"))  # "grabbed Isaiah's hoodie"
    low = name.lower()
    if low in _PRONOUNS or low in _PEOPLE or low in subject:
        return False
    return bool(done_to.group("title")) or _is_other_name(name, subject)


_CELL_SPLIT = re.compile(r"[|\t]")
_ROLE_CELL = re.compile(
    rf"(?:(?:maternal|paternal|adult|foster|[\w-]+(?:'s|’s))\s+)?{_ROLE}(?:\s*\([^)]{{0,30}}\))?",
    re.IGNORECASE,
)


def _row_about_other(before: str) -> bool:
    """A table row whose relationship cell, before the cue's cell, names a relative:
    "| Estela Ybarra | maternal grandmother | 63 | COPD |"."""
    cells = [c.strip() for c in _CELL_SPLIT.split(before)[:-1]]
    return any(_ROLE_CELL.fullmatch(cell) for cell in cells if cell)


def _owns(who: str, before: str, subject: frozenset[str]) -> bool:
    """A possessive before the cue names a third party: a role ("her mother's diabetes") or
    a capitalised name that is not the subject's nor a professional's ("Priya's
    escitalopram"; not "Dr. Rao's diagnosis")."""
    if _ROLE_ANYWHERE.fullmatch(who):
        return True
    title = before.rstrip().rstrip(".").rsplit(None, 1)
    if title and title[-1].lower() in _TITLES | _STAFF_TITLES:
        return False
    return who[:1].isupper() and _is_other_name(who, subject)


def _speaks_of_herself(
    text: str, reported: re.Match[str], start: int, subject: frozenset[str]
) -> bool:
    """A named person other than the subject (not a role: "Mom said she" may mean the
    child) tells of herself, and no other clause opens before the cue."""
    who = reported.group("who")
    if _ROLE_ANYWHERE.fullmatch(who) or not _is_other_name(who, subject):
        return False
    return not any(_CLAUSE_BREAK.finditer(text, reported.end(), start))


#: A label naming someone is short and written in capitals: "RESPONDENT KUEHL", "Mr. Haskins".
_MAX_LABEL_WORDS = 3
#: A professional's label says who speaks, not whose fact it is ("Dr. Healey: ...").
_STAFF_TITLES = frozenset({
    "dr", "nurse", "judge", "officer", "det", "detective", "prof", "rn", "np", "pa", "cw",
    "sw", "worker", "caseworker", "therapist", "counselor", "supervisor", "teacher", "coach",
})  # fmt: skip


def _names_other(text: str, subject: frozenset[str]) -> bool:
    """Whether the sentence's label (or section heading) names a person other than the
    subject: "RESPONDENT KUEHL: Arrested 6/14/25 for criminal contempt": a short label in
    capitals, a word of it shaped like a surname (`is_surname_like`, not a clinical term),
    none of them the subject's nor a professional's title."""
    label = _LABEL_WORDS.match(text)
    if label is None or not subject:  # no subject given: a name cannot tell who it is
        return False
    written = label.group(1).split()
    if len(written) > _MAX_LABEL_WORDS or not all(w[:1].isupper() for w in written):
        return False
    tokens = [t.strip(".,'’()").lower() for t in written]
    if any(t in subject or t in _STAFF_TITLES for t in tokens):
        return False
    return any(
        is_surname_like(t)
        and t.isalpha()
        and t not in _SUBJECT_ROLES
        and not is_clinical(t)
        and not is_plain_english(t)  # a form's own label: "Allergies: PCN. Dx: ..."
        for t in tokens
        if len(t) > 2
    )


_TITLES = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr"})
#: A lower-case holder word at least this common, and no given name, is an ordinary word.
_MAX_LOWER_NAME_ZIPF = 3.5


def _named_holder(clause: str, subject: frozenset[str]) -> bool:
    """Whether someone named, not the subject, holds the fact that ends the clause. The
    first reading may take a word that is no name for the holder ("group" before ", Priya,",
    "dinner" in "At dinner Rafe had a seizure"): each later capitalised word is tried too
    ("a 31-year-old man with" holds no name, though "year-old" reads as one)."""
    position, first = 0, True
    while (named := _NAME_HOLDER.search(clause, position)) is not None:
        name = _holder_name(named.group("name"))
        if (first or name[:1].isupper()) and _is_other_name(name, subject):
            return True
        first = False
        position = named.start("name") + 1
    return False


def _holder_name(name: str) -> str:
    """The name of a holder match, without a lower-case word the match took before a
    capitalised name: "that Luca" in "Mother shared that Luca was diagnosed with...", "said
    Doug" in "mother said Doug has a DUI" (the name is Luca, Doug)."""
    first, _, rest = name.partition(" ")
    if rest and first[:1].islower() and rest[:1].isupper():
        return rest
    return name


def _is_other_name(name: str, subject: frozenset[str]) -> bool:
    """A holder word that is a person other than the subject: not a pronoun nor a role."""
    if not subject:  # no subject given: the named holder may be the subject (see module)
        return False
    tokens = [t.strip(".,'’").lower() for t in name.split()]
    if len(tokens) > 1 and tokens[0] in _TITLES:
        tokens = tokens[1:]  # "Mrs Szymanski has..."
    if not tokens or any(t in _PRONOUNS or t in _SUBJECT_ROLES for t in tokens):
        return False
    if any(t in subject for t in tokens):
        return False
    lowered = name[:1].islower()
    if lowered and zipf(tokens[0]) >= _MAX_LOWER_NAME_ZIPF and tokens[0] not in given_names():
        return False  # "disorder with mixed anxiety": a word, not "dre has warrants"
    return not lowered or len(tokens) == 1


TOPIC = ThirdPartyHistory()
