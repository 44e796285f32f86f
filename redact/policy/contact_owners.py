"""Owners a note gives a contact detail away from it: the sentence before, a signature, the
author of a message, the name an e-mail address spells.

`redact.policy.contacts` gives a detail to the owner written right before it. Notes also
say whose a number is from further off, in ways a reader follows without effort:

- a detail that opens its own sentence, bare or with a pronoun ("Caregiver Yoli
  cooperative. Cell 520-...", "can toby call in? his cell is 509 ...") belongs to the last
  person the text named before it, when that is someone who goes;
- a detail on its own line under a signature whose name goes ("Gregor Lindqvist /
  Payroll Specialist | Ostrava Tile / 719-...") is the signer's;
- "my cell is ..." in a message is its author's: a chat line's speaker, a voicemail's
  caller ("yeah this is marty kowal ... my cell is 419-...");
- an e-mail address whose local part spells a name that goes, and none that stays only
  ("margo.castellanos@...", "jkuehl52@...") is that person's.

Each rule reads only what the policy already found: names with their actions, the ends of
relation words (`redact.policy.contacts`). Nothing here keeps a detail that another rule
gives away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.relation_words import CORE_RELATIONS, alternation
from redact.findings import Action, Finding

#: Words that name the subject in a note: a mention of them is a kept owner.
_SUBJECT_WORD = re.compile(r"(?i:\b(?:client|clt|pt|patient|resident|youth|consumer)\b)")
#: What ends a sentence before a detail: a stop or a question mark after a word, then a
#: space.
_SENTENCE_BREAK = re.compile(r"(?<=[\w)\"”’'][.!?])[ \t]+")
#: A detail that opens its sentence with only a label before it: "Cell ", "Home phone: ",
#: "Msg left ", "her # is ", "his new cell is ".
_OPENING_LABEL = re.compile(
    r"(?i:(?:(?:her|his|their)[ \t]+)?(?:new[ \t]+|home[ \t]+|work[ \t]+|cell[ \t]+)?"
    r"(?:cell|phone|tel|mobile|number|no\.?|#|e-?mail|email[ \t]+address|msg[ \t]+left"
    r"|message[ \t]+left|vm[ \t]+left)(?:[ \t]+(?:is|was|on[ \t]+file))?)[ \t]*[:#]?[ \t]*\(?$"
)
#: How far back on its line a sentence-opening detail looks for its owner.
_OWNER_REACH = 160


def opening_detail_owner(text: str, start: int, anchors: set[int], kept: Sequence[int]) -> bool:
    """A detail that opens its sentence with only a label before it, owned by the person
    the sentence before is about: "Mom C. Szymanski drop-off 9:45. Cell 608-...".

    A bare label ("Cell ") takes the person the sentence before opens with (within its
    first words); a pronoun ("his cell is ") the last person it names. Either way a kept
    name or a word for the client named after them keeps the detail, and so does a
    sentence that names them as the client's company ("Lives with partner Terry and
    daughter Jayla (9). Cell ...": the client's own)."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - _OWNER_REACH)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, start))
    label = _OPENING_LABEL.fullmatch(text, breaks[-1].end(), start) if breaks else None
    if label is None:
        return False
    previous = [b.end() for b in breaks[:-1] if b.end() < breaks[-1].start()]
    sentence = previous[-1] if previous else lo
    owners = [a for a in anchors if sentence < a <= breaks[-1].start()]
    if not owners and len(previous) >= 1 and not _named_between(text, sentence, start, kept):
        # "Destiny Harlan, 18, pregnant. DOB 5/2/2007. Phone ...": a sentence that names
        # nobody goes on about the person before it
        end = sentence
        sentence = previous[-2] if len(previous) >= 2 else lo
        owners = [a for a in anchors if sentence < a <= end]
    if not owners:
        return False
    owner = max(owners) if _PRONOUN.match(text, breaks[-1].end()) else min(owners)
    if owner - sentence > _TOPIC_REACH and not _PRONOUN.match(text, breaks[-1].end()):
        return False
    if _COMPANY.search(text, sentence, min(owners)):
        return False
    stays = [k for k in kept if owner <= k < start]
    stays += [m.start() for m in _SUBJECT_WORD.finditer(text, owner, start)]
    return not stays


def _named_between(text: str, lo: int, hi: int, kept: Sequence[int]) -> bool:
    """Whether a kept name or a word for the client stands between `lo` and `hi`."""
    return any(lo <= k < hi for k in kept) or _SUBJECT_WORD.search(text, lo, hi) is not None


