"""Names written in lower case in message logs and hurried notes, found by their cues.

Text-message logs and chat exports keep what people typed: "ms harjo u up", "its just my
moms bf curtis trippin again", "he swung first ask hodan", "brody keep posting me". NER
misses nearly all of it (it leans on capitals), and a lower-case word cannot be taken as a
name on its own. The cue makes it one:

- a lower-case title: "dr healey", "ms harjo", or a care role in capitals written as one:
  "RN deepa", "HHA marisol";
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

Relations and verbs are cues in a message log and in any paragraph written all in lower
case (`case_style`): a voicemail transcription ("my wife dee says ok") is typed like a log.

The word after the cue must look like a name: a listed name that is not a common English
word ("curtis", "brody"; not "will" or "mark"), or a word English does not know ("hodan").
In the person-only places, a nickname only has to be uncommon (wordfreq's web counts know
"lolo" and "jojo") and no chat word, role word or term of meaning (`nickname_like`).
Other mentions of it, in any case, are then found by name propagation, and across the
release by its name lexicon (`redact.detect.lexicon`).

Voicemail transcripts, portal threads and home-health aide notes add more:

- in a log or a lower-case paragraph, a given name of the English lists that is no English
  word (`wordlists.plain_given_names`: the spaCy model's lemma index is the English side)
  is a name with no cue at all ("shes scared travis gets out");
- a caller names themselves or whom they call: "hi this is renee", "it's farrah at the
  bank", "hey dee", "jax here", "calling for miss rowntree"; and a listed name before a
  verb a person does ("cody didn't steal"), a pairing ("me and dre"), a two-letter "j"
  nickname ("jj keeps dming me");
- in any note, however capitalised: a kin or household word as terse notes write it
  ("son ricky in tulsa", "gs jax home", 'bf "cody"', "my buddy rico"), a possessive
  before a person's thing ("called jax's cell"), a quotation that opens on a name and a
  verb ('pt states "renee has my card."'), a parenthesis of kin ("destiny (his new gf)");
- a lower-case surname after a found given name ("marty kowal").

In a message line, too: a kin word of the languages clients write in ("hooyo fadumo",
"abuela consuelo"); a listed given name before a person's act or feeling ("ramon said",
"duane was mad") or as a possessive ("at brandon's party", "keep rickys # handy"); and a
word joined by "and" or a comma to a name found there ("idris and warsan have fever"); the
word after a greeting that opens a message, in English or a client's language ("salaam
wendimu the landlord came", "hola yesenia").

A given name that English also has as a word needs a cue, and never one that English has
as a verb, adjective or adverb ("it's sunny", "this is will"): "faith", "hope" and "mark"
stay words.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.client_kin_names import CLIENT_KIN_WORDS, client_kin_name_spans
from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.meaning_terms import ASSESSMENTS, CLINICAL_ABBREVIATIONS, KIN_WORDS
from redact.detect.message_slots import handle_part_spans, kin_name_spans, slot_name_spans
from redact.detect.relation_words import CORE_RELATIONS
from redact.detect.word_names import word_name, word_name_spans
from redact.detect.wordlists import (
    english_non_nouns,
    english_words,
    given_names,
    person_names,
    plain_given_names,
    zipf,
)
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
#: Ranks and roles people put before a worker's surname in a message ("chaplain mcbride",
#: "det ruiz", "my po hendricks", "seeing np sethi") are titles there too.
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "miss", "coach", "officer", "judge", "chaplain",
     "detective", "det", "sgt", "sergeant", "deputy", "trooper", "lieutenant", "lt",
     "agent", "counselor", "counsellor", "therapist", "advocate", "attorney", "atty",
     "lawyer", "principal", "professor", "prof", "nurse", "np", "po", "ranger", "warden",
     # clergy before a surname ("pastor okafor"); before a given name, see _KIN_TITLES
     "pastor", "reverend", "rev", "deacon", "imam", "rabbi"}
)  # fmt: skip
RELATION_WORDS = _RELATIONS = (
    CORE_RELATIONS
    | frozenset(
        {
            "bf", "gf", "bae", "bro", "sis", "cuz", "homie", "homeboy", "homegirl", "mommy",
            "daddy", "granny", "nana", "auntie", "tia", "tio", "stepbrother", "stepsister",
            "teacher", "coach", "ex", "godmother", "godfather", "stepson", "stepdaughter",
            "sponser", "grandson", "granddaughter", "fiance", "fiancee", "buddy", "bestie",
            "pal", "gs", "gd", "dtr", "grandkid", "grandchild", "landlady",
        }
    )
    # kin words of the languages clients write in, typed in a message as English ones
    | CLIENT_KIN_WORDS
    # Ojibwe, Cree, Dakota and Lakota grandparents ("kookum geri", "unci lorraine")
    | KIN_WORDS
)  # fmt: skip
_VERBS = frozenset(
    {
        "ask", "asked", "tell", "told", "call", "called", "text", "texted", "with", "w/",
        "and", "from", "saw", "see", "seen", "meet", "met", "hit", "punched", "fought",
        "like", "likes", "love", "loves", "hate", "hates", "bout", "about", "w",
    }
)  # fmt: skip
#: A cue word and the word after it on the same line: one scan, the cue looked up in a set
#: (an alternation of the cue words, tried at every word, cost five times as much).
_PAIR = re.compile(r"(?<![A-Za-z])([A-Za-z]+/?)(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)")
#: Outside a message log and lower-case paragraphs only titles are cues ("dr healey"):
#: other lower-case words are read only where people write in lower case, and scanning
#: every word pair of every note would cost more than the rest of the name search.
_TITLE_PAIR = re.compile(
    r"(?<![A-Za-z])((?i:dr|mr|mrs|ms|mx|miss)"
    r"|(?-i:RN|LPN|LVN|NP|SW|HHA|CNA|STNA|PCA|MHW|MHT|DSP|PCT))"
    r"(\.?[ \t]+)(?=([a-z][a-z'’-]*[a-z])\b)"
)
#: Care roles written in capitals before a name, as a title is: "RN deepa", "HHA marisol".
#: Behavioural-health and residential staff too: "MHW tariq", "DSP kendra", "PCT lou".
_ROLE_TITLES = frozenset(
    {"rn", "lpn", "lvn", "np", "sw", "hha", "cna", "stna", "pca", "mhw", "mht", "dsp", "pct"}
)
#: A time stamp, then a speaker label: "9/14  9:42 PM   zay: ", "10:02 harjo: ",
#: "2/14 10:05p  ari: ", "[9/28 8:14pm] client: ", "[3/8/25, 9:14:02 PM] jo: ",
#: "2025-03-08 21:14 - jo: ", "Sat, Mar 8, 2025 at 9:14 PM | jo: ", "3/8/25 9:14 PM, jo: ".
#: "[IG DM] 9/14 1:12a  jayy.wav503: ", "[SMS] 10/9 8:15a  juni: ": an export that tags
#: each line with its channel before the time stamp.
_CHANNEL = r"(?:\[[\p{L}\d][\p{L}\d .&/-]{0,18}\][ \t]*)?"
#: A speaker label: a word, or a user name that may open on digits or an underscore
#: ("4kitcat", "_junebug_", "4amtris") but holds a letter and is no ordinal or time ("2nd", "9pm").
_LABEL = (
    r"((?=[\d_]*\p{L})(?!\d{1,3}(?i:st|nd|rd|th|am|pm)(?![\p{L}\d]))"
    r"[\p{L}\d_][\p{L}\d'’._-]*)"
)
#: Emoji a phone saves with a contact's name ("dre💙", "jazz 🦋"), between label and colon.
_EMOJI_TAIL = r"(?:[ \t]?[\p{Extended_Pictographic}\uFE0F\u200D]+)?"
#: A label saved with an emoji is a contact a person saved in the phone: a name even when
#: English has the word ("jazz 🦋", "rome💙"), unless a role or kin word ("mama 💕").
_EMOJI_SAVED = regex.compile(r"[ \t]?[\p{Extended_Pictographic}]")
#: What people save a relative or a partner as, with a heart beside it: words, not names.
_ENDEARMENTS = frozenset(
    {"mama", "momma", "mommy", "mother", "ma", "papa", "pops", "daddy", "bro", "brother",
     "sis", "sister", "babe", "bae", "baby", "hubby", "wifey", "boo", "honey", "love",
     "son", "daughter", "grandma", "granny", "nana", "auntie", "bestie", "bff", "home",
     "work", "boss"}
)  # fmt: skip
#: A speaker label and the message's first word.
_LABEL_AND_WORD = _LABEL + _EMOJI_TAIL + r":[ \t]+(\p{Ll}[\p{L}'’-]*)?"
_SPEAKER = regex.compile(
    r"^[ \t]*" + _CHANNEL + r"\[?[ \t]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?),?[ \t]+(?:(?i:at)[ \t]+)?)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?(?:[Mm]\.?)?)?[ \t]*[\],]?[ \t\-–|]+(?:(?i:from|to|by)[ \t]+)?"
    + _LABEL_AND_WORD,
    regex.MULTILINE,
)
#: A speaker saved in the phone as two words, a name and an initial or a surname, as a
#: WhatsApp export writes it: "4/12/25, 19:02 - hodan w: ...", "Trang Nguyen: ...".
_SPEAKER_TWO = regex.compile(
    _SPEAKER.pattern.removesuffix(_LABEL_AND_WORD)
    + r"(\p{L}[\p{L}'’-]+)[ ](\p{L}\.?|\p{L}[\p{L}'’-]+):[ \t]",
    regex.MULTILINE,
)


def _two_word_speakers(text: str) -> list[tuple[int, int]]:
    """Spans of two-word speaker labels that are a person's name: each word a name or an
    initial, none a word English knows ("hodan w", not "case manager"); or a name after
    a kin word the contact was saved with ("ma bea": the label is her name in that phone,
    taken whole)."""
    spans = []
    for line in _SPEAKER_TWO.finditer(text):
        first, second = line.group(1).casefold(), line.group(2).casefold().rstrip(".")
        if first in _LABEL_KIN and _name_like(second, MAX_CUED_ZIPF, MAX_TITLE_UNLISTED_ZIPF):
            # "ma bea", "aunty tessa": a contact saved by kin, whose phone names her so
            spans.append((line.start(1), line.end(2)))
            continue
        if first in english_words() or zipf(first) >= MAX_LABEL_ZIPF or first in _ROLES:
            continue
        listed = second in person_names()  # "lupita domingo": a surname English also has
        if len(second) > 1 and (
            (second in english_words() and not listed) or zipf(second) >= MAX_LABEL_ZIPF
        ):
            continue
        spans.append((line.start(1), line.end(2)))
    return spans


#: A speaker label with a digit, a dot or an underscore inside is a user name ("dez.a86"),
#: and so is one that opens on digits or an underscore ("4amtris", "_junebug_").
_HANDLE_LABEL = regex.compile(r"\p{L}.*[\d._]|[\d_].*\p{L}.*")
#: Labels in a log that are roles, not people.
_ROLES = frozenset(
    {
        "me", "you", "worker", "staff", "client", "student", "parent", "guardian", "mom",
        "dad", "mother", "father", "sw", "counselor", "teacher", "admin", "system", "note",
        "re", "subject", "from", "to", "date", "time", "cc", "caller", "agent", "officer",
        "nurse", "doctor", "therapist", "youth", "minor", "sender", "recipient", "unknown",
        "them", "pt", "patient", "cw", "aide", "hha", "rn", "lpn", "md", "np", "advocate",
        "caseworker", "in", "out", "incoming", "outgoing", "sent", "received",
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
        "finna", "imma",
    }
)  # fmt: skip


#: After a strong cue ("her sister anj"), a word this rare is a name even when unlisted:
#: typed short forms and nicknames are rare words, real words after "sister" are common.
MAX_UNLISTED_ZIPF = 2.0


#: After "mr", "mrs" or "ms." a word is a surname whatever English makes of it ("mr
#: brown", "mrs. young"), unless it is a function word this common, or a term of meaning.
MAX_SURNAME_AFTER_TITLE_ZIPF = 6.0


def _surname_title(cue: str, dotted: bool) -> bool:
    """ "mr", "Mrs", "ms." (never "MR" or "MS", nor "ms" bare: multiple sclerosis)."""
    if not (cue.islower() or cue.istitle()):
        return False
    folded = cue.casefold()
    return folded in {"mr", "mrs"} or (folded == "ms" and dotted)


def _after_surname_title(word: str) -> bool:
    """A word after "mr" or "mrs" that is a surname: no function or chat word, no term."""
    if len(word) < 2 or word in _NOT_NAMES or word in _CHAT_SHORTHAND:
        return False
    if any(zipf(part) >= MAX_SURNAME_AFTER_TITLE_ZIPF for part in word.split("-")):
        return False
    return not is_meaning(word) and not is_clinical(word)


#: After a title ("miss rowntree", "mr feeney") an unlisted word this rare is a surname:
#: a title is followed by a name or by a common word ("miss school", "dr appt").
MAX_TITLE_UNLISTED_ZIPF = 2.5


#: Kin words and clergy titles said before a given name ("uncle ray", "aunt rose", "tia
#: rosa", "pastor wes", "deacon ray"):
#: there a listed given name is the person's even when English has the word ("ray",
#: "joy", "rose"), unless English uses it too often to be one ("uncle will", "aunt is").
_KIN_TITLES = frozenset(
    {"uncle", "aunt", "auntie", "tia", "tio", "cousin", "cuz", "grandma", "grandpa", "nana",
     "granny", "godmother", "godfather", "pastor", "reverend", "rev", "deacon", "imam",
     "rabbi"}
)  # fmt: skip
#: A contact saved as a kin word or an honorific and a name ("ma bea", "aunty tessa",
#: "mama tunde", "tio rigo"): the name is the second word, the line a message.
_LABEL_KIN = (
    _KIN_TITLES
    | _ENDEARMENTS
    | {"aunty", "mami", "mamie", "mum", "papi", "pa", "tata", "baba", "mamá", "papá"}
) - {"home", "work", "boss", "love", "honey"}


#: After a kin title, a listed noun-only name is taken below this frequency.
MAX_KIN_TITLE_ZIPF = 5.0


def _kin_title_name(word: str) -> bool:
    """A listed given name after a kin title, rarer than a function word or a modal."""
    return (
        word in given_names()
        and zipf(word) < MAX_KIN_TITLE_ZIPF
        and word not in _NOT_NAMES
        and word not in _RELATIONS
        and word not in _ROLES
        and not is_clinical(word)
        and not is_meaning(word)
    )


def _name_like(word: str, bar: float, unlisted: float | None = None) -> bool:
    """A listed name rarer than `bar` as a word, or a word English does not know (after a
    strong cue, one it hardly knows, rarer than `unlisted`); each part of a hyphenated word
    too ("re-entry" is no name)."""
    if word in _NOT_NAMES or len(word) < 3 or is_clinical(word) or word in _CHAT_SHORTHAND:
        return False  # "and guanfacine at bedtime": a drug is no one
    if unlisted is None:
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
        rf"(?=[ \t]*(?:$|[.,!?;:)]|[ \t](?:i|im|i'm|i’m|ima|that|to|we|u|you|ur|for|about|if"
        rf"|my|he|she|they)\b))",
        rf"\b{_NICK}(?:'s|’s)[ \t]+(?:house|place|apartment|apt|car|mom|dad|kids?|son"
        rf"|daughter|party|bday|birthday|room|phone|number|bf|gf|boyfriend|girlfriend"
        rf"|sister|brother|baby|wedding|funeral|school|job|work)\b",
    )
)
#: A message's or a sentence's first word before a verb of speech: "deb said she can do
#: sat", "... again. dre was there".
#: (Matched at the word after the label: no "^", which `match` at a position never meets.)
_SPEAKS = re.compile(rf"{_NICK}[ \t]+(?:{_SPEECH_VERBS})\b")
_SPEAKS_AFTER_STOP = re.compile(rf"[.!?][ \t]+{_NICK}[ \t]+(?:{_SPEECH_VERBS})\b")


def nickname_like(word: str) -> bool:
    """A lower-case word that, where only a person stands, is a nickname: uncommon as
    a word, and no chat word, relation, role, pronoun or term of meaning (but for a term
    that is only a capitals acronym and reads as a syllable: "pri and i had it out" is
    no Perceptual Reasoning Index)."""
    if len(word) < 3 or not word.isalpha():
        return False
    if word in _NOT_NAMES or word in _CHAT_SHORTHAND or word in _RELATIONS or word in _ROLES:
        return False
    if zipf(word) >= (MAX_CUED_ZIPF if word in given_names() else MAX_NICKNAME_ZIPF):
        return False
    if word in _syllable_acronyms():
        return True
    return not is_meaning(word) and not is_clinical(word)


#: An acronym reads as a short form of a name when this many listed given names begin so.
MIN_NAMES_BEGUN = 5


@cache
def _syllable_acronyms() -> frozenset[str]:
    """Acronyms of meaning written only in capitals, of three or four letters, no English
    word, that begin `MIN_NAMES_BEGUN` listed given names or more ("PRI": Priya, Priscilla),
    folded: typed in lower case where only a person stands, such a syllable is a name's
    short form, not the acronym."""
    acronyms = {
        term.casefold()
        for term in (*CLINICAL_ABBREVIATIONS, *ASSESSMENTS)
        if term.isupper() and term.isalpha() and 3 <= len(term) <= 4
    }
    begun: dict[str, int] = {}
    for name in given_names():
        for size in (3, 4):
            if len(name) > size and name[:size] in acronyms:
                begun[name[:size]] = begun.get(name[:size], 0) + 1
    return frozenset(
        acronym
        for acronym, count in begun.items()
        if count >= MIN_NAMES_BEGUN and acronym not in english_words()
    )


#: A message that opens on a greeting, in English or a client's language, names whom it
#: greets next: "salaam trang the heater is out", "hola marisol", "hi deb the bus is late".
_GREETING = re.compile(
    r"(?:hi|hey|hello|hiya|yo|salaam|salam|salaan|assalamu[ \t]+alaikum|hola|buenas|jambo"
    r"|habari|namaste|bonjour|marhaba|ciao|ola|olá|xin[ \t]+chao|chao)[ \t,]+"
    rf"{_NICK}\b(?!['’]\w)"
)

_LABEL_END = re.compile(r":[ \t]*")


#: A verb after a writer's own name, said of herself in the third person ("kit loves u",
#: "jojo misses you", "dee says hi").
_SELF_ACTS = re.compile(
    r"[ \t]+(?:loves?|misses|miss|says|said|thinks|wants|needs|hates|knows|promises|swears"
    r"|is[ \t]+(?:here|sorry|ok|okay|fine|proud|done)|gonna|will|can|cant|can't)\b"
)


def _self_named(line: re.Match[str] | regex.Match[str]) -> bool:
    """Whether a message opens on a word that the speaker's user name holds, before a
    verb ("4kitcat: kit loves u"): people write of themselves by the name their handle
    carries, even when English has the word ("kit")."""
    word, label = line.group(2), line.group(1).casefold()
    if not word or len(word) < 3 or word == label or word not in label:
        return False
    if word in _NOT_NAMES or word in _CHAT_SHORTHAND or word in _ROLES or is_meaning(word):
        return False
    return _SELF_ACTS.match(line.string, line.end(2)) is not None


def _nickname_findings(text: str) -> set[tuple[int, int]]:
    """Spans of nicknames in the person-only places of a message log."""
    spans = {
        m.span("n")
        for place in _NICK_PLACES
        for m in place.finditer(text)
        if nickname_like(m.group("n"))
    }
    starts = [line.start(2) for line in _SPEAKER.finditer(text) if line.group(2)]
    for _, end in _two_word_speakers(text):  # the message after "hodan w: "
        label_end = _LABEL_END.match(text, end)
        if label_end:
            starts.append(label_end.end())
    for start in starts:
        greeting = _GREETING.match(text, start)
        if greeting and nickname_like(greeting.group("n")):
            spans.add(greeting.span("n"))
    for line in _SPEAKER.finditer(text):
        speaks = _SPEAKS.match(text, line.start(2)) if line.group(2) else None
        if speaks and nickname_like(speaks.group("n")):
            spans.add(speaks.span("n"))
        if _self_named(line):
            spans.add(line.span(2))  # "4kitcat: kit loves u": the writer by her own name
        end = text.find("\n", line.end())
        for later in _SPEAKS_AFTER_STOP.finditer(text, line.end(), end if end >= 0 else len(text)):
            if nickname_like(later.group("n")):
                spans.add(later.span("n"))
    return spans


#: A label English has as a word speaks at least this often before it is taken as a name.
MIN_CONVERSATION_TURNS = 2


def _conversation_labels(lines: list[regex.Match[str]], named: bool) -> set[tuple[int, int]]:
    """Spans of lower-case speaker labels that English has as a common word but that take
    turns with a person in a conversation: "court:" (Courtney) beside "nate:" in a texted
    exchange. A note's timeline labels its fields in capitals ("10:30 Plan:"); a role, a
    kin word, an endearment or a term of meaning is no one's name."""
    if not named:  # no speaker of the log is a person: its labels are fields
        return set()
    turns: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        label = line.group(1)
        folded = label.rstrip(".")
        if (
            not folded.isalpha()
            or not folded.islower()
            or folded in _ROLES
            or folded in _NOT_NAMES
            or folded in _ENDEARMENTS
            or folded in _RELATIONS
            or folded in _KIN_TITLES
            or is_meaning(folded)
            or is_clinical(folded)
        ):
            continue
        turns.setdefault(folded, []).append(line.span(1))
    return {
        span
        for label, spans in turns.items()
        if len(spans) >= MIN_CONVERSATION_TURNS or word_name(label)  # "junior:" once
        for span in spans
    }


