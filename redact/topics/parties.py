"""Who is who in a domestic-violence or protection-order record, read from the whole text.

A sentence of a DV record rarely names the holder of the fact it gives: "He has a felony
warrant out of Pueblo County", "The respondent has a prior conviction for assault",
"Prior domestic violence conviction 2017." Whose fact it is follows from three things the
text says elsewhere, and that `read_parties` reads once per text:

- the subject's pronoun: "Pronouns: she/her", "Ms. Solberg", "Yesenia reports she...";
  a pronoun of the other gender is then never the subject ("he" in a record about a woman);
- whether "the respondent" is the subject: in a protection-order petition the petitioner
  is the client and the respondent the other party; in a juvenile or criminal case, or in a
  batterer-intervention programme's letter, the respondent is the subject himself. A
  caption decides when there is one (the name above "Respondent." is, or is not, the
  subject's; the subject is the petitioner); otherwise a text about a protection order
  written from the victim's side, and telling of no case of the subject's own, takes the
  respondent for the other party. A criminal caption's defendant is read as its respondent;
- whether the text is written from the victim's side (a shelter, an advocate, a danger
  assessment, a protection order), and not from a perpetrator programme's: there acts of
  violence and weapons are read as facts, and, unless the text tells of a court case of the
  subject's own (a diversion, an offence, a plea), a criminal record, a warrant or a weapon
  written without any holder ("Prior DV assault conviction 2016.", "Weapons: a handgun in
  the truck") is the abuser's. ("Safety plan" alone is no sign: mental-health notes keep
  one for suicide risk.)

Only booleans and a pronoun are kept: nothing of the text is stored or logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.folded import FoldedPattern, fold
from redact.topics.base import words


@dataclass(frozen=True)
class Parties:
    """What a DV record says about who is who; see the module docstring."""

    #: "he" or "she": how the text refers to the subject; None when it does not say clearly.
    subject_pronoun: str | None = None
    #: "The respondent" is the other party, not the subject.
    respondent_other: bool = False
    #: The text is written from the victim's side of domestic violence.
    victim_side: bool = False
    #: ... and tells of no court case of the subject's own (a diversion, an offence): a
    #: criminal record or a weapon written without a holder is the abuser's.
    unnamed_is_abusers: bool = False

    @property
    def reads_arms(self) -> bool:
        """Whether weapons are read as third parties' facts: in a victim's record, or one
        where the respondent is the other party."""
        return self.victim_side or self.respondent_other


NOBODY = Parties()

#: The other gender's pronouns: never the subject's.
OTHER_FORMS = {
    "she": frozenset({"he", "him", "his", "himself"}),
    "he": frozenset({"she", "her", "hers", "herself"}),
    # the subject writes the record herself ("I, Margit Solberg, declare"): "he" and "she"
    # are both someone else
    "i": frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"}),
}

_DV = words(
    r"domestic violence|dv|ipv|dvpo|tpo|pfa|intimate partner violence|dating violence",
    r"(?:civil |temporary |emergency |ex parte )?(?:protection|protective|restraining"
    r"|no[- ]contact) orders?|orders? (?:of|for) protection|petition for (?:an? )?protection",
    r"danger assessment|lethality|abusers?|strangl\w+|battered",
)
#: The subject's own case before a court: then a record written without a holder may be hers.
_OFFENDER = words(
    r"diversion|juvenile probation|probation (?:officer|counsel(?:l?or))|jpc|jpo|jppo"
    r"|offen[cs]es?|adjudicat\w+|delinquen\w+|charged with|arraign\w+|disposition|plea"
    r"|(?:the )?defendant"
)
_PERPETRATOR = words(
    r"batterers?'?s?'? intervention|abuser intervention|bip|bipp|dvip|advip",
    r"(?:domestic violence|DV|perpetrator|offender) (?:intervention|treatment|accountability)"
    r"(?: program\w*| group| class\w*)?|anger management|accountability (?:program|group)",
)
_DV_FOLDED = FoldedPattern(_DV.pattern, _DV.flags)
_PERPETRATOR_FOLDED = FoldedPattern(_PERPETRATOR.pattern, _PERPETRATOR.flags)
_OFFENDER_FOLDED = FoldedPattern(_OFFENDER.pattern, _OFFENDER.flags)
#: (Abbreviations are matched in any case, so that one scan of the lower-cased text does.)
_PO_CONTEXT = words(
    r"(?:civil |temporary |emergency |ex parte |domestic violence )?(?:protection|protective"
    r"|restraining) orders?|orders? (?:of|for) protection|dvpo|tpo|pfa|cpo"
    r"|petition for (?:an? )?(?:civil )?protection"
)
_PO_FOLDED = FoldedPattern(_PO_CONTEXT.pattern, _PO_CONTEXT.flags)
_RESPONDENT_WORD = re.compile(r"respondent|defendant", re.IGNORECASE)
_PARTY_WORD = re.compile(r"petitioner|respondent|plaintiff|defendant", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|me|my)(?![\w'’])")
#: A caption's party line: "Petitioner," / "Respondent." alone, or after the name.
_CAPTION_ROLE = re.compile(
    r"(?m)(?:^[ \t]*|,[ \t]*)(?P<role>Petitioner|Respondent|Plaintiff|Defendant|PETITIONER"
    r"|RESPONDENT|PLAINTIFF|DEFENDANT)s?[ \t]*[.,]?"
    r"(?=[ \t]{2,}|[ \t]*$)"
)
_PARTY_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<role>Petitioner|Respondent|Plaintiff|Defendant)(?:'s name)?[ \t]*:[ \t]*"
    r"(?P<name>[^\n]{1,60})",
    re.IGNORECASE,
)
_COLUMN = re.compile(r"[ \t]{3,}")
_DECLARED = re.compile(r"\bpronouns?\s*[:=-]?\s*(?P<p>she|he)\s*/", re.IGNORECASE)
#: "(she/her)" after a name, "Sex: F" on the subject's line.
_BRACKETED = re.compile(r"\((?P<p>she|he)/(?:her|him)\)", re.IGNORECASE)
_SEX = re.compile(r"\b(?:sex|gender)\s*:\s*(?P<s>f|female|m|male)\b", re.IGNORECASE)
_TITLED = re.compile(r"\b(?P<t>Mr|Ms|Mrs|Miss)\.?\s+(?P<name>[A-Z][\w'’-]+)")
_NOMINATIVE = re.compile(r"\b(?P<p>[Ss]he|[Hh]e)\b")
_FEMALE_TITLES = frozenset({"ms", "mrs", "miss"})
#: Between the subject's name and a pronoun: a possessive, a person by role, or a name.
_SOMEONE_ELSE = re.compile(
    r"^(?:'s|’s)|(?i:\b(?:mother|mom|mum|father|dad|sister|brother|sibling|boyfriend|girlfriend"
    r"|partner|husband|wife|son|daughter|aunt|uncle|grand\w+|cousin|friend|teacher|worker"
    r"|officer|counselor|therapist|respondent|petitioner|ex|parent|step\w+)\b)"
    r"|(?<=\s)[A-Z][a-z]"
)
_STOP = re.compile(r"[.!?](?:\s+(?=\S))|\n")
#: The subject's first mentions are enough to tell her pronoun (a long record names her often).
_MAX_MENTIONS = 30
#: Votes needed for a pronoun, and how much the other side may have.
_MIN_VOTES = 2
_MARGIN = 3


def _caption_names(text: str, end: int) -> str:
    """The name a caption's party line stands under: the line's text before the role, or
    the first column of up to two non-empty lines above it."""
    line_start = text.rfind("\n", 0, end) + 1
    same = text[line_start:end].strip(" \t,")
    if any(c.isalpha() for c in same):
        return same
    above: list[str] = []
    cursor = line_start - 1
    while cursor > 0 and len(above) < 2:
        start = text.rfind("\n", 0, cursor) + 1
        line = _COLUMN.split(text[start:cursor].strip())[0]
        if line:
            above.append(line)
        elif above:
            break
        cursor = start - 1
    return " ".join(reversed(above))


def _names_subject(name: str, subject: frozenset[str]) -> bool:
    tokens = {t.strip(".,'’\"()").lower() for t in name.split()}
    return bool(tokens & subject)


@dataclass(frozen=True)
class _Caption:
    """What a caption or party labels say: whether there is one, and whom they name."""

    found: bool = False
    petitioner_subject: bool = False
    respondent_subject: bool = False
    respondent_other: bool = False


def _read_caption(text: str, subject: frozenset[str]) -> _Caption:
    """The caption's parties ("NAME, Petitioner," / "Respondent: NAME"), if any."""
    if not _PARTY_WORD.search(text):
        return _Caption()
    petitioner = respondent = named_other = found = False
    for role, name in (
        *((m.group("role"), _caption_names(text, m.start())) for m in _CAPTION_ROLE.finditer(text)),
        *((m.group("role"), m.group("name")) for m in _PARTY_LABEL.finditer(text)),
    ):
        found = True
        is_subject = _names_subject(name, subject)
        if role.lower() in ("respondent", "defendant"):
            respondent = respondent or is_subject
            named_other = named_other or (not is_subject and any(c.isalpha() for c in name))
        else:
            petitioner = petitioner or is_subject
    return _Caption(found, petitioner, respondent, named_other)


