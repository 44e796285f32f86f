"""Names written in lower case in message logs and hurried notes, found by their cues.

Text-message logs and chat exports keep what people typed: "ms harjo u up", "its just my
moms bf curtis trippin again", "he swung first ask hodan", "brody keep posting me". NER
misses nearly all of it (it leans on capitals), and a lower-case word cannot be taken as a
name on its own. The cue makes it one:

- a lower-case title: "dr healey", "ms harjo";
- a speaker label after a time stamp: "9/14  9:42 PM   zay: ...", "23:51  From dez.a86: ..."
  (a label with a digit, dot or underscore is a user name, taken whole);
- a relation word, with or without a possessive: "my moms bf curtis", "his cousin ronan";
- a verb or preposition that takes a person: "ask hodan", "with brody", "tell matteo";
- the first word of a message in a log, when it is a given name: "brody keep posting";
- a place in a message where only a person stands, for a nickname no list has: the subject
  of a verb after a modal ("can lolo bring the kids"), what "my <someone> is" names ("my
  new sponser is deb"), whom one tells or asks ("tell jojo i said hi"), who is greeted or
  thanked at the end of a message ("ok deb"), a possessive before a person's or a place's
  word ("lolo's house"), and a message's first word before a verb of speech ("deb said").

The word after the cue must look like a name: a listed name that is not a common English
word ("curtis", "brody"; not "will" or "mark"), or a word English does not know ("hodan").
In the person-only places, a nickname only has to be uncommon (wordfreq's web counts know
"lolo" and "jojo") and no chat word, role word or term of meaning (`nickname_like`).
Other mentions of it, in any case, are then found by name propagation, and across the
release by its name lexicon (`redact.detect.lexicon`).
"""

from __future__ import annotations

import re

import regex

from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.wordlists import given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "LowerCaseName"
SCORE = 0.6
#: A listed name after a strong cue (a title, a relation) is taken below this frequency.
MAX_CUED_ZIPF = 4.3
#: After a weak cue (a verb), or at a message start, the bar is lower.
MAX_WEAK_ZIPF = 3.5

#: A speaker label is a name unless it is a role or a common English word ("Worker").
MAX_LABEL_ZIPF = 4.0

#: Cue words, each with the bar its next word must pass: titles and relations strong,
#: verbs and prepositions weak.
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "coach", "officer", "judge"})
RELATION_WORDS = _RELATIONS = frozenset(
    {
        "bf", "gf", "boyfriend", "girlfriend", "bae", "bro", "brother", "sis", "sister",
        "cousin", "cuz", "friend", "homie", "homeboy", "homegirl", "mom", "mommy", "dad",
        "daddy", "granny", "grandma", "grandpa", "nana", "aunt", "auntie", "tia", "tio",
        "uncle", "stepdad", "stepmom", "stepbrother", "stepsister", "teacher", "coach",
        "neighbor", "neighbour", "roommate", "ex", "son", "daughter", "nephew", "niece",
        "godmother", "godfather", "stepson", "stepdaughter", "sponsor", "sponser",
    }
)  # fmt: skip
_VERBS = frozenset(
    {
        "ask", "asked", "tell", "told", "call", "called", "text", "texted", "with", "w/",
        "and", "from", "saw", "see", "seen", "meet", "met", "hit", "punched", "fought",
        "like", "likes", "love", "loves", "hate", "hates", "bout", "about",
    }
)  # fmt: skip
#: A cue word and the word after it on the same line: one scan, the cue looked up in a set
#: (an alternation of the cue words, tried at every word, cost five times as much).
_PAIR = re.compile(r"(?<![A-Za-z])([A-Za-z]+/?)(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)")
#: Outside a message log only titles are cues ("dr healey"): other lower-case words are
#: read only where people write in lower case, and scanning every word pair of every note
#: would cost more than the rest of the name search.
_TITLE_PAIR = re.compile(
    r"(?<![A-Za-z])((?i:dr|mr|mrs|ms|mx|miss))(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)"
)
#: A time stamp, then a speaker label: "9/14  9:42 PM   zay: ", "10:02 harjo: ".
_SPEAKER = regex.compile(
    r"^[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t\-–]+(?:(?i:from|to|by)[ \t]+)?"
    r"(\p{L}[\p{L}\d'’._-]*):[ \t]+(\p{Ll}[\p{L}'’-]*)?",
    regex.MULTILINE,
)
#: A speaker label with a digit, a dot or an underscore inside is a user name ("dez.a86").
_HANDLE_LABEL = regex.compile(r"\p{L}.*[\d._]")
#: Labels in a log that are roles, not people.
_ROLES = frozenset(
    {
        "me", "you", "worker", "staff", "client", "student", "parent", "guardian", "mom",
        "dad", "mother", "father", "sw", "counselor", "teacher", "admin", "system", "note",
        "re", "subject", "from", "to", "date", "time", "cc", "caller", "agent", "officer",
        "nurse", "doctor", "therapist", "youth", "minor", "sender", "recipient", "unknown",
    }
)  # fmt: skip
#: Words after a cue that are never names, however rare they look (chat fillers, pronouns).
CHAT_WORDS = _NOT_NAMES = frozenset(
    {
        "u", "ur", "ya", "yall", "im", "ima", "idk", "lol", "lmao", "fr", "nvm", "tho", "bc",
        "cuz", "bout", "gonna", "wanna", "gotta", "ok", "okay", "ight", "aight", "nah",
        "yea", "yeah", "yes", "no", "pls", "plz", "thx", "ty", "omg", "smh", "tbh", "rn",
        "bruh", "bro", "sis", "fam", "dude", "man", "him", "her", "them", "me", "us", "it",
        "the", "a", "an", "my", "his", "our", "their", "your", "this", "that", "and", "or",
    }
)  # fmt: skip


