"""Programme names made of ordinary words: "Weekend Backpack Program", "Kinship Navigator",
"Child-Parent Psychotherapy", "Refugee Medical Assistance", "Gottman Method".

Schools, counties, charities and clinicians name their services and interventions with a
head noun ("Program", "Therapy", "Parenting", "Assistance", "Grant", "Start") after plain
words that say what the service does. NER reads such a phrase as an organisation, a person or
a place, and a records request that reads "referred to the [ORGANIZATION]" has lost what the
family was offered, which a court or a researcher needs. A programme names no one: unlike a
clinic or an agency it does not say where the client can be found.

A phrase is a programme name when its last word is such a head and every word before it is
a common English word (wordfreq's Zipf scale) that is not also a given name or surname
("Summer", "Foster" and "Black" are, so "Black Hollow Program" is left to be removed;
after the first word a very common word is a word even so: "Refugee Cash Assistance") and,
when it is not very common, not a US town ("Lorain County Program", "Riverside Family
Therapy" keep their findings: a practice named after its town locates the client). A word
of the curated vocabulary of meaning counts as a common word even when it is a name too
("Parent" of "Child-Parent Psychotherapy", "CHIP" of "CHIP Perinatal"); the parts of a
hyphenated word are read one by one. An adjective of the clinic's vocabulary that English
corpora barely know ("Multisystemic", "Dialectical") may stand before a therapy head. A head
on its own ("Navigator", the tail of "Kinship Navigator" when NER took only that) is a
programme word too.

A school's programme for a people or a language is named by the people or the language and
"Education", "Learner" or "Immersion" ("Indian Education", "English Learner", "Somali
Language Immersion"): the first word must be a people's word (`DEMONYMS`).

A few heads name a method after the person who devised it ("Gottman Method", "Sanctuary
Model"): before those a name is allowed, since no one is called "X Method". A head that is
also a name ("Grant") never follows a role word or a title ("Coach Grant" is a person).

`programme_spans` finds such names in running text, and `defined_acronyms` the acronyms a
text defines for them ("Multisystemic Therapy (MST)", "EFT (Emotionally Focused Therapy)"),
so that the acronym stays wherever the same text uses it ("Weekly MST."). A name after "at"
or "from" is where something happens ("a therapist at Pathways Family Therapy"): a
practice, which stays a finding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect.demonyms import DEMONYMS
from redact.detect.meaning import is_meaning
from redact.detect.place_names import us_places
from redact.detect.wordlists import person_names, zipf

#: Nouns that end the name of a service or an intervention rather than of a body that
#: employs people.
PROGRAMME_HEADS = frozenset(
    {
        "program", "programs", "programme", "programmes", "navigator", "therapy", "therapies",
        "psychotherapy", "parenting", "assistance", "grant", "grants", "start", "perinatal",
        "voucher", "vouchers", "waiver", "benefit", "benefits", "treatment", "intervention",
        "interventions", "curriculum", "training", "scale", "inventory", "questionnaire",
        "checklist", "screener", "initiative",
        # levels of care, written as a programme's name ("Adolescent IOP", "Intensive
        # Outpatient", "Partial Hospitalization", "Day Habilitation")
        "iop", "php", "outpatient", "inpatient", "hospitalization", "habilitation",
    }
)  # fmt: skip
#: Lower-case nouns after a name that make it the name of a class or a group one attends
#: ("the Parents Apart class", "a Safe Dates curriculum", "the Strong Fathers group"): a
#: course, when every word of the name is a plain word.
COURSE_NOUNS = frozenset(
    {"class", "classes", "course", "curriculum", "workshop", "workshops", "group", "sessions"}
)
#: Heads of a school's programme for a people or a language ("Indian Education", "English
#: Learner", "Ojibwe Language Immersion"): a programme only after such words
#: (`LANGUAGE_WORDS`), since "X Education" alone may be a firm.
LANGUAGE_HEADS = frozenset({"education", "learner", "learners", "immersion"})
#: Words of a people or a language, and the words such programmes add to them.
LANGUAGE_WORDS = DEMONYMS | frozenset(
    {
        "spanish", "arabic", "mandarin", "cantonese", "swahili", "dakota", "lakota",
        "native", "american", "alaska", "heritage", "language", "languages", "migrant",
        "bilingual", "dual", "world",
    }
)  # fmt: skip
#: Heads after which the name of the method's author is allowed ("Gottman Method").
EPONYM_HEADS = frozenset({"method", "model", "approach"})
#: Heads before which a rare adjective of the trade is allowed ("Multisystemic Therapy").
THERAPY_HEADS = frozenset({"therapy", "therapies", "psychotherapy", "treatment", "intervention"})
#: Each other word must be at least this common in English (wordfreq's Zipf scale).
MIN_ZIPF = 3.0
#: A word at least this common is an ordinary word even if a town is called so ("Hope").
COMMON_ZIPF = 4.0
#: A name this common as a word is a word inside a programme's name ("Cash"), though
#: never its first word ("Black Hollow Program", "Summer Program").
COMMON_NAME_ZIPF = 4.5
#: Words before an eponym head: a method is named after one or two people.
MAX_EPONYM_WORDS = 3
#: Adjective endings of the clinic's vocabulary ("multisystemic", "dialectical").
_ADJECTIVE = re.compile(r"(?:ic|ical|al|ive|ary|ory|ed|ing|ent|ant)$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FILLERS = frozenset({"and", "&", "of", "for", "the", "on", "in", "to", "a", "with"})
#: Words that make the next word a person's name ("Coach Grant", "Senator Grant").
_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "doctor", "prof", "professor", "judge", "coach",
        "officer", "senator", "governor", "president", "captain", "sergeant", "pastor",
        "principal", "mayor", "general", "uncle", "aunt", "father", "mother", "sister",
        "brother", "grandma", "grandpa", "nurse", "teacher", "worker", "counselor", "detective",
    }
)  # fmt: skip


def _plain_word(word: str, head: str, first: bool) -> bool:
    """Whether a word before the head is an ordinary word of a programme's name."""
    folded = word.casefold().strip("'’-")
    if not folded:
        return False
    if "-" in folded:  # "Child-Parent", "Trauma-Focused": each part on its own
        return all(_plain_word(part, head, first) for part in folded.split("-") if part)
    if is_meaning(folded):  # curated: "parent", "chip", whatever the name lists say
        return True
    frequency = zipf(folded)
    if folded in person_names():  # "Black Hollow Program"; not "Refugee Cash Assistance"
        return not first and frequency >= COMMON_NAME_ZIPF
    if frequency < MIN_ZIPF:
        return head in THERAPY_HEADS and len(folded) > 5 and bool(_ADJECTIVE.search(folded))
    return frequency >= COMMON_ZIPF or folded not in us_places()