#: A pronoun that opens a detail's sentence: the detail is the last named person's.
_PRONOUN = re.compile(r"(?i:her|his|their)\b")
#: How far into the sentence before a bare label the person it is about may end.
_TOPIC_REACH = 40
#: Words that name someone as the client's company rather than the sentence's topic.
_COMPANY = re.compile(
    r"(?i:\b(?:with|w/|and|lives?|living|stays?|staying|resides?|address|placed|moved)\b)"
)


#: A line that holds only a detail, perhaps after a label ("Cell: ", "c. ").
_BARE_LINE = re.compile(r"[ \t]*(?i:(?:cell|phone|tel|mobile|c|m|p|t|e-?mail)[ \t]*[:.]?)?[ \t]*$")
#: Lines a signature may hold between the name and the detail (a job title, an employer).
_SIGNATURE_LINES = 2


def signature_owner(text: str, detail: Finding, names: Sequence[Finding]) -> bool:
    """A detail alone on its line (or after a short label) right under a signature: a line
    that holds only a name that goes, then at most two lines of title or employer."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    line_end = text.find("\n", detail.end)
    rest = text[detail.end : len(text) if line_end < 0 else line_end]
    if not _BARE_LINE.fullmatch(text, line_start, detail.start) or len(rest.strip()) > 12:
        return False
    end = line_start - 1
    for _ in range(_SIGNATURE_LINES + 1):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return False
        on_line = [n for n in names if start <= n.start and n.end <= end]
        if any(n.action is Action.KEEP for n in on_line):
            return False
        if any(text[n.start : n.end].strip() == line.strip().rstrip(",") for n in on_line):
            return True
        end = start - 1
    return False


#: The writer's own detail in a message: "my # is ", "my cell: ", "my email is ".
_FIRST_PERSON = re.compile(
    r"(?i:\bmy[ \t]+(?:new[ \t]+)?(?:#|number|cell|phone|cell[ \t]+phone|e-?mail)"
    r"(?:[ \t]+(?:is|was))?)[ \t]*[:#]?[ \t]*$"
)
#: A message's author at the start of its line: a time, then a handle or name and a colon.
_SPEAKER_COLON = re.compile(r"[ \t]*:")
#: How a caller names themselves at the start of a message (see `contacts._CALLER`).
_CALLER_OPENING = re.compile(
    r"[ \t]*(?:(?i:hi|hello|hey|yes|yeah|um|uh|ok|good[ \t]+\w+)[ \t,.]+)*"
    r"(?i:this[ \t]+is|it['’]?s|it[ \t]+is|my[ \t]+name[ \t]+is)[ \t]+"
)
#: Lines a voicemail's message may run above the detail.
_MESSAGE_LINES = 4


def author_owner(text: str, detail: Finding, names: Sequence[Finding]) -> bool:
    """A "my cell is ..." in a message whose author goes: a chat line's speaker ("10/6 9:15
    am  7priyav: yes. my # is ..."), or a voicemail whose caller names themselves at the
    start ("yeah this is marty kowal ... my cell is ...")."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    if not _FIRST_PERSON.search(text, max(line_start, detail.start - 30), detail.start):
        return False
    on_line = sorted(
        (n for n in names if line_start <= n.start and n.end <= detail.start),
        key=lambda n: n.start,
    )
    if on_line and _SPEAKER_COLON.match(text, on_line[0].end):
        return on_line[0].action is not Action.KEEP
    start = line_start
    for _ in range(_MESSAGE_LINES):
        caller = _CALLER_OPENING.match(text, start)
        if caller is not None:
            return any(
                caller.end() <= n.start <= caller.end() + 2 and n.action is not Action.KEEP
                for n in names
            )
        if start == 0 or not text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip():
            return False
        start = text.rfind("\n", 0, start - 1) + 1
    return False


_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str, found: Sequence[Finding]) -> set[str]:
    return {w.lower() for f in found for w in _NAME_WORD.findall(text[f.start : f.end])}


