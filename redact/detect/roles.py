"""Who a name belongs to by its role: professionals acting in their role, and the agency itself.

A court, the next provider and the client must know who wrote a record and whose record it
is, so their policies keep professionals' names and the agency's own name and address
(`professionals: keep`, `agency: keep`); other purposes remove them like anyone else's. The
role is read from the record's own conventions, never from a list of names:

- a professional's name carries a credential or a job title after it (`Leticia Harjo,
  LCSW`, `T. Wojcik, Case Manager`, a name line followed by a title line), a form label
  before it (`Prepared by:`, `Worker:`, `Supervisor:`, `Presiding:`), a title of office
  (`Dr.`, `Judge`, `Hon.`, `Officer`, `Det.`, `Attorney`, `CW`, `JPO`), a typed signature
  (`/s/`) or initials signing a note's entry (`... by phone. -MY`, see
  `redact.detect.signature_marks`), or stands at the start of a line in the few lines
  after a sign-off (`Respectfully submitted,`, `Sincerely,`); or the record says what the
  person does for the case: a role in the next or previous table cell (`| Ada Quist |
  school psychologist |`), a work e-mail address (`To: Quist, Ada <aquist@dcyf.gov>`),
  `X from probation`, `X (VA ...)`, `X, an ongoing caseworker`, `X has been the family's
  caseworker`, `my PO is mr X`; every other mention of the same person (the same mention
  group, in this text or an earlier one of the release) is a professional too, and so is a
  name made only of words of staff's names and of no party's ("mr quist", "Quist", "Ada"
  in a client's texts), as are the names of a table's staff column (`author`, `worker`);
- a name is never a professional's when any mention of that person is labelled as a party
  (`Reporter:`, `Mother:`, `Respondent:`, `Emergency contact:`): a school nurse who reported
  abuse is a third party whose identity the law protects, whatever her credential; nor when
  it is someone else with the subject's surname (the subject matcher's relatives: "Kyle
  Mercer, shift supervisor" beside the subject "Aiden Mercer" is family); nor when a
  relation is said of the person, whatever their trade ("her neighbour, a teacher, X",
  "X, RN, her aunt", "X, a neighbour who teaches", "coworker X", "X, his colleague"); nor
  when the person acts for the client's employer or insurer (HR, a leave coordinator, a
  supervisor at the workplace, a claims adjuster): naming them says where the client works;
- clergy (`redact.detect.clergy`): a hospital, hospice or prison chaplain acting in the
  case is a professional; a pastor, reverend, deacon, imam, rabbi or "hermano" of the
  client's or the family's own congregation is a private third party, whose name reveals
  their faith community: a clergy title alone makes a party, the word chaplain (or
  chaplaincy, spiritual or pastoral care) close by makes staff;
- a name alone under a sign-off is a professional's only when the lines under it say so
  (a credential or job title, an organisation): a parent's e-mail or a neighbour's signed
  statement ends with a bare name too;
- the agency's own name and address are the organisation and address lines of the
  letterhead (the first lines of a document, up to the first blank line or form label), of
  the lines under a professional's signature, and of the footer (the last short block);
  each such name found again elsewhere in the text is the agency's too.

Only offsets leave this module (`Roles`), never text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from redact.detect.clergy import clergy_cue
from redact.detect.listed_parties import listed_with_parties
from redact.detect.meaning_terms import CREDENTIALS
from redact.detect.particles import PARTICLES
from redact.detect.signature_marks import SOURCE as SIGNATURE_SOURCE
from redact.detect.signed_names import SOURCE as SIGNED_NAME_SOURCE
from redact.detect.subject import RELATIVE_SOURCE
from redact.findings import Finding

#: Findings that may be a professional's name: NER reads names as places or organisations.
NAME_LIKE = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
#: Findings an agency line may hold (its name, misread or not) and an address line (its parts).
AGENCY_NAME_TYPES = frozenset(
    {"PERSON", "ORGANIZATION", "LOCATION", "NRP", "AGENCY", "HEALTHCARE_FACILITY", "SCHOOL",
     "EMPLOYER"}
)  # fmt: skip
AGENCY_ADDRESS_TYPES = AGENCY_NAME_TYPES | {"STREET_ADDRESS", "ZIP_CODE"}

#: Credentials and licences written after a name (case as written): the curated list of
#: `meaning_terms.CREDENTIALS`, their variants, and roles written the same way after a name
#: ("Geri Roe, GAL").
_CREDENTIAL_VARIANTS = (
    r"LCSW(?:-[A-Z])?", r"FNP(?:-[A-Z]+)?", r"PMHNP(?:-BC)?", r"NNP(?:-BC)?", r"OTR/?L",
    r"EMT(?:-P)?", r"M\.Ed", "DSW", "CMHC", "DPT", "MA", "MS",
    "GAL", "CASA", "JPO", "JPC",
    # doctorates and licences written with points, as declarations and letters sign them
    # ("Miriam Roe, Ph.D., Licensed Psychologist"); never the "D.O.B." of a form
    r"Ph\.D", r"Psy\.D", r"Ed\.D", r"J\.D", r"M\.D(?!\.[A-Z])", r"R\.N(?!\.[A-Z])",
    r"M\.S\.W", r"L\.C\.S\.W",
)  # fmt: skip
_CREDENTIALS = "|".join(
    sorted(
        {re.escape(c) for c in CREDENTIALS if "." not in c} | set(_CREDENTIAL_VARIANTS),
        key=lambda alternative: (-len(alternative), alternative),
    )
)
#: Job titles written after a name or on the line under it (any case).
_JOB_TITLES = (
    r"(?:senior |lead |clinical |licensed |campus |school |district |county |agency |medical"
    r" |hospital |outpatient |foster care |CPS |APS |juvenile |adult |assistant |deputy "
    r"|benefits |vocational |rehabilitation |vocational rehabilitation |VR "
    # the service a worker is assigned to: "intake/assessment caseworker", "employment
    # specialist", "ongoing worker" (a service's name, never a trade held privately)
    r"|(?:intake|assessment|ongoing|placement|permanency|adoptions?|kinship|licensing"
    r"|employment|housing|discharge|crisis|family|youth|resource|resettlement|education"
    r"|transition|outreach|treatment|reentry|re-entry|community|mobile)(?:/[a-z]+)?[ ]"
    r"|treatment court |drug court |tribal |shift |unit |detention "
    # a teacher by the grade or subject taught: "1st grade teacher", "fourth-grade teacher"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[ -]"
    r"grade |kindergarten |pre-?k |preschool |homeroom |special education )*"
    r"(?:case ?workers?|case managers?|care (?:coordinator|manager)s?|social workers?"
    r"|therapists?|clinicians?|counsell?ors?|psychiatrists?|psychologists?|physicians?"
    r"|supervisors?|directors?|program (?:manager|director|coordinator)s?|coordinators?"
    r"|probation officers?|parole officers?|attorneys?(?: at law)?|counsel|law guardian"
    r"|public defenders?|defen[cs]e (?:attorney|counsel)s?|prosecutors?"
    r"|guardian ad litem|advocates?|investigators?|specialists?|interns?|principal"
    r"|nurse practitioner|nurses?|officers?|detectives?|judge|magistrate|referee|worker"
    r"|caseworker (?:I|II|III|IV)|family (?:support|services) worker|navigator|liaison"
    r"|(?:case |teacher'?s? )?aide|teacher|interpreter|chaplain|pastor|monitor|screener"
    r"|(?:peer )?(?:support|recovery) (?:specialist|coach)|peer mentor|homefinder"
    r"|(?:hearing|court) reporter|(?:vocational|medical) experts?|administrative law judge"
    r"|claims? rep(?:resentative)?"
    # a tribe's or a service's official ("ICWA Representative"); not a person's own agent
    # ("authorized representative", "personal representative": often a relative)
    r"|(?<!personal )(?<!authorized )(?<!authorised )(?<!legal )(?<!payee )representative"
    r"|(?:probation|parole|field) agents?|staff(?: (?:member|escort))?"
    r"|house managers?|job coach(?:es)?|direct support (?:professional|staff)s?|paramedics?"
    r"|behaviou?r analysts?"
    # a university's and a school's offices: "Resident Advisor", "Dean of Students"
    r"|(?:resident|academic|faculty|peer) advis[eo]rs?|dean of [a-z]+(?: [a-z]+)?"
    # a county's guardian of last resort and its staff ("Deputy Public Fiduciary"); an
    # attorney's bar number after the name ("Ana Roe (State Bar No. 021144)")
    r"|public guardians?|fiduciar(?:y|ies)|bar (?:no|number|id))"
)
#: Words between a name and its job title: "Tomas Ruel, an ongoing caseworker", "Ada Quist,
#: the family's therapist".
_ROLE_ARTICLE = (
    r"(?i:(?:a|an|the|our|my|his|her|their|your|this|[\w-]+['’]s)[ \t]+(?:[\w'’-]+[ \t]+){0,2})"
)
_CREDENTIAL_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*|[ \t]+|[ \t]*\([ \t]*|[ \t]*[-–—][ \t]*|[ \t]*[|\t][ \t]*)"
    rf"(?:(?:{_CREDENTIALS})\b\.?|(?:{_ROLE_ARTICLE}|(?:[A-Z][\w.-]*[ \t]+){{0,3}})"
    rf"(?i:{_JOB_TITLES})\b)"
)
#: Initials or a capitalised name right after a title that follows a name: the title is
#: the next person's ("Geri, GAL RFK", "Ana, Officer Reyes"), not the name's before it.
_NEXT_PERSON = re.compile(
    r"[ \t]+(?:[A-Z]{2,4}\b(?!\.[A-Z])|[A-Z]\.[ \t]?[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)"
)
#: A copula and someone's job after a name: "Jane Roe is her therapist", "Bo Lund has been
#: the family's caseworker since May" ("is a nurse" says a trade, not who acts here).
_ROLE_IS_AFTER = re.compile(
    r"[ \t]+(?i:is|was|will be|has been|had been)[ \t]+"
    r"(?i:the|her|his|their|our|my|your|[\w-]+['’]s)[ \t]+(?:[\w'’-]+[ \t]+){0,2}"
    rf"(?i:{_JOB_TITLES})\b"
)
#: A relation word right after a name and its title: "Ada Quist, RN, her aunt" is family.
_RELATION_AFTER = re.compile(
    r"[ \t]*[,(;][ \t]*(?:(?i:a|an|the|her|his|their|my|our|[\w-]+['’]s)[ \t]+)?"
    r"(?:(?i:maternal|paternal|great)[ \t-]+)?(?i:mother|father|mom|dad|grandmother|grandfather"
    r"|grandma|grandpa|aunt|auntie|uncle|sister|brother|cousin|son|daughter|wife|husband"
    r"|boyfriend|girlfriend|stepmother|stepfather|niece|nephew|neighbou?r|friend|roommate"
    r"|landlord|landlady|godmother|godfather|sibling|relative|employer|boss|co-?worker"
    r"|colleague|classmate)\b(?!['’])"
)
#: A lower-case note's signature: a lower-case name, a comma and a licence that is no word
#: of chat ("k. desrosiers, rn", "j. okafor, msw"), ending the line.
_LOWER_CREDENTIAL_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:lcsw|licsw|lmsw|lgsw|lsw|msw|bsw|lmft|lmhc|lpcc?|lpn|rn|bsn|aprn|fnp"
    r"|pmhnp|cadc|ladc|bcba|crc|qmhp|chw|cna|hha)\.?[ \t]*(?=\n|$)"
)
#: A credential acronym after a misread name ("Khatri, MD" read as a place).
_CREDENTIAL_ACRONYM_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:{_CREDENTIALS})\b")
_CREDENTIAL_ONLY = re.compile(rf"(?:{_CREDENTIALS})\.?")
#: A name NER misread as a place or organisation: one or two capitalised words, or a
#: credential acronym itself ("MD" read as Maryland) right after a name and a comma.
_MISREAD_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?")
#: A line under a name line that names the person's credential or job.
_TITLE_LINE = re.compile(rf"[ \t]*(?:(?:{_CREDENTIALS})\b|(?i:{_JOB_TITLES})\b)")
#: Given names or initials between a title or label and the finding ("Hon. Margaret ").
#: A word with a dot is an initial or a courtesy title ("Hon. M. Roe", "Dari, Mr. "); "GAL
#: RFK. Geri" ends a sentence.
_GIVEN = (
    r"(?:(?:[A-Z]\.|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Atty|Det|Sgt|Lt|Capt|Sr|Jr)\."
    r"|[A-Z][\w'’-]*)[ \t]+){0,3}"
)
#: A form label right before the name on its line.
_LABEL_BEFORE = re.compile(
    r"(?i:prepared|submitted|completed|written|signed|reviewed|approved|authored|entered"
    r"|documented|assessed|interviewed|reported to|assigned to|attested|screened|triaged)"
    r"[ \t]+by[ \t]*:?[ \t]*$"
    # an intake form's routing: "Assigned to: Ana Roe, field worker" (a case is assigned
    # to its worker; "Assigned to Caleb Roe" names who took it)
    r"|\b(?i:assigned|reassigned|transferred)[ \t]+to[ \t]*:?[ \t]*" + _GIVEN + "$"
    r"|\b(?i:author|worker|case ?worker|case manager|care coordinator|social worker|clinician"
    r"|reviewed and approved|reviewed|approved|co-?signed|cosigner"
    r"|therapist|counsell?or|supervisor|clinical supervisor|supervisee|provider|staff|writer"
    r"|interviewer"
    r"|facilitators?|co-facilitators?|presiding|attending|judge|referee|magistrate"
    r"|physician|psychiatrist|nurse|prescriber|signed|signature|staff member|assigned worker"
    r"|primary clinician|treating (?:clinician|physician|therapist)|attorney for \w+"
    r"|law guardian|guardian ad litem|probation officer|investigator|examiner|screener"
    r"|(?:counsel|attorney|advocate|law guardian) for [\w '’-]{1,40}|pcp|admissions|monitor"
    r"|(?:benefits )?advocate|(?:hearing|court) reporter|(?:vocational|medical) expert|vrc"
    r"|claimant['’]s representative|representative|coordinator"
    # the lawyers of a criminal case: "Public defender: Ana Roe, LOPD", "Defense attorney:"
    r"|(?:assistant )?public defender|defen[cs]e (?:attorney|counsel|lawyer)|prosecutor"
    r"|(?:assistant )?district attorney)"
    # a label in the plural ("Monitor(s):", "Facilitators:") lists its staff, one after
    # another after semicolons: "Monitor(s): Ana Roe, BSW; Bo Lund (backup)"
    r"(?:\(s\))?[ \t]*:[ \t]*\**[ \t]*(?:[^\n;:]{1,60};[ \t]*){0,4}" + _GIVEN + "$"
    r"|(?i:interpreter)[ \t]*:[ \t]*(?:[A-Z][a-z]+[ \t]*[,/–—-][ \t]*)?" + _GIVEN + "$"
)  # "Interpreter: Somali, Mr. Abdi": the language, then the interpreter
#: A title of office right before the name (Dr., Judge, Hon., Officer, Det., Attorney...).
#: What stands between a title and its name: a space or comma, a table's cell border ("|
#: Attorney | Ada Quist"), a copula ("my PO is mr ruel") and a courtesy title.
_TITLE_GAP = (
    r"(?:,?[ \t]+|[ \t]*[|\t][ \t]*)(?:(?i:is|was)[ \t]+)?(?:(?i:mr|mrs|ms|mx|miss)\.?[ \t]+)?"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:(?i:dr)|Drs|Hon|Det|Ofc|Sgt|Lt|Atty|Prof|Insp|Cpl|DET|OFC|SGT|CPL)\.?[ \t]+"
    r"|\bDep\.[ \t]+"  # a deputy sheriff: "Dep. Aho (BCSO)"
    r"|\bComm\.[ \t]+"  # a court commissioner: "order of 11/22 (Comm. D. Yamamoto)"
    # a school's coach, addressed by the title as students do: "Coach Dana Roe" (a league's
    # "coach Bram" in an adult's leisure is no one's staff)
    r"|\bCoach[ \t]+"
    # a family court's own officers: "observed by monitor Ana Roe", "Commissioner Lund"
    r"|\b(?i:commissioner|(?:visit(?:ation)? )?monitor|custody evaluator)[ \t]+"
    r"|\b(?i:doctor|judge"
    r"|honorable|justice|magistrate|officer|detective|sergeant|deputy|trooper|attorney"
    r"|counselor|caseworker|case manager|social worker|therapist|clinician|supervisor"
    r"|principal|(?:life|parent|family|recovery|health)[ \t]+coach|investigator|teacher|aide"
    r"|interpreter|nurse practitioner|lawyer|public defender|defen[cs]e attorney|prosecutor"
    r"|(?:[A-Z]{2,5}[ \t]+)?worker|specialist|screener|navigator|homefinder|liaison"
    r"|care coordinator|program coordinator|(?:peer|family) (?:advocate|mentor)|sw|cw|jpo|jpc"
    r"|guardian ad litem|law guardian|court appointed special advocate|probation officer"
    r"|psychiatrist|psychologist|pediatrician|physician|counsel|claims? rep(?:resentative)?"
    r"|(?:hearing|court) reporter|(?:vocational|medical) expert|eval(?:uator)?|vrc|atty"
    # "Treatment Court Coordinator Ana Roe", "case coordinator Ana Roe", "staff escort"
    r"|(?:[\w-]+[ \t]+)?coordinator|staff (?:escort|member)|homeroom(?: teacher)?"
    r"|(?:education|victim|school|youth|legal) advocate"
    # a group home's and a day programme's staff: "staff Ruiz went with him", "paramedic
    # T. Okoro", "job coach Dev"
    r"|staff(?: member)?|house manager|job coach|(?:support|service) coordinator|paramedic"
    r"|dsp|qidp|nurse)"
    + _TITLE_GAP +
    r"|\b(?:CW|SW|JPO|JPC|PO|CM|SRO|AP|CPS|APS|GAL|AAG|APD|ASA"
    r"|ADA|DA|CASA|RN|LPN|NP|CNA|PA|MD|LCSW|LMSW|LICSW|MSW|CASAC|CADC|LADC|LMFT|LPC|LMHC"
    r"|PhD|PsyD|BCBA|NNP|CNM|RRT|APRN|FNP|IBCLC|DSP|CMT|QIDP|CESP|EMT"
    # HIV care: a Ryan White medical case manager, a health department's disease
    # intervention specialist, a pharmacist ("MCM A. Roe", "DIS Carlos Ybarra", "RPh Nwosu")
    r"|MCM|DIS|RPh"
    # a detention centre's youth services officer ("YSO Daniel Roush")
    r"|YSO)"
    + _TITLE_GAP + r"|\b(?:Rev|Fr)\.?[ \t]+|\b(?i:pastor|chaplain)[ \t]+)"
    + _GIVEN + "$"
)  # fmt: skip
#: A title of office right before a place or organisation that is a misread name.
_TITLE_ADJACENT = re.compile(
    r"(?:\b(?:Dr|Hon|Det|Ofc|Sgt|Atty)\.|\b(?:Judge|Officer|Detective|Attorney))[ \t]+$"
)
#: A finding that starts with a title of office.
_TITLE_INSIDE = re.compile(
    r"(?i:dr|judge|hon|officer|det|detective|rev|attorney|atty|caseworker|case manager"
    r"|social worker|therapist|clinician|supervisor|counsell?or|investigator)\b\.?[ \t]+\S"
    # a clinical licence set before the name on a unit's notes: "NNP H. BRANDT", "CNM Ruiz"
    r"|(?:NNP|CNM|RRT|APRN|FNP|IBCLC|LPN|RN)[ \t]+(?:[A-Z]\.[ \t]*)?[A-Z]"
)
#: A title inside a finding: two people's names read as one ("Jace K-H. AP Salcido").
_TWO_PEOPLE = re.compile(
    r"[ \t]+(?:Dr\.?|Hon\.|Det\.|Ofc\.|Sgt\.|Atty\.|Judge|Officer|AP|CW|SW|JPO|PO|SRO|Coach"
    r"|Principal|Nurse|Mr\.?|Mrs\.?|Ms\.?)[ \t]+[A-Z]"
)
#: Roles only an employer (or its insurer) has: the person acts for the client's workplace,
#: never for the case ("Pamela Roe, Leave Coordinator", "HR Business Partner", "the hr lady
#: jan", "adjuster Lowry" of the workers' compensation carrier).
_EMPLOYER_ONLY_ROLE = (
    r"(?:HR|human resources)(?:[ \t]+(?:business partner|manager|generalist|director|rep"
    r"|representative|specialist|coordinator|lady|guy|person|woman|man|contact|dept"
    r"|department))?|leave (?:coordinator|administrator|administration|specialist)"
    r"|business partner|benefits (?:specialist|coordinator|administrator)|hiring manager"
    r"|payroll|fore(?:man|woman)|(?:claims?[ \t]+|insurance[ \t]+|wc[ \t]+)?adjust[eo]rs?"
    r"|(?:store|plant|warehouse|line|floor|crew"
    r"|production|site|night|day) (?:supervisor|manager|lead|boss)"
    r"|(?:claims |insurance |carrier['’]?s |WC )?adjuster"  # acts for the insurer, not the case
)
#: Roles an employer shares with the agency ("Supervisor Wojcik" signs off a removal): an
#: employer's only when the workplace is named close by.
_WORK_ROLE = r"supervisor|supv|manager|boss|team lead|lead|foreman"
_EMPLOYER_ROLE_AFTER = re.compile(
    r"[ \t]*(?:[,(|\t–—-][ \t]*)?(?:(?:a|an|the|her|his|their|my)[ \t]+)?"
    r"(?:[A-Z][\w&.'’-]*[ \t]+){0,3}?"
    rf"(?i:{_EMPLOYER_ONLY_ROLE})\b"
)
_EMPLOYER_ROLE_BEFORE = re.compile(
    rf"\b(?i:{_EMPLOYER_ONLY_ROLE})(?:[ \t]*[:,|\t][ \t]*|[ \t]+)"
    r"(?:(?i:mr|mrs|ms|mx|miss)\.?[ \t]+)?" + _GIVEN + "$"
)
_WORK_ROLE_BEFORE = re.compile(
    rf"\b(?i:{_WORK_ROLE})(?:[ \t]*[:,|\t][ \t]*|[ \t]+)(?:(?i:is)[ \t]+)?"
    r"(?:(?i:mr|mrs|ms|mx|miss)\.?[ \t]+)?" + _GIVEN + "$"
)
_WORK_ROLE_AFTER = re.compile(
    r"[ \t]*[,(][ \t]*(?:(?:a|an|the|her|his|their|my)[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?"
    rf"(?i:{_WORK_ROLE})\b"
)
#: Words near a work role that say the workplace is the client's: "works at", "started
#: at Riverport", "2nd shift", "working trial", "light duty", "at the store", "Employer:".
_EMPLOYER_TITLE_LINE = re.compile(rf"[ \t]*(?i:{_EMPLOYER_ONLY_ROLE})\b")
_WORKPLACE_WORDS = re.compile(
    r"(?i:\bemploy(?:er|ed|ment)\b|\bwork(?:s|ed|ing)? (?:at|for|as)\b|\bjob\b|\bhired?\b"
    # when and how long between: "works days at", "worked six years for"
    r"|\bwork(?:s|ed|ing)?(?: (?:days|nights|evenings|weekends|part-time|full-time|\w+ (?:yrs?"
    r"|years|months|hours|hrs))){1,2} (?:at|for)\b"
    r"|\bstarted at\b|\bshift\b(?![ \t]+supervisor)|\bwarehouse\b|\bplant\b|\bfactory\b"
    r"|\bworkplace\b|\bat work\b"
    r"|\b(?:working|work) trial\b|\btrial work\b|\blight duty\b"
    r"|\bat the (?:store|shop|dock|depot|yard)\b"
    # the shop floor and its people: "screamed at supervisor Roe after a co-worker's
    # forklift clipped the rack", "the steward filed a grievance over Roe's write-up"
    r"|\bco-?workers?\b|\bforklifts?\b|\b(?:loading )?docks?\b|\bbreak ?room\b|\bunion\b"
    r"|\bstewards?\b|\bgrievances?\b|\bwrite-?ups?\b|\bovertime\b|\bhuman resources\b"
    r"|\bfitness[- ]for[- ]duty\b|\breturn[- ]to[- ]work\b)"
)
_CREDENTIAL_RIGHT_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:{_CREDENTIALS})\b")
#: How far before a name a workplace is looked for (on the name's line).
WORKPLACE_WINDOW = 120


def _table_block(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """The lines of the table a row belongs to (contiguous lines starting with '|')."""
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start].lstrip(" \t").startswith("|"):
            break
        start = prev
    end = line_end
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not text[end + 1 : nxt].lstrip(" \t").startswith("|"):
            break
        end = nxt
    return start, end


def _employer_staff(
    text: str,
    finding: Finding,
    before: str,
    after: str,
    employers: Sequence[tuple[int, int]],
) -> bool:
    """Whether a name is someone acting for the client's employer (HR, a leave
    coordinator, a supervisor at the workplace): a third party, since naming them tells
    the recipient where the client works. The agency's own supervisor ("Supervisor
    Wojcik" approving a removal, "Supervisor: D. Roe, LCSW") has no workplace nearby."""
    if _EMPLOYER_ROLE_AFTER.match(after) or _EMPLOYER_ROLE_BEFORE.search(before):
        return True
    if not (_WORK_ROLE_BEFORE.search(before) or _WORK_ROLE_AFTER.match(after)):
        return False
    if _CREDENTIAL_RIGHT_AFTER.match(after):
        return False  # "Supervisor: D. Roe, LCSW": a clinician
    line_start, line_end = _line_bounds(text, finding.start, finding.end)
    if text[line_start : finding.start].lstrip(" \t").startswith("|"):
        lo, hi = _table_block(text, line_start, line_end)
        if any(lo <= s < hi for s, _ in employers) or re.search(
            r"(?im)^[ \t]*\|[ \t]*\**(?:employer|workplace|job)\b", text[lo:hi]
        ):
            return True
    lo = max(line_start, finding.start - WORKPLACE_WINDOW)
    if any(lo <= e <= finding.start or lo <= s < finding.start for s, e in employers):
        return True
    # the workplace may be said after the name: "Reported to supervisor Roe on the shift"
    hi = min(line_end, finding.end + WORKPLACE_WINDOW)
    return bool(
        _WORKPLACE_WORDS.search(text, lo, finding.start)
        or _WORKPLACE_WORDS.search(text, finding.end, hi)
    )