def _respondent_other(text: str, caption: _Caption, unnamed_is_abusers: bool) -> bool:
    """Whether "the respondent" (or a caption's defendant) is someone other than the
    subject (see module). Without a caption, only in a victim's record telling of no case
    of the subject's own: a youth in juvenile court is "the respondent" too."""
    if caption.respondent_subject or not _RESPONDENT_WORD.search(text):
        return False
    if caption.found:
        return caption.petitioner_subject or caption.respondent_other
    return unnamed_is_abusers and _PO_FOLDED.search(text)


#: The subject speaks in the first person: "I, Margit A. Solberg, declare:".
_DECLARANT = re.compile(
    r"(?m)^[ \t]*I,[ \t]+(?P<name>[^,\n]{2,60}),[ \t]*(?:(?:do )?(?:hereby )?(?:state|declare"
    r"|say|depose|swear|certify|affirm)|being (?:first )?duly sworn|am )",
)


def _line_of(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : end if end >= 0 else len(text)]


def _subject_pronoun(text: str, subject: frozenset[str]) -> str | None:
    """The pronoun "i" when the subject writes the text ("I, NAME, declare"); "she" or "he" when the
    text clearly refers to the subject so: a declared pronoun, a title before the subject's
    name, or the first "she"/"he" after the subject's name in the same sentence, or
    opening the next one."""
    declarant = _DECLARANT.search(text)
    if declarant is not None and _names_subject(declarant.group("name"), subject):
        return "i"
    votes = {"she": 0, "he": 0}
    lowered = fold(text)
    if lowered is None or "pronoun" in lowered:
        for declared in _DECLARED.finditer(text):
            votes[declared.group("p").lower()] += _MARGIN
    if lowered is None or "/h" in lowered:
        for bracketed in _BRACKETED.finditer(text):
            if _names_subject(_line_of(text, bracketed.start()), subject):
                votes[bracketed.group("p").lower()] += _MARGIN
    if lowered is None or "sex" in lowered or "gender" in lowered:
        for sex in _SEX.finditer(text):
            if _names_subject(_line_of(text, sex.start()), subject):
                votes["she" if sex.group("s").lower().startswith("f") else "he"] += _MARGIN
    for titled in _TITLED.finditer(text):
        if titled.group("name").lower() in subject:
            votes["she" if titled.group("t").lower() in _FEMALE_TITLES else "he"] += 1
    names = [w for w in subject if len(w) > 2 and w.replace("-", "").isalpha()]
    if names and lowered is not None:
        alternation = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
        mention = re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])")
        for count, found in enumerate(mention.finditer(lowered)):
            if count == _MAX_MENTIONS:
                break
            window = text[found.end() : found.end() + 120]
            stop = _STOP.search(window)
            reach = window[: stop.end() + 4] if stop else window
            pronoun = _NOMINATIVE.search(reach)
            # "Jordan's mother said she ...", "Ari told Dr. Lee he ...": someone else between
            if pronoun and not _SOMEONE_ELSE.search(reach, 0, pronoun.start()):
                votes[pronoun.group("p").lower()] += 1
    best = max(votes, key=lambda k: votes[k])
    other = votes["he" if best == "she" else "she"]
    if votes[best] >= _MIN_VOTES and other * _MARGIN <= votes[best]:
        return best
    return None


def read_parties(text: str, subject: frozenset[str]) -> Parties:
    """Who is who in `text`, for a request about the person whose name words are `subject`
    (lower-cased); without a subject only the victim's side can be told."""
    dv = bool(_DV_FOLDED.search(text))
    perpetrator = dv and bool(_PERPETRATOR_FOLDED.search(text))
    victim_side = dv and not perpetrator
    unnamed = victim_side and not _OFFENDER_FOLDED.search(text)
    if not subject:
        return Parties(victim_side=victim_side, unnamed_is_abusers=unnamed)
    caption = _read_caption(text, subject)
    pronoun = _subject_pronoun(text, subject)
    if pronoun is None and caption.petitioner_subject and _FIRST_PERSON.search(text):
        pronoun = "i"  # the subject's own petition, in her words: "He has hit my son"
    own_case = dv and caption.respondent_subject
    return Parties(
        subject_pronoun=pronoun,
        respondent_other=_respondent_other(text, caption, unnamed),
        victim_side=victim_side and not own_case,
        unnamed_is_abusers=unnamed and not own_case,
    )