def email_names_owner(text: str, detail: Finding, names: Sequence[Finding]) -> bool | None:
    """Whose an e-mail address says it is by the names its local part spells: True when it
    spells a word of a name that goes and no word that only a kept name has
    ("margo.castellanos@..." when Margo goes: the family name the subject shares says
    nothing; "jkuehl52@..." when Joanne Kuehl goes), False when it spells a word only a
    kept name has ("noor.haddad@..." for the subject Noor), None when it spells neither.
    Names found inside the address itself say nothing: they are read from it."""
    local = text[detail.start : detail.end].split("@", 1)[0].lower()
    outside = [n for n in names if n.end <= detail.start or n.start >= detail.end]
    gone = _words(text, [n for n in outside if n.action is not Action.KEEP])
    stays = _words(text, [n for n in outside if n.action is Action.KEEP])
    theirs = any(word in local for word in gone - stays)
    if any(word in local for word in stays - gone):
        # "eriklindqvist61@" (the client's son Erik), "paul.marchetti@" (a Paul nobody
        # else names): a family name the client shares with someone else says nothing.
        if theirs or any(
            not any(word in token for word in stays | gone) for token in _LOCAL_TOKEN.findall(local)
        ):
            return None
        return False
    return True if theirs else None


#: A word of an e-mail address's local part, between its dots, dashes and digits.
_LOCAL_TOKEN = re.compile(r"[^\W\d_]{3,}")


#: A form's field for a contact detail, at the start of its line or after a field gap:
#: "Phone: ", "Home phone: ", "Address: same as victim (intermittently); also ".
_FIELD_LABEL = re.compile(
    r"(?i:(?:home[ \t]+|cell[ \t]+|work[ \t]+|mobile[ \t]+|primary[ \t]+)?"
    r"(?:phone|cell|tel|telephone|mobile|e-?mail|address|addr))[ \t]*:[^:\n]{0,70}$"
)
#: Where a field starts on a form's line: the line's start or a gap of three spaces or a tab.
_FIELD_START = re.compile(r"(?:^|(?<=[ ]{3})|(?<=\t))[ \t]*(?=\S)", re.MULTILINE)
#: What the line of a block's name says of them, for the block to be someone else's: a
#: relation, or a part other than the client's ("Emergency contact:", "Collateral:").
_BLOCK_PARTY = re.compile(
    rf"(?i:\b(?:{alternation(CORE_RELATIONS)}|mother|father|parent|grandmother|grandfather"
    r"|grandson|granddaughter|stepfather|stepmother|guardian|spouse|relative|contact"
    r"|collateral|reporter|perpetrator|sponsor|caregiver|relationship)\b)"
)
#: A form's address field, whose names are towns and streets, not owners.
_ADDRESS_FIELD = re.compile(r"[ \t]*(?i:(?:home[ \t]+|mailing[ \t]+)?(?:address|addr))[ \t]*:")
#: Lines a form's block may run above a field, up to a blank line.
_BLOCK_LINES = 4