@lru_cache(maxsize=4096)
def is_programme_name(phrase: str) -> bool:
    """Whether `phrase` is a programme named by plain words and a programme head noun."""
    words = _WORD.findall(phrase)
    if not words:
        return False
    head = words[-1].casefold()
    before = [w for w in words[:-1] if w.casefold() not in _FILLERS]
    if head in LANGUAGE_HEADS:
        return (
            bool(before)
            and before[0].casefold() in DEMONYMS
            and all(w.casefold() in LANGUAGE_WORDS for w in before)
        )
    if head in EPONYM_HEADS:
        return 0 < len(before) <= MAX_EPONYM_WORDS and not any(
            w.casefold() in _TITLES for w in before
        )
    if head not in PROGRAMME_HEADS:
        return False
    if head in person_names() and (not before or any(w.casefold() in _TITLES for w in before)):
        return False  # "Grant", "Coach Grant": a person
    return all(_plain_word(word, head, i == 0) for i, word in enumerate(before))


#: A run of capitalised words, with the small words names use between them.
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|&|with)[ \t]+)?[A-Z][\w'’-]*)*")
_RUN_WORD = re.compile(r"[A-Z][\w'’-]*")
#: An acronym as a text defines it: two or more capitals, maybe a digit or a hyphen
#: ("CPP", "TF-CBT", "KinGAP").
_ACRONYM = r"[A-Z][A-Za-z0-9&-]{1,11}"
_AFTER = re.compile(rf"[ \t]*\((?P<acronym>{_ACRONYM})\)")
_BEFORE = re.compile(rf"(?<![\w-])(?P<acronym>{_ACRONYM})[ \t]*\($")


@lru_cache(maxsize=8)
def programme_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each programme name written in capitalised words in `text`: the
    longest tail of a capitalised run that `is_programme_name` accepts, unless the text
    also names it as a place (`placed_names`)."""
    placed = placed_names(text)
    return tuple((s, e) for s, e in _candidate_spans(text) if text[s:e].casefold() not in placed)


@lru_cache(maxsize=8)
def placed_names(text: str) -> frozenset[str]:
    """Programme-shaped names `text` writes after "at" or "from" somewhere, case-folded:
    a practice, removed at every mention ("at Pathways Family Therapy ... attends
    Pathways Family Therapy")."""
    placed = set()
    for run in _RUN.finditer(text):
        words = list(_RUN_WORD.finditer(run.group()))
        for word in words:
            start = run.start() + word.start()
            if at_a_place(text, start) and is_programme_name(text[start : run.end()]):
                placed.add(text[start : run.end()].casefold())
    return frozenset(placed)


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        words = list(_RUN_WORD.finditer(run.group()))
        spelt = _spelt_out_programme(text, run, words)
        if spelt is not None:
            spans.append(spelt)
            continue
        course = _course_name(text, run, words)
        if course is not None:
            spans.append(course)
            continue
        last = words[-1].group().casefold()
        if last not in PROGRAMME_HEADS and last not in EPONYM_HEADS and last not in LANGUAGE_HEADS:
            continue
        for word in words:
            start = run.start() + word.start()
            if is_programme_name(text[start : run.end()]) and not at_a_place(text, start):
                spans.append((start, run.end()))
                break
    return spans


#: A lower-case course noun right after a name: " class", " curriculum".
_COURSE_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w-])")