#: After a strong cue ("her sister anj"), a word this rare is a name even when unlisted:
#: typed short forms and nicknames are rare words, real words after "sister" are common.
MAX_UNLISTED_ZIPF = 2.0


def _name_like(word: str, bar: float) -> bool:
    """A listed name rarer than `bar` as a word, or a word English does not know (after a
    strong cue, one it hardly knows); each part of a hyphenated word too ("re-entry" is no
    name)."""
    if word in _NOT_NAMES or len(word) < 3:
        return False
    unlisted = MAX_UNLISTED_ZIPF if bar >= MAX_CUED_ZIPF else 0.0
    for part in word.split("-"):
        frequency = zipf(part)
        listed = part in person_names() and frequency < bar
        if not (listed or frequency == 0.0 or frequency < unlisted):
            return False
    return True


#: In a place where only a person stands, a word rarer than this is a nickname.
MAX_NICKNAME_ZIPF = 3.6
#: Words of chat that stand where a name could: greetings, endearments, shorthand.
_CHAT_SHORTHAND = frozenset({
    "nite", "tmrw", "tmr", "tmrrw", "appt", "bday", "hw", "ttyl", "gn", "gm", "brb", "ily",
    "luv", "xoxo", "xo", "hun", "hon", "babe", "bae", "sweetie", "honey", "dear", "girl", "boo",
    "kiddo", "buddy", "bud", "champ", "mama", "papa", "mami", "papi", "mija", "mijo", "homie",
    "everybody", "everyone", "someone", "somebody", "anyone", "anybody", "nobody", "noone",
    "yall", "ya'll", "ppl", "peeps", "thru", "tho", "ofc", "def", "prob", "probs", "sry",
    "srry", "sorry", "thanks", "welcome", "hbu", "wyd", "wbu", "asap", "nvm", "ikr", "irl",
    "cya", "yessir", "yup", "nope", "kk", "mk", "hmu", "tbd", "lmk", "fyi",
})  # fmt: skip
#: Verbs a person does in a message: after a modal, the word before one is its subject.
_PERSON_VERBS = (
    r"bring|pick|come|take|watch|drive|stay|keep|help|visit|go|get|call|text|see|babysit|meet"
    r"|give|have|sleep|make|drop|walk|ride|sign|say|tell|ask|talk|be"
)
_SPEECH_VERBS = (
    r"said|says|told|tells|called|calls|texted|texts|asked|asks|came|comes|brought|brings"
    r"|picked|took|gave|wants|wanted|thinks|knows|is coming|was here|was there|is here"
    r"|yelled|left"
)
_NICK = r"(?P<n>[a-z][a-z'’]*[a-z])"
#: Places in a message where only a person stands (lower-case text of a log).
_NICK_PLACES = tuple(
    re.compile(place, re.MULTILINE)
    for place in (
        rf"\b(?:can|could|will|would|should|did|does|cant|can't|wont|won't|didnt|didn't"
        rf"|may|might|shall)[ \t]+{_NICK}[ \t]+(?:{_PERSON_VERBS})\b",
        rf"\bmy[ \t]+(?:new[ \t]+|old[ \t]+|real[ \t]+|ex[ \t]+)?[a-z]+[ \t]+(?:is|was|=)"
        rf"[ \t]+{_NICK}\b",
        rf"\b(?:tell|ask|told|asked|thank|thanks|thx|ty|hi|hey|hello|bye|ok|okay|sorry"
        rf"|love you|love u|miss you|miss u|night|morning)[ \t,]+{_NICK}"
        rf"(?=[ \t]*(?:$|[.,!?;:)]|[ \t](?:i|that|to|we|u|you|for|about|if)\b))",
        rf"\b{_NICK}(?:'s|’s)[ \t]+(?:house|place|apartment|apt|car|mom|dad|kids?|son"
        rf"|daughter|party|bday|birthday|room|phone|number|bf|gf|boyfriend|girlfriend"
        rf"|sister|brother|baby|wedding|funeral|school|job|work)\b",
    )
)
#: A message's or a sentence's first word before a verb of speech: "deb said she can do
#: sat", "... again. dre was there".
_SPEAKS = re.compile(rf"^{_NICK}[ \t]+(?:{_SPEECH_VERBS})\b")
_SPEAKS_AFTER_STOP = re.compile(rf"[.!?][ \t]+{_NICK}[ \t]+(?:{_SPEECH_VERBS})\b")