#: A typed signature: "/s/ Kristen Dvorak".
_SIGNED_BEFORE = re.compile(r"/s/[ \t]*" + _GIVEN + "$", re.IGNORECASE)
#: The sign-off of a letter or report; the next few lines are its signature block.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:respectfully(?: submitted)?|sincerely(?: yours)?|yours (?:truly|sincerely)"
    r"|(?:best|kind|warm)? ?regards|with (?:thanks|regards)|thank you|submitted by|prepared by"
    # an e-mail's sign-offs
    r"|(?:many )?thanks|thx|best(?: wishes)?|all the best|cheers|take care|warmly|v/r"
    r"|signature|electronically signed(?: by)?|signed)[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
SIGNATURE_LINES = 4
#: Characters read on either side of a name for its cue.
CUE_WINDOW = 60
#: A party's label before a name: the person is a party or a private person, never staff.
_PARTY_BEFORE = re.compile(
    r"(?i:reporter|reported by|reporting (?:party|person|source)|complainant|caller"
    r"|informant|victim|witness|respondent|petitioner|defendant|child|client|patient|youth"
    r"|student|mother|father|parent|guardian|grandmother|grandfather|aunt|uncle|sibling"
    r"|sister|brother|spouse|partner|husband|wife|foster parents?|kin(?:ship)? caregiver"
    r"|caregiver|emergency contact|contact person|relative|member|participant|household"
    r"|landlord|neighbou?r|paramour|boyfriend|girlfriend|resource parent)"
    r"(?:['’]s)?(?:[ \t]+name)?[ \t]*:[ \t]*\**[ \t]*" + _GIVEN + "$"
)

