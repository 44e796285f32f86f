"""Whether a titled mention of a shared surname is a relative, and which gender its title says.

A family shares a surname, and a note calls the client's relatives by a title and that
surname: "her mother-in-law Mrs. Oyelaran" beside the client "Marisol Oyelaran-Pike", "Ms.
Dombrowski, who is her mother" beside "Kayleigh Dombrowski", "Mrs. Little Bear (MGM)". The
words alone are a subset of the client's name; the clause around them says who it is. A kin
word right before the mention, or right after it in apposition, in brackets or as what the
mention "is", makes it a relative, whatever its words.

Words that name a parent, a sibling or a partner ("mother", "husband") also describe the
client herself ("Ms. Roe, mother of three"): after the mention they count only with a
possessive that points away from the mention ("her", "the child's", "pt's"). Words no one
uses of the client herself in her own record ("grandmother", "aunt", "MGM", "mother-in-law")
count bare.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_kin_word

#: Relations that may describe the client herself: they need a possessive after a mention.
_NEAR_KIN = (
    r"mother|father|mom|mum|mommy|daddy|dad|mama|papa|parent|sister|brother|sibling"
    r"|wife|husband|spouse|son|daughter|twin|fianc[eé]e?"
)
#: Relations one step or more away from the client, never the client herself.
_FAR_KIN = (
    r"(?:great[- ])*grand(?:mother|father|ma|pa|parent|son|daughter|child)|granny|nana"
    r"|aunt|auntie|aunty|uncle|cousin|niece|nephew|godmother|godfather"
    r"|(?:maternal|paternal)[ \t]+\p{L}+"
    r"|(?:step|half[- ])\p{L}+"
    r"|(?:" + _NEAR_KIN + r")s?-in-law"
    r"|[MP]G?G[MF]"
)
#: A possessive that points away from the mention: the client's, the child's, hers.
_POSSESSIVE = (
    r"(?:her|his|their|(?:the[ \t]+)?(?i:client|pt|patient|child|youth|minor|student|resident"
    r"|consumer|member|baby|infant|boy|girl|victim|applicant|ward)['’]s?)"
)
_TITLE = r"(?i:mrs|mr|ms|miss|mx|sra|srta|señora|senora|señor|senor|doña|don)\.?"
#: A kin word right before the mention: "her mother-in-law Mrs. ", "Grandmother, Ms. ".
_KIN_BEFORE = regex.compile(
    rf"(?<![\p{{L}}-])(?i:{_FAR_KIN}|{_NEAR_KIN})[ \t]*[,:]?[ \t]+(?:{_TITLE}[ \t]+)?$"
)
#: A kin word right after the mention: in brackets, in apposition, or what the mention is.
_KIN_AFTER = regex.compile(
    rf"(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*(?:(?i:who|which)[ \t]+(?i:is|was)[ \t]+)?"
    rf"|[ \t]*[-–—:][ \t]*|(?P<is>[ \t]+(?i:is|was)[ \t]+))"
    rf"(?:(?P<possessive>{_POSSESSIVE})[ \t]+)?(?:(?i:the|a)[ \t]+)?"
    rf"(?:(?P<far>(?i:{_FAR_KIN}))|(?P<near>(?i:{_NEAR_KIN})))(?![\p{{L}}'’-])"
    # a list goes on after it: "Ms. Quinn, her son Matteo", "Ms. Reyes, her mother, and ..."
    # (not after "is": "Ms. Roe is the child's aunt and picks him up")
    r"(?(is)|(?![ \t]*,?[ \t]*(?:\p{Lu}|(?i:and|or)\b|&)))"
)
#: A kin word of a client's language, one word, right before the mention ("Abuela Sra. ").
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]*,?[ \t]+(?:" + _TITLE + r"[ \t]+)?$")
#: A word right after the mention in brackets or apposition: "Sra. Ixcoy, abuela materna".
_WORD_AFTER = regex.compile(r"(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*)(\p{L}+)")
#: How far around a mention the clause is read.
_REACH = 40

_WOMANS_TITLE = regex.compile(r"(?i:mrs|ms|miss|sra|srta|señora|senora|doña)\.?[ \t]+$")
_MANS_TITLE = regex.compile(r"(?i:mr|sr|señor|senor|don)\.?[ \t]+$")
_WOMANS_LEAD = regex.compile(r"(?i:mrs|ms|miss|sra|srta|señora|senora|doña)\b\.?[ \t]+")
_MANS_LEAD = regex.compile(r"(?i:mr|sr|señor|senor|don)\b\.?[ \t]+")
#: An initial between a title and a surname: "Mrs. A. St. Clair".
_INITIAL_AFTER_TITLE = regex.compile(r"\p{Lu}\.?[ \t]+$")

WOMAN = 1
MAN = 0


def kin_beside(text: str, start: int, end: int) -> bool:
    """Whether the clause calls the person named at `start:end` a relative (see the module
    docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _REACH) : start]
    if _KIN_BEFORE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if word is not None and is_kin_word(word.group(1)):
        return True
    line_end = text.find("\n", end)
    clause = text[end : min(end + _REACH, len(text) if line_end < 0 else line_end)]
    after = _KIN_AFTER.match(clause)
    if after is not None and (after.group("far") is not None or bool(after.group("possessive"))):
        return True
    word = _WORD_AFTER.match(clause)
    return word is not None and is_kin_word(word.group(1))


def title_gender(text: str, start: int, end: int) -> int | None:
    """`WOMAN` or `MAN` when a courtesy title begins the mention at `start:end` or stands
    right before it (across an initial: "Mrs. A. St. Clair"); None without one."""
    lead = text[start:end]
    if _WOMANS_LEAD.match(lead):
        return WOMAN
    if _MANS_LEAD.match(lead):
        return MAN
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 12) : start]
    initial = _INITIAL_AFTER_TITLE.search(before)
    if initial is not None and initial.start() > 0:
        before = before[: initial.start()]
    if _WOMANS_TITLE.search(before) and _bounded(before, _WOMANS_TITLE):
        return WOMAN
    if _MANS_TITLE.search(before) and _bounded(before, _MANS_TITLE):
        return MAN
    return None


def _bounded(before: str, pattern: regex.Pattern[str]) -> bool:
    """Whether the title `pattern` found at the end of `before` is a whole word ("Ms", not
    the end of "items")."""
    found = pattern.search(before)
    return found is not None and (found.start() == 0 or not before[found.start() - 1].isalpha())
