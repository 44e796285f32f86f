"""Reading a group-session note once: is it one, and who are the other members?

A group note names its members in a roster ("Present (5): A. Diaz, K. Moss, R.T."), in
list items that open with a member ("- Kyla Moss said...", "- R.T. (Rosa Tran, 9th) was
quiet"), and in "Name:" lines. Knowing them lets the group-disclosure topic withhold a
sentence that names a member anywhere ("LH met with Rosa after group; report made..."),
not only one that opens with a disclosure verb, and catch the first names, surnames,
initials and lower-case spellings a note uses later. The subject of the request and the
facilitators (a "Facilitators:" line, anyone with a credential such as ", LCSW") are never
members. Everything found stays in memory for the one text.
"""

from __future__ import annotations

import re

#: Words that name the group or its session, not a member.
GROUP_NOTE = re.compile(
    r"\bgroup\s+(?:session|note|process|therapy|counsel\w*|meeting|members?|check-in|rules"
    r"|agreement|curriculum)\b|\b(?:session|week)\s+\d+\s+of\s+\d+\b"
    # a couples or family session: the other partner's words are theirs as a member's are
    r"|\b(?:couples?|conjoint|joint|marital)\s+(?:session|therapy|counsel\w*|note)\b"
    # a multi-family group: the other families' parents and siblings are members too
    r"|\bmulti-?family\s+(?:group|session|night|therapy|meeting)\b"
    r"|^\W*families\s+present\b"
    r"|^\W*(?:members?|participants?"
    r"|attendees?|youth|students?|clients?)\s+present\b",
    re.IGNORECASE | re.MULTILINE,
)
ROSTER = re.compile(
    # at a line's start, or after a dash or bar in a heading ("Session 6 — Clients: ...")
    r"(?:^[\W\d]*|[ \t][—–|][ \t]*)(?:group\s+)?(?:members?|participants?|attendees?|youth"
    r"|students?|clients?|present|in attendance|attendance)(?:\s+present)?\W{0,3}"
    r"(?:\(\d+\))?\W{0,3}:\**\s*"
    r"(?P<names>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
STAFF_LINE = re.compile(
    r"^[\W\d]*(?:co-?)?(?:facilitators?|facilitated by|leaders?|group leaders?|clinicians?"
    r"|therapists?|counselors?|staff|writers?|authors?|notes? by)\W{0,3}:?\**\s*(?P<names>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
CREDENTIALED = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]+),?\s+(?:LCSW|LMSW|LICSW|MSW|BSW|LPC|LPCC"
    r"|LMHC|LMFT|LSW|LCPC|LCDC|CADC|PhD|PsyD|MD|RN|NP|LSSP|QMHP)\b"
)
NAME = (
    r"(?:(?:[A-Z]\.){2,4}|(?:(?:Mr|Ms|Mrs|Mx)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?){0,2}"
    r"|[A-Z]\.\s+[A-Z][\w'’-]+)"
)
#: "R.T. (Rosa T.)", "N.C. (Nia C., 7th)": a name with its alias.
ALIAS = r"(?:\s*\((?P<alias>[^),;]{1,40})[^)]{0,30}\))"
_ALIAS2 = ALIAS.replace("alias", "alias2")
SPEECH = (
    r"(?:said|says|shared|disclosed|revealed|admitted|confided|reported|reports|stated|states"
    r"|described|explained|talked|spoke|told|mentioned|noted|asked|cried|became tearful"
    r"|opened up|processed|complained|denied|endorsed|identified|voiced|expressed)"
)
#: A parent or sibling of a member, as a multi-family group names them: "Kim's father, Mr.
#: Oduya, said...", "Jo's older sister Nell asked...": both the member and the relative.
_KIN = (
    r"(?:mother|father|mom|dad|mum|stepmother|stepfather|stepmom|stepdad|grandmother"
    r"|grandfather|grandma|grandpa|sister|brother|aunt|uncle|parents?|guardian)"
)
RELATIVE_HEAD = re.compile(
    rf"^[\W\d]*(?P<owner>{NAME})['’]s\s+(?:(?:older|younger|little|big|twin|step-?)\s*)?{_KIN}"
    rf"(?:\s*,\s*(?P<kin>{NAME})\s*,|\s+(?P<kin2>{NAME})(?:\s*\([^)]{{0,30}}\))?\s*,?)?"
    rf"\s+(?:also\s+)?{SPEECH}\b"
)
#: A member by given name and the initial of the surname, the way group notes write the
#: others ("Tia R. left early and..."): at a sentence's start, whatever the verb.
INITIALLED = re.compile(r"^[\W\d]*(?P<name>[A-Z][a-z'’-]+\s+[A-Z]\.)(?=\s+(?:\([^)]*\)\s+)?[a-z])")
#: A line's label before the sentence proper: "Other members: Tia (15) said..."
_LABEL = re.compile(r"^[\W\d]*[A-Z][\w '’/&-]{0,30}:\s+")
HEAD = re.compile(
    rf"^[\W\d]*\**(?P<name>{NAME})\**{ALIAS}?(?:\**\s*[:,]\**|\s+(?:was|became|seemed|appeared"
    rf"|mostly|only|also|then|later|again|first|\w+ly|[a-z]+ed)(?:\s+\w+)?,?(?:\s+and)?)?"
    rf"(?:\s+(?:he|she|they))?\s+{SPEECH}\b(?!\s+by\b)"
    rf"|^[ \t]*(?:[-*•‣▪]|\d{{1,2}}[.)])\s+\**(?P<named>{NAME})\**{_ALIAS2}",
)
#: Where a sentence may open inside a line: after a full stop and a space.
_SENTENCE_OPENS = re.compile(r"^|(?<=[.!?] )|(?<=[.!?][\"”)] )", re.MULTILINE)
#: An acronym ("ISS", "DAEP") or anything with a digit is not a member's name.
_NOT_A_NAME = re.compile(r"^[A-Z]{3,}\W*$|\d")
#: Titles of people who are not group members: "Coach Medrano said..." is staff.
_STAFF_TITLE = re.compile(
    r"^\W*(?:dr|coach|officer|ofc|judge|nurse|principal|ap|det|sgt|teacher|counselor|mrs?\.?\s+\w+"
    r",\s+(?:the|our)\s)\b",
    re.IGNORECASE,
)
#: Between two members, or between a member and the nickname a cue gives ("Keon T. (goes by
#: Biscuit)", 'Tyrell aka "Tank"'): the cue's words and quotes are no one's name.
_SPLIT = re.compile(
    r"\s*(?:[,;/&+]|\band\b|\s[-–—]\s|\(|\)|[\"“”]"
    r"|\b(?i:aka|a\.k\.a\.?|goes\s+by|known(?:\s+\w+){0,3}?\s+as)\b)\s*"
)
_TITLE = re.compile(r"^(?:mr|ms|mrs|mx|dr|miss|coach)\.?$", re.IGNORECASE)
#: Lower-case words that are also first names: matched only as written, capitalised.
COMMON = frozenset({
    "will", "hope", "grace", "joy", "faith", "mark", "bill", "rose", "may", "june", "april",
    "summer", "sky", "chase", "hunter", "rich", "guy", "sunny", "crystal", "dawn", "destiny",
    "king", "young", "brown", "white", "black", "green", "long", "ray", "jack", "art", "bob",
    "pat", "sue", "max", "ali", "lee", "an", "al", "jo", "ed", "ty", "bo", "so", "me", "my",
    "we", "he", "she", "the", "and", "out", "iss", "oss", "daep", "member", "members",
})  # fmt: skip
NOT_NAMES = frozenset({
    "client", "writer", "worker", "clinician", "therapist", "facilitator", "facilitators",
    "supervisor", "patient", "she", "he", "they", "it", "this", "that", "the", "mother",
    "father", "mom", "dad", "grandmother", "grandfather", "grandma", "teacher", "counselor",
    "staff", "group", "member", "members", "participant", "participants", "everyone",
    "nobody", "someone", "no", "yes", "peers", "peer", "student", "students", "youth",
    "coach", "nurse", "principal", "officer", "judge", "most", "all", "some", "each",
    "both", "none", "one", "two", "three", "several", "many", "few", "present", "absent",
    "plan", "goal", "topic", "date", "time", "session", "check-in", "homework", "campus",
    "curriculum", "location", "notes", "note", "process", "assessment", "intervention",
    "response", "summary", "attendance", "risk", "safety", "follow-up", "purpose",
    "objective", "subjective", "data", "i", "we", "you", "his", "her", "their", "others",
    "other", "another", "anyone", "somebody", "parent", "parents", "guardian", "caregiver",
    "aunt", "uncle", "sister", "brother", "family", "team", "school", "police", "court",
    "doctor", "psychiatrist", "caseworker", "social", "everybody",
})  # fmt: skip