#: A relation word right before a name: a relative or a private person, whatever follows
#: ("Mother's CASAC Joanne Feeley" is the mother's counsellor: no possessive here).
_RELATIONS = (
    r"mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|auntie|uncle"
    r"|sister|brother|cousin|son|daughter|wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?"
    r"|stepmother|stepfather|stepmom|stepdad|niece|nephew|neighbou?r|friend|roommate|landlord"
    r"|landlady|paramour|foster parent|godmother|godfather|sibling"
    r"|co-?worker|colleague|classmate|teammate|roomie"  # a witness at work or school
)
_RELATION_BEFORE = re.compile(rf"\b(?i:{_RELATIONS})(?:,?[ \t]+|[ \t]*[|\t][ \t]*)" + _GIVEN + "$")
#: A relation who has a profession: "her neighbour, a teacher, Jane Roe", "his aunt who is
#: a nurse, Jane Roe": family or a private person, whatever the title says.
_RELATION_WITH_JOB_BEFORE = re.compile(
    rf"\b(?i:{_RELATIONS})\b,?[ \t]+(?i:(?:who[ \t]+(?:is|works[ \t]+as)[ \t]+)?(?:a|an)[ \t]+)"
    r"[^\n.;:|]{0,40}$"
)

#: A word that makes a line an organisation's (letterhead, signature block, footer).
_ORG_WORD = re.compile(
    r"\b(?i:services|service|department|dept|agency|center|centre|clinic|hospital|health"
    r"|healthcare|counseling|counselling|behavioral|behavioural|probation|court|district"
    r"|schools?|society|association|associates|institute|foundation|ministries|charities"
    r"|programs?|office|bureau|division|unit|inc|llc|pllc|group|partners|network|alliance"
    r"|coalition|authority|commission|council|home|homes|care|university|college|academy"
    r"|famil(?:y|ies)|children|youth|protective|county|city of|state of|practice|medical"
    r"|wellness|recovery|treatment|house|shelter|project|league|mission|initiative)\b"
)
#: A line that is an address: a house number and street, a PO box, or a town, state and ZIP.
_ADDRESS_LINE = re.compile(
    r"(?:^|[\s·|•,])\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][\w.'’ -]*"
    r"|\bP\.?[ \t]?O\.?[ \t]+Box\b|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b",
    re.MULTILINE,
)
#: A form label at the start of a line ends the letterhead ("Client:", "RE:"), except the
#: letterhead's own labels (Tel, Fax, Web).
_FORM_LABEL = re.compile(
    r"[ \t]*(?!(?i:tel|phone|ph|fax|f|t|p|web|website|email|e-mail|www)\b)"
    r"[A-Za-z][\w /#.'’-]{0,30}:"
)
LETTERHEAD_LINES = 6
FOOTER_LINES = 3
#: A letterhead or footer line is short; a longer one is prose.
BLOCK_LINE_CHARS = 100
ORG_LINE_WORDS = 8
AFTER_SIGNER_CHARS = 60
#: Between a signer's name and the agency's on one line: credentials and titles only.
_BETWEEN_SIGNER_AND_AGENCY = re.compile(
    rf"(?:[ \t]*[,(/|·—–-][ \t]*(?:(?:{_CREDENTIALS})\b\.?|(?i:{_JOB_TITLES})\b)?)+[ \t,]*"
)