def nickname_like(word: str) -> bool:
    """A lower-case word that, where only a person stands, is a nickname: uncommon as
    a word, and no chat word, relation, role, pronoun or term of meaning."""
    if len(word) < 3 or not word.isalpha():
        return False
    if word in _NOT_NAMES or word in _CHAT_SHORTHAND or word in _RELATIONS or word in _ROLES:
        return False
    if zipf(word) >= (MAX_CUED_ZIPF if word in given_names() else MAX_NICKNAME_ZIPF):
        return False
    return not is_meaning(word) and not is_clinical(word)


def _nickname_findings(text: str) -> set[tuple[int, int]]:
    """Spans of nicknames in the person-only places of a message log."""
    spans = {
        m.span("n")
        for place in _NICK_PLACES
        for m in place.finditer(text)
        if nickname_like(m.group("n"))
    }
    for line in _SPEAKER.finditer(text):
        speaks = _SPEAKS.match(text, line.start(2)) if line.group(2) else None
        if speaks and nickname_like(speaks.group("n")):
            spans.add(speaks.span("n"))
        end = text.find("\n", line.end())
        for later in _SPEAKS_AFTER_STOP.finditer(text, line.end(), end if end >= 0 else len(text)):
            if nickname_like(later.group("n")):
                spans.add(later.span("n"))
    return spans


def lower_case_name_findings(text: str) -> list[Finding]:
    """PERSON findings for lower-case names after a title, a relation, a verb, or as a
    speaker label or the first word of a message in a log."""
    spans: set[tuple[int, int]] = set()
    chat = _SPEAKER.search(text) is not None
    pairs = _PAIR.finditer(text) if chat else _TITLE_PAIR.finditer(text)
    for match in pairs:
        cue = match.group(1).casefold()
        dotted = len(match.group(2)) > len(match.group(2).lstrip("."))
        if cue in _TITLES or (cue in _RELATIONS and not dotted):
            bar = MAX_CUED_ZIPF
        elif cue in _VERBS and not dotted and match.group(1).islower():
            bar = MAX_WEAK_ZIPF
        else:
            continue
        if _name_like(match.group(3), bar):
            spans.add(match.span(3))
    if chat:
        spans |= _nickname_findings(text)
    for line in _SPEAKER.finditer(text):
        label = line.group(1)
        folded = label.casefold().rstrip(".")
        if _HANDLE_LABEL.fullmatch(label.rstrip(".")):
            spans.add(line.span(1))  # a user name: the whole of it
        elif folded not in _ROLES and folded not in _NOT_NAMES and zipf(folded) < MAX_LABEL_ZIPF:
            spans.add(line.span(1))
        first = line.group(2)
        if first and first in given_names() and _name_like(first, MAX_WEAK_ZIPF):
            spans.add(line.span(2))
    return [Finding(s, e, "PERSON", SCORE, source=SOURCE) for s, e in sorted(spans)]
