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
- a named person who is not the subject: "Pratt has an open warrant";
- someone a third party speaks about: "dre's mom said he got sent to juvie".

Kept: the subject's own legal matter ("Respondent was adjudicated...", "Derek was placed on
probation"), denials ("no criminal history"), and the ordinary family facts a court needs
(who lives in the home, custody, contact). A fact that mostly belongs to adults (a prior
felony, a DWI, a warrant, deportation) is withheld with any third party before it in the
clause ("Mother reports he has a prior DWI"); one a juvenile subject may well hold himself
(probation, arrest, placement, a hospital stay) only when the third party is its holder.

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
from dataclasses import dataclass

from redact.folded import FoldedPattern
from redact.topics import group_roster
from redact.topics.base import CONTINUATION, NO_CONTEXT, TopicContext, words

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
    r"(?-i:DWIs?|DUIs?|OWIs?|OUIs?)|drunk driving|gambling (?:problem|addiction|debts?)",
    r"(?:in|to|out of|from|released from|got out of) (?:prison|the penitentiary|state jail"
    r"|federal (?:prison|custody)|(?-i:TDCJ|DOC|BOP))",
    r"incarcerat\w+|locked up|served (?:time|\d+ (?:months|years))|doing time|on parole|paroled"
    r"|parole (?:officer|violation|board)|sex offender|registered offender",
    r"deport\w*|undocumented|(?:immigration|(?-i:ICE)) (?:status|holds?|detention|custody|cases?"
    r"|court|proceedings|raids?)|detained by (?-i:ICE)|no (?:legal )?papers|overst(?:ay|ayed)"
    r" (?:a |her |his |their )?visa",
    r"(?:(?-i:CPS|DFPS|DCFS|ACS|APS|EPS)|child protective services|child welfare"
    r"|(?:adult|elder) protective services) (?:history|cases?|involvement|investigations?"
    r"|removals?|records?)",
    r"(?:kids|children) (?:were |was |got )?removed|(?:parental )?rights (?:were )?terminated"
    r"|(?-i:TPR)",
    r"gang (?:members?|affiliat\w+|involvement|ties)",
    r"(?:drinks|drinking|uses|using|used|smokes|smoking) (?:heavily|a lot|daily|every day"
    r"|meth|heroin|crack|cocaine|fentanyl|pills|drugs)|addict(?:ed)?|alcoholic|overdos\w*"
    r"|in rehab",
)

#: Facts a juvenile subject may hold himself: withheld only with a third party as holder.
ANY_RECORD = (
    r"arrested|charged with|(?:pending|new|assault|drug) charges|(?:on|off) probation"
    r"|probation (?:officer|violation)",
    r"(?:sent|went|placed|locked) (?:to|in|into|up in) (?:placement|juvie|detention"
    r"|residential|boot camp|(?-i:TJJD|TYC|DJJ))|(?:in|out of) (?:placement|juvie|detention)",
    r"(?:in|to|out of) jail|jail time|picked up by (?:the )?(?:police|cops)",
    r"hospitali[sz]\w+|psych(?:iatric)? (?:hospital|unit|ward|admission)|(?:suicide|overdose)"
    r" attempts?|attempted suicide|self-harm\w*|cutting (?:herself|himself|themselves|again"
    r"|on (?:her|his|their))|(?:cuts|scratches|scars) on (?:her|his|their) (?:arms?|forearms?"
    r"|wrists?|thighs?|legs?)",
    r"(?:placed|put|went|is|was|been) in(?:to)? foster care|(?:in|to) (?:a )?group home",
    r"diagnosed with|cancer|chemo\w*|dialysis|schizophreni\w+|bipolar|dementia|terminal(?:ly)? ill"
    r"|on disability|mental illness|seizures",
)