def name_words(name: str) -> list[str]:
    """The words of a name, lower-cased, titles, possessives and single letters dropped."""
    tokens = (
        t.strip(".,'’\"*").removesuffix("'s").removesuffix("’s").lower() for t in name.split()
    )
    return [t for t in tokens if len(t) > 1 and not _TITLE.match(t)]


def initials(name: str) -> str | None:
    """The dotted initials of a name ("R.T." for "Rosa Tran", "R. Tran" or "R.T."), or None."""
    if re.fullmatch(r"(?:[A-Z]\.){2,4}", name.strip()):
        return name.strip()
    letters = [t[0] for t in re.findall(r"[A-Z][\w'’-]*", name) if not _TITLE.match(t)]
    return "".join(f"{c}." for c in letters) if len(letters) >= 2 else None


def initial_forms(name: str) -> set[str]:
    """The ways a note may abbreviate a person: "Rosa Tran-Lee" gives "r.t.l", "rtl", "r.t",
    "rt" (lower case, without the final point, as `name_words` leaves a token)."""
    forms: set[str] = set()
    for parts in (re.split(r"[\s]+", name), re.split(r"[\s-]+", name)):
        letters = [p[0].lower() for p in parts if p[:1].isupper() and not _TITLE.match(p)]
        if len(letters) >= 2:
            forms.update({".".join(letters), "".join(letters)})
    return forms