def speaker_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the speaker label of each time-stamped line of a message log."""
    return [line.span(1) for line in _SPEAKER.finditer(text)]


def lower_case_name_findings(text: str) -> list[Finding]:
    """PERSON findings for lower-case names after a title, a relation, a verb, or as a
    speaker label or the first word of a message in a log."""
    spans: set[tuple[int, int]] = set(_two_word_speakers(text))
    chat = _SPEAKER.search(text) is not None or bool(spans)
    if chat:
        pairs = list(_PAIR.finditer(text))
    else:  # a lower-case paragraph (a transcription, a hurried note) is read like a log
        pairs = list(_TITLE_PAIR.finditer(text))
        for start, end in caseless_spans(text):
            pairs += _PAIR.finditer(text, start, end)
    for match in pairs:
        cue = match.group(1).casefold()
        dotted = len(match.group(2)) > len(match.group(2).lstrip("."))
        role_title = cue in _ROLE_TITLES and match.group(1).isupper()
        unlisted = None
        word = match.group(3)
        if _surname_title(match.group(1), dotted) and _after_surname_title(word):
            spans.add(match.span(3))  # "landlord mr brown", "mrs. young called"
            continue
        if cue in _KIN_TITLES and not dotted and _kin_title_name(word):
            spans.add(match.span(3))  # "uncle ray", "tia rosa": a kin word as a title
            continue
        if cue in _TITLES or role_title:
            bar, unlisted = MAX_CUED_ZIPF, MAX_TITLE_UNLISTED_ZIPF
        elif cue in _RELATIONS and not dotted:
            bar = MAX_CUED_ZIPF
        elif cue in _VERBS and not dotted and match.group(1).islower():
            bar = MAX_WEAK_ZIPF
            if word in english_words() and _cued_given_name(word):  # "with cody": a noun
                spans.add(match.span(3))
                continue
        else:
            continue
        if _name_like(word, bar, unlisted):
            spans.add(match.span(3))
    regions = _message_lines(text) + caseless_spans(text) if chat else caseless_spans(text)
    labelled = _bare_speaker_lines(text)
    if labelled:  # "tasha: ya omw" on two lines or more, with no time stamp
        spans.update(span for span, _ in labelled)
        regions = regions + tuple(line for _, line in labelled)
    if chat:
        spans |= _nickname_findings(text)
    spans |= _plain_names(text, regions) | _introduced_names(text, regions)
    spans |= _profession_named(text, regions)
    spans |= _initialled_names(text, regions)
    spans |= _cued_anywhere(text) | _field_names(text) | _capitals_after_kin(text)
    spans |= client_kin_name_spans(text)  # "stayed with abuela rosa", in any note
    common: list[regex.Match[str]] = []  # labels English has as a common word
    labels = 0
    for line in _SPEAKER.finditer(text):
        labels += 1
        label = line.group(1)
        folded = label.casefold().rstrip(".")
        saved = _EMOJI_SAVED.match(text, line.end(1)) is not None  # "jazz 🦋: ..."
        if _HANDLE_LABEL.fullmatch(label.rstrip(".")):
            spans.add(line.span(1))  # a user name: the whole of it
        elif (
            folded not in _ROLES
            and folded not in _NOT_NAMES
            and (
                zipf(folded) < MAX_LABEL_ZIPF
                or (saved and folded not in _KIN_TITLES | _ENDEARMENTS and not is_meaning(folded))
            )
        ):
            spans.add(line.span(1))
        else:
            common.append(line)
        first = line.group(2)
        if first in _KIN_TITLES:
            continue  # "deacon ray drove me": a title, and the name is after it
        if first and first in given_names() and _name_like(first, MAX_WEAK_ZIPF):
            spans.add(line.span(2))
    spans |= _conversation_labels(common, len(common) < labels)
    if chat:
        spans |= _message_cued(text, _message_lines(text))
        spans |= handle_part_spans(text)  # "@t.macon.tavi:", then "tavi"
    # a message log's lines are all messages, however their speakers are labelled
    slots = ((0, len(text)),) if chat else caseless_spans(text)
    spans |= slot_name_spans(text, slots) | kin_name_spans(text)  # "sorry about gene"
    spans |= word_name_spans(text, slots)  # "tell junior to call me"
    if chat:
        spans |= _coordinated(text, _message_lines(text), spans)
    spans |= _surnames_after(text, spans)
    return [Finding(s, e, "PERSON", SCORE, source=SOURCE) for s, e in sorted(spans)]


#: In a message, a listed given name before what only a person does or feels ("gary said
#: my spot is still mine", "shay was mad at her ex"), or as a possessive ("had beers at
#: cody's cookout", "keep mikes # handy"), is a name even when English knows it as a noun.
_PERSON_ACTS = re.compile(
    rf"(?<![\w'’@.#-]){_NICK}[ \t]+(?:said|says|told|tells|texted|called|wants|wanted|lied"
    r"|(?:is|was|got|gets|been)[ \t]+(?:mad|angry|pissed|upset|drunk|high|sick|jealous"
    r"|scared|mean|locked[ \t]+up|arrested|out|lying))\b"
)
_POSSESSIVE_NAME = re.compile(rf"(?<![\w'’@.#-]){_NICK}(?:'s|’s)(?![\w'’])")
_BARE_POSSESSIVE = re.compile(
    rf"(?<![\w'’@.#-]){_NICK}s[ \t]+(?:#|number|num|cell|phone|house|place|car|apt|room"
    r"|party|bday|birthday|wedding|funeral|mom|dad|kids"
    # kin, often where one stays ("i was at codys brothers", "crashing at jaydens cousins")
    r"|(?:brother|sister|cousin|aunt|auntie|uncle|grandma|grandmas|nana|gf|bf|girlfriend"
    r"|boyfriend|stepdad|stepmom)s?)(?!\w)"
)
_SAINT_BEFORE = re.compile(r"(?i:\bst\.?|\bsaint)[ \t]+$")
#: A bare possessive's stem, with its own cue before a number, is taken below this.
MAX_BARE_POSSESSIVE_ZIPF = 5.0


def _message_cued(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of listed given names a message cues by a person's act or a possessive."""
    spans = set()
    for start, end in regions:
        for pattern in (_PERSON_ACTS, _POSSESSIVE_NAME):
            for m in pattern.finditer(text, start, end):
                if _DETERMINER_BEFORE.search(text, max(start, m.start() - 12), m.start()):
                    continue  # "the hunter said", "my uncle's"
                if _SAINT_BEFORE.search(text, max(start, m.start() - 8), m.start()):
                    continue  # "the meeting at st lucy's": a church
                if _cued_given_name(m.group("n"), MAX_KIN_ZIPF, MAX_KIN_ZIPF):
                    spans.add(m.span("n"))
        for m in _BARE_POSSESSIVE.finditer(text, start, end):
            stem = m.group("n")
            if _cued_given_name(stem, MAX_BARE_POSSESSIVE_ZIPF, MAX_BARE_POSSESSIVE_ZIPF):
                spans.add((m.start("n"), m.end("n") + 1))
    return spans


