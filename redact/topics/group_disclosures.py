"""Other people's disclosures in group and couples sessions.

What another group member or a partner says in a session is theirs, not the client's: a
client asking for their own record, or a court asking about one client, must not receive
it (NASW Code 1.07(f)). A sentence is withheld when its subject, or the subject of one of
its clauses, is someone other than the client of the request:

- a described member: "Another member, J., disclosed...", "Group member Lisa reported...",
  "Two participants shared...", "Client listened as another member described...";
- a partner in a couples session: "Her partner Tom shared that...";
- a named person who is not the subject, with a disclosure verb: "Tom disclosed...".

The subject's names come from the `TopicContext`; a name that shares a word with one of
them ("Ms. Dias" for "Ana Julia Dias") is the client, and the sentence stays. Without
names, every named person counts as someone else: the safe side. Unlike the phrase
topics, a following sentence that opens with any pronoun continues the passage, because
after "Another member disclosed..." a "She said..." is that member speaking; but not after
a sentence the client opens ("She used the skill when Tre joked about her ex."), where the
member comes in a clause only: the next "She reported taking sertraline" is the client's.

In a group-session note (`redact.topics.group_roster` reads the roster and the list items
once, in `prepare`), more is another member's: a sentence that opens with a member
("- Kyla M. said...", "R.T. (Rosa T., 9th) mostly quiet, said...", "Rosa: ..."), a
sentence that names a member and not the subject ("LH met with Rosa after group; report
made to CPS, intake #..."), a lower-case "kyla said...", and the rest of a list item
about a member, unless it names the subject. A sentence about the subject that mentions
a member in passing names the subject, and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from redact.topics import group_roster
from redact.topics.base import NO_CONTEXT, TopicContext

_LEAD = re.compile(
    r"^[\W\d]*(?:[A-Z]{1,3}:\s*)?(?:(?:during|in|at|later|earlier|when|after|before|then|next"
    r"|first|finally|as|while|also|similarly|likewise|meanwhile|in turn)\b[^,.;]{0,60},\s*)?",
    re.IGNORECASE,
)
_SPEECH = (
    r"(?:disclosed|shared|revealed|admitted|confided|reported|stated|said|says|described"
    r"|expressed|explained|acknowledged|discussed|talked|spoke|told|mentioned|noted|recounted"
    r"|voiced|processed|opened up|became tearful|cried|endorsed|identified|indicated|asked"
    r"|responded|disagreed|agreed|complained|accused|alleged|insisted|denied|raised)"
)
_DISCLOSE = (
    r"(?:disclosed|shared|revealed|admitted|confided|opened up|told the group|processed"
    r"|talked about|spoke about|spoke of)"
)
_APPOSITIVE = r"(?:\s*,\s*[^,]{1,40},|\s+\(?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\)?)?"
_OTHER_MEMBER = (
    r"(?:another|one other|a fellow|the other|other|fellow|several other|two other|three other"
    r"|a new|the new|a different)\s+(?:group\s+)?(?:members?|participants?|peers?|clients?"
    r"|attendees?|residents?)"
)
_SOME_MEMBER = (
    r"(?:(?:a|one|the|several|some|many|most|each|all|two|three|four|five|six|a few|one of the"
    r"|two of the|some of the|several of the)\s+)?(?:group\s+)?(?:members?|participants?|peers?"
    # a peer worker's title, staff not a member: "Peer support specialist Rick to check in"
    r"(?!\s+(?:support|specialist|recovery|mentor|navigator|counsel|advocate|worker|coach"
    r"|educator|bridger|liaison|provider|staff)\w*)"
    r"|attendees?)(?!\s+(?:of|in)\s+(?:the|this)\s+group\s+(?:discussed|agreed))"
    # a health plan's member: "Member ID: ...", "Member No.", "Member services" (a letter's
    # header, not a member of a group)
    r"(?!\s*(?:(?:id|ids|number|no|services|portal|handbook|benefits|since)\b|#))"
    r"(?!\s*(?:present|absent|in attendance|\(\d+\))?\s*:)"  # a roster: "Members present: ..."
)
_PARTNER = (
    r"(?:(?:her|his|their|the client'?s|client'?s|[A-Z][\w-]*'s)\s+|the\s+)?(?:partner|husband"
    r"|wife|spouse|boyfriend|girlfriend|fianc[ée]e?|ex-?(?:husband|wife|partner|boyfriend"
    r"|girlfriend)|co-parent)"
)
_DESCRIBED = re.compile(
    rf"^(?:{_OTHER_MEMBER}|{_SOME_MEMBER}){_APPOSITIVE}(?:'s\b|\s+[^\W\d])", re.IGNORECASE
)
_PARTNER_SPEAKS = re.compile(rf"^{_PARTNER}{_APPOSITIVE}\s+(?:also\s+)?{_SPEECH}", re.IGNORECASE)
_CLAUSE = re.compile(
    rf"\b{_OTHER_MEMBER}{_APPOSITIVE}\s+(?:who\s+)?(?:also\s+)?{_SPEECH}", re.IGNORECASE
)
_NAME_FIRST = re.compile(
    rf"^(?P<name>{group_roster.NAME})"
    r"(?:\s*,\s*(?:another|a fellow|a|the other)\s+(?:group\s+)?(?:member|participant|peer)\s*,"
    r"|\s*\((?:another|a)\s+(?:group\s+)?member\))\s+\w"
)
_NAME_DISCLOSES = re.compile(
    rf"^(?P<name>{group_roster.NAME})"
    r"(?:\s*\([^)]{1,30}\))?"  # "Pablo (Mr. Marin) talked about..."
    r"(?:\s+(?:was|became|seemed|appeared)\s+\w+\s+and"  # "Ada was quiet and disclosed..."
    r"|\s+[a-z]+ed(?:\s+\w+)?\s+and)?"  # "Bea returned and disclosed...", "arrived late and"
    rf"\s+(?:also\s+|then\s+|only\s+)?{_DISCLOSE}\b"
)
_TITLE = re.compile(r"^(?:mr|ms|mrs|mx|dr|miss)\.?$", re.IGNORECASE)
_NOT_NAMES = frozenset({
    "client", "writer", "worker", "clinician", "therapist", "facilitator", "supervisor",
    "patient", "she", "he", "they", "it", "this", "the", "mother", "father", "mom", "dad",
    "grandmother", "grandfather", "teacher", "counselor", "staff", "group", "member",
    "members", "participant", "everyone", "nobody", "someone", "no", "yes",
    # the writer and the reader are no one else: "I've shared files with you", "We discussed"
    "i", "i've", "i'm", "i'd", "i'll", "i’ve", "i’m", "i’d", "i’ll", "we", "we've", "we’ve",
    "we're", "we’re", "you", "you've", "you’ve", "you're", "you’re", "let's", "let’s",
})  # fmt: skip
_PRONOUN = re.compile(r"^\W*(?:she|he|they|her|his|their|this|these|it)\b", re.IGNORECASE)
_MEMBER_LABEL = re.compile(
    rf"^\**(?P<name>{group_roster.NAME})\**\s*(?:\([^)]{{0,40}}\))?\s*[:–—]\s"
)
_LOWER_SPEAKS = re.compile(
    r"^(?P<name>[a-z][a-z'’-]{2,})(?:\s+[a-z]\.?(?=\s))?\s+(?:said|says|told|shared|disclosed"
    r"|reported|admitted"
    r"|talked|mentioned|stated|cried|asked)\b"
)
#: "Member 2: ...", "Peer B said...", "Participant #3 -": members a note numbers or letters.
#: A letter stands apart from the word ("Peer B", "Member #C"): glued on, it is the plural
#: of a roster's heading ("Attendees:", "Residents:"), not a member called S.
_NUMBERED_MEMBER = re.compile(
    rf"^\**(?:group\s+)?(?:member|participant|peer|attendee|resident)"
    rf"(?:\s*#?\s*\d{{1,2}}|(?:\s+|\s*#\s*)[A-Z])\b"
    rf"\**\s*(?:[:–—)-]|\s+{_SPEECH})",
    re.IGNORECASE,
)
_ANY_LABEL = re.compile(r"^\**[A-Z][\w '’/&()-]{0,40}?\**:\**\s+")
_TOKENS = re.compile(r"[\w'’-]+")
_SUBJECT_ROLES = frozenset({"client", "pt", "patient"})


def _name_words(name: str) -> frozenset[str]:
    """The words of a name, lower-cased, titles and possessives dropped."""
    tokens = (t.strip(".,'’").removesuffix("'s").lower() for t in name.split())
    return frozenset(t for t in tokens if t and not _TITLE.match(t))


def _subject_words(context: TopicContext) -> frozenset[str]:
    """The subject's name words and initials ("i.q.b", "iqb"), lower-cased."""
    words = (_name_words(n) | group_roster.initial_forms(n) for n in context.subject_names)
    return frozenset().union(*words)


