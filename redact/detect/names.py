"""Every mention of a found name goes, not only the mention NER happened to tag.

NER tags "Maria Alvarez" in the first line and misses "Maria" three paragraphs later, or
"Alvarez's" in a list. Once a name is found anywhere in a document, its full form and each of
its words (first name alone, surname alone, either half of a hyphenated surname, possessives,
with a preceding initial) are searched for and added, tied to the same mention group so they
share one pseudonym. Records are inconsistent about how a name is written, so the search
ignores accents ("Quinones" for "Quiñones") and, for a word that is not also a common
English word, case ("hodan" in a text-message log for "Hodan" in a report).

Words that are only inside a name span by accident ("ID" after "Brody T.", "Monday" after a
name NER ran on) are not searched for alone: weekdays and months, short acronyms inside a
mixed-case name, and common English words that are not names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex

from redact.detect.counties import county_follows
from redact.detect.descriptive_surnames import in_descriptive_pair
from redact.detect.kin_context import MAN, WOMAN, kin_beside, title_gender
from redact.detect.letter_nicknames import is_letter_nickname, letter_nickname_forms
from redact.detect.meaning import inside_longer_term, is_clinical, is_kin_word, is_trimmable
from redact.detect.programme_names import PROGRAMME_HEADS
from redact.detect.wordlists import (
    english_non_nouns,
    english_words,
    gendered_given_names,
    given_names,
    person_names,
    zipf,
)
from redact.entities import NAME_TYPES
from redact.findings import PERSON_KEY, Finding

#: Words inside name spans that are not names themselves.
NOT_NAME_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "rev", "judge", "officer", "det",
        "sgt", "the", "and", "of", "de", "la", "del", "van", "von", "da", "di", "le", "al",
        "der", "den", "du", "della", "dos", "das", "ter", "ten", "bin", "ibn", "el", "st",
        "jr", "sr", "ii", "iii", "client", "mother", "father", "son", "daughter", "baby",
    }
)  # fmt: skip
#: Words that are never searched for alone, though they may sit inside a name span.
_CALENDAR_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mon", "tue", "tues", "wed", "thu",
        "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
#: A word this common in English is never searched for alone ("An" of "Nguyen Van An").
MAX_ALONE_ZIPF = 6.0
#: A word this common that is not a known name is a word, not a name ("Principal", "ID").
MAX_WORD_ZIPF = 4.0
#: A name is also searched for in lower case when it is rarer than this as an English word
#: ("hodan", "curtis"; not "grace" or "will").
MAX_LOWER_ZIPF = 4.3
#: Findings whose words are a place's, not a person's, even where NER calls them a name.
_PLACE_TYPES = frozenset({"STREET_ADDRESS"})
#: A word this short is searched for alone only when it is a given name.
SHORT_WORD = 2
#: An acronym inside a mixed-case name span ("ID", "MDR") is at most this long.
MAX_ACRONYM = 4
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIAL_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?){1,2}$")
MIN_WORD_LENGTH = 2
PROPAGATED_SCORE = 0.7


_POSSESSIVE = re.compile(r"['’]s$")
#: Mentions remembered: a release names the same people over and over, and the steps after
#: NER ask for the words of each mention many times (grouping, propagation, regrouping).
_MENTION_CACHE = 8192


def name_words(mention: str) -> list[str]:
    """The words of a name mention that can stand alone as a name ("Maria", "Alvarez")."""
    return list(_name_words(mention))


@lru_cache(maxsize=_MENTION_CACHE)
def _name_words(mention: str) -> tuple[str, ...]:
    words = []
    for match in _WORD.finditer(mention):
        word = _POSSESSIVE.sub("", match.group(0))
        if len(word) >= MIN_WORD_LENGTH and word.casefold() not in NOT_NAME_WORDS:
            words.append(word)
    return tuple(words)


@cache
def _accent_table() -> dict[int, int]:
    """Latin letters with accents -> the letter without, one character for one."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[:1]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = ord(base)
    return table


def fold_accents(text: str) -> str:
    """`text` without accents on Latin letters, with the same length and offsets."""
    return text.translate(_accent_table())


@cache
def _programme_head(folded: str) -> bool:
    """ "Program" of a programme NER called a person: a service's head noun, searched for
    alone, would take every programme of the record with it. A head that is a name too
    ("Grant") is still searched for."""
    return folded in PROGRAMME_HEADS and folded not in person_names()


def word_parts(word: str) -> list[str]:
    """The word and, for a hyphenated name, each half: "Kimura-Holt", "Kimura", "Holt"."""
    parts = [word]
    if "-" in word:
        parts += [p for p in word.split("-") if len(p) >= MIN_WORD_LENGTH and p[:1].isupper()]
    return parts