#: A word joined to a found name in a message: "bashir and hamdi sick", "me, dre and kay";
#: the found name may be said as the first one's kin: "crying for tiva and her brother kesi".
_JOINED_BEFORE = re.compile(
    rf"(?<![\w'’@.#-]){_NICK}[ \t]*(?:,|[ \t](?:and|&|n))[ \t]+"
    r"(?:(?:her|his|their|my|ur|your)[ \t]+(?:lil[ \t]+|little[ \t]+|big[ \t]+)?"
    r"(?:brother|bro|sister|sis|cousin|son|daughter|baby|friend|bf|gf|mom|dad)[ \t]+)?$"
)
_JOINED_AFTER = re.compile(rf"^[ \t]*(?:,|(?:and|&|n)[ \t])[ \t]*{_NICK}(?![\w'’])")


def _coordinated(
    text: str, regions: tuple[tuple[int, int], ...], spans: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Spans of lower-case words joined by "and" or a comma to a name found in a message
    line, that look like names after a weak cue (listed and rare, or unknown to English)."""
    found = set()
    for start, end in spans:
        if not text[start:end].islower() or not any(a <= start < b for a, b in regions):
            continue
        before = _JOINED_BEFORE.search(text, max(0, start - _WINDOW), start)
        if before and _name_like(before.group("n"), MAX_WEAK_ZIPF):
            found.add(before.span("n"))
        after = _JOINED_AFTER.match(text[end : end + _WINDOW])
        if after and _name_like(after.group("n"), MAX_WEAK_ZIPF):
            found.add((end + after.start("n"), end + after.end("n")))
    return found


#: A given name that is no English word is taken in a message or a lower-case paragraph
#: below this frequency ("travis", "renee"); a three-letter one below the next ("jax").
MAX_PLAIN_ZIPF = 4.2
MAX_PLAIN_SHORT_ZIPF = 3.4
#: A lower-case word standing alone: not inside a handle, an address or a file name.
_LOWER_WORD = re.compile(r"(?<![\w'’.@#/\\-])[a-z]{3,}(?![\w@/\\-]|\.\w)")


def _message_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line of a log that opens on a time stamp and a speaker: only
    there, in a capitalised record, is a lower-case word typed by a client."""
    spans = []
    for line in _SPEAKER.finditer(text):
        label = line.group(1).casefold().rstrip(".")
        if label not in _ROLES and zipf(label) >= MAX_LABEL_ZIPF:
            continue  # "10:30 Plan: ...": a note's field, not a message
        end = text.find("\n", line.end())
        spans.append((line.start(), end if end >= 0 else len(text)))
    for start, _ in _two_word_speakers(text):
        end = text.find("\n", start)
        spans.append((text.rfind("\n", 0, start) + 1, end if end >= 0 else len(text)))
    return tuple(spans)


#: Words a given-name list holds that the lemma index misses, being a plural or half a
#: Latin phrase ("pleas", "miles", "vice versa", "in vitro"): words, in a message too.
_NOT_PLAIN = frozenset({"pleas", "miles", "ambers", "versa", "vita", "vitae", "terra", "meta"})


#: A given name of another culture's list (Faker's locales) that English has no word for is
#: a name in a message below this frequency ("sahra", "abdullahi"): rarer than the English
#: ones must be, since the other lists hold words of their languages.
MAX_FOREIGN_PLAIN_ZIPF = 2.5


def _plain_name(word: str) -> bool:
    """A given name of the English lists that English has no word for ("renee"), rare
    enough, or of another culture's list and rarer still ("sahra"), and no chat, relation,
    role or meaning word."""
    if word not in plain_given_names():
        foreign = (
            word in given_names()
            and zipf(word) < MAX_FOREIGN_PLAIN_ZIPF
            and word not in english_words()
        )
        if not foreign:
            return False
    bar = MAX_PLAIN_SHORT_ZIPF if len(word) == 3 else MAX_PLAIN_ZIPF
    if zipf(word) >= bar or word in _NOT_NAMES or word in _CHAT_SHORTHAND:
        return False
    if word in _RELATIONS or word in _ROLES or word in _NOT_PLAIN:
        return False
    return not is_meaning(word) and not is_clinical(word)


#: A nickname and a surname's initial, as students tell two girls of one name apart ("maddie
#: s said i pushed her", "and bri h reposted it"): a word that stands for a person there,
#: one letter, then what a person does (a stop or "is" would take "hep c" and "plan b"). The
#: letter is no chat word ("i", "u", "n" for "and", "r" for "are", "y" for "why", "k" for
#: "ok", "a").
_INITIALLED = re.compile(
    rf"(?<![\w'’@.#/-]){_NICK}[ \t]+(?P<i>[b-hj-mo-qstv-xz])"
    r"(?=[ \t]+(?:" + _SPEECH_VERBS + r"|posted|reposted|posts|reposts|sent|shared|blocked"
    r"|screenshotted|pushed|hit|jumped|started|lied|keeps|kept"
    # what one makes others do or tells them: "luis said tyler g made them delete pics"
    r"|made|makes|threatened|texted|messaged|dmd|dm'd)\b)",
)


#: Words a letter follows in the name of a thing, not a person: "hep c made it worse",
#: "pod b kept yelling", "plan b", "type a".
_LETTERED_THINGS = frozenset(
    {"hep", "vitamin", "vit", "plan", "type", "group", "strep", "grade", "class", "level",
     "step", "part", "section", "unit", "ward", "pod", "wing", "block", "tier", "phase",
     "hall", "dorm", "building", "bldg", "lot", "gate", "bus", "route", "room", "cell"}
)  # fmt: skip


def _initialled_names(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of a nickname with a surname's initial in a message ("maddie s"), the two
    words together: the initial is the rest of the name."""
    return {
        (m.start("n"), m.end("i"))
        for start, end in regions
        for m in _INITIALLED.finditer(text, start, end)
        if nickname_like(m.group("n"))
        and m.group("n") not in _KIN_TITLES
        and m.group("n") not in _LETTERED_THINGS
    }


def _plain_names(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of plain given names in a message log or a lower-case paragraph: there no
    name has a capital, and a given name that is no English word is a name uncued
    ("shes scared travis gets out", "hi tamika it's farrah")."""
    return {
        m.span()
        for start, end in regions
        for m in _LOWER_WORD.finditer(text, start, end)
        if _plain_name(m.group())
    }


#: The professionals a client names in a message by their job, then their name, in lower
#: case: "lawyer agbor send message", "the interpreter fon be from bamenda", "the doctor
#: woman oduya ask plenty question", "nurse lady kia said". A word for the person's sex
#: may stand between ("woman", "lady", "guy"), as clients who write English as a second
#: language often put it.
_PROFESSION_NAMED = re.compile(
    r"(?<![\w'’@.-])(?:lawyer|attorney|interpreter|translator|doctor|nurse|therapist"
    r"|counsel+or|caseworker|worker|advocate|midwife|dentist|pharmacist|landlord|landlady)"
    r"(?:[ \t]+(?:woman|man|lady|guy|girl))?[ \t]+([a-z][a-z'’-]*[a-z])(?![\w'’@-])"
)
#: After a job word, an unlisted word this rare is a name: what else follows "lawyer" or
#: "interpreter" in a message is a common word ("lawyer said", "interpreter services").
MAX_PROFESSION_UNLISTED_ZIPF = 3.0


def _profession_named(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of lower-case names after a professional's job word in a message log or a
    lower-case paragraph ("lawyer agbor", "the doctor woman oduya")."""
    return {
        m.span(1)
        for start, end in regions
        for m in _PROFESSION_NAMED.finditer(text, start, end)
        if _name_like(m.group(1), MAX_CUED_ZIPF, MAX_PROFESSION_UNLISTED_ZIPF)
        and m.group(1) not in _ROLES
        and not is_meaning(m.group(1))
    }


#: How a caller names themselves or whom they address, in a voicemail or a message:
#: "hi this is renee", "it's farrah at the bank", "hey dee", "calling for jo", "jax here".
_INTRODUCED = (
    re.compile(
        r"\b(?:this[ \t]+is|it'?s|it’s|its|hi|hey|hello|hiya|dear|calling[ \t]+for"
        r"|message[ \t]+for|(?:my[ \t]+)?name[ \t]+is|i'?m|i’m)[ \t,]+"
        rf"{_NICK}\b(?!['’]\w)"
    ),
    re.compile(rf"(?<![\w'’-]){_NICK}[ \t]+here\b"),
    # the subject of a verb a person does, mid-sentence: "shes scared curtis gets out"
    re.compile(
        rf"(?<![\w'’-]){_NICK}[ \t]+(?:gets|keeps|says|said|wants|wanted|knows|thinks"
        r"|has|had|took|stole|texted|called|told|came|comes|left|lives|stays|didn't|didnt"
        r"|doesn't|doesnt|can't|cant|won't|wont|isn't|wasn't|never)\b"
    ),
)
#: Whom one talks to in a message: "talked to kay", "spoke to dee", "reached out to jo".
_TALKED_TO = re.compile(
    r"\b(?:talk|talked|talking|talks|spoke|speak|speaking|reach(?:ed)?[ \t]+out|lied|lie"
    r"|apologi[sz]ed|wrote|listen|listened|vent(?:ed)?|complain(?:ed)?|snitch(?:ed)?)"
    rf"[ \t]+to[ \t]+{_NICK}\b(?!['’]\w)"
)
#: The subject of a verb only a person does to one's phone: "ugh hunter keeps texting me",
#: "dallas called me 6 times". A listed given name that English knows as a noun is taken
#: here below `MAX_KIN_ZIPF`, as after a kin word; not after a determiner ("the hunter").
_PHONES = re.compile(
    rf"(?<![\w'’-]){_NICK}[ \t]+(?:(?:keeps|kept|keep|is|was|been|started|stopped|wont"
    r"|won't|will[ \t]+not)[ \t]+(?:on[ \t]+)?)?(?:texting|txting|calling|messaging|dming"
    r"|snapping|facetiming|texted|txted|messaged|dmed|dm'd|facetimed|blowing[ \t]+up)\b"
)
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:the|a|an|this|that|my|his|her|our|their|your|ur|some|every|no)[ \t]+$"
)
#: A nickname of two letters ending in "j" ("jj", "aj", "tj"), typed in lower case as the
#: subject of a verb or a possessive before a relation: "jj keeps dming me", "jjs new gf".
_LETTER_NICK = re.compile(
    r"(?<![\w'’@.-])(?P<n>[acegjklmrstv]j)(?:(?:'s|’s|s)[ \t]+(?:new[ \t]+|ex[ \t]+)?"
    r"(?:gf|bf|girlfriend|boyfriend|mom|dad|sister|brother|cousin|friend|car|house|phone)"
    r"|[ \t]+(?:keeps|said|says|is|was|has|had|got|gets|texted|called|told|wants|came"
    r"|left|hit|took|knows|thinks))\b"
)
#: Who one pairs oneself with in a message: "pri and i had it out", "me and dre".
_PAIRED = (
    re.compile(rf"(?<![\w'’-]){_NICK}[ \t]+(?:and|&|n)[ \t]+i\b"),
    re.compile(rf"\bme[ \t]+(?:and|&|n)[ \t]+{_NICK}\b"),
)
#: A given name after an introduction is taken below this frequency when English knows it
#: only as a noun ("it's cody"); never one English knows as another word ("it's rusty").
MAX_INTRODUCED_NOUN_ZIPF = 4.0
#: An introduction that says where the person is from ("its tyler from 4th period", "this is
#: jordan at the front desk") names a person as a kin word does: the kin word's bar.
_AFFILIATION_AFTER = re.compile(r"[ \t]+(?:from|at|in[ \t]+my)\b")
#: Someone's kin written without the possessive's "s", as messages do ("also tash mom said
#: i can stay", "jays brother called"): the word before the kin word is its person.
_KIN_OF = re.compile(
    rf"(?<![\w'’@.#-]){_NICK}[ \t]+(?:mom|mama|mother|dad|daddy|father|grandma|granny|nana"
    r"|aunt|auntie|uncle|brother|bro|sister|sis|cousin|bf|gf|boyfriend|girlfriend|stepdad"
    rf"|stepmom)[ \t]+(?:{_SPEECH_VERBS})\b"
)


def _cued_given_name(
    word: str, bar: float = MAX_CUED_ZIPF, noun_bar: float = MAX_INTRODUCED_NOUN_ZIPF
) -> bool:
    """A listed given name that a cue makes a person's: rarer than `bar`, never an English
    verb, adjective or adverb ("it's sunny", "this is will"), and a noun only when it is
    rarer than `noun_bar` ("it's cody", not "it's destiny")."""
    if word not in given_names() or word in english_non_nouns():
        return False
    if not _name_like(word, bar) or word in _ROLES or word in _RELATIONS:
        return False
    return word not in english_words() or zipf(word) < noun_bar


def _introduced_names(text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    """Spans of names that callers and writers introduce themselves or others by."""
    spans = set()
    for start, end in regions:
        for m in (m for pattern in _INTRODUCED for m in pattern.finditer(text, start, end)):
            word = m.group("n")
            if _cued_given_name(word) or (
                _AFFILIATION_AFTER.match(text, m.end("n"))
                and _cued_given_name(word, MAX_KIN_ZIPF, MAX_KIN_ZIPF)
            ):
                spans.add(m.span("n"))
        for m in _KIN_OF.finditer(text, start, end):
            word = m.group("n")
            if nickname_like(word) or _cued_given_name(word, MAX_KIN_ZIPF, MAX_KIN_ZIPF):
                spans.add(m.span("n"))
    for start, end in regions:
        spans.update(m.span("n") for m in _LETTER_NICK.finditer(text, start, end))
        for m in _TALKED_TO.finditer(text, start, end):
            if _plain_name(m.group("n")) or _cued_given_name(m.group("n")):
                spans.add(m.span("n"))
        for m in _PHONES.finditer(text, start, end):
            word = m.group("n")
            if _DETERMINER_BEFORE.search(text, max(start, m.start() - 12), m.start()):
                continue
            if _plain_name(word) or _cued_given_name(word, MAX_KIN_ZIPF, MAX_KIN_ZIPF):
                spans.add(m.span("n"))
        for m in (m for pattern in _PAIRED for m in pattern.finditer(text, start, end)):
            word = m.group("n")
            if nickname_like(word) or _cued_given_name(word):
                spans.add(m.span("n"))
    return spans


#: After a kin word a listed given name is a person's below this frequency, even one
#: English knows as a noun ("uncle ray", "her bf jordan"); never a verb ("son will").
MAX_KIN_ZIPF = 4.6
#: Cues for a lower-case given name in any note, however capitalised the rest: a kin or
#: household word written as terse notes write it ("son ricky in tulsa", "gs jax home",
#: 'bf "cody"', "my buddy rico", "sister-in-law rochelle", "her ex, brandon,"); a
#: possessive before a person's thing ("called jax's cell"); a quotation opening on a
#: name and a verb ('pt states "renee has my card."').
_KIN = (
    r"son|daughter|dtr|gs|gd|grandson|granddaughter|grandkid|bf|gf|boyfriend|girlfriend"
    r"|husband|wife|partner|fiance|fiancee|brother|bro|sister|sis|cousin|nephew|niece"
    r"|buddy|friend|bestie|roommate|neighbou?r|landlord|landlady|aunt|auntie|uncle|mom"
    r"|dad|stepdad|stepmom|stepson|stepdaughter|grandma|grandpa|granny|nana|sponsor|ex"
)
_OPEN_QUOTE = "[\"“'‘]"
#: The kin word in any case: a terse note opens a sentence on it ("Partner jorge is on
#: probation", "Son mateo present"); the name after it is still in lower case.
#: Each pattern opens on a literal character, so that the scan skips the text between
#: (a pattern opening on a word tried at every letter cost several times as much); the
#: word before it is read from a short window behind the match.
_KIN_CUE = rf"(?i:{_KIN})(?:-in-law)?(?:[ \t]*,)?[ \t]+(?P<q>{_OPEN_QUOTE})?{_NICK}\b(?!['’]\w)"
_KIN_AFTER_GAP = re.compile(rf"[\s(\[\"“,;:/]{_KIN_CUE}")
_KIN_AT_START = re.compile(_KIN_CUE)
_CUED_ANYWHERE = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:my|his|her|our|their|ur|your|pt's|client's)[ \t]+(?:boy|girl|man|oldest"
        r"|youngest|baby|babygirl|lil one|little one|kid|grandbaby|baby daddy|baby mama|bd|bm)"
        rf"[ \t]+(?P<q>{_OPEN_QUOTE})?{_NICK}\b(?!['’]\w)",
        rf"{_OPEN_QUOTE}{_NICK}[ \t]+(?:has|had|is|was|took|takes|gave|gives|said|says"
        r"|told|tells|knows|knew|wants|wanted|got|gets|keeps|kept|came|comes|left|stole"
        r"|hit|hits|called|calls|lives|stays|does|did|can|will|won't|wont|isn't|doesn't)\b",
    )
)
#: A worker's act of contact opening a sentence or a line, then a lower-case given name:
#: "4410 Larkspur Rd. Texted rosa about ...", "- Messaged tomas re: bus pass". A terse
#: note names whom the worker reached this way, in any capitalisation of the rest.
_CONTACTED = re.compile(
    r"(?:^|[.!?;:][ \t]+|^[ \t]*[-*•][ \t]+)(?:Texted|Txted|Called|Phoned|Messaged|Emailed"
    r"|E-mailed|Asked|Told|Reminded|Contacted|Met[ \t]+with|Spoke[ \t]+(?:with|to)"
    r"|Talked[ \t]+(?:with|to)|Left[ \t]+(?:a[ \t]+)?(?:voicemail|vm|message)[ \t]+for)"
    rf"[ \t]+{_NICK}\b",
    re.MULTILINE,
)
#: A possessive before a person's thing: "called jax's cell".
_POSSESSIVE_THING = re.compile(
    r"(?:'s|’s)[ \t]+(?:cell|phone|number|#|house|place|apt|apartment|room|car|mom|dad"
    r"|mother|father|kids?|son|daughter|bf|gf|boyfriend|girlfriend|wife|husband|sister"
    r"|brother|school|job|work)\b"
)
#: A contact saved in a phone as a name and an initial, in quotes, in any note: 'contact
#: "dee w"', '"marcus t" (719) ...'; or after a word of saving or listing, a name alone:
#: 'saved as "jojo"', 'contact "rico"'.
_QUOTED_CONTACT = re.compile(
    r"(?<![\w'’])[\"“'‘](?P<n>[a-z][a-z'’]*[a-z])(?P<i>[ \t]+[a-z]\.?)?[\"”'’](?![\w])"
)
_CONTACT_CUE = re.compile(
    r"(?:contact|saved[ \t]+(?:[a-z]+[ \t]+){0,2}as|listed[ \t]+as|in[ \t]+(?:my|her|his)"
    r"[ \t]+phone[ \t]+as|named|texts?[ \t]+from|calls?[ \t]+from"
    # whom a confused or frightened patient calls out for: 'calling for "walt"'
    r"|(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|yell(?:s|ed|ing)?"
    r"|scream(?:s|ed|ing)?|look(?:s|ed|ing)?)[ \t]+(?:out[ \t]+)?for)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
#: The lower-case word right before a position (a window's end), and before a gap.
_WORD_BEFORE = re.compile(r"(?<![\w'’@.-])([a-z][a-z'’]*[a-z])$")
_WORD_BEFORE_GAP = re.compile(r"(?<![\w'’@.-])([a-z][a-z'’]*[a-z])[ \t]+$")
_WINDOW = 40
#: A parenthesis: a name alone in it ("neighbor kid (tommy)"), or one that says whose the
#: word before it is ("w destiny (jjs new gf)", "kaden (my lil one)"): a kin word in it.
_PARENTHESIS = re.compile(r"\((?P<p>[^()\n]{0,40})\)")
_NICK_WHOLE = re.compile(r"[a-z][a-z'’]*[a-z]")
_KIN_WORD = re.compile(rf"\b(?:{_KIN}|mother|father|kid|baby|child|lil one|little one)s?\b")
#: A given name set off by commas when it is no English word ("her friend from church,
#: loretta, brought soup").
_APPOSITION = re.compile(rf",[ \t]+{_NICK}[ \t]*,")
#: A parenthesis names a person's relation: a listed name below this frequency is theirs
#: even when English knows it as a noun ("destiny").
MAX_PARENTHESISED_ZIPF = 4.5
#: A listed name in quotes after a kin word ('bf "cody"') is taken below this frequency.
MAX_QUOTED_ZIPF = 4.5


def _kin_named(word: str, quoted: bool) -> bool:
    """A word after a kin word that names the kin: a plain or cued given name, a noun one
    up to a higher frequency, any listed one in quotes ('bf "cody"')."""
    return (
        _plain_name(word)
        or _cued_given_name(word, MAX_KIN_ZIPF, MAX_KIN_ZIPF)
        or (quoted and word in given_names() and zipf(word) < MAX_QUOTED_ZIPF)
    )


#: A kin word right before a parenthesis, in any case: "ex gf (", "Roommate (".
_KIN_BEFORE = re.compile(rf"(?<![\w'’@.-])(?i:{_KIN})[ \t]*$")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")


def _kin_before_parenthesis(text: str, start: int, inside: str) -> bool:
    """A capitalised given name alone in a parenthesis after a kin word names the kin:
    "breakup w/ ex gf (Simone)", "roommate (Nate) brought the bottles"."""
    if not _CAPITALISED.fullmatch(inside):
        return False
    word = inside.casefold()
    if word not in given_names() or zipf(word) >= MAX_PARENTHESISED_ZIPF:
        return False
    if is_meaning(inside) or word in _ROLES or word in _RELATIONS:
        return False
    return _KIN_BEFORE.search(text, max(0, start - _WINDOW), start) is not None


def _cued_anywhere(text: str) -> set[tuple[int, int]]:
    """Spans of lower-case given names after a kin word, before a possessive person's
    thing or a parenthesis of kin, alone in parentheses, set off by commas, opening a
    quotation before a verb, or after a sentence's opening act of contact, in any text."""
    spans = set()
    kin = list(_KIN_AFTER_GAP.finditer(text))
    at_start = _KIN_AT_START.match(text)
    for m in [*kin, at_start] if at_start else kin:
        if _kin_named(m.group("n"), m.group("q") is not None):
            spans.add(m.span("n"))
    possessive, quotation = _CUED_ANYWHERE
    for m in possessive.finditer(text):
        if _kin_named(m.group("n"), m.group("q") is not None):
            spans.add(m.span("n"))
    for m in quotation.finditer(text):
        if _plain_name(m.group("n")) or _cued_given_name(m.group("n")):
            spans.add(m.span("n"))
    for m in _POSSESSIVE_THING.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start())
        if before and (_plain_name(before.group(1)) or _cued_given_name(before.group(1))):
            spans.add(before.span(1))
    for m in _QUOTED_CONTACT.finditer(text):
        word = m.group("n")
        if word in _NOT_NAMES or word in _RELATIONS or word in _ROLES:
            continue
        known = _plain_name(word) or _cued_given_name(word, MAX_KIN_ZIPF, MAX_KIN_ZIPF)
        if m.group("i") and (known or nickname_like(word)):
            spans.add((m.start("n"), m.end("i")))  # '"curt b"': a name and an initial
        elif _CONTACT_CUE.search(text, max(0, m.start() - _WINDOW), m.start()) and (
            known or nickname_like(word)
        ):
            spans.add(m.span("n"))
    for m in _APPOSITION.finditer(text):
        if _plain_name(m.group("n")):
            spans.add(m.span("n"))
    for m in _CONTACTED.finditer(text):
        if _plain_name(m.group("n")) or _cued_given_name(m.group("n")):
            spans.add(m.span("n"))
    for m in _PARENTHESIS.finditer(text):
        inside = m.group("p")
        if _kin_before_parenthesis(text, m.start(), inside):
            spans.add(m.span("p"))  # "breakup w/ ex gf (Simone)"
            continue
        if _NICK_WHOLE.fullmatch(inside) and not (m.start() and _is_wordy(text[m.start() - 1])):
            if _plain_name(inside) or _cued_given_name(inside):  # "neighbor kid (tommy)"
                spans.add(m.span("p"))
            continue
        if not _KIN_WORD.search(inside.casefold()):
            continue
        before = _WORD_BEFORE_GAP.search(text, max(0, m.start() - _WINDOW), m.start())
        if before is None:
            continue
        word = before.group(1)
        listed = word in given_names() and word not in english_non_nouns()
        if (listed and _name_like(word, MAX_PARENTHESISED_ZIPF)) or _plain_name(word):
            spans.add(before.span(1))
    return spans


#: A name in capitals after a kin word not in capitals, as a short row or a form copied into
#: a note writes it: "mother-in-law HAWO JAMA ELMI", "son BASHIR".
_CAPITALS_AFTER_KIN = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:(?i:{_KIN}|mother|father|child)(?<!\p{{Lu}}{{2}}))(?:-in-law)?"
    r"[ \t]+(\p{Lu}{2,}[\p{Lu}'’]*(?:[ \t]+\p{Lu}{2,}[\p{Lu}'’]*){0,2})(?![\p{L}'’])"
)
#: Each word of a name in capitals after a kin word is rarer than this as an English word.
MAX_CAPITALS_NAME_ZIPF = 4.0