#: A work e-mail address right after a name ("To: Rowntree, Tamika <trowntree@lcjfs.gov>"):
#: a government, school or organisation's domain, as staff write from. A private address
#: (gmail, a .com) says nothing: a parent writes from one too.
_WORK_ADDRESS_AFTER = re.compile(
    r"[ \t]*[<(\[][ \t]*(?:mailto:)?[\w.+'-]+@(?:[\w-]+\.)+(?i:gov|us|mil|edu|org)[ \t]*[>)\]]"
)
#: Words of public services and courts: a name followed by "from probation", "of DCFS",
#: "(VA HUD-VASH)" or "at the county" is someone acting for them.
_SERVICE_WORD = (
    r"(?i:probation|parole|the court|court|CPS|APS|DCFS|DCF|DSS|DHS|ACS|DCYF|DJJ|the VA"
    r"|VA|county|the county|the agency|the department|the clinic|the hospital"
    r"|the school|the district|the program|Legal Aid|public defender['’]?s?(?: office)?)"
)
_ROLE_ORG_AFTER = re.compile(
    rf"[ \t]+(?:from|of)[ \t]+{_SERVICE_WORD}\b"
    rf"|[ \t]*\([ \t]*{_SERVICE_WORD}(?:[ \t/-]+[A-Z][\w-]*)*[ \t]*\)"
)