def _course_name(
    text: str, run: re.Match[str], words: list[re.Match[str]]
) -> tuple[int, int] | None:
    """A name of plain words before a course noun ("enrolled in the Parents Apart class"):
    the name of a class, which places no one. A name with a person's or a town's word
    ("the Lincoln class", "the Dana Roe group") is no course name and stays a finding."""
    after = _COURSE_AFTER.match(text, run.end())
    if after is None or after.group(1) not in COURSE_NOUNS or at_a_place(text, run.start()):
        return None
    plain = [w.group() for w in words if w.group().casefold() not in _FILLERS]
    if not plain or not all(_plain_word(w, "program", i == 0) for i, w in enumerate(plain)):
        return None
    return run.start(), run.end()


#: "at" or "from" right before a name: the name is a place one goes to ("sees a
#: therapist at Pathways Family Therapy"), a practice that locates the client.
_AT = re.compile(r"(?<![\w-])(?:at|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_AT_REACH = 12


def at_a_place(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows "at" or "from" ("at Pathways Family
    Therapy"): then it names where something happens, not what is done."""
    return _AT.search(text, max(0, start - _AT_REACH), start) is not None


def _initials(word: str) -> str:
    return "".join(part[0] for part in word.split("-") if part).upper()


def _spelt_out_programme(
    text: str, run: re.Match[str], words: list[re.Match[str]]
) -> tuple[int, int] | None:
    """A known programme's acronym after the words it stands for: "Supplemental Security
    Income (SSI)" is SSI written out, whatever its last word."""
    after = _AFTER.match(text, run.end())
    if after is None or not is_meaning(after.group("acronym")):
        return None
    letters = "".join(ch for ch in after.group("acronym").upper() if ch.isalpha())
    for index, word in enumerate(words):
        tail = [w.group() for w in words[index:] if w.group().casefold() not in _FILLERS]
        if "".join(_initials(w) for w in tail) == letters:
            return run.start() + word.start(), run.end()
    return None


def _acronym_shaped(token: str) -> bool:
    return sum(ch.isupper() for ch in token) >= 2


@lru_cache(maxsize=8)
def defined_acronyms(text: str) -> frozenset[str]:
    """Acronyms `text` defines for a programme name, upper case: "CPP" of "Child-Parent
    Psychotherapy (CPP)", "EFT" of "EFT (Emotionally Focused Therapy)"."""
    found: set[str] = set()
    for start, end in programme_spans(text):
        after = _AFTER.match(text, end)
        if after and _acronym_shaped(after.group("acronym")):
            found.add(after.group("acronym").upper())
        if end < len(text) and text[end] == ")":
            before = _BEFORE.search(text, max(0, start - 16), start)
            if before and _acronym_shaped(before.group("acronym")):
                found.add(before.group("acronym").upper())
    return frozenset(found)