_VOWELS = regex.compile(r"[AEIOUYÀ-ÖØ-Ýaeiouyà-öø-ý]")
#: A word in capitals this short reads as an acronym unless it has two vowels ("ELMI",
#: "JAMA"; not "LTBI", "HMIS", "COPD").
MAX_ACRONYM_LENGTH = 4


def acronym_like(word: str) -> bool:
    """A short word in capitals with fewer than two vowels: an acronym, not a name."""
    return len(word) <= MAX_ACRONYM_LENGTH and len(_VOWELS.findall(word)) < 2


def _capitals_after_kin(text: str) -> set[tuple[int, int]]:
    """Spans of names in capitals after a kin word written in lower or title case."""
    spans = set()
    for m in _CAPITALS_AFTER_KIN.finditer(text):
        end = m.start(1)
        for word in _CAPITAL_WORD.finditer(text, m.start(1), m.end(1)):
            folded = word.group().casefold()
            if (
                len(folded) < 3
                or folded in english_words()
                or zipf(folded) >= MAX_CAPITALS_NAME_ZIPF
                or is_meaning(word.group())
                or word.group() in CLINICAL_ABBREVIATIONS
                or acronym_like(word.group())
            ):
                break
            end = word.end()
        if end > m.start(1):
            spans.add((m.start(1), end))
    return spans