@dataclass(frozen=True)
class Roles:
    """Offsets of professionals' name findings and of the agency's own name and address."""

    professional: tuple[tuple[int, int], ...] = ()
    agency: tuple[tuple[int, int], ...] = ()

    def is_professional(self, finding: Finding) -> bool:
        """True when the finding lies inside a professional's name."""
        return _inside(finding, self.professional)

    def is_agency(self, finding: Finding) -> bool:
        """True when the finding lies inside the agency's own name or address."""
        return _inside(finding, self.agency)


NO_ROLES = Roles()


def _inside(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= finding.start and finding.end <= e for s, e in spans)


@dataclass
class RoleMemory:
    """Mention groups known, within a release, to be professionals or parties.

    Group keys are digests of a person's fullest name (`redact.detect.names.key_groups`), the
    same in every document of a release, so "Pacheco" in a later note is the caseworker
    signed in an earlier one. Holds digests, never names.
    """

    professional: set[str] = field(default_factory=set)
    party: set[str] = field(default_factory=set)
    #: Digests of the words of staff's names and of parties' names: "okafor" and "mr okafor"
    #: in a client's texts are the probation officer signed "C. Okafor (JPC)" in a case
    #: plan, whatever mention group NER made of them.
    staff_words: set[str] = field(default_factory=set)
    party_words: set[str] = field(default_factory=set)

    def remember_staff(self, name: str) -> None:
        """A name written where only staff stand (a table's `author` or `worker` cell): its
        mentions in the notes are staff's too, as after a signature."""
        _remember_words(self, name, professional=True)