def is_group_note(text: str) -> bool:
    """Whether the text reads as a group-session note."""
    return bool(GROUP_NOTE.search(text))


def _staff_words(text: str) -> set[str]:
    words: set[str] = set()
    for line in STAFF_LINE.finditer(text):
        for part in _SPLIT.split(line.group("names")):
            words.update(name_words(part))
            if (found := initials(part)) is not None:
                words.add(found.replace(".", "").lower())
    for credentialed in CREDENTIALED.finditer(text):
        words.update(name_words(credentialed.group("name")))
        if (abbr := initials(credentialed.group("name"))) is not None:
            words.add(abbr.replace(".", "").lower())
    return words


def _written_lower(name: str, text: str) -> bool:
    """Whether a word of `name` also stands in the text in lower case: "Others shared..."
    opens with a word, not a name, when the note says "others" elsewhere."""
    return any(
        re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text)
        for word in name_words(name)
        if word.isalpha()
    )


def members(text: str, subject_words: frozenset[str]) -> list[str]:
    """The names (and initials) of group members other than the subject and the staff."""
    staff = _staff_words(text)
    candidates: list[str] = []
    for roster in ROSTER.finditer(text):
        candidates.extend(_SPLIT.split(roster.group("names")))
    for opening in _SENTENCE_OPENS.finditer(text):
        chunk = text[opening.start() : opening.start() + 200]
        label = _LABEL.match(chunk)
        for start in (chunk, chunk[label.end() :]) if label else (chunk,):
            candidates.extend(_opening_names(start, text, subject_words))
    found: list[str] = []
    for candidate in candidates:
        if _STAFF_TITLE.match(candidate) or _NOT_A_NAME.search(candidate.strip(" .*)")):
            continue
        words = name_words(candidate)
        if not words or set(words) & (subject_words | staff | NOT_NAMES):
            continue
        found.append(candidate.strip(" .*"))
    return found


def _opening_names(chunk: str, text: str, subject_words: frozenset[str]) -> list[str]:
    """The members a sentence opening names: a speaker, a list item's person, a member by
    given name and initial, a member's relative who speaks (and that member)."""
    found: list[str] = []
    head = HEAD.match(chunk)
    if head:
        said = [n for n in head.group("name", "named", "alias", "alias2") if n]
        found.extend(n for n in said if not _written_lower(n, text))
    initialled = INITIALLED.match(chunk)
    if initialled:
        found.append(initialled.group("name"))
    kin = RELATIVE_HEAD.match(chunk)
    if kin and not set(name_words(kin.group("owner"))) & subject_words:
        found.extend(n for n in kin.group("owner", "kin", "kin2") if n)
    return found


def members_pattern(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for every way the note may write the members: "Rosa", "Tran", "rosa",
    "R.T.", "r.t."; common words ("Will") only capitalised."""
    alternatives: set[str] = set()
    for name in names:
        abbr = initials(name)
        if abbr is not None:
            alternatives.add(re.escape(abbr).replace(r"\.", r"\.?") if len(abbr) > 4 else
                             re.escape(abbr))  # fmt: skip
            alternatives.add(re.escape(abbr.lower()))
        for token in name.split():
            written = token.strip(".,'’\"*()").removesuffix("'s").removesuffix("’s")
            word = written.lower()
            if len(word) < 2 or "." in word or _TITLE.match(word) or word in NOT_NAMES:
                continue
            alternatives.update({re.escape(written), re.escape(written[:1].upper() + word[1:])})
            if len(word) > 2 and word not in COMMON:
                alternatives.add(re.escape(word))
    if not alternatives:
        return None
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")
