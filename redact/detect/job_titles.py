"""Credentials and job titles are meaning: a name or an agency loses them, they stay.

A record's recipient needs to know that the worker was an "LSW" and a "Caseworker II",
the therapist an "MA, LMFT, Licensed Marriage and Family Therapist": the credential tells
what the person could assess, and it does not identify them once their name is gone. Yet
the detectors run names and agencies over them: NER reads "Dwight Roe, MSW" as one person,
"MA" of "Jane Roe, MA, LMFT" as another, "Family" of "Marriage and Family Therapist" as a
surname; strict mode reads "LGSW" as an organisation; the institution pattern grows "APS
Caseworker II" and "Adult Protective Services Caseworker II" into agencies; the person-shape
step takes a signature's title line "Foster Care Caseworker" for a name, and propagation
then removes "Foster Care" everywhere.

So every name-like or organisation finding loses the characters of:

- a credential written the way credentials are (case as written: "MSW", "LGSW", "PsyD");
  the ambiguous ones ("MA", "MS", "DO", "PA" are also states and words) only beside an
  unambiguous one in a run ("MA, LMFT");
- a job title: a head word ("caseworker", "case manager", "therapist", "supervisee"),
  the qualifiers that make it a trade ("Licensed Marriage and Family", "Foster Care",
  "attending", "nurse") and a grade ("II", "3"); or a role written short ("PCP", "GAL").

A relation word that leads a name finding ("Grandson Jaxon Roe", "Ex-boyfriend Dario Roe")
is cut off it too: it says who the person is to the client, and the recipient needs that.

What is left of a finding stays with its type ("[PERSON], MSW", "[AGENCY] Caseworker II").
The subject's own mentions are never cut. An occupation that the demographic recognizer
found ("her mother is a nurse" in a post) is a fact about a private person and stays found,
unless the title is written as a professional's: at the start of a line or a table cell,
after a credential or a name and a comma ("T. Roe, MD, attending psychiatrist", "Sam Roe,
Peer Recovery Specialist"), as a role in someone's care
("the case manager", "via psychiatrist"), or as a title of office before a name ("Case
Manager Lee Poe").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex as re

from redact.detect.office_titles import keep_office_titles
from redact.detect.spans import Spans, cut_out
from redact.findings import Finding

#: Credentials that are nothing else (case as written).
_UNAMBIGUOUS = (
    r"LCSW(?:-[A-Z])?|LICSW|LMSW|LGSW|LSW|LCMHC|LISW(?:-S)?|LCSW-C|ACSW|MSW|BSW|DSW|LMFT"
    r"|LMHC|LPCC?|LCPC|LPC-S|LPN|LVN|RN|BSN|MSN|APRN|FNP(?:-[A-Z]+)?|PMHNP(?:-BC)?|PA-C"
    r"|MD|PhD|PsyD|EdD|MPH|MEd|M\.Ed|LCADC|CADC|CASAC|LADC|LCDC|LICDC|CSAC|BCBA|LSSP|NCSP"
    r"|CCM|QMHP|CMHC|OTR/?L|DPT|CCC-SLP|CSW|CPRS|CHW|LMSW-C|MFT|NCC|CRC|CNA|STNA|SUDP|QIDP"
    # each state's licences by their shape: "L" and up to three letters before the kind
    # (social work LSCSW, LBSW; counselling LCMHCA, LIMHP; family therapy LCMFT, LAMFT;
    # addictions LCAS, LCADC)
    r"|L[A-Z]{0,3}SW|L[A-Z]{0,3}(?:MFT|PCC?|MHC|MHP|CAS|ADC|CDC)A?"
    r"|QDDP|DSP|CMT|CESP|BCaBA|RBT|EMT-P"
)
#: Credentials that are also states, words or other abbreviations ("Springfield, MA").
_AMBIGUOUS = r"MA|MS|DO|PA|NP|JD|Esq"
_EDGE_BEFORE = r"(?<![\w-])"
_EDGE_AFTER = r"\.?(?![\w-])"
#: A state's variant of a licence: "LISW-CP", "LCSW-R", "LPC-MH", "LMFT-A".
_VARIANT = r"(?:-[A-Z]{1,3})?"
_CREDENTIAL = re.compile(rf"{_EDGE_BEFORE}(?:{_UNAMBIGUOUS}){_VARIANT}{_EDGE_AFTER}")
_RUN_SEPARATOR = r"[ \t]*[,/][ \t]*"
#: An ambiguous credential right before or after an unambiguous one in a run.
_AMBIGUOUS_IN_RUN = re.compile(
    rf"{_EDGE_BEFORE}(?:{_AMBIGUOUS}){_EDGE_AFTER}(?={_RUN_SEPARATOR}(?:{_UNAMBIGUOUS})(?![\w-]))"
    rf"|(?<=(?<![\w-])(?:{_UNAMBIGUOUS})\.?{_RUN_SEPARATOR})(?:{_AMBIGUOUS}){_EDGE_AFTER}"
)

#: Words that make a job title a trade: "Licensed Marriage and Family Therapist".
_QUALIFIER = (
    r"licensed|certified|registered|senior|sr\.?|lead|clinical|assistant|associate|attending"
    r"|staff|marriage[ \t]+and[ \t]+family|family|foster[ \t]+care|kinship|adoptions?|intake"
    r"|ongoing|permanency|school|medical|mental[ \t]+health|behavioral[ \t]+health"
    r"|substance[ \t]+(?:use|abuse)|addictions?|peer|recovery|youth|child|children['’]s"
    r"|home[ \t-]+based|in[ \t-]+home|community|outreach|crisis|court|hospice|bilingual"
    r"|nurse|psychiatric|pediatric|geriatric|case|care|support|program|investigative"
    r"|placement|treatment|resource|independent[ \t]+living|transition|professional"
    r"|speech[ \t-]+language|occupational|physical|respiratory|home[ \t]+health"
    r"|vocational(?:[ \t]+rehabilitation)?|vr|rehabilitation|benefits"
    # the service a worker gives, and a school's programme a teacher teaches in (not
    # "employment", "housing": "Employment manager" is a firm's trade, a private person's)
    r"|protection|protective|re-?entry|eligibility|victim|special[ \t]+education|esl|esol"
    r"|ell|classroom|homeroom"
)
#: Head words of a job title.
_HEAD = (
    r"case[ \t]*workers?|case[ \t]*managers?|care[ \t]+(?:coordinator|manager)s?"
    r"|social[ \t]+workers?|therapists?|clinicians?|counsell?ors?|psychiatrists?"
    r"|psychologists?|physicians?|supervis(?:or|ee)s?|coordinators?|advocates?|investigators?"
    r"|specialists?|navigators?|liaisons?|interpreters?|probation[ \t]+officers?"
    r"|parole[ \t]+officers?|(?:probation|parole)[ \t]+agents?|nurse[ \t]+practitioners?"
    r"|nurses|interns?|trainees?"
    r"|pathologists?|psychometrists?|audiologists?"
    r"|(?:administrative[ \t]+law|workers['’]?[ \t]+comp(?:ensation)?|immigration)[ \t]+judges?"
    r"|(?:vocational|medical)[ \t]+experts?"
    # the lawyers of a court's parties: "Deputy County Attorney", "Assistant Public
    # Defender", "court-appointed attorney" (a role, whoever holds it; never a surname);
    # "Pima County Attorney" and "Hamilton County Public Defender" alone are offices, whose
    # names go where the policy removes agencies
    r"|court[ \t-]+appointed[ \t]+attorneys?|prosecutors?"
    r"|(?:assistant|deputy|chief)[ \t]+(?:(?:district|county|city|state['’]?s?)[ \t]+attorneys?"
    r"|public[ \t]+defenders?|attorneys?[ \t]+general)"
)
#: "Director of Foster Care", "Supervisor of Clinical Services": a head of a trade.
_OF_A_TRADE = (
    rf"(?:director|manager|coordinator|supervisor)[ \t]+of[ \t]+(?:{_QUALIFIER})"
    rf"(?:[ \t]+(?:{_QUALIFIER}|services|programs?))*"
)
#: Roles written short, as written: "PCP Dr. Roe", "GAL Dana Roe".
_ROLE_ABBREVIATION = r"PCP|GAL|CASA|JPO"
#: "worker" and "nurse" are titles after a qualifier only ("Family Support Worker").
_QUALIFIED_HEAD = r"workers?|nurse|aides?|manager|director|teachers?"
_GRADE = r"(?:[ \t]+(?:I{1,3}|IV|V|[1-4]))?(?![\w-])"
#: Every alternative of a title starts with a letter of a-z (in any case, as the pattern
#: reads case: "\u212a" for "k" too): looked ahead for first, the long alternation is
#: tried only at words that start with one, which makes the scan about a third faster.
_LETTER_FIRST = r"(?=(?i:[a-z]))"
_TITLE = re.compile(
    rf"(?<![\w-]){_LETTER_FIRST}(?:(?i:(?:(?:{_QUALIFIER})[ \t]+)*(?:{_HEAD})"
    rf"|(?:(?:{_QUALIFIER})[ \t]+)+(?:{_QUALIFIED_HEAD})|{_OF_A_TRADE}){_GRADE}"
    rf"|(?:{_ROLE_ABBREVIATION})(?![\w-]))"
)
#: Where a title is written as a professional's: the start of a line or a table cell,
#: after a credential and a comma, or a role in someone's care ("the case manager", "via
#: psychiatrist", "her therapist", also with the programme or agency that employs them
#: written short between: "the SSVF case manager", "her CPS caseworker"), or at a
#: sentence start, where a note names who did what ("Speech-Language Pathologist provides
#: 30 min weekly"); "is a nurse" is an occupation.
_PROFESSIONAL_BEFORE = re.compile(
    rf"(?:^|\t|[.;!?·|][ \t]|(?<![\w-])(?:{_UNAMBIGUOUS}|{_AMBIGUOUS})\.?[ \t]*,"
    r"|\b(?i:the|our|your|my|his|her|their|via|by|with|from|to)[ \t])"
    # the unit or programme the title belongs to, written short: "NICU Social Worker" on a
    # signature line, "LMSW, PRS case manager", "the ELL teacher"
    r"(?:[ \t]*\p{Lu}[\p{Lu}\d&-]{1,9}[ \t])?[ \t]*$",
    re.MULTILINE,
)
#: A name right after a title of office: "Case Manager Lee Poe", "Caseworker T. Bright".
_NAME_AFTER = re.compile(
    r"[ \t]+\p{Lu}[\p{Ll}'’-]*\.?[ \t]+(?:(?:de|del|della|di|da|dos|du|la|le|van|von)[ \t]+)?\p{Lu}"
)

#: A relation word that leads a name finding ("Grandson Jaxon Roe", "Ex-boyfriend Dario
#: Roe", "Great-aunt Loretta Roe", a chart's "SPOUSE HAROLD", "DTR JOANNE ROE", "Son-in-law
#: Dale Roe"): who the person is to the client, never their name. A bare "Son" is a given
#: name ("Son Tran"), so only "Grandson" and "Stepson" count.
_RELATION_LEAD = re.compile(
    r"(?i:(?:ex|step|half|great|great[ \t-]+great)[ \t-]*)*(?i:grand)?"
    r"(?i:(?<=grand|step)sons?|daughters?|child|children|kids?|nephews?|nieces?|cousins?|brothers?|sisters?"
    r"|siblings?|husband|wife|boyfriend|girlfriend|partner|fianc[eé]e?|mother|father|mom"
    r"|dad|aunt|uncle|parents?|stepparent|spouse|dtr|dau|husb"
    r"|sons?(?=[ \t-]+in[ \t-]+law))(?:[ \t-]+in[ \t-]+law)?"
    r"(?=[ \t]+\p{Lu})"
)

#: Types that a credential or title is cut off.
CUT_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP", "AGENCY", "EMPLOYER"})
#: Occupations in a post are demographics of a private person (`DemographicRecognizer`).
DEMOGRAPHIC_SOURCE = "DemographicRecognizer"


def credential_spans(text: str) -> list[tuple[int, int]]:
    """Every credential in `text`: the unambiguous ones, the ambiguous ones in a run, and
    those the text shows to be credentials by where it writes them (`titled_credentials`)."""
    return list(_credential_spans(text))


@lru_cache(maxsize=2)
def _credential_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`credential_spans`, remembered for the last texts: `keep_titles` runs twice on each
    text, and the credential lists, scanned over the whole text, cost as much as the titles."""
    spans = [m.span() for m in _CREDENTIAL.finditer(text)]
    spans += [m.span() for m in _AMBIGUOUS_IN_RUN.finditer(text)]
    for acronym in titled_credentials(text):
        after_comma = re.compile(rf"(?<=,[ \t]*){re.escape(acronym)}(?![\w-])")
        spans += [m.span() for m in after_comma.finditer(text)]
    return tuple(spans)