#: Words of a name finding that are not the name: courtesy titles and titles of office.
_NOT_NAME_WORDS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "mister", "dr", "judge", "officer", "nurse", "the", "and"}
)


def _word_digest(word: str) -> str:
    return "w:" + hashlib.sha256(word.encode()).hexdigest()[:24]


def _name_words(name: str) -> set[str]:
    """The digests of a name's words of three letters or more, titles aside, and of each
    surname with its particles written as one word: "de la O" is "delao", so "Ms. de la O"
    is the same worker as "Renée de la O" though none of its words has three letters."""
    folded = name.casefold()
    words = [w for w in _NAME_PART.findall(folded) if len(w) >= 3 and w not in _NOT_NAME_WORDS]
    words += ["".join(m.group().split()) for m in _PARTICLE_SURNAME.finditer(folded)]
    return {_word_digest(w) for w in words}


#: A surname with its particles ("de la o", "van der berg"), in a folded name.
_PARTICLE_SURNAME = re.compile(
    r"(?<![^\W\d_])(?:(?:" + "|".join(sorted(PARTICLES)) + r")[ \t]+)+[^\W\d_]+"
)


def _remember_words(memory: RoleMemory, name: str, professional: bool) -> None:
    (memory.staff_words if professional else memory.party_words).update(_name_words(name))


def _staff_by_words(memory: RoleMemory, name: str) -> bool:
    """Whether a name without a cue is made of known professionals' name words and of no
    party's: "Okafor", "mr okafor", "M. Oyelaran", or the first name alone ("thanks,
    Tamsin"), as a client writes of their worker."""
    words = _name_words(name)
    return bool(words) and words <= memory.staff_words and not words & memory.party_words


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _title_on_next_line(text: str, line_end: int) -> bool:
    if line_end >= len(text):
        return False
    next_end = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
    return _TITLE_LINE.match(next_line) is not None


def _signature_zones(text: str) -> list[tuple[int, int]]:
    """The few lines after each sign-off, where the signer's name stands."""
    zones = []
    for m in _SIGN_OFF.finditer(text):
        end = m.end()
        for _ in range(SIGNATURE_LINES):
            nxt = text.find("\n", end + 1)
            if nxt < 0:
                end = len(text)
                break
            end = nxt
        zones.append((m.end(), end))
    return zones


def _before_verdict(before: str) -> str | None:
    """What the words right before a name say: "label" (a staff form label), "party" (a
    party's label or a relation word: "her grandmother Ada Roe, RN"), "title" (a title of
    office or a typed signature), or None."""
    if _RELATION_BEFORE.search(before) or _RELATION_WITH_JOB_BEFORE.search(before):
        return "party"
    if ":" in before or "by" in before:
        if _LABEL_BEFORE.search(before):  # before a party's label: "Counsel for Mother:"
            return "label"
        if ":" in before and _PARTY_BEFORE.search(before):
            return "party"
    if _TITLE_BEFORE.search(before) or ("/s/" in before and _SIGNED_BEFORE.search(before)):
        return "title"
    return None


#: Capitals right after a name, as a worker signs an entry ("Priscilla Obi PO") or as a
#: Word comment gives its author ("D. Kaczmarek" and "DK" on the next line).
_INITIALS_AFTER = re.compile(r"(?:[ \t]*,?[ \t]*|[ \t]*\n)([A-Z]{2,4})(?![\w.])")
_NAME_PART = re.compile(r"[^\W\d_]+")


#: Initials before a name in a legend of the codes staff sign with ("DM = D. Mbeki").
_INITIALS_LEGEND = re.compile(r"(?<![\w.])([A-Z]{2,4})[ \t]*[=–—:-][ \t]*$")


def _initials_of(name: str) -> str:
    return "".join(part[0] for part in _NAME_PART.findall(name)).upper()


def _legend_of_own_initials(name: str, before: str) -> bool:
    """Whether the name follows its own initials and an equals sign, as a log's legend
    says who signs with which code ("Codes: DM = D. Mbeki, JL = J. Lattimore")."""
    legend = _INITIALS_LEGEND.search(before)
    letters = _initials_of(name)
    return legend is not None and len(letters) >= 2 and legend.group(1) == letters


def _signed_with_own_initials(name: str, text: str, end: int) -> bool:
    """Whether the capitals after a name are its own initials ("D. Kaczmarek DK",
    "Marisol Ortega-Finch MOF"): the way staff sign case-note entries, never a party."""
    initials = _INITIALS_AFTER.match(text, end, end + 12)
    if initials is None:
        return False
    letters = _initials_of(name)
    return len(letters) >= 2 and initials.group(1) == letters