#: In a name written all in capitals, a word English uses at least this often is no name
#: of its own unless listed as one ("HOSPICE", "NOTIFIED"): a chart in capitals gives NER
#: no case to tell names by.
MIN_CAPS_WORD_ZIPF = 2.5


def _caps_chart_word(word: str, mention: str) -> bool:
    """Whether `word`, in the capitals name span `mention`, is a chart's word, not a name:
    an acronym ("IDT", "CVH") or a word English knows ("HOSPICE"); neither is listed as a
    name (the caller checks)."""
    if not mention.isupper():
        return False
    return len(word) <= MAX_ACRONYM or zipf(word.casefold()) >= MIN_CAPS_WORD_ZIPF


def searchable_alone(word: str, mention: str, strict: bool = False) -> bool:
    """Whether `word`, a word of the name span `mention`, is searched for on its own.

    `strict` (a policy that removes every proper noun) also searches for common English
    words NER put in a name ("the Government"): there recall comes first, and a proper
    noun misread as a name is still one."""
    folded = word.casefold()
    if folded in NOT_NAME_WORDS or folded in _CALENDAR_WORDS or _programme_head(folded):
        return False
    if in_descriptive_pair(word, mention):
        return False  # "Little" of "Geraldine Little Bear": the pair is searched whole
    if word.isupper() and len(word) <= MAX_ACRONYM and not mention.isupper():
        return False  # "ID" in "Brody T. ID": a label NER ran on
    if len(folded) <= SHORT_WORD and folded not in given_names():
        return False  # "Gr", "Rm": abbreviations, unless a given name ("Al", "Jo")
    if folded not in person_names() and (
        (is_clinical(folded) and word != mention.strip()) or _caps_chart_word(word, mention)
    ):
        return False  # "morphine" of "incr morphine": NER ran a name on into a term
    frequency = zipf(folded)
    if frequency >= MAX_ALONE_ZIPF:
        return False
    return strict or frequency < MAX_WORD_ZIPF or folded in person_names()


def lower_case_is_a_name(word: str) -> bool:
    """Whether `word` in lower case is still a name: a listed name rarer than
    `MAX_LOWER_ZIPF` as a word ("curtis"), or one whose every part English does not know
    ("hodan"); never an English word ("detention", "non-pecuniary")."""
    folded = word.casefold()
    if folded in person_names():
        return zipf(folded) < MAX_LOWER_ZIPF
    return all(zipf(part) == 0.0 for part in folded.split("-") if part)


#: A name word rarer than this as a word, and no English one, is searched for in lower case
#: too: "Tiko" after "her neighbour" is "tiko" in the text quoted further down, though no
#: list of names holds it (`lower_case_is_a_name` takes only listed or wholly unknown words).
#: "Hope", "Will", "May", "Bill" (zipf 5 to 6.5) stay capitalised only: in lower case they
#: are the words far more often than the people.
MAX_RARE_NAME_ZIPF = 2.5
#: A rare word this short is an abbreviation as often as a name ("ok", "bx", "hx").
MIN_RARE_NAME = 4


def _rare_name_word(word: str) -> bool:
    folded = word.casefold()
    return (
        len(folded) >= MIN_RARE_NAME
        and folded.isalpha()
        and zipf(folded) < MAX_RARE_NAME_ZIPF
        and folded not in english_words()
    )


@lru_cache(maxsize=_MENTION_CACHE)
def _variants(word: str, nickname: bool = False) -> frozenset[str]:
    """Forms searched for, accents folded: as found, Title case, UPPER case, and lower case
    for a word that is a name in lower case too, or a declared nickname that is rare as a
    word ("zay" in a message log for "Isaiah \"Zay\" ...")."""
    forms = {word, word[:1].upper() + word[1:].lower(), word.upper()}
    if (
        lower_case_is_a_name(word)
        or (nickname and zipf(word) < MAX_LOWER_ZIPF)
        or _rare_name_word(word)
    ):
        forms.add(word.lower())
    return frozenset(fold_accents(form) for form in forms)


#: The recognizer that finds a name by the relation word before it ("his son, DJ").
_RELATION_SOURCE = "RelationNameRecognizer"
#: Lower-case names a message's slot found ("jj has a fever"): `redact.detect.lower_case_names`.
_LOWER_CASE_SOURCE = "LowerCaseName"


def _lower_letters_name(finding: Finding, mention: str) -> bool:
    """A nickname of letters a message's slot found in lower case ("cant make it, jj has a
    fever"): the slot is the declaration, and the log writes it again ("feel better jj!",
    "jj n kayla"). Not a word or a chart's abbreviation ("dd", "pt")."""
    return (
        finding.source == _LOWER_CASE_SOURCE
        and mention.islower()
        and is_letter_nickname(mention.upper())
        and mention not in english_words()
        and not is_clinical(mention)
    )