def _is_someone_else(name: str, context: TopicContext) -> bool:
    """Whether a sentence-initial name is a person, and not the subject nor a clinician."""
    words = _name_words(name)
    if not words or words & _NOT_NAMES or name.startswith("Dr."):
        return False
    return not (words & _subject_words(context))


@dataclass(frozen=True)
class GroupDisclosures:
    """Sentences whose subject is another group member or a partner, not the client."""

    id: str = "group_disclosures"
    label: str = "another person's disclosure in a group or couples session"
    citation: str = "NASW Code 1.07(f)"
    #: A roster's label with its names on the line ("Members present (7): ...") heads that
    #: line only: the note's next lines are its other fields and the session, each judged
    #: on its own (`redact.topics.withhold`).
    labels_head_line: bool = True

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """True when someone other than the client is the subject of the sentence or a clause."""
        lead = _LEAD.match(sentence)
        body = sentence[lead.end() :] if lead else sentence
        if context.group and _in_group_note(sentence, body, context):
            return True
        if _about_someone_else(body, context):
            return True
        label = _ANY_LABEL.match(body)  # "Assessment: Tom disclosed..." (a line's label)
        return label is not None and _opens_about_someone_else(body[label.end() :], context)

    def continues(
        self,
        sentence: str,
        context: TopicContext = NO_CONTEXT,
        same_item: bool = False,
        opener: str = "",
    ) -> bool:
        """After another member's words, a sentence opening with a pronoun is still theirs;
        so is the rest of a list item about a member, unless it names the subject.

        Not after a sentence about the client that names a member in a clause only (`opener`
        opens with the client, "client" or a pronoun: "She used the skill when Tre joked
        about her ex."): the next "She reported taking sertraline" is the client's own.
        """
        if opener and _member_in_clause_only(opener, context):
            return False
        if _PRONOUN.search(sentence):
            return True
        return same_item and not _mentions_subject(sentence, context)

    def may_appear_in(self, text: str) -> bool:
        """Always possibly: who a sentence is about is only told sentence by sentence."""
        return True

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """In a group note, the other members as the note writes them."""
        if not group_roster.is_group_note(text):
            return context
        names = group_roster.members(text, _subject_words(context))
        return replace(context, group=True, members=group_roster.members_pattern(names))