def _cue(
    text: str,
    finding: Finding,
    zones: Sequence[tuple[int, int]],
    verdicts: dict[int, str | None] | None = None,
    employers: Sequence[tuple[int, int]] = (),
) -> bool | None:
    """True for a professional's cue, False for a party's label, None for neither.

    `verdicts` caches what stands before each start: several findings share one.
    """
    line_start, line_end = _line_bounds(text, finding.start, finding.end)
    # a label or title stands right before the name: a bounded window keeps this linear
    before = text[max(line_start, finding.start - CUE_WINDOW) : finding.start]
    after = text[finding.end : min(line_end, finding.end + CUE_WINDOW)]
    if _TWO_PEOPLE.search(text, finding.start + 1, finding.end):
        return False  # "Jace K-H. AP Salcido": two people read as one; neither is kept
    if finding.entity_type != "PERSON":  # a place or an organisation, unless a title says
        if _TITLE_ADJACENT.search(before) or _SIGNED_BEFORE.search(before):
            return True
        if _CREDENTIAL_ONLY.fullmatch(text, finding.start, finding.end) and before.rstrip(
            " \t"
        ).endswith(","):
            return True  # "Khatri, MD" with MD read as Maryland: the credential of a name
        misread = _MISREAD_NAME.fullmatch(text, finding.start, finding.end)
        return True if misread and _CREDENTIAL_ACRONYM_AFTER.match(after) else None
    if finding.source in (SIGNATURE_SOURCE, SIGNED_NAME_SOURCE):
        return True  # "... by phone 0945. -MY", "- r. mcallister rn": the writer signing
    if _signed_with_own_initials(text[finding.start : finding.end], text, finding.end):
        return True  # "Kiara Doyle KD": a worker's name and initials closing an entry
    if _legend_of_own_initials(
        text[finding.start : finding.end], before
    ) and not _RELATION_AFTER.match(after):
        return True  # "DM = D. Mbeki": who signs the log's entries with which code
    if _employer_staff(text, finding, before, after, employers):
        return False  # "Ohio River Logistics, supervisor Gary Roe": the employer's
    clergy = clergy_cue(text, finding.start, finding.end)
    if clergy is not None:
        return clergy  # a hospital's chaplain is staff; the client's own pastor a party
    at_line_start = not text[line_start : finding.start].strip(" \t*_>-")
    alone = not text[finding.end : line_end].strip(" \t,.*")
    if at_line_start and alone and line_end < len(text):
        next_end = text.find("\n", line_end + 1)
        next_line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
        if _EMPLOYER_TITLE_LINE.match(next_line):
            return False  # a letter's addressee over "HR Business Partner"
    verdicts = verdicts if verdicts is not None else {}
    if finding.start not in verdicts:
        verdicts[finding.start] = _before_verdict(before)
    verdict = verdicts[finding.start]
    if verdict == "party":
        return False
    if verdict is not None or _TITLE_INSIDE.match(text, finding.start, finding.end):
        return True
    if _TITLE_LINE.fullmatch(text, finding.start, finding.end):
        return True  # a job title read as a name ("Caseworker"): a role word, never a person
    credential = _CREDENTIAL_AFTER.match(after)
    if credential is None and text[finding.start : finding.end].islower():
        credential = _LOWER_CREDENTIAL_AFTER.match(after)  # "m. osei, licsw" signing a note
    if credential and _NEXT_PERSON.match(after, credential.end()):
        credential = None  # "w/ DB, Geri, GAL RFK": the guardian ad litem is RFK, not Geri
    if _RELATION_AFTER.match(after) or (
        credential and _RELATION_AFTER.match(after, credential.end())
    ):
        return False  # "Ada Quist, RN, her aunt", "Ada Quist, a neighbour who teaches"
    if (
        _WORK_ADDRESS_AFTER.match(after)
        or _ROLE_ORG_AFTER.match(after)
        or _ROLE_IS_AFTER.match(after)
    ):
        return True  # "Ruel, Tamsin <truel@...gov>", "Tom Ruel (VA HUD-VASH)"
    if credential and (
        not after[credential.end() :].lstrip(" \t").startswith(":")
        or credential.group().strip(" \t,(-–—").isupper()  # "S. Reyes, LCSW: ..." in a log
    ):
        return True
    if at_line_start and alone and _title_on_next_line(text, line_end):
        return True
    if (
        at_line_start
        and any(s <= finding.start < e for s, e in zones)
        and _staff_signature(text, line_end)
    ):
        return True
    return None


def _staff_signature(text: str, line_end: int) -> bool:
    """Whether the lines under a signed name say it is staff's: a credential or job title
    starts one, or one names an organisation ("Lakeshore Behavioral Health"). A parent's
    e-mail ("Thank you,\nDawn Mercer") or a neighbour's signed statement has neither."""
    end = line_end
    for _ in range(SIGNATURE_LINES):
        if end >= len(text):
            return False
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[end + 1 : next_end]
        if not line.strip():
            return False
        if _TITLE_LINE.match(line) or _ORG_WORD.search(line):
            return True
        end = next_end
    return False


def _overlaps_any(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < finding.end and finding.start < e for s, e in spans)


def _listed_as_parties(
    text: str, findings: Sequence[Finding], cued: list[tuple[Finding, bool | None]]
) -> list[tuple[Finding, bool | None]]:
    """Names with no cue, listed with the subject or a party, are parties
    (`redact.detect.listed_parties`)."""
    parties = [f for f in findings if f.is_subject] + [f for f, cue in cued if cue is False]
    loose = [f for f, cue in cued if cue is None]
    listed = listed_with_parties(text, loose, parties) if parties and loose else set()
    return [(f, False if (f.start, f.end) in listed else cue) for f, cue in cued]


def professional_spans(
    text: str, findings: Sequence[Finding], memory: RoleMemory | None = None
) -> list[tuple[int, int]]:
    """Offsets of the name findings that are professionals' (see the module docstring)."""
    memory = memory if memory is not None else RoleMemory()
    names = [f for f in findings if f.entity_type in NAME_LIKE and not f.is_subject]
    if not names:
        return []
    zones = _signature_zones(text)
    verdicts: dict[int, str | None] = {}
    relatives = [(f.start, f.end) for f in findings if f.source == RELATIVE_SOURCE]
    employers = [(f.start, f.end) for f in findings if f.entity_type == "EMPLOYER"]
    cued = [
        (
            f,
            False if _overlaps_any(f, relatives) else _cue(text, f, zones, verdicts, employers),
        )
        for f in names
    ]
    cued = _listed_as_parties(text, findings, cued)
    for finding, cue in cued:
        if finding.group and cue is False:
            memory.party.add(finding.group)
        elif finding.group and cue:
            memory.professional.add(finding.group)
    for finding, cue in cued:
        if finding.entity_type != "PERSON":
            continue
        if cue is False or (finding.group and finding.group in memory.party):
            _remember_words(memory, text[finding.start : finding.end], professional=False)
        elif cue or (finding.group and finding.group in memory.professional):
            _remember_words(memory, text[finding.start : finding.end], professional=True)
    spans = []
    for finding, cue in cued:
        if _TITLE_LINE.fullmatch(text, finding.start, finding.end):
            spans.append((finding.start, finding.end))  # "pastor" read as a name: a role word
            continue
        if cue is False or (finding.group and finding.group in memory.party):
            continue
        if (
            cue
            or (finding.group and finding.group in memory.professional)
            or (
                finding.entity_type == "PERSON"
                and _staff_by_words(memory, text[finding.start : finding.end])
            )
        ):
            spans.append((finding.start, finding.end))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _blank(text: str, line: tuple[int, int]) -> bool:
    return not text[line[0] : line[1]].strip(" \t\r*_=-—|")


def _short(text: str, line: tuple[int, int]) -> bool:
    return len(text[line[0] : line[1]].strip()) <= BLOCK_LINE_CHARS