#: Who, besides the subject, a record speaks of by role.
_ROLE = (
    r"(?:(?:step|half|ex|god|great)[- ]?)?(?:father|dad|daddy|mother|mom|mommy|momma|mama|parent"
    r"|brother|sister|sibling|son|daughter|uncle|aunt|auntie|tia|tio|cousin|nephew|niece"
    r"|grandfather|grandmother|grandpa|grandma|granny|nana|papa|abuela|abuelo|husband|wife"
    r"|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|spouse|paramour|roommate|neighbou?r"
    r"|friend|best friend|bestie|classmate|co-?respondent|co-?defendant|relative|family member"
    r"|baby'?s (?:father|daddy|mother|mama)|baby daddy|baby mama)"
)
_POSSESSOR = r"(?:(?:[\w-]+(?:'s|s'|’s)?|the|her|his|their|my|your)\s+)?"
_APPOSITIVE = r"(?:\s*,\s*[^,;:!?]{1,40},|\s*\([^)]{1,40}\)|(?:\s+(?-i:[A-Z][\w'’-]*)){1,2})?"
_LINK = (
    r"(?:\s+(?:also|still|just|now|once|again|reportedly|recently|currently|previously|allegedly"
    r"|apparently|probably|possibly|finally|actually|already|really|usually"
    r"|has|had|have|is|was|were|got|gets|been|being|with|went|who|has been|had been))+"
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
_CUE = re.compile(rf"(?<!\w)(?:(?P<adult>{_ADULT})|(?P<any>{_ANY}))(?!\w)", re.IGNORECASE)
_CUE_FOLDED = FoldedPattern(_CUE.pattern, re.IGNORECASE)
_ROLE_LABEL = re.compile(
    rf"^[\W\d]*(?:(?:[\w-]+(?:'s|’s)?\s+)?{_ROLE}|other adults?(?: in the home)?|household"
    rf" members?|other)\s*(?:\([^)]{{0,30}}\))?\s*:",
    re.IGNORECASE,
)
#: "her stepdad hit her mom again and has been in jail": a second predicate of the same
#: holder, so long as no other subject ("he", "she") opens in between.
_AND_ALSO = r"(?:(?:(?!\b(?:he|she|they|i|we)\b)[^,;.!?]){0,60}?\s+and)?"
_ROLE_HOLDER = re.compile(
    rf"(?<!\w){_POSSESSOR}{_ROLE}(?!\w){_APPOSITIVE}{_AND_ALSO}{_LINK}{_FILL}\s*$", re.IGNORECASE
)
_ROLE_ANYWHERE = re.compile(rf"(?<!\w){_ROLE}(?!\w)", re.IGNORECASE)
_NAME_HOLDER = re.compile(
    rf"(?<![\w'’])(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){_APPOSITIVE}{_LINK}{_FILL}\s*$"
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

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """True when a history cue in the sentence belongs to a third party."""
        if not _CUE_FOLDED.search(sentence):
            return False
        text = BLOCKERS.sub(lambda m: " " * len(m.group(0)), sentence)
        subject = _words_of(context.subject_names)
        labelled = bool(_ROLE_LABEL.match(text))
        return any(labelled or _held_by_other(text, c, subject) for c in _CUE.finditer(text))

    def continues(
        self, sentence: str, context: TopicContext = NO_CONTEXT, same_item: bool = False
    ) -> bool:
        """Only the usual openers ("He also...", "This...") carry the passage on."""
        return bool(CONTINUATION.search(sentence))

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """Each sentence is judged alone (with its line's label): the context is unchanged."""
        return context

    def may_appear_in(self, text: str) -> bool:
        """Whether any history cue occurs at all: most notes are settled by one scan."""
        return _CUE_FOLDED.search(text)


def _held_by_other(text: str, cue: re.Match[str], subject: frozenset[str]) -> bool:
    """Whether the clause before `cue` makes a third party its holder."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, cue.start())]
    clause = text[breaks[-1] if breaks else 0 : cue.start()]
    if _ROLE_HOLDER.search(clause):
        return True
    spoken = _SPOKEN_OF.search(clause)
    if spoken and spoken.group("who").lower() not in subject | _PRONOUNS | _SUBJECT_ROLES:
        return True
    named = _NAME_HOLDER.search(clause)
    if named and _is_other_name(named.group("name"), subject):
        return True
    before = text[: cue.start()]
    return cue.group("adult") is not None and bool(_ROLE_ANYWHERE.search(before))


def _is_other_name(name: str, subject: frozenset[str]) -> bool:
    """A holder word that is a person other than the subject: not a pronoun nor a role."""
    tokens = [t.strip(".,'’").lower() for t in name.split()]
    if not tokens or any(t in _PRONOUNS or t in _SUBJECT_ROLES for t in tokens):
        return False
    if any(t in subject for t in tokens):
        return False
    lowered = name[:1].islower()
    return not lowered or len(tokens) == 1


TOPIC = ThirdPartyHistory()