_CAPITAL_WORD = regex.compile(r"\S+")


def _is_wordy(char: str) -> bool:
    return char.isalnum() or char in "_("


#: A lower-case surname after a lower-case given name: a listed name this rare as a word
#: ("renee tremblay"), or an unlisted word rarer than the next ("marty kowal").
MAX_SURNAME_ZIPF = 3.5
MAX_UNLISTED_SURNAME_ZIPF = 2.5
_NEXT_WORD = re.compile(r"[ \t]+([a-z]{2,}(?:-[a-z]+)?)(?![\w@/-]|\.\w)")


def _surnames_after(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Each span of a lower-case name widened by the surname after it."""
    grown = set()
    for start, end in spans:
        m = _NEXT_WORD.match(text, end)
        if m is None or not text[start:end].islower():
            continue
        word = m.group(1)
        if word == text[start:end] or word in _NOT_NAMES or word in _CHAT_SHORTHAND:
            continue  # "this is renee renee tremblay": the name said twice
        if is_clinical(word):
            continue
        bar = MAX_SURNAME_ZIPF if word in person_names() else MAX_UNLISTED_SURNAME_ZIPF
        if all(zipf(part) < bar for part in word.split("-")) and word not in english_words():
            grown.add((start, m.end(1)))
    return grown


#: A field that holds a person, at a line's start or after a wide gap, and its value:
#: "Aide: pat", "From: marcus b (patient)", "Sender: kiki_r", "From: Patient (ronnie.p)".
_PERSON_FIELD = re.compile(
    r":[ \t]*(?:(?i:patient|client|member|parent|guardian)[ \t]+)?\(?"
    r"(?P<v>[A-Za-z][\w.'’-]*[A-Za-z0-9])"
)
_PERSON_LABEL = re.compile(
    r"(?:^|[ \t]{2}|\t)[ \t]*(?i:from|sender|to|recipient|aide|caregiver|client|patient"
    r"|caller|author|user[ \t]*name|user|portal[ \t]+user)[ \t]*$",
    re.MULTILINE,
)
#: A user name: letters with a dot, an underscore or digits inside ("ronnie.p", "kiki_r").
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]+[A-Za-z0-9]*")
#: A value ending in one of these after a dot is a web address or a file, not a user.
_NOT_HANDLE_ENDS = frozenset(
    {"com", "org", "net", "gov", "edu", "us", "io", "txt", "pdf", "doc", "docx", "csv", "jpg"}
)
_INITIAL_AFTER = re.compile(r"[ \t]+[a-z](?![\w'’@-]|\.\w)")


def _field_names(text: str) -> set[tuple[int, int]]:
    """Spans of user names and lower-case names in the fields of a portal or aide log."""
    spans = set()
    for m in _PERSON_FIELD.finditer(text):
        if not _PERSON_LABEL.search(text, max(0, m.start() - _WINDOW), m.start()):
            continue
        value = m.group("v")
        after = text[m.end("v") : m.end("v") + 1]
        if _HANDLE.fullmatch(value):
            if after != "@" and value.rsplit(".", 1)[-1].casefold() not in _NOT_HANDLE_ENDS:
                spans.add(m.span("v"))
            continue
        if not value.isalpha() or not value.islower():
            continue  # a capitalised name is NER's and the labelled names'
        listed = value in given_names() and zipf(value) < MAX_SURNAME_AFTER_TITLE_ZIPF
        if value in _NOT_NAMES or value in _ROLES or value in _RELATIONS:
            continue
        if listed or _name_like(value, MAX_CUED_ZIPF, MAX_TITLE_UNLISTED_ZIPF):
            end = m.end("v")
            initial = _INITIAL_AFTER.match(text, end)  # "marcus b (patient)"
            spans.add((m.start("v"), initial.end() if initial else end))
    return spans


#: A lower-case speaker label at a line's start, without a time stamp: "tasha: ya omw".
_BARE_SPEAKER = re.compile(r"^[ \t]*([a-z][a-z0-9._]{1,24}):[ \t]+\S", re.MULTILINE)
#: A label counts when it opens this many lines of the text.
MIN_BARE_SPEAKER_LINES = 2


def _bare_speaker_lines(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(label span, line span) of each line of a log exported without time stamps whose
    speaker label, used on two lines or more, is a given name or a user name: a note's
    fields ("plan:", "pt:") are neither."""
    lines: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for m in _BARE_SPEAKER.finditer(text):
        end = text.find("\n", m.end())
        lines.setdefault(m.group(1), []).append(
            (m.span(1), (m.start(), end if end >= 0 else len(text)))
        )
    found = []
    for label, occurrences in lines.items():
        if len(occurrences) < MIN_BARE_SPEAKER_LINES or label.rstrip(".") in _ROLES:
            continue
        handle = _HANDLE_LABEL.fullmatch(label.rstrip(".")) is not None
        if handle or _plain_name(label) or _cued_given_name(label):
            found.extend(occurrences)
    return found