def _word_groups(text: str, names: Sequence[Finding], strict: bool = False) -> dict[str, str]:
    """Map each name word to the group of the longest name containing it; shared words to own.

    A word the subject's name shares with another name (a relative's surname) belongs to
    the subject alone: a different first name before it makes that mention someone else's,
    and that mention is found as a whole.
    """
    owners: dict[str, set[str]] = {}
    for finding in sorted(names, key=lambda f: -f.length):
        mention = text[finding.start : finding.end]
        for word in name_words(mention):
            for part in word_parts(word):
                # a nickname declared as such, or capitals a relation word names ("his
                # son, DJ"): searched for as letters, "DJ's" and "dj" too
                nickname = (
                    finding.source == NICKNAME_SOURCE
                    or (finding.source == _RELATION_SOURCE and is_letter_nickname(mention))
                    or _lower_letters_name(finding, mention)
                )
                as_letters = part.upper() if _lower_letters_name(finding, mention) else part
                letters = letter_nickname_forms(as_letters) if nickname else frozenset()
                if not letters and not searchable_alone(part, mention, strict):
                    continue
                if is_trimmable(part) and part.casefold() not in person_names():
                    continue  # a role or programme word NER put in a name: "Juvenile"
                for variant in letters or _variants(part, nickname):
                    owners.setdefault(variant, set()).add(finding.group)
    groups: dict[str, str] = {}
    for word, owning in owners.items():
        if len(owning) == 1:
            groups[word] = next(iter(owning))
        elif any(f.is_subject and f.group in owning for f in names):
            groups[word] = next(f.group for f in names if f.is_subject and f.group in owning)
        else:
            groups[word] = f"w:{word.casefold()}"
    return groups


@lru_cache(maxsize=_MENTION_CACHE)
def word_set(mention: str) -> frozenset[str]:
    """The folded name words of a mention and the halves of its hyphenated words."""
    return frozenset(
        fold_accents(part).casefold() for word in _name_words(mention) for part in word_parts(word)
    )