#: An acronym written after a name and a comma: a credential or an agency ("Dana Roe, CRPS").
_ACRONYM = r"(?P<acronym>\p{Lu}{2,6})(?![\w-])"
#: "CRPS, peer specialist": the acronym right before a title.
_ACRONYM_BEFORE_TITLE = re.compile(rf"(?<=,[ \t]*){_ACRONYM}[ \t]*,[ \t]*$")
#: "peer specialist Dana Roe, CRPS": a title, one to four words of a name, the acronym.
_NAME_THEN_ACRONYM = re.compile(
    rf"[ \t]+(?:\p{{Lu}}[\p{{L}}'’.-]*[ \t]+){{0,3}}\p{{Lu}}[\p{{L}}'’-]*[ \t]*,[ \t]*{_ACRONYM}"
)
_TITLE_WORD = re.compile(r"[^\W\d_]+")


def _abbreviates(acronym: str, title: str) -> bool:
    """Whether the initials of a title's words are, in order, letters of the acronym, the
    head's initial last: "CRPS" (Certified Recovery Peer Specialist) for "peer
    specialist", "CADC" for "addiction counselor"; not "DCFS" for "case manager"."""
    initials = [w[0].upper() for w in _TITLE_WORD.findall(title)]
    if not initials or acronym[-1] != initials[-1]:
        return False
    letters = iter(acronym)
    return all(initial in letters for initial in initials)


