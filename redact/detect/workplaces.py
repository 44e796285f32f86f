"""Workplaces and private businesses that NER reads as any organisation.

A policy that keeps organisations (a court, a protective-services report, a referral) keeps
agencies, courts and hospitals: they are the care the record is about. It removes
employers: where a client or a relative works locates them, and an abuser may be looking
for it. NER types a workplace as an ORGANIZATION like any agency, and the work cues of
`redact.detect.recognizers.employer` do not reach every layout. This module takes the
shapes they miss, as EMPLOYER:

- an e-mail signature's title line, "QA Analyst III | Vantor" under the sender's name: the
  company after the bar is where the sender works;
- a workplace in brackets after "works" ("the barbershop where Tay works (Sharp Cutz on
  Delmar Ave)");
- a workplace typed in lower case after a work cue in a message or a lower-case note ("he
  works nights at price chopper");
- a family business named for its family ("Dobrowski & Sons", "funeral home: dobrowski &
  sons"): the surname names the family;
- a shop's branch by its street ("Rx sent to Safeway Pharmacy 9th Ave", "the lady at
  target on union ave"), which `redact.detect.shop_branches` and
  `redact.detect.lower_case_places` take as a LOCATION: a private business a client works
  at, shops at or robbed is no care the recipient needs, and goes where employers go. A
  chain named alone ("prefers CVS") places no one and is left.

Care infrastructure is never taken: a name with a head word of care, government or school
("Lakeside Counseling Center", "County DHS") or one another step typed as an agency, a
facility or a school stays what it is. Only offsets leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.lower_case_places import CHAIN_STORES
from redact.detect.meaning import is_meaning
from redact.detect.org_heads import lower_case_lines
from redact.detect.wordlists import english_words, given_names, person_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "Workplace"
SCORE = 0.6

#: Words of a name that make it care, government or a school, never a workplace we remove.
CARE_WORDS = frozenset(
    {
        "hospital", "clinic", "center", "centre", "health", "healthcare", "medical",
        "services", "service", "agency", "department", "dept", "county", "court", "school",
        "schools", "university", "college", "academy", "counseling", "counselling", "therapy",
        "behavioral", "behavioural", "hospice", "shelter", "ministries", "charities",
        "foundation", "program", "programme", "office", "police", "sheriff", "state", "dhs",
        "cps", "dcfs", "dss", "hhs", "va", "house", "home", "recovery", "treatment", "rehab",
        "pediatrics", "psychiatry", "wellness", "care", "institute", "district", "city",
        "government", "commission", "board", "authority", "legal", "aid", "church", "parish",
        "elementary", "middle", "high", "preschool", "montessori", "daycare", "youth",
        "families", "housing", "collective", "coalition", "alliance", "partnership", "network",
        "project", "initiative", "mission", "outreach", "community", "society", "association",
        "council", "league", "pantry", "advocacy", "advocates", "resources", "support",
        "guardianship", "probation", "corrections", "detention", "jail", "prison",
    }
)  # fmt: skip
#: Types another step gives to care and schools: a workplace over them would remove them.
#: A legal form or a family's sons: a business, whatever its other words say.
_BUSINESS_FORM = regex.compile(
    r"(?:,?[ \t]+(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.|Ltd\.?)|[ \t](?:&|and)[ \t]+(?i:sons))"
    r"[ \t.]*$"
)
_CARE_TYPES = frozenset({"AGENCY", "HEALTHCARE_FACILITY", "SCHOOL"})

#: A signature's title line: a job title, a bar, the company ("QA Analyst III | Vantor").
_TITLE_WORD = (
    r"(?:analyst|engineer|manager|developer|specialist|associate|technician|consultant"
    r"|coordinator|director|supervisor|administrator|representative|rep|clerk|assistant"
    r"|accountant|designer|architect|lead|programmer|estimator|buyer|planner|scientist"
    r"|president|vp|owner|partner|foreman|superintendent|dispatcher|agent)"
)
_SIGNATURE = regex.compile(
    rf"^[ \t]*(?:[\p{{L}}&/.'’-]+[ \t]+){{0,4}}(?i:{_TITLE_WORD})(?:[ \t]+(?:I{{1,3}}|IV|V|\d))?"
    r"[ \t]*[|•·][ \t]*"
    r"(?P<name>(?=\p{Lu}|\d)[\p{L}\d&'’.-]+(?:[ \t]+(?:&[ \t]+)?[\p{L}\d&'’.,-]+){0,4}?)"
    r"[ \t]*$",
    regex.MULTILINE,
)
#: "where Tay works (Sharp Cutz on Delmar Ave)": the workplace in brackets.
_WORKS_BRACKETED = regex.compile(
    r"\b(?i:works|worked|working)[ \t]*\([ \t]*"
    r"(?P<name>\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+[\p{L}\d&'’.-]+){0,6}?)[ \t]*\)"
)
#: A workplace in lower case after a work cue, to the end of its clause: "works nights at
#: price chopper.", "got hired at sunny day daycare,".
_LOWER_WORK = regex.compile(
    r"\b(?:works?|working|worked|employed|hired|job)(?:[ \t]+(?:nights|days|evenings"
    r"|mornings|weekends|overnights?|part[- ]time|full[- ]time|now|still|there|again))?"
    r"[ \t]+(?:at|for)[ \t]+(?P<name>[a-z][a-z'’&-]*(?:[ \t]+[a-z][a-z'’&-]*){0,2})"
    r"(?=[ \t]*(?:[.,;:!?)]|\n|$|[ \t]+(?:on|off|in|since|and|but|so|now|for)\b))"
)
#: Words that end a lower-case workplace before it starts: "works at home", "at night".
_NOT_LOWER_WORKPLACE = frozenset(
    {
        "a", "an", "the", "my", "his", "her", "their", "our", "your", "this", "that", "it",
        "home", "night", "nights", "work", "all", "least", "most", "times", "being", "first",
        "last", "best", "school", "church", "same", "new", "old", "another", "some", "one",
        "two", "him", "them", "me", "us", "you", "there", "here", "what", "which",
        "who", "whatever", "anything", "something", "nothing", "getting", "making",
        "himself", "herself", "themselves", "myself", "yourself", "free", "cash", "tips",
    }
)  # fmt: skip
#: Relations whose place one works at is theirs, not a business's name ("works at dad's shop").
_KIN = frozenset(
    {
        "dad", "mom", "mum", "mother", "father", "uncle", "aunt", "auntie", "brother", "sister",
        "cousin", "grandma", "grandpa", "grandmother", "grandfather", "friend", "boyfriend",
        "girlfriend", "bf", "gf", "husband", "wife", "son", "daughter", "neighbor", "neighbour",
    }
)  # fmt: skip
#: A business named for its family: "Dobrowski & Sons", "kessler and sons", "Ortiz Bros.".
_FAMILY_BUSINESS = regex.compile(
    r"(?<![\p{L}\d'’-])(?P<surname>\p{L}[\p{L}'’-]{2,})[ \t]+(?:(?:&|and)[ \t]+"
    r"(?:(?i:sons?|daughters?)|Bros\.?|bros\.?|Brothers|brothers)|Bros\.|bros\.)"
    r"(?![\p{L}\d])"
)
#: A school district as someone's employer, by the post held there after it ("retired
#: hartley sd bus driver", "Orland USD cafeteria manager"): the district is where they work;
#: a district named alone (where a child studies) is left to the school recognizers.
_DISTRICT_JOB = regex.compile(
    r"(?<![\p{L}\d'’-])(?P<name>(?:\p{L}[\p{L}'’.-]*[ \t]+){1,2}?(?i:sd|isd|usd|cusd"
    r"|school[ \t]+district|public[ \t]+schools))[ \t]+(?=(?i:(?:cafeteria|food[ \t]+service"
    r"|kitchen|maintenance|transportation|front[ \t]+office|school)[ \t]+)?(?i:mgr|manager"
    r"|cook|bus[ \t]+driver|driver|custodian|janitor|secretary|aide|para(?:professional)?"
    r"|teacher|clerk|employee|worker|bookkeeper|nurse)(?![\p{L}]))"
)
#: Words before a district that are not its name.
_NOT_DISTRICT = frozenset({"retired", "former", "the", "a", "at", "for", "with", "from", "by"})
#: Sources of the branch LOCATION findings (`shop_branches`, `lower_case_places`).
#: A family business's first word more common than this as English is no surname.
MAX_SURNAME_ZIPF = 3.0
_BRANCH_SOURCES = frozenset({"ShopBranch", "LowerCasePlace"})
#: A shop named by its kind before its street: "halvey pharmacy on 9th st" as an address.
_SHOP_ON = regex.compile(
    r"(?:[\p{L}'’&-]+[ \t]+){1,3}(?i:pharmacy|drugs|market|grocery|store|supermarket|foods"
    r"|deli|bakery|salon|barbershop|barber[ \t]+shop|diner|cafe|grill|pizza|tavern|liquors?)"
    r"[ \t]+(?i:on|off)[ \t]"
)
#: A pharmacy: where the client's prescriptions are dispensed, care the recipient may need.
_PHARMACY = regex.compile(r"(?i:pharmacy|pharmacies|drugs?|drugstore|\brx\b|apothecary)")
#: A job spoken of after a chain's branch, in the same clause: "said they're hiring".
_JOB_AFTER = regex.compile(
    r"(?i:\bhiring\b|\bhired\b|applications?\b|\bapplied\b|\binterview|\bjob\b|\bshifts?\b)"
)
_CLAUSE_END = regex.compile(r"[.;!?\n]")
#: Characters after a branch a job may be spoken of in.
_JOB_REACH = 60
_CHAIN_START = regex.compile(
    r"(?:"
    + "|".join(regex.escape(c) for c in sorted(CHAIN_STORES, key=len, reverse=True))
    + r")(?![\p{L}\d])"
)


def is_care_name(name: str) -> bool:
    """Whether a name holds a word of care, government or schooling ("Lakeside
    Counseling", "Warren County DHS"), or is a term of meaning: never a workplace here."""
    if _BUSINESS_FORM.search(name):
        return False  # "Kovalenko Tree Service LLC": a business by its legal form
    words = regex.findall(r"[\p{L}]+", name.casefold())
    return any(w in CARE_WORDS for w in words) or is_meaning(name)


def _signatures(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The company after a title and a bar; never a person ("Supervisor | Raul Ortiz" in a
    table), care, or the agency whose letterhead opens the text."""
    spans = []
    opening = text.lstrip().split("\n", 1)[0].casefold()
    people = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    for match in _SIGNATURE.finditer(text):
        name = match.group("name").rstrip(" .,")
        start, end = match.start("name"), match.start("name") + len(name)
        first = name.split()[0].casefold()
        if is_care_name(name) or opening.startswith(name.casefold()) or first in given_names():
            continue
        if not any(s < end and start < e for s, e in people):
            spans.append((start, end))
    return spans


def _bracketed(text: str) -> list[tuple[int, int]]:
    return [
        m.span("name") for m in _WORKS_BRACKETED.finditer(text)
        if not is_care_name(m.group("name"))
    ]  # fmt: skip


def _lower_workplaces(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in [*caseless_spans(text), *lower_case_lines(text)]:
        for match in _LOWER_WORK.finditer(text, start, end):
            name = match.group("name")
            words = name.split()
            first = regex.sub(r"['’]s$", "", words[0])
            if words[0] in _NOT_LOWER_WORKPLACE or first in _KIN or is_care_name(name):
                continue
            if all(w in english_words() for w in words) and len(words) == 1:
                continue  # "works at walgreens" is a chain's; one English word is any word
            spans.append(match.span("name"))
    return spans


def _family_businesses(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _FAMILY_BUSINESS.finditer(text):
        surname = match.group("surname")
        folded = surname.casefold()
        if folded in person_names() or zipf(folded) < MAX_SURNAME_ZIPF:  # not "Tools & Sons"
            spans.append(match.span())
    return spans


#: An independent shop in lower case, by its name, its kind and its street: "groceries at
#: dusek's market on 9th st". Only the name and the kind are taken.
_LOWER_SHOP = regex.compile(
    r"(?<![\p{L}\d'’&-])(?P<shop>(?:[a-z][a-z'’&-]*[ \t]+){1,2}?(?:market|grocery|store|deli"
    r"|bakery|salon|barbershop|diner|cafe|grill|pizza|tavern|liquors?|hardware|tire|feed))"
    r"[ \t]+(?:on|off)[ \t]+[a-z\d]"
)
_TOKEN = regex.compile(r"\S+")
#: A word of a shop's name rarer than this as English names it ("dusek's", not "corner").
MAX_SHOP_NAME_ZIPF = 3.0


def _lower_shops(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in [*caseless_spans(text), *lower_case_lines(text)]:
        for match in _LOWER_SHOP.finditer(text, start, end):
            words = list(_TOKEN.finditer(text, match.start("shop"), match.end("shop")))
            # the name words right before the kind, rare or possessive
            named: list[regex.Match[str]] = []
            for word in reversed(words[:-1]):
                stem = regex.sub(r"['’]s$", "", word.group())
                if stem in _KIN or stem in _NOT_LOWER_WORKPLACE or is_meaning(stem):
                    break
                if stem == word.group() and zipf(stem) >= MAX_SHOP_NAME_ZIPF:
                    break
                named.insert(0, word)
            if named and any(zipf(regex.sub(r"['’]s$", "", w.group())) < MAX_SHOP_NAME_ZIPF
                             for w in named):  # fmt: skip
                spans.append((named[0].start(), match.end("shop")))
    return spans


def _district_jobs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _DISTRICT_JOB.finditer(text):
        start = match.start("name")
        for word in regex.finditer(r"\S+", match.group("name")):
            if word.group().casefold() not in _NOT_DISTRICT:
                break
            start = match.start("name") + word.end() + 1
        if start < match.end("name") and not text[start : match.end("name")].casefold().startswith(
            ("sd", "isd", "usd", "cusd", "school", "public")
        ):
            spans.append((start, match.end("name")))
    return spans


def _branches(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """A shop's branch found as a LOCATION or an address that is a private business: an
    independent shop by its street ("Dusek Market on Elm St"), or a chain's branch where
    a job is spoken of ("the lady at walmart on pueblo blvd said they're hiring"). A chain's
    branch alone is a place the client goes ("the 7-eleven on colonial til 5"), kept where
    places are kept; a pharmacy dispenses the client's care and is left."""
    spans = []
    for finding in findings:
        phrase = text[finding.start : finding.end]
        if finding.entity_type == "STREET_ADDRESS":
            if not _SHOP_ON.match(phrase):
                continue  # "halvey market on 9th st" read as an address
        elif finding.entity_type != "LOCATION" or finding.source not in _BRANCH_SOURCES:
            continue
        name = regex.split(r"[ \t]+(?:on|off)[ \t]+", phrase)[0]
        if _PHARMACY.search(name) or is_care_name(name):
            continue
        if _CHAIN_START.match(phrase.casefold()):
            clause = _CLAUSE_END.split(text[finding.end : finding.end + _JOB_REACH], 1)[0]
            if _JOB_AFTER.search(clause) is None:
                continue
        elif finding.source == "LowerCasePlace":
            continue  # a compound of place words ("parkview"): a town or a hospital
        spans.append((finding.start, finding.end))
    return spans


def workplace_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """EMPLOYER findings for workplaces and private businesses by the shapes above, except
    where another step found care, a government body or a school."""
    spans = _signatures(text, findings) + _bracketed(text) + _family_businesses(text)
    if "at" in text or "for" in text:
        spans += _lower_workplaces(text)
    if " on " in text or " off " in text:
        spans += _lower_shops(text)
    spans += _branches(text, findings)
    care = [(f.start, f.end) for f in findings if f.entity_type in _CARE_TYPES]
    spans = [(s, e) for s, e in spans if not any(cs < e and s < ce for cs, ce in care)]
    spans += _district_jobs(text)  # the post held there makes the school district a workplace
    unique = list(dict.fromkeys(spans))
    return [
        Finding(s, e, "EMPLOYER", SCORE, source=SOURCE)
        for s, e in unique
        if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in unique)
    ]


__all__ = ["CARE_WORDS", "is_care_name", "workplace_findings"]