#: The word before a surname, across an opening quote or parenthesis ("Wesley \"Wes\" Baker").
#: A capitalised word right before a surname, or before a middle initial before it
#: ("Crystal D. Stillday" beside the subject "Amara Z. Stillday" is her mother).
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’]*\p{Ll})[\"”“’)]?[ \t]+(?:\p{Lu}\.[ \t]*)?$")
#: Two capitalised words before a surname: a given name and a spelled-out middle name.
_TWO_WORDS_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’]*\p{Ll})[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$")
#: A lower-case word right before a lower-case surname: "lupe marroquin" as a chat export
#: names a contact.
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’@.#_-])(\p{Ll}[\p{Ll}'’]*\p{Ll})[\"”“]?[ \t]+$")
#: A lower-case given name before the subject's surname is another person's below this.
MAX_LOWER_GIVEN_ZIPF = 4.0


def _lower_given_name(word: str, own: set[str]) -> bool:
    """A lower-case listed given name, none of the subject's, that English has no word for
    and hardly uses."""
    folded = fold_accents(word).casefold()
    return (
        folded not in own
        and word in given_names()
        and word not in english_words()
        and zipf(word) < MAX_LOWER_GIVEN_ZIPF
    )


_WORD_AFTER_COMMA = regex.compile(r"^[ \t]*,[ \t]*(\p{Lu}[\p{L}'’]*\p{Ll})\b")
#: The same in a line of capitals, after a surname in capitals: "ST. CLAIR, ASHLEY N".
_CAPITALS_AFTER_COMMA = regex.compile(r"^[ \t]*,[ \t]*(\p{Lu}[\p{Lu}'’]*\p{Lu})\b")
#: Capitalised words before a surname that do not make it someone else's.
_NOT_GIVEN = frozenset(
    {
        "the", "a", "an", "and", "or", "to", "for", "with", "from", "by", "at", "in", "on",
        "dear", "re", "per", "cc", "student", "client", "name", "parent", "family", "youth",
        "respondent", "child", "minor", "patient", "met", "saw", "told", "said", "called",
    }
)  # fmt: skip
#: A capitalised word rarer than this, or a known name, is a given name before a surname.
MAX_GIVEN_ZIPF = 3.0


#: A listed given name up to this common is one before a surname ("Dawn", "Grace", "Joy",
#: "Frank" Mercer: a parent named like a word), unless it is a word for a role or rank.
MAX_LISTED_GIVEN_ZIPF = 4.9
_ROLE_NOT_GIVEN = frozenset(
    {
        "pastor", "elder", "unknown", "junior", "server", "bishop", "doc", "foster", "colonel",
        "saint", "admiral", "baby", "babe", "darling", "minor", "marine", "captain",
        "governor", "lawyer", "boss", "lady", "author", "male", "general", "major", "prince",
        "princess", "queen", "king", "duke", "innocent", "blessing", "precious", "sunday",
        "christian", "muslim", "german", "french", "jesus", "santa", "till", "valid", "hence",
        "odd", "sad", "mad", "lies", "owe", "raid", "edit", "con", "nazi", "math", "wage",
    }
)  # fmt: skip


def _given_name_like(word: str) -> bool:
    folded = word.casefold()
    if folded in _NOT_GIVEN or folded in NOT_NAME_WORDS or folded in _CALENDAR_WORDS:
        return False
    frequency = zipf(folded)
    return (
        frequency < MAX_GIVEN_ZIPF
        or (folded in person_names() and frequency < MAX_WORD_ZIPF)
        or (
            folded in given_names()
            and frequency < MAX_LISTED_GIVEN_ZIPF
            and folded not in _ROLE_NOT_GIVEN
        )
    )


def _middle_name_of_another(before: str, own: set[str]) -> bool:
    """Whether `before` ends in a given name and a spelled-out middle name, neither of them
    the subject's: "Tobias James Lindahl" beside the subject "Julian Castellanos-Lindahl"
    is his father. A middle name is often a name too common to count alone ("James",
    "Michael"), but after a rarer given name the pair is a person's."""
    found = _TWO_WORDS_BEFORE.search(before)
    if found is None:
        return False
    first, middle = found.group(1), found.group(2)
    return (
        fold_accents(first).casefold() not in own
        and fold_accents(middle).casefold() not in own
        and middle.casefold() in given_names()
        and _given_name_like(first)
    )


def _named_with(word: str, word_start: int, end: int, people: Collection[tuple[int, int]]) -> bool:
    """Whether `word` is a listed given name that another step (NER) found as one person's
    name with the surname ending at `end`: "Michael Ames", "Paul St. Clair". The given
    names written most ("Michael", "John", "David") are too common as words for
    `_given_name_like`; a person found over both words says they are a name here. Never a
    verb or adjective of English ("Will Ames attend"), a kin or role word, a month."""
    folded = word.casefold()
    if (
        folded not in given_names()
        or folded in english_non_nouns()
        or folded in _NOT_GIVEN
        or folded in NOT_NAME_WORDS
        or folded in _CALENDAR_WORDS
        or folded in _ROLE_NOT_GIVEN
        or is_kin_word(word)
    ):
        return False
    return any(s <= word_start and end <= e for s, e in people)


def attached_to_other_name(
    text: str,
    start: int,
    end: int,
    own: set[str],
    after_comma: bool = True,
    people: Collection[tuple[int, int]] = (),
) -> bool:
    """True when the name at `start:end` has a given name before it (or after a comma, as in
    "Baker, Wesley", unless `after_comma` is False: a given name is never put first) that is
    none of the words in `own`: "Yolanda Quiñones" is not the subject "Isaiah Quiñones-Baker",
    "Wesley \"Wes\" Baker" is not either. `people`, the spans other steps found as persons,
    confirms a given name too common as a word to count alone ("Michael Ames")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text[line_start:start])
    if before is not None:
        word = before.group(1)
        if fold_accents(word).casefold() not in own and (
            _given_name_like(word)
            or _named_with(fold_accents(word), line_start + before.start(1), end, people)
        ):
            return True
        if _middle_name_of_another(text[line_start:start], own):
            return True
    if text[start:end].islower():  # "lupe marroquin" in a chat: typed as a whole name
        lower = _LOWER_WORD_BEFORE.search(text[line_start:start])
        if lower is not None and _lower_given_name(lower.group(1), own):
            return True
    after = _WORD_AFTER_COMMA.match(text[end : end + 40]) if after_comma else None
    if after is None and after_comma and text[start:end].isupper():
        after = _CAPITALS_AFTER_COMMA.match(text[end : end + 40])
    if after is not None:
        word = after.group(1)
        folded = word.casefold()
        if county_follows(text, end + after.end()):
            return False  # "Brightwater, Dane County": the court's county, not his sister
        if fold_accents(folded) not in own and folded in person_names() and _given_name_like(word):
            return True
    return False


#: Group prefix of a titled mention split off from a longer name it shares words with: a
#: relative ("her mother-in-law Mrs. Oyelaran"), never resolved to the release's full name.
RELATIVE = "r:"


@dataclass
class _Person:
    """A person being grouped: their words, group, gender by title or given name (or None)
    and the halves of their hyphenated surname."""

    words: frozenset[str]
    group: str
    gender: int | None
    halves: frozenset[str]


def _person_gender(text: str, finding: Finding) -> int | None:
    """The gender a title or a given name listed as one gender's gives a full name."""
    titled = title_gender(text, finding.start, finding.end)
    if titled is not None:
        return titled
    words = name_words(text[finding.start : finding.end])
    if len(words) < 2:
        return None
    male, female = gendered_given_names()
    given = fold_accents(words[0]).casefold()
    return WOMAN if given in female else MAN if given in male else None


def _hyphen_halves(mention: str) -> frozenset[str]:
    return frozenset(
        fold_accents(part).casefold()
        for word in _name_words(mention) if "-" in word
        for part in word_parts(word)[1:]
    )  # fmt: skip


def _someone_else(text: str, finding: Finding, words: frozenset[str], person: _Person) -> bool:
    """Whether a titled mention whose words are all `person`'s is someone else: the title's
    gender is not theirs ("Mr. Lund" beside "Danielle Whitacre-Lund"), or, for fewer words
    than theirs, the clause calls it a relative ("her grandmother, Mrs. Nakamura") or it is
    one half of their hyphenated surname with a title ("Mrs. Oyelaran" beside "Marisol
    Oyelaran-Pike": a woman keeps her double surname whole with a title; the half is the
    family it came from). A bare half ("Quinn reported") stays theirs."""
    gender = title_gender(text, finding.start, finding.end)
    if gender is None:
        return False
    if person.gender is not None and person.gender != gender:
        return True
    if words == person.words:
        return False
    return kin_beside(text, finding.start, finding.end) or (
        len(words) == 1 and words <= person.halves
    )


def assign_groups(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """Give each name finding a mention group: mentions of one person share one.

    A mention joins the one person whose words hold all of its words; with several such
    people it is a group of its own ("w:"). A titled mention that is someone else
    (`_someone_else`: a relative sharing the surname) does not join them.
    """
    result = []
    names = sorted((f for f in findings), key=lambda f: -f.length)
    people: list[_Person] = []
    for finding in names:
        if finding.entity_type not in NAME_TYPES or finding.group:
            result.append(finding)
            continue
        words = word_set(text[finding.start : finding.end])
        holders = [p for p in people if words and words <= p.words]
        owners = [p for p in holders if not _someone_else(text, finding, words, p)]
        exact = [p for p in owners if p.words == words]
        if len(exact) == 1 and len(owners) > 1:
            owners = exact  # a second "Mrs. Oyelaran": the relative split off before
        if len(owners) == 1:
            group = owners[0].group
            if owners[0].gender is None:
                owners[0].gender = title_gender(text, finding.start, finding.end)
        elif owners:  # "Ms. Bieniak" when both Nela and Grzegorz Bieniak are named
            group = "w:" + " ".join(sorted(words))
        else:
            group = (RELATIVE if holders else "") + f"n{len(people)}"
            mention = text[finding.start : finding.end]
            people.append(
                _Person(words, group, _person_gender(text, finding), _hyphen_halves(mention))
            )
        result.append(_regroup(finding, group))
    return result


NICKNAME_SOURCE = "nickname"
#: A nickname declared right after a name: ("Zay"), "Teddy", (goes by "Mack"), AKA "Tavo",
#: /Matty. Quotes or a cue are required: "Celi (8)" or "(Mother)" declare nothing. After a
#: name, "called" is the verb of a phone log far more often ("Inge called Pet", "Dana
#: called: Rob will drive"): it declares a nickname in brackets or before quotes only
#: ("(called Teddy)", 'called "Teddy"').
_NICKNAME_AFTER = regex.compile(
    r"(?:[ \t]*[,(][ \t]*|[ \t]+)(?i:goes[ \t]+by|known[ \t]+as|a\.?k\.?a\.?|nicknamed?)"
    r"[ \t:]*[\"“‘']?(\p{Lu}[\p{L}'’-]*)[\"”’']?"
    r"|[ \t]*\(?[ \t]*[\"“](\p{Lu}[\p{L}'’-]*)[\"”]"
    r"|/(\p{Lu}\p{L}+)\b"
    r"|(?:[ \t]*\([ \t]*(?i:called)[ \t:]*[\"“‘']?|[ \t]*,?[ \t]*(?i:called)[ \t]*[\"“‘'])"
    r"(\p{Lu}[\p{L}'’-]*)[\"”’']?"
)

#: A nickname in quotes written BEFORE the name it stands for, joined by a bracket or a
#: dash: `"Dre" (Andre)`, `"Tee" — Terrence`: a partner list or a contact list that gives
#: what the client calls a person first. Matched on the few characters before the name.
_NICKNAME_BEFORE = regex.compile(
    r"[\"“](\p{Lu}[\p{L}'’-]*)[\"”][ \t]*(?:\([ \t]*|[—–][ \t]*|-[ \t]+)$"
)
#: How far before a name such a nickname may begin.
_BEFORE_REACH = 40


#: A nickname given with a pronoun, not right after the name: 'the family call her "Hoodo"',
#: 'everyone calls him "Junior"', 'known to staff as "Mimi"'. Given to "me", it is no one's
#: nickname: 'Connie called me "Lupe" (her late sister)' names whom she took the writer for.
_CALLED_PRONOUN = regex.compile(
    r"\b(?i:call(?:s|ed|ing)?|know(?:s|n)?)[ \t]+(?P<pronoun>(?i:her|him|them|me))"
    r"(?:[ \t]+(?i:as))?[ \t]*"
    r"[\"“](?P<nickname>\p{Lu}[\p{L}'’-]*)[\"”]"
)
#: How far back in its sentence the named person of a pronoun's nickname may be.
_CALLED_REACH = 120


def _nicknames_called(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Nicknames given with a pronoun, each in the group of the sentence's last name before it.

    With no name before it in the sentence, the nickname is still a name of its own.
    """
    added = []
    names = sorted(
        (f for f in findings if f.entity_type in NAME_TYPES and f.group), key=lambda f: f.end
    )
    for found in _CALLED_PRONOUN.finditer(text):
        nickname = found.group("nickname")
        if nickname.casefold() in NOT_NAME_WORDS or len(nickname) < MIN_WORD_LENGTH:
            continue
        floor = max(0, found.start() - _CALLED_REACH)
        stop = max(text.rfind(". ", floor, found.start()), text.rfind("\n", floor, found.start()))
        before = [f for f in names if max(floor, stop) <= f.start and f.end <= found.start()]
        owner = before[-1] if before and found.group("pronoun").casefold() != "me" else None
        start, end = found.span("nickname")
        added.append(
            Finding(
                start, end, "PERSON", owner.score if owner else SCORE_CALLED,
                source=NICKNAME_SOURCE, group=owner.group if owner else "",
                is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    return added


#: An unquoted word in capitals this common is the sentence going on, not a nickname.
CAPITALS_NICKNAME_ZIPF = 4.0


def _capitals_verb(text: str, start: int, nickname: str) -> bool:
    """An unquoted nickname written in capitals that is a common word ("CALLED FROM"): the
    capital letter that makes a nickname says nothing in a line typed in capitals."""
    quoted = start > 0 and text[start - 1] in "\"“‘'"
    return not quoted and nickname.isupper() and zipf(nickname.casefold()) >= CAPITALS_NICKNAME_ZIPF


#: The score of a nickname given with a pronoun when no name owns it.
SCORE_CALLED = 0.7


def declared_nicknames(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` plus each nickname declared right after (or, quoted, right before) a
    grouped name, in its group.

    "Theodora \"Teddy\" Albescu-Quinn", "Matteo/Matty", "Isaiah Baker (AKA \"Zay\")": the
    nickname is the same person, so it shares the pseudonym and is kept with the subject.
    """
    added = []
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or not finding.group:
            continue
        found = _NICKNAME_AFTER.match(text, finding.end)
        before = _NICKNAME_BEFORE.search(text, max(0, finding.start - _BEFORE_REACH), finding.start)
        for match, index in (
            (found, next(i for i in (1, 2, 3, 4) if found.group(i)) if found else 0),
            (before, 1),
        ):
            if match is None:
                continue
            nickname = match.group(index)
            if nickname.casefold() in NOT_NAME_WORDS or len(nickname) < MIN_WORD_LENGTH:
                continue
            if is_kin_word(nickname):  # 'Rosa Roe ("Abuela")': what the family calls her
                continue
            if _capitals_verb(text, match.start(index), nickname):
                continue  # "SON DWAYNE CALLED FROM PHOENIX": in capitals, "called" is a verb
            added.append(
                Finding(
                    match.start(index), match.end(index), "PERSON", finding.score,
                    source=NICKNAME_SOURCE, group=finding.group, is_subject=finding.is_subject,
                )
            )  # fmt: skip
    added += _nicknames_called(text, findings)
    owner = {fold_accents(text[f.start : f.end]).casefold(): f for f in added}
    regrouped = []
    for finding in findings:  # "Teddy said" found alone by NER: the same person
        words = word_set(text[finding.start : finding.end])
        nick = owner.get(next(iter(words))) if len(words) == 1 else None
        if finding.entity_type in NAME_TYPES and nick is not None and not finding.is_subject:
            finding = replace(finding, group=nick.group, is_subject=nick.is_subject)
        regrouped.append(finding)
    return [*regrouped, *added]


#: Group prefix of a name finding grown after it was grouped (`person_shapes.grow_names`).
GROWN = "grown:"


def regroup(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Group name findings that have no group yet (grown after propagation): into the one
    person whose words hold all of theirs, else a person of their own."""
    people: dict[str, set[str]] = {}
    for finding in findings:
        if (
            finding.entity_type in NAME_TYPES
            and finding.group
            and not finding.group.startswith(("w:", GROWN))
        ):
            mention = text[finding.start : finding.end]
            people.setdefault(finding.group, set()).update(word_set(mention))
    result = []
    for index, finding in enumerate(findings):
        if finding.entity_type in NAME_TYPES and (
            not finding.group or finding.group.startswith(GROWN)
        ):
            words = word_set(text[finding.start : finding.end])
            was = finding.group[len(GROWN) :]
            owners = [g for g, ws in people.items() if words and words <= ws]
            if was in people and (words <= people[was] or people[was] <= words):
                group = was  # "Hodan" grown to "Hodan Warsame": the same person
            else:
                group = owners[0] if len(owners) == 1 else f"g{index}"
            finding = _regroup(finding, group)
        result.append(finding)
    return result


def _regroup(finding: Finding, group: str) -> Finding:
    return Finding(
        finding.start, finding.end, finding.entity_type, finding.score,
        finding.action, finding.source, group, finding.is_subject,
    )  # fmt: skip


def _is_word_character(text: str, index: int) -> bool:
    """What `re` counts as a word character (`\\w`) at `index`; False outside the text."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def _boundary(text: str, index: int) -> bool:
    """Whether `\\b` holds at `index`."""
    return _is_word_character(text, index - 1) != _is_word_character(text, index)


def whole_word_mentions(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each mention, as `re` finds `\\b(w1|w2|...)\\b` with the
    longest words first: leftmost, the longest word at a place, never overlapping.

    Found with `str.find`: the names differ from note to note, and compiling that
    alternation anew for every note cost more than searching for each word.
    """
    candidates: list[tuple[int, int, str]] = []
    for word in words:
        if not word:
            continue
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if _boundary(text, start) and _boundary(text, end):
                candidates.append((start, -len(word), word))
            start = text.find(word, start + 1)
    mentions: list[tuple[int, int, str]] = []
    reached = 0
    for start, negative_length, word in sorted(candidates):
        if start >= reached:
            reached = start - negative_length
            mentions.append((start, reached, word))
    return mentions


#: Recognizers that find a place by its listed name (GeoNames), not by NER's guess.
_LISTED_PLACE_SOURCES = frozenset({"PlaceName", "CompoundTown", "WorldTown", "StateTown"})


def _towns_named_as_places(text: str, findings: Sequence[Finding]) -> set[str]:
    """Words the text writes as a listed town ("Northfield, MN") that no name list holds:
    NER's person "Allina Northfield" (a health system and its town) must not spread
    "Northfield" as a person's name over the agency's own address."""
    words = set()
    for finding in findings:
        if finding.entity_type == "LOCATION" and finding.source in _LISTED_PLACE_SOURCES:
            for word in name_words(text[finding.start : finding.end]):
                if word.casefold() not in person_names():
                    words.add(word)
    return words


def towns_over_ner_people(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without NER's persons that are exactly a listed town found as a place
    ("Northfield" of "Northfield, MN 55057" on a letterhead) and no listed name: a town
    typed a person is removed even where the agency's address is kept."""
    towns = {
        (f.start, f.end)
        for f in findings
        if f.entity_type == "LOCATION" and f.source in _LISTED_PLACE_SOURCES
    }
    if not towns:
        return list(findings)
    return [
        f
        for f in findings
        if not (
            f.entity_type == "PERSON"
            and f.source == "SpacyRecognizer"
            and (f.start, f.end) in towns
            and not any(w.casefold() in person_names() for w in name_words(text[f.start : f.end]))
        )
    ]


def propagate_names(text: str, findings: Sequence[Finding], strict: bool = False) -> list[Finding]:
    """`findings` plus every other mention of each name word found in them."""
    addresses = [] if strict else [f for f in findings if f.entity_type in _PLACE_TYPES]
    names = [
        f
        for f in findings
        if f.entity_type in NAME_TYPES and f.group and not any(f.overlaps(a) for a in addresses)
    ]  # a "name" inside an address ("Pulliam St Apt 6B") is the address's words
    word_groups = _word_groups(text, names, strict)
    for word in _towns_named_as_places(text, findings) & word_groups.keys():
        del word_groups[word]
    if not word_groups:
        return list(findings)
    subject_groups = {f.group for f in names if f.is_subject}
    added = []
    subject_spans = [(f.start, f.end) for f in findings if f.is_subject]
    subject_words = set().union(*(word_set(text[f.start : f.end]) for f in names if f.is_subject))
    for start, end, word in whole_word_mentions(fold_accents(text), word_groups):
        if any(s <= start and end <= e for s, e in subject_spans):
            continue  # a word of the subject's own mention ("Omair Jamaal"), not a third party
        group = word_groups[word]
        if group in subject_groups and attached_to_other_name(text, start, end, subject_words):
            continue  # "Yolanda Quiñones": a relative, found as a whole name
        if inside_longer_term(text, start, end):
            continue  # "Florida" of "Florida Assertive Community Treatment": a programme
        initial = _INITIAL_BEFORE.search(text, max(0, start - 6), start)
        if initial is not None:
            start = initial.start()
        added.append(
            Finding(
                start, end, "PERSON", PROPAGATED_SCORE, source="name-propagation",
                group=group, is_subject=group in subject_groups,
            )
        )  # fmt: skip
    return [*findings, *added]


#: A title right before a name, removed with it in strict mode ("Mr Karl Strobel").
_TITLE_BEFORE = re.compile(
    r"\b(?:Mrs|Mr|Ms|Mx|Miss|Mister|Messrs|Mme|Dr|Prof|Professor|Doctor|Sir|Dame|Lady|Lord"
    r"|Judge|Justice|Rev|Reverend|Fr(?=\.))\.?[ \t]+$",  # "Fr." a priest's, never "fr"
    re.IGNORECASE,  # posts write "mr. elliott"
)
_TITLE_REACH = 12


def absorb_titles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings widened to take the title before them ("Mr Redfearn", "Dr. Wells").

    Strict policies remove the title with the name: a rare title, or a gendered one in a
    small community, narrows who is meant, and recall comes first. Readable policies keep
    "Dr. [PERSON]" (the title recognizer leaves titles out of its spans).
    """
    widened = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES:
            title = _TITLE_BEFORE.search(text, max(0, finding.start - _TITLE_REACH), finding.start)
            if title is not None:
                finding = Finding(
                    title.start(), finding.end, finding.entity_type, finding.score,
                    finding.action, finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
        widened.append(finding)
    return widened


_QUOTED = re.compile(r"\(?[\"“][^\"“”]*[\"”]\)?")


@lru_cache(maxsize=_MENTION_CACHE)
def canonical_name(mention: str) -> str:
    """The form of a name that keys its pseudonym: folded, without titles, possessives or a
    quoted nickname, hyphens and spaces alike ("Albescu-Quinn" and "Albescu Quinn")."""
    words = [fold_accents(w).casefold() for w in name_words(_QUOTED.sub(" ", mention))]
    return " ".join(w.replace("-", " ") for w in words)


def _digest(canonical: str) -> str:
    """The group key of a canonical name, whatever the order of its words: records write
    "Ellery-Fontaine, Marcus" in lists and "Marcus Ellery-Fontaine" in prose."""
    words = " ".join(sorted(canonical.split()))
    return PERSON_KEY + hashlib.sha256(words.encode()).hexdigest()[:24]


def person_key(name: str) -> str:
    """The group key of the person named `name` ("Maria Alvarez"): what their pseudonym is
    derived from, the same for every written form of the same full name."""
    return _digest(canonical_name(name))


def key_groups(
    text: str, findings: Sequence[Finding], resolve: Callable[[str], str | None] | None = None
) -> list[Finding]:
    """Replace each mention group ("n0", "w:lopez") by a key of its person's fullest name.

    A pseudonym is keyed by the group, so it must not depend on which span a finding was
    merged into later ("Celi" inside an address cluster) nor on which document it is in:
    "Maria Alvarez" is the same person in every note of a release. The key is a digest of
    the name with the most words (then the longest) among the group's PERSON mentions;
    the subject's group stays as it is.
    """
    best: dict[str, tuple[int, int, str]] = {}
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or not finding.group or finding.is_subject:
            continue
        canonical = canonical_name(text[finding.start : finding.end])
        if not canonical:
            continue
        rank = (len(canonical.split()), len(canonical), canonical)
        if rank > best.get(finding.group, (0, 0, "")):
            best[finding.group] = rank
    keys = {}
    for group, rank in best.items():
        relative = group.startswith(RELATIVE)  # shares words with a name the release knows
        resolved = resolve(rank[2]) if resolve is not None and not relative else None
        keys[group] = _digest(resolved or rank[2])  # "Mack": the release knows whose
    return [
        _regroup(f, keys[f.group]) if f.group in keys and not f.is_subject else f for f in findings
    ]
