"""Street nicknames: a name the record itself declares ("goes by Biscuit", 'aka "Lil Smoke"',
'known on the unit as "Peanut"', 'Tyrell "Tank"'), found again wherever it is written.

Detention, probation and youth-programme records name peers, co-defendants and the client
himself by the names they go by on the street, and those are very often ordinary English
words: "Tank", "Moose", "Smoke", "Peanut". No list of names holds them and NER reads them as
the words they are, so once declared they were lost: the note went on to say "Tank joked
through the role-play", the phone log "talked about peanut and tank", the pre-disposition
report "Smoke and Moose remain the main risk". The declaration is what makes them safe to
search for: a cue word ("goes by", "known as", "aka", "nicknamed", "street name") or quotes
right after a given name say that this word is what a person is called. The nickname is
then searched in every case (a log writes "tank"), except in lower case right after a
determiner ("the tank", "a smoke"), where it is the English word.

A nickname of two words whose first is a nickname prefix ("Lil Smoke", "Big Worm", "Baby
Girl") is searched whole and by its second word ("Smoke"), as people shorten it. Role and
kin words ("known to the kids as Grandma", "goes by Coach") are never nicknames.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from redact.detect.meaning import is_kin_word, is_meaning
from redact.detect.names import NOT_NAME_WORDS, fold_accents, whole_word_mentions
from redact.detect.person_shapes import is_given_name
from redact.detect.wordlists import given_names
from redact.findings import Finding

SOURCE = "street-nickname"
SCORE = 0.7

#: The first word of a two-word street name that is not the name itself.
_PREFIXES = r"(?:Lil'?|Li'l|Lil’|Big|Lil|Young|Yung|Baby|Lul|Little|Lady|Lady)"
_WORD = r"\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*|\p{Lu}{2,}"
#: Quoted: one to three capitalised words ("Lil Smoke", "Big Worm", "Tank").
_QUOTED = rf"[\"“](?P<quoted>(?:{_WORD})(?:[ ](?:{_WORD})){{0,2}})[\"”]"
#: Unquoted: one capitalised word, or a prefix and a word.
_BARE = rf"(?P<bare>(?:{_PREFIXES}[ ])?(?:{_WORD}))(?![\p{{L}}'’-]|[ ]\p{{Lu}}\p{{Ll}})"
_CUE = (
    r"(?i:goes[ \t]+by|went[ \t]+by|going[ \t]+by|a\.?k\.?a\.?|also[ \t]+known[ \t]+as"
    r"|known(?:[ \t]+(?:on|in|to|around|at|by)(?:[ \t]+[\p{L}'’]+){1,3}?)?[ \t]+as"
    r"|nick[ \t-]?named?|nick[ \t-]?names?|street[ \t]+names?|called[ \t]+himself"
    r"|called[ \t]+herself|calls[ \t]+himself|calls[ \t]+herself|moniker)"
)
_CUED = regex.compile(
    rf"(?<![\p{{L}}])(?:{_CUE})(?:[ \t]+(?i:is|was))?[ \t]*[:,]?[ \t]*"
    rf"(?:\(?[ \t]*{_QUOTED}|{_BARE})"
)
#: Quotes right after a given name (and an initial or a surname): 'Tyrell "Tank"',
#: 'Keon T. ("Biscuit")', 'Tyrell Vance ("Tank", JID ...)'.
_AFTER_GIVEN = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<given>\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*)"
    rf"(?:[ ]\p{{Lu}}\.|[ ]\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*)?[ \t]*\(?[ \t]*{_QUOTED}"
    r"(?=[ \t]*(?:[,;:)\]]|$|[—–-]|\p{Lu})|[ \t]+\p{Ll})",
    regex.MULTILINE,
)
#: Quotes right after a name inverted in capitals, as a form's party line writes it:
#: 'ST. CLAIR, ASHLEY N ("Ash")', 'OKAFOR, DANIEL "Danny"'.
_AFTER_INVERTED = regex.compile(
    r"(?<![\p{L}'’.-])\p{Lu}{2,}[\p{Lu}'’.-]*(?:[ ]\p{Lu}{2,}[\p{Lu}'’-]*){0,2},[ \t]*"
    rf"(?P<given>\p{{Lu}}{{2,}}[\p{{Lu}}'’-]*)(?:[ ]\p{{Lu}}{{2,}}[\p{{Lu}}'’-]*|[ ]\p{{Lu}}\.?)?"
    rf"[ \t]*\(?[ \t]*{_QUOTED}"
)
#: Words before a name that make the quotes after it speech: 'told Jordan "Stop"'.
_SPEECH = frozenset(
    {"told", "tell", "tells", "asked", "ask", "asks", "yelled", "said", "says", "to", "at",
     "called", "calls", "screamed", "warned", "reminded"}
)  # fmt: skip
_PREFIX = regex.compile(rf"{_PREFIXES}[ ]")
#: In lower case after one of these, a nickname that is an English word is that word.
_DETERMINERS = frozenset(
    {"a", "an", "the", "some", "any", "no", "this", "that", "these", "those", "every", "each"}
)
_WORD_BEFORE = regex.compile(r"([\p{L}]+)[ \t]+$")


def _acceptable(nickname: str) -> bool:
    """Not a role, kin or meaning word ("Coach", "Grandma", "Doc" stays a nickname)."""
    last = nickname.split(" ")[-1]
    if len(last) < 2 or last.casefold() in NOT_NAME_WORDS:
        return False
    return not (is_kin_word(last) or is_meaning(nickname))


def declared_nicknames(text: str) -> list[tuple[int, int]]:
    """Spans of the nicknames `text` declares, by a cue or in quotes after a given name."""
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    for match in _CUED.finditer(text):
        group = "quoted" if match.group("quoted") else "bare"
        if _acceptable(match.group(group)):
            spans.append(match.span(group))
    if '"' in text or "“" in text:
        for match in _AFTER_GIVEN.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if before is not None and before.group(1).casefold() in _SPEECH:
                continue  # 'told Jordan "Stop"': what was said to him
            if is_given_name(match.group("given")) and _acceptable(match.group("quoted")):
                spans.append(match.span("quoted"))
        for match in _AFTER_INVERTED.finditer(text):
            # the inverted form says a name stands there: any listed given name will do
            given = match.group("given").casefold()
            if given in given_names() and _acceptable(match.group("quoted")):
                spans.append(match.span("quoted"))
    return sorted(set(spans))


def nickname_words(nicknames: Iterable[str]) -> tuple[str, ...]:
    """The nicknames and, for a prefixed one ("Lil Smoke"), its name word ("Smoke")."""
    out: set[str] = set()
    for nickname in nicknames:
        out.add(nickname)
        prefix = _PREFIX.match(nickname)
        if prefix is not None and _acceptable(nickname[prefix.end() :]):
            out.add(nickname[prefix.end() :])
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def _forms(nickname: str) -> frozenset[str]:
    title = " ".join(w[:1].upper() + w[1:].lower() for w in nickname.split(" "))
    return frozenset(fold_accents(f) for f in (nickname, title, nickname.upper(), nickname.lower()))


def nickname_mentions(text: str, nicknames: Iterable[str]) -> list[Finding]:
    """A PERSON finding for each mention in `text` of a declared nickname, in any case; in
    lower case, not right after a determiner ("the tank")."""
    forms: set[str] = set()
    for nickname in nickname_words(nicknames):
        forms |= _forms(nickname)
    if not forms:
        return []
    found = []
    folded = fold_accents(text)
    for start, end, form in whole_word_mentions(folded, forms):
        if form.islower():
            before = _WORD_BEFORE.search(folded, max(0, start - 12), start)
            if before is not None and before.group(1).casefold() in _DETERMINERS:
                continue
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


def street_nickname_findings(text: str) -> list[Finding]:
    """PERSON findings for every mention of a nickname this text declares."""
    spans = declared_nicknames(text)
    if not spans:
        return []
    return nickname_mentions(text, {text[s:e] for s, e in spans})


__all__ = [
    "declared_nicknames",
    "nickname_mentions",
    "nickname_words",
    "street_nickname_findings",
]