_CLIENT_OPENS = re.compile(r"^\W*(?:she|he|they|client|pt|patient)\b", re.IGNORECASE)


def _member_in_clause_only(sentence: str, context: TopicContext) -> bool:
    """Whether a withheld sentence opens with the client ("She", "Client", her name) and
    another member comes in a clause only, as no described member nor partner: then a
    pronoun after it is the client again. Anything else (a member, a described member or
    a partner anywhere in the sentence's rules for any note) is False: the safe side."""
    lead = _LEAD.match(sentence)
    whole = sentence[lead.end() :] if lead else sentence
    if _about_someone_else(whole, context) or _NUMBERED_MEMBER.search(whole):
        return False
    head = group_roster.HEAD.match(whole) or _MEMBER_LABEL.match(whole)
    if head and any(_is_someone_else(n, context) for n in head.groupdict().values() if n):
        return False  # "Marisol: She said...", "- Jaylen P. said..."
    label = _ANY_LABEL.match(whole)  # "Process: She used the skill when..."
    body = whole[label.end() :] if label is not None else whole
    if _about_someone_else(body, context):
        return False
    first = _TOKENS.search(body)
    if first is None or first.start() > 3:
        return False
    word = first.group().lower().removesuffix("'s").removesuffix("’s")
    return bool(_CLIENT_OPENS.match(body)) or word in _subject_words(context)


def _about_someone_else(body: str, context: TopicContext) -> bool:
    """The rules for any note: a described member, a partner, or a named person discloses."""
    return bool(_CLAUSE.search(body)) or _opens_about_someone_else(body, context)


def _opens_about_someone_else(body: str, context: TopicContext) -> bool:
    """The rules that read the sentence from its start: also asked after a line's label."""
    if _DESCRIBED.search(body) or _NUMBERED_MEMBER.search(body):
        return True
    partner = _PARTNER_SPEAKS.search(body)
    if partner and not _names_subject(partner.group(0), context):
        return True
    for pattern in (_NAME_FIRST, _NAME_DISCLOSES):
        named = pattern.search(body)
        if named and _is_someone_else(named.group("name"), context):
            return True
    return False


def _in_group_note(sentence: str, body: str, context: TopicContext) -> bool:
    """The group-note rules: a member opens the sentence, or is named without the subject."""
    members = context.members
    head = group_roster.HEAD.match(body) or _MEMBER_LABEL.match(body)
    if head and members is not None:
        named = [n for n in head.groupdict().values() if n]
        if any(members.search(n) for n in named if _is_someone_else(n, context)):
            return True
    lower = _LOWER_SPEAKS.match(body)
    if lower and _is_someone_else(lower.group("name"), context):
        word = lower.group("name")
        if word not in group_roster.COMMON and word not in group_roster.NOT_NAMES:
            return True
    if members is not None and members.search(sentence):
        return not _mentions_subject(sentence, context)
    return False


def _mentions_subject(sentence: str, context: TopicContext) -> bool:
    """Whether the sentence names the subject, or "client", the subject's role word."""
    subject = _subject_words(context) | _SUBJECT_ROLES
    return any(t.lower().removesuffix("'s").removesuffix("’s") in subject
               for t in _TOKENS.findall(sentence))  # fmt: skip


def _names_subject(phrase: str, context: TopicContext) -> bool:
    """Whether a phrase ("her partner Tom") names the subject of the request."""
    return bool(_name_words(phrase) & _subject_words(context))


TOPIC = GroupDisclosures()
