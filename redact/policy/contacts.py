"""Contact details a policy keeps for the subject's sake, taken back from everyone else.

A policy that keeps the subject (`provider-referral`, `mandated-report`) keeps phone numbers,
e-mail and street addresses so that the recipient can reach the client. A neighbour's, a
parent's, an ex-partner's are not hers: they reach that person as surely as their name, and
the policy removes everyone else. A note rarely says in so many words whose a number is, so
this module reads the few ways it does say so:

- the detail is written right after a name that goes ("Neighbour Mrs. Roe (315-...)",
  "From: Dawn Roe <droe@...>", "Siobhan Ferris, friend since college, 88 Larkspur Ct");
- it is written right after a word for a relation or another party, with no name in
  between that stays ("Sister's # 505-...", "Father's cell on file: 602-...", "texts w/
  \"mom\" (407) ...", "Mom Loretta called 269-...");
- it sits in a table row whose names all go ("| Okafor, Emeka | Father | 206-... |");
- a call log's message came from it, and the caller who speaks names someone who goes
  ("jun 13 7:52 pm from 440-...", then "hi this is renee tremblay calling").

A detail after the subject's or a professional's name, or after nothing that says whose it
is, stays: the recipient needs the client's and the agency's, and a note that gives no owner
usually means the client's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.relation_words import CORE_RELATIONS, alternation
from redact.entities import NAME_TYPES
from redact.findings import Action, Finding
from redact.policy.contact_owners import (
    addressee_owner,
    author_owner,
    block_owner,
    clause_topic_owner,
    email_names_owner,
    opening_detail_owner,
    section_owner,
    signature_owner,
)

#: A contact detail a policy may keep for the subject's sake, found even where the policy
#: keeps it, so that a third party's goes with their name.
CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
#: Details that belong to one person and reach them: contacts and a street address.
OWNED_TYPES = CONTACT_TYPES | {"STREET_ADDRESS"}

#: Characters between an owner (a name, a relation word, a detail already theirs) and the
#: next detail, at most.
_CONTACT_REACH = 60
#: Words that may stand between an owner and the detail: what kind of contact it is, and
#: the few verbs a note uses to give it ("Roe, cell 315-...", "Loretta called 269-...",
#: "my sister's number is 505-...", "Son Martin Kowal lives in Sandusky, 419-...").
_LINK_WORD = (
    r"(?i:cell|cellphone|mobile|phone|ph|tel|telephone|home|work|c|h|w|m|email|e-mail|at|on"
    r"|file|number|no|num|nbr|#|is|contact|line|landline|called|calls|texted|texts|from|back"
    r"|lives|living|resides|address|addr|reached|be|can|house|place|apartment|apt|trailer"
    r"|in|of|by|via|new|old|same|as|dob|d\.o\.b|born|age|aged|ssn|id|last|known|current|her|his"
    r"|their|msg|message|left|rm|room|bed|unit)"
)
#: One item of a list between an owner and their detail: a link word, a date or a number
#: ("DOB 04/02/1998", "61"), a capitalised word (a town: "of Liverpool"). A capitalised
#: word or a number never ends a sentence here: "in Syracuse. Client cell ..." is no link.
_LINK_ITEM = (
    rf"(?:{_LINK_WORD}[ \t]*(?:[:#,]|\.(?![ \t]+[A-Z]))?"
    r"|\d{1,4}(?:[/.\-]\d{1,4}){0,2}(?!\d)(?:[ \t]*\(\d{1,3}\))?[ \t]*[,:]?"
    # a town in a note written in lower case: "son ricky in tulsa (918-...)"
    r"|(?:(?<=\b(?i:in)[ \t])|(?<=\b(?i:of)[ \t])|(?<=\b(?i:from)[ \t]))[a-z]{3,}[ \t]*,?"
    r"|[A-Z][\w'’-]*[ \t]*,?)[ \t]*"
)
#: What may stand between an owner and their detail: a possessive, a short aside in
#: brackets or between commas (who the person is), punctuation and quotes, list items.
_CONTACT_LINK = re.compile(
    r"[)>]?(?:['’]s)?[\"'”’]?(?:[ \t]*\((?:[^()\n\d]{1,30}|\d{1,3})\))?"
    r"(?:,[ \t]*[^,\n()]{1,30}(?=,))?"
    rf"[ \t]*[,(<:;·/–—-]?[ \t]*(?:{_LINK_ITEM}){{0,5}}[\"“(<]{{0,2}}"
)
#: A call or a message from the owner, then the number it came from: "Birth grandmother
#: called front office 10/30 from 509-...", "DAUGHTER CALLED X2 FROM 603-...", "neighbour
#: Gerald Thibault by phone (603-...)", "daughter Colleen Rourke at bedside (cell 603-...)".
_CALLED_FROM = re.compile(
    r"[ \t]+(?:(?i:called|calls|calling|texted|texts|phoned|rang|left|messaged)\b"
    r"[^.;!?\n]{0,40}?(?i:from|at|on|to|is)[ \t]*\(?"
    r"|(?:[a-z]+[ \t]+){0,3}\((?i:cell|phone|ph|tel|c|h|m|home|work|mobile)?[ \t:.#]*"
    r"|(?i:called|calls|calling|texted|phoned|rang)(?:[ \t]+[a-z]+){1,3}[ \t]*\(?)$"
)
#: A word for a relation or another party: what it is written after is that person's.
_RELATION = re.compile(
    r"(?<![\w-])(?i:(?:great-?)?(?:grand|step|half-?|god)?(?:mother|father|mom|mum|mommy|dad"
    r"|daddy|mama|papa|son|daughter|child|children|kids?|sister|brother|sibling)"
    rf"|{alternation(CORE_RELATIONS)}"
    r"|granny|nana|abuela|abuelo|auntie|tia|tio|sis|bro|dtr|spouse|bf|gf|fianc[ée]e?|ex"
    r"|ex-husband|ex-wife|ex-partner|ex-boyfriend|ex-girlfriend|landlady|in-laws?"
    r"|mother-in-law|father-in-law|son-in-law|daughter-in-law|paramour)(?:['’]s?)?(?![\w-])"
)
#: A name that may follow a relation word before the detail: "Mom Loretta called ...",
#: "neighbour Mrs. Vukovich (315-...)".
_GIVEN_NAME = re.compile(r"(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Dr)\.?)?(?:[ \t]+[A-Z][\w'’.-]*){1,3}")
#: A relation named in brackets right after a detail, alone or with the kind of contact:
#: "Alt: 606.785.3317 (son's)", "555-0144 (her sister's cell)", "(Mom)".
_RELATION_AFTER = re.compile(
    rf"[ \t]*\((?:(?i:her|his|their|my|the|client['’]s|pt['’]s)[ \t]+)?(?:{_RELATION.pattern})"
    r"(?:[ \t]+(?i:cell|phone|number|#|home|work|line|landline|mobile|e-?mail))?[ \t]*\)"
)
#: A payment to a phone number or an e-mail: the payee's, since no one pays themselves
#: ("Zelle to 520-...", "i send 80 dollar by mtn momo to +237 ...", "Venmo $40 to ...").
_PAID_TO = re.compile(
    r"(?i:\b(?:zelle|venmo|cash[ \t]?app|paypal|momo|m-?pesa|remit(?:ted|tance)?|wired?"
    r"|transfer(?:red)?|paid|pay(?:ment)?|sen[dt][ \t]+\$?\d[\d,.]*(?:[ \t]*dollars?)?)\b"
    r"[^.;!?\n]{0,40}?\bto)[ \t:]*$"
)
#: A relation the subject lives or stays with: what follows is her address or phone too
#: ("lives with her mother at 12 Elm St").
_WITH = re.compile(r"(?i:\bwith(?:[ \t]+(?:her|his|their|my|the|a))?[ \t]+)$")
#: Where the subject lives or goes, said before the owner in the same clause: the address
#: after is hers too. "lives with her mother and a brother, Chukwudi, at 2215 Haverford
#: Ave", "Discharged to wife Paulette at 1418 Birchwood Ln", "Last stable address: mother's
#: home, 1437 SE 139th Ave", "Guardians: M. Castellanos and T. Lindahl, 2718 W Rowan Ave"
#: (a child's guardians' home is the child's), "Lease signing w/ Ms. Olumide at 418 ...".
_HOUSEHOLD = re.compile(
    r"(?i:\b(?:lives?|living|stays?|staying|resides?|residence|address|moved|move-in"
    r"|moving|discharged|released|placed|placement|returned|returning|lease|guardians?"
    r"|parents|foster)\b)"
)
#: A relation the text says is not the owner: "call her, not his mother, at ...".
_NOT_BEFORE = re.compile(r"(?i:\bnot[ \t]+(?:her|his|their|the|a)?[ \t]*)$")
#: What ends a clause before a detail: a sentence's stop after a word, a semicolon, a
#: table's cell border, a form's field gap, a line break.
_CLAUSE_BREAK = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=[A-Z]{3}[.!?])|(?<=[a-z][.!?][\"'”’)]))[ \t]|[;|\t\n]|[ ]{3,}"
)


def _clause_start(text: str, end: int, reach: int) -> int:
    """Where the clause that ends at `end` begins, at most `reach` characters back."""
    lo = max(text.rfind("\n", 0, end) + 1, end - reach)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, end))
    return breaks[-1].end() if breaks else lo


def _relation_ends(text: str, kept_starts: Sequence[int]) -> set[int]:
    """Where a relation word, or a relation word and the name after it, ends: an owner
    other than the subject. A relation she lives with ("with her mother") is no owner."""
    ends: set[int] = set()
    for relation in _RELATION.finditer(text):
        line_start = text.rfind("\n", 0, relation.start()) + 1
        lo = max(line_start, relation.start() - 20)
        if _WITH.search(text, lo, relation.start()) or _NOT_BEFORE.search(
            text, lo, relation.start()
        ):
            continue
        ends.add(relation.end())
        given = _GIVEN_NAME.match(text, relation.end())
        if given is not None and not any(relation.end() < k < given.end() for k in kept_starts):
            ends.add(given.end())
    return ends


def _owned_by_anchor(
    text: str, start: int, anchors: set[int], kept: Sequence[int], shared: bool
) -> bool:
    """An anchor (the end of an owner's mention) within reach before `start`, on its line,
    tied to it by a short link, with no name that stays in between. A `shared` detail (an
    address) stays where the clause says the subject lives there too; a phone number or an
    e-mail after a housemate's name is still the housemate's ("lives with girlfriend Kayla
    Dorsey (304-...)")."""
    line_start = text.rfind("\n", 0, start) + 1
    for end in range(max(line_start, start - _CONTACT_REACH), start + 1):
        if end not in anchors or any(end <= k < start for k in kept):
            continue
        if shared and _HOUSEHOLD.search(text, _clause_start(text, end, 80), end):
            continue
        if _CONTACT_LINK.fullmatch(text, end, start) or _CALLED_FROM.search(text, end, start):
            return True
    return False


#: A call log's header ending in the number a call came from: "jun 13 2025 7:52 pm from".
_FROM_HEADER = re.compile(r"(?i:\bfrom)[ \t]*$")
#: How a caller names themselves at the start of a message: "hi this is renee ...",
#: "hey it's erik connie's son", "Hello, my name is ...".
_CALLER = re.compile(
    r"[ \t]*(?:(?i:hi|hello|hey|yes|yeah|um|uh|ok|good[ \t]+\w+)[ \t,.]+)*"
    # the worker greeted by name: "hi tamika it's ...", "hello miss imogen it's ..."
    r"(?:(?:[\w'’]+[ \t,.]+){1,2}(?=(?i:this[ \t]+is|it['’]?s|it[ \t]+is)[ \t]))?"
    r"(?i:this[ \t]+is|it['’]?s|it[ \t]+is|my[ \t]+name[ \t]+is)[ \t]+"
)
#: What a caller may say of themselves that is no name: "it's me again", "this is your
#: client", "this is about ...".
_NO_CALLER = re.compile(
    r"(?i:me|i|your|ur|you|the[ \t]+client|about|regarding|re|just|um|uh|a|an)\b"
)


def _caller_after(text: str, detail: Finding, names: Sequence[Finding]) -> bool:
    """A number a call or a message came from ("... pm from 440-281-9934"), whose message
    on the next line names a caller who goes ("hi this is renee tremblay calling")."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    line_end = text.find("\n", detail.end)
    if (
        line_end < 0
        or text[detail.end : line_end].strip()
        or not _FROM_HEADER.search(text, line_start, detail.start)
    ):
        return False
    caller = _CALLER.match(text, line_end + 1)
    if caller is None:
        return False
    named = [n for n in names if caller.end() <= n.start <= caller.end() + 2]
    if named:
        return any(n.action is not Action.KEEP for n in named)
    # a caller who gives a name that is not the client's ("it's farrah at black river
    # savings", "it's yoli the caregiver"): the client is named wherever she is met
    said = text[caller.end() : caller.end() + 1]
    return said.isalpha() and _NO_CALLER.match(text, caller.end()) is None


def drop_third_party_contacts(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Contact details and street addresses the policy keeps, replaced where the text says
    they are someone else's (see the module docstring). `findings` carry their actions
    (`redact.policy.decide.assign_actions`) and may overlap.

    Ownership runs along a list: "Brittany Roe (mother), DOB 04/02/1998, (315) 289-0457,
    britt@..." gives the phone to her across the date, and the e-mail across the phone.
    """
    if not any(f.entity_type in OWNED_TYPES and f.action is Action.KEEP for f in findings):
        return list(findings)
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    kept = sorted(f.start for f in names if f.action is Action.KEEP)
    anchors = {f.end for f in names if f.action is not Action.KEEP}
    gone = sorted((f.start, f.end) for f in names if f.action is not Action.KEEP)
    anchors |= _relation_ends(text, kept)
    rows = _row_owners(text, findings)
    theirs: set[int] = set()
    for index, finding in sorted(enumerate(findings), key=lambda item: item[1].start):
        if finding.entity_type in NAME_TYPES:
            continue
        line_start = text.rfind("\n", 0, finding.start) + 1
        spelled = (
            email_names_owner(text, finding, names)
            if finding.entity_type == "EMAIL_ADDRESS" and finding.action is Action.KEEP
            else None
        )
        if spelled is False:  # "noor.haddad@..." for the subject Noor: hers
            continue
        labelled = _RELATION_AFTER.match(text, finding.end)
        if labelled is not None and finding.entity_type in CONTACT_TYPES:
            theirs.add(index)  # "(son's)" closes its owner: the next detail is not his
            anchors -= set(range(finding.end, labelled.end() + 1))
            continue
        if (
            spelled
            or (rows.get(line_start) is False and finding.entity_type in CONTACT_TYPES)
            or _owned_by_anchor(
                text, finding.start, anchors, kept, finding.entity_type not in CONTACT_TYPES
            )
            or _caller_after(text, finding, names)
            or (finding.action is Action.KEEP and section_owner(text, finding.start, names))
            or (
                finding.entity_type in CONTACT_TYPES
                and _PAID_TO.search(text, max(line_start, finding.start - 60), finding.start)
                is not None
            )
            or clause_topic_owner(
                text, finding.start, gone, kept, finding.entity_type not in CONTACT_TYPES
            )
            or _owned_from_afar(text, finding, names, anchors, kept)
        ):
            anchors.add(finding.end)  # what follows in the same list is theirs too
            theirs.add(index)
    return [
        f.with_action(Action.PLACEHOLDER)
        if i in theirs and f.entity_type in OWNED_TYPES and f.action is Action.KEEP
        else f
        for i, f in enumerate(findings)
    ]


def _owned_from_afar(
    text: str, finding: Finding, names: Sequence[Finding], anchors: set[int], kept: Sequence[int]
) -> bool:
    """A kept contact detail the text gives to someone who goes from further off than the
    words right before it (`redact.policy.contact_owners`)."""
    if finding.action is not Action.KEEP:
        return False
    if finding.entity_type not in CONTACT_TYPES:  # an address may be the household's
        return block_owner(text, finding, names) or addressee_owner(text, finding, names)
    return (
        opening_detail_owner(text, finding.start, anchors, kept)
        or signature_owner(text, finding, names)
        or author_owner(text, finding, names)
        or block_owner(text, finding, names)
    )


#: A row of a table: cells set apart by pipes or tabs.
_CELL_BREAK = re.compile(r"\||\t")


def _row_owners(text: str, findings: Sequence[Finding]) -> dict[int, bool]:
    """For each table row holding a name, keyed by where the row starts: True when a name
    in it stays (the subject's, a professional's), False when every name in it goes. A
    phone number in a row of "| Okafor, Emeka | Father | 206-... |" is the father's, as
    surely as one written right after his name."""
    rows: dict[int, bool] = {}
    for finding in findings:
        if finding.entity_type not in NAME_TYPES:
            continue
        start = text.rfind("\n", 0, finding.start) + 1
        end = text.find("\n", finding.end)
        if len(_CELL_BREAK.findall(text, start, len(text) if end < 0 else end)) < 2:
            continue
        rows[start] = rows.get(start, False) or finding.action is Action.KEEP
    return rows