@lru_cache(maxsize=2)
def titled_credentials(text: str) -> frozenset[str]:
    """Acronyms `text` writes after a name and a comma, beside a job title they abbreviate:
    "Dana Roe, CRPS, peer specialist", "peer specialist Dana Roe, CRPS". A state's
    credential no list holds is a credential by that; an agency's acronym abbreviates no
    title of its worker ("Dana Roe, DCFS, case manager")."""
    found: set[str] = set()
    for start, end in _title_spans(text):
        title = text[start:end]
        before = _ACRONYM_BEFORE_TITLE.search(text, max(0, start - 16), start)
        if before is not None and _abbreviates(before.group("acronym"), title):
            found.add(before.group("acronym"))
        after = _NAME_THEN_ACRONYM.match(text, end)
        if after is not None and _abbreviates(after.group("acronym"), title):
            found.add(after.group("acronym"))
    return frozenset(found)


def title_spans(text: str) -> list[tuple[int, int]]:
    """Every job title in `text` ("APS Caseworker II" gives "Caseworker II")."""
    return list(_title_spans(text))


@lru_cache(maxsize=2)
def _title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`title_spans`, remembered for the last texts: `keep_titles` runs twice on each text
    (before and after the steps that add names), and the title pattern, tried at every
    word, is most of its cost."""
    return tuple(m.span() for m in _TITLE.finditer(text))


def _professional(text: str, start: int, end: int) -> bool:
    """True when the title at text[start:end] is written as a professional's (see
    `_PROFESSIONAL_BEFORE`), or as a title of office before a name ("Case Manager Lee Poe")."""
    if _NAME_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _PROFESSIONAL_BEFORE.search(text[max(line_start, start - 80) : start]) is not None


def _after_a_name(text: str, start: int, name_ends: set[int]) -> bool:
    """True when a name finding and a comma stand right before `start` ("Sam Roe, Peer
    Recovery Specialist")."""
    position = start
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    if position == 0 or text[position - 1] != ",":
        return False
    position -= 1
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position in name_ends


def keep_titles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with every name-like or organisation finding cut off the credentials and
    job titles in `text` (see the module docstring)."""
    credentials = credential_spans(text)
    titles = title_spans(text)
    everywhere = Spans(credentials + titles)
    name_ends = {f.end for f in findings if f.entity_type == "PERSON"}
    credential_ends = {end for _, end in credentials}
    written_as_professional = Spans(
        credentials
        + [
            span
            for span in titles
            if _professional(text, *span)
            or _after_a_name(text, span[0], name_ends | credential_ends)
        ]
    )
    kept: list[Finding] = []
    for finding in findings:
        if finding.entity_type not in CUT_TYPES or finding.is_subject:
            kept.append(finding)
            continue
        if finding.source == DEMOGRAPHIC_SOURCE:  # the job was the finding: nothing is left
            if not written_as_professional.touching(finding):
                kept.append(finding)
            continue
        touching = everywhere.touching(finding)
        lead = _RELATION_LEAD.match(text, finding.start, finding.end)
        if lead is not None and finding.entity_type == "PERSON":
            touching = sorted([*touching, lead.span()])
        kept += cut_out(text, finding, touching) if touching else [finding]
    return keep_office_titles(text, kept)  # "Area Coordinator", "Dean of Students"


#: An agency's acronym before a title in a cell: "CPS Caseworker II".
_AGENCY_ACRONYM = re.compile(r"(?:CPS|APS|DCF|DCFS|DSS|DHS|DCS|ACS|OCFS|DFPS|DCYF)[ \t]+")
#: Who wrote a note when no person did: a desk, a system, a team ("front desk", "billing").
_DESK = re.compile(
    r"(?i:front[ \t]+desk|reception(?:ist)?|admin(?:istrator|istrative[ \t]+staff)?"
    r"|office[ \t]+staff|billing|scheduling|scheduler|records|medical[ \t]+records"
    r"|intake|on[ \t-]*call|after[ \t-]*hours|system|staff|team|unknown|n/?a)"
)


def is_role(value: str) -> bool:
    """True when `value` (a table cell) is a role and no name: a job title ("Case Manager",
    "CPS Caseworker II"), a credential alone ("LCSW") or a desk ("front desk")."""
    stripped = value.strip()
    if not stripped:
        return False
    if _DESK.fullmatch(stripped) or _CREDENTIAL.fullmatch(stripped):
        return True
    title = _TITLE.search(stripped)
    return (
        title is not None
        and title.end() == len(stripped)
        and (
            title.start() == 0 or _AGENCY_ACRONYM.fullmatch(stripped, 0, title.start()) is not None
        )
    )