def block_owner(text: str, detail: Finding, names: Sequence[Finding]) -> bool:
    """A phone or an e-mail in a form's field ("Phone: 774...") in a block whose nearest
    name above, up to a blank line, goes: "Name: Kevin M. Roe   Relationship: son /
    Address: ... / Phone: ...". A name that stays (the client's, a worker's) keeps it, and
    so does a field that names the client ("Client phone:"). A word followed by a colon is
    a label, never an owner; the name's line must say who they are to the client (a
    relation, a collateral, an emergency contact), since a client's own block names her
    alone. Names in another field of the block ("ID: ... (pending asylum, Houston)") are
    passed over for the block's head ("Sponsor: María ..., sister").

    An address field goes only in the block of someone outside the household (a sponsor,
    an alleged perpetrator, a reporter): "Address: 1127 Kellerman Ave" under the mother's
    boyfriend is the child's home too."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    starts = [m.start() for m in _FIELD_START.finditer(text, line_start, detail.start)]
    if not starts or not _FIELD_LABEL.fullmatch(text, starts[-1], detail.start):
        return False
    if _SUBJECT_WORD.search(text, starts[-1], detail.start):
        return False
    address = detail.entity_type not in ("PHONE_NUMBER", "EMAIL_ADDRESS")
    owners = [
        n
        for n in names
        if n.end <= detail.start and not text.startswith(":", n.end) and n.start < detail.start
    ]
    end = detail.start
    start = line_start
    nearest = True
    for _ in range(_BLOCK_LINES + 1):
        on_line = [n for n in owners if start <= n.start < end]
        if on_line:
            line_end = text.find("\n", start)
            line = text[start : len(text) if line_end < 0 else line_end]
            if max(on_line, key=lambda n: n.start).action is Action.KEEP:
                return False
            head = nearest or _HEAD_LABEL.match(line) is not None
            if head and _BLOCK_PARTY.search(line) is not None:
                return not address or _outside_party(text, start, line)
            if not _OTHER_FIELD.match(line) or _HEAD_LABEL.match(line):
                return False
            nearest = False  # a town or a place in another field: the head is further up
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            return False
    return False


#: A field that opens a form's block about a person: "Name: ", "1. Name: ", "Sponsor: ".
_HEAD_LABEL = re.compile(
    r"[ \t]*(?:\d{1,2}[.)][ \t]*)?(?i:name|sponsor|reporter|collateral|emergency[ \t]+contact"
    r"|(?:alleged[ \t]+)?perpetrator|contact|guardian|relative)[ \t]*:"
)
#: Any other field of a form: "ID: ", "Address: ", "School: ".
_OTHER_FIELD = re.compile(r"[ \t]*[A-Z][\w /-]{0,25}:")
#: Who is outside the client's household: their address is theirs alone.
_OUTSIDE_PARTY = re.compile(
    r"(?i:\b(?:sponsor|perpetrator|reporter|collateral|emergency[ \t]+contact|landlord"
    r"|employer)\b)"
)


def _outside_party(text: str, start: int, line: str) -> bool:
    """Whether a block's head line, or the heading right above it, says the person is
    outside the household ("Sponsor: ...", "ALLEGED PERPETRATOR / Name: ...")."""
    if _OUTSIDE_PARTY.search(line):
        return True
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return start > 0 and _OUTSIDE_PARTY.search(text, above, start - 1) is not None


#: What ends a clause for `clause_topic_owner`: a sentence's stop after a word that is no
#: title or initial ("Ms. Roe", "Renee K. Dunleavy" go on), a semicolon, a cell border.
_TOPIC_BREAK = re.compile(r"(?<=\w)([.!?])[ \t]+|[;|\t]")
#: Words a stop follows without ending the sentence.
_ABBREVIATION = re.compile(r"(?<![\w.])(?i:mrs|mr|ms|dr|st|jr|sr|no|vs|apt|ave|rd|[a-z])$")


def _topic_clause(text: str, lo: int, start: int) -> int:
    """Where the clause that holds `start` begins, no further back than `lo`."""
    clause = lo
    for found in _TOPIC_BREAK.finditer(text, lo, start):
        if found.group(1) and _ABBREVIATION.search(text, lo, found.start()):
            continue
        clause = found.end()
    return clause


#: What may open a clause before the person it is about: a bullet, a form's label
#: ("Reporter: ", "- Daughter ", "Unci "), at most a few words, a title ("Ms. ": a name's
#: title is outside its span until `take_honorifics`).
_TOPIC_PREFIX = re.compile(r"[ \t>*•·-]*(?:[\w'’/]+[ \t]*:[ \t]*)?(?:[\w'’-]+\.?[ \t]+){0,2}")
#: How far the detail may run after the person its clause opens with.
_TOPIC_CLAUSE = 220
#: "client's request", "the patient's mother": the client named as the owner's kin or
#: the occasion, not as the detail's owner; "client's cell" is hers.
_SUBJECT_POSSESSIVE = re.compile(
    r"['’]s?[ \t]+(?!(?i:cell|phone|number|no\b|#|home|address|e-?mail|mobile|contact))"
)


def clause_topic_owner(
    text: str,
    start: int,
    gone: Sequence[tuple[int, int]],
    kept: Sequence[int],
    shared: bool,
) -> bool:
    """A detail later in a clause that opens with a name that goes (after a bullet, a
    form's label or a relation word): "Reporter: Renee Fitzgerald, RN, school nurse,
    Lemoyne Elementary, 315-...", "- Daughter Joanne Kuehl, 67, health care agent ...,
    717-...", "Ms. Szymanski, 36, a nurse at St. Mary's, lives at 2216 ...". The clause is
    about that person, and what it gives of a way to reach someone is theirs. A name that
    stays or a word for the client after the owner keeps the detail ("Mother Jane Roe
    lives with client at ..."), and so does a clause whose opening says the client lives
    or goes there, for an address (`shared`)."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - _TOPIC_CLAUSE)
    clause = _topic_clause(text, line_start, start)
    if clause < lo:
        return False
    prefix = _TOPIC_PREFIX.match(text, clause)
    reach = prefix.end() if prefix is not None else clause
    owners = [(s, e) for s, e in gone if clause <= s <= reach and e <= start]
    if not owners:
        return False
    owner_start = min(owners)[0]
    if any(clause <= k < start for k in kept):
        return False
    for word in _SUBJECT_WORD.finditer(text, clause, start):
        if not _SUBJECT_POSSESSIVE.match(text, word.end()):
            return False
    return not (shared and _TOPIC_HOUSEHOLD.search(text, clause, owner_start))


#: Words before the owner that say the client lives or goes there ("Lives with: ...",
#: "Discharged to ...", "Placed w/ ...").
_TOPIC_HOUSEHOLD = re.compile(
    r"(?i:\b(?:lives?|living|stays?|staying|resides?|residence|address|moved|discharged"
    r"|released|placed|placement|returned|returning|with|w/|to|guardians?|parents|foster"
    r"|lease)\b)"
)


#: A section's heading: a markdown heading, or a line in bold.
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]|\*\*[^\n]*\*\*[ \t]*$)")
#: A detail that opens its sentence in a section with only a label before it: "Cell ",
#: "Lives at ", "Email on file: ", "Reached: ".
_SECTION_LABEL = re.compile(
    r"(?i:(?:(?:her|his|their)[ \t]+)?(?:new[ \t]+|home[ \t]+|work[ \t]+|cell[ \t]+)?"
    r"(?:cell|phone|tel|mobile|number|e-?mail|address|reached|contact|home|lives|resides)"
    r"(?:[ \t]+(?:is|on[ \t]+file|at|in))?)[ \t]*[:#]?[ \t]*\(?$"
)
#: A line's bullet or numbering.
_BULLET = re.compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])?[ \t]*")
#: A sentence's end in a section's line, a quoted one too: "\"She tries hard.\" Cell ...".
_SECTION_BREAK = re.compile(r"(?<=\w)[.!?][\"”’')]*[ \t]+|(?<=[.!?])[\"”’')]+[ \t]+")
#: Lines a section's body may run above a detail.
_SECTION_LINES = 12