def _letterhead(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first lines, up to a blank line or a form label, when the text goes on after
    them (a one-paragraph note or a table row has no letterhead)."""
    block: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if _blank(text, line):
            if block:
                if all(_blank(text, rest) for rest in lines[index + 1 :]):
                    return []  # only blank lines after it: the block is the whole text
                break
            continue
        if _FORM_LABEL.match(text, line[0], line[1]):
            break
        if len(block) >= LETTERHEAD_LINES or not _short(text, line):
            return []
        block.append(line)
    else:
        return []  # the block is the whole text
    return block


#: A line that opens with a date or a time is an entry of a log ("10/20/25 check to
#: ...", "3:40p called"), whatever its length: a note's last entries are no footer.
_DATED_ENTRY = re.compile(r"[ \t]*[-*•]?[ \t]*\d{1,2}(?:[/.\-]\d{1,2}|:\d\d)")


def _footer(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last short block after a blank line, when there is text before it."""
    block: list[tuple[int, int]] = []
    for line in reversed(lines):
        if _blank(text, line):
            if block:
                return block if any(not _blank(text, x) for x in lines[: lines.index(line)]) else []
            continue
        if (
            len(block) >= FOOTER_LINES
            or not _short(text, line)
            or _DATED_ENTRY.match(text, line[0], line[1])
        ):
            return []  # the last paragraph or entries of a note, not a footer
        block.append(line)
    return []


def _signature_block(
    text: str,
    lines: Sequence[tuple[int, int]],
    professional: Sequence[tuple[int, int]],
    zones: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The lines under a signature: a professional's name alone on its line (credentials
    aside) after a sign-off or `/s/`, or over a line with a job title; short lines only, up
    to the first long one (a comment or a note's next entry written under the signature
    holds parties' names, not the agency's)."""
    block = []
    for start, end in professional:
        line_start, line_end = _line_bounds(text, start, end)
        before, after = text[line_start:start], text[end:line_end]
        if before.strip(" \t*_>-") and not _SIGNED_BEFORE.search(before):
            continue
        if ":" in after or len(after) > 60:
            continue  # "Harjo: see you Monday", a log line
        if not (
            any(s <= start < e for s, e in zones)
            or _SIGNED_BEFORE.search(before)
            or _title_on_next_line(text, line_end)
        ):
            continue
        index = next(i for i, (s, e) in enumerate(lines) if s <= start <= e)
        for line in lines[index + 1 : index + 1 + SIGNATURE_LINES]:
            if _blank(text, line) or not _short(text, line):
                break  # a sentence ("Adjuster Lowry will want the stubs") is a note, not a title
            block.append(line)
    return block


def _agency_name(text: str, finding: Finding) -> bool:
    """An organisation's name: typed so, or a misread name with an organisation word in it."""
    if finding.entity_type in _ORG_TYPES:
        return True
    return _ORG_WORD.search(text, finding.start, finding.end) is not None


def _a_family_name(text: str, finding: Finding, findings: Sequence[Finding]) -> bool:
    """Whether a one-word name ends a person's full name found elsewhere in the text: a
    heading's "Brightwater / Szymanski" where the body names "Darlene Szymanski" names the
    parties, and NER's organisation there is a family, not the agency."""
    word = text[finding.start : finding.end].strip().casefold()
    if not word or not word.replace("-", "").isalpha():
        return False
    for other in findings:
        if other.entity_type != "PERSON" or other.overlaps(finding):
            continue
        words = text[other.start : other.end].casefold().split()
        if len(words) >= 2 and words[-1] == word:
            return True
    return False


_ADDRESS_TYPES = frozenset({"STREET_ADDRESS", "ZIP_CODE"})
_ORG_TYPES = frozenset({"ORGANIZATION", "AGENCY", "HEALTHCARE_FACILITY", "SCHOOL", "EMPLOYER"})


def _name_line(text: str, start: int, end: int, inside: Sequence[Finding]) -> bool:
    """A line that is an organisation's name: a few words with an organisation word, and
    no person in it."""
    line = text[start:end]
    return (
        _ORG_WORD.search(line) is not None
        and len(line.split()) <= ORG_LINE_WORDS
        and ":" not in line
        and not any(f.entity_type == "PERSON" for f in inside)
    )


def agency_spans(
    text: str, findings: Sequence[Finding], professional: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Offsets of the agency's own name and address (see the module docstring).

    A block counts only from its first line that names an organisation: an address line
    above it, or in a block with none, is a client's ("Home visit, 14 Elm St").
    """
    lines = _lines(text)
    blocks = [_letterhead(text, lines), _footer(text, lines)[::-1]]
    blocks.append(_signature_block(text, lines, professional, _signature_zones(text)))
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for block in blocks:
        named = False
        for line_start, line_end in block:
            inside = [
                f for f in findings
                if line_start <= f.start and f.end <= line_end and not f.is_subject
            ]  # fmt: skip
            orgs = [
                f
                for f in inside
                if f.entity_type in AGENCY_NAME_TYPES
                and _agency_name(text, f)
                and not _a_family_name(text, f, findings)
            ]
            if orgs and not _PARTY_BEFORE.search(text, line_start, orgs[0].start):
                named = True
                spans += [(f.start, f.end) for f in orgs]
                names.update(text[f.start : f.end].casefold() for f in orgs)
            elif _name_line(text, line_start, line_end, inside):
                named = True  # "BRIGHTWATER FAMILY SERVICES": nothing to keep, but it names
            addresses = [f for f in inside if f.entity_type in _ADDRESS_TYPES]
            line = text[line_start:line_end]
            if not named or not (addresses or _ADDRESS_LINE.search(line)):
                continue

            written = [(a.start, a.end) for a in addresses] + [
                m.span() for m in _ADDRESS_LINE.finditer(text, line_start, line_end)
            ]  # a street the policy keeps is not looked for: its shape says it

            def in_address(f: Finding, written: list[tuple[int, int]] = written) -> bool:
                return any(a <= f.start and f.end <= b for a, b in written)

            if any(
                f.entity_type == "PERSON" and not in_address(f) and (f.start, f.end) not in spans
                for f in inside
            ):
                continue  # a person's address, not the agency's
            spans += [
                (f.start, f.end)
                for f in inside
                if f.entity_type in _ADDRESS_TYPES or f.entity_type == "LOCATION" or in_address(f)
            ]
    for start, end in professional:  # "Meredith Oyelaran, LMFT, Cascade Counseling Center"
        line_end = _line_bounds(text, start, end)[1]
        for f in findings:
            if (
                end <= f.start < min(line_end, end + AFTER_SIGNER_CHARS)
                and f.entity_type in AGENCY_NAME_TYPES
                and _ORG_WORD.search(text, f.start, f.end)
                and _BETWEEN_SIGNER_AND_AGENCY.fullmatch(text, end, f.start)
            ):
                spans.append((f.start, f.end))
                names.add(text[f.start : f.end].casefold())
    if names:  # the agency's name again in the body
        spans += [
            (f.start, f.end)
            for f in findings
            if f.entity_type in AGENCY_NAME_TYPES and text[f.start : f.end].casefold() in names
        ]
    return spans


def find_roles(
    text: str,
    findings: Iterable[Finding],
    professionals: bool,
    agency: bool,
    memory: RoleMemory | None = None,
) -> Roles:
    """The professionals' names and the agency's own name and address in one text."""
    found = list(findings)
    pros = professional_spans(text, found, memory) if professionals or agency else []
    own = agency_spans(text, found, pros) if agency else []
    return Roles(tuple(pros) if professionals else (), tuple(own))