def section_owner(text: str, start: int, names: Sequence[Finding]) -> bool:
    """A detail that opens its sentence with a label in a section whose heading is about
    someone who goes: under "## 1/15/2025 — Judith Roe, paternal grandmother", the line
    "- Picks up the children Tuesdays. Lives at 702 ..." or "- Cell 608-..." is hers. The
    first name on the heading says whom the section is about; a heading whose first name
    stays (the client's, a worker's) keeps the detail."""
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text, line_start)
    opening = bullet.end() if bullet is not None else line_start
    breaks = [b.end() for b in _SECTION_BREAK.finditer(text, opening, start)]
    sentence = breaks[-1] if breaks else opening
    if not _SECTION_LABEL.fullmatch(text, sentence, start) and sentence != start:
        return False
    end = line_start - 1
    for _ in range(_SECTION_LINES):
        if end <= 0:
            return False
        head = text.rfind("\n", 0, end) + 1
        if _HEADING.match(text, head):
            on_heading = sorted((n for n in names if head <= n.start < end), key=lambda n: n.start)
            return bool(on_heading) and on_heading[0].action is not Action.KEEP
        end = head - 1
    return False


#: What may open a letter's addressee line before the name: "Attn: ", "c/o ", "To: ", a
#: title.
_ADDRESSEE = re.compile(
    r"[ \t]*(?i:(?:attn|attention|c/o|to)[ \t]*[:.]?[ \t]*)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
)
#: What may follow the addressee's name on its line: a title, a job ("Leave
#: Coordinator"), no number.
_ADDRESSEE_REST = re.compile(r"[ \t]*(?:,[^\d\n]{0,45})?[ \t]*$")


def addressee_owner(text: str, detail: Finding, names: Sequence[Finding]) -> bool:
    """A street address opening its line right under a letter's addressee who goes
    ("Attn: Gil Arciniega, Community Manager / 1120 Lake Ave., Suite 3"): the address the
    letter goes to is the addressee's (their office, their home), as a signature's number
    is the signer's. An addressee who stays (the client, a worker) keeps it."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    if text[line_start : detail.start].strip() or line_start < 2:
        return False
    end = line_start - 1
    head = text.rfind("\n", 0, end) + 1
    opening = _ADDRESSEE.match(text, head)
    start = opening.end() if opening is not None else head
    on_line = [n for n in names if head <= n.start and n.end <= end]
    owner = [n for n in on_line if n.start == start]
    return (
        bool(owner)
        and not any(n.action is Action.KEEP for n in on_line)
        and owner[0].action is not Action.KEEP
        and _ADDRESSEE_REST.fullmatch(text, owner[0].end, end) is not None
    )
