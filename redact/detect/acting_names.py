"""A capitalised word before what only a person does: "Kimberly attends", "Rennick served 2/12".

A note names a child, a respondent or a group member once, by one word, in subject position:
"Marisa brought her baby.", "Kimberly attends the elementary across the street.", "Rennick
served 2/12 per deputy". NER needs more sentence than that, and the lone-name rule
(`redact.detect.lone_given_names`) leaves a given name alone when it is also a town
("Kimberly") or a word, and knows nothing of a surname no list holds ("Rennick"). The verb is
the evidence: a word right before "attends", "reported", "stated", "brought", "served" is
someone, and the word itself need only not be a word English uses there: a listed given
name (not one English has as a verb or an adjective: "Will", "May"), or a word English does
not know and hardly sees. "Staff reported", "Probation stated", "Medicaid denied" are English
or too common. A word sent to a relative ("Wicahpi to paternal aunt") is a child placed;
a word English does not know after "for" or "with" at a clause's end ("made ramen for
Wicahpi.") is whom it was done for.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.place_names import us_places
from redact.detect.wordlists import (
    english_non_nouns,
    english_words,
    given_names,
    job_titles,
    person_names,
    zipf,
)
from redact.findings import Finding

SOURCE = "ActingName"
SCORE = 0.7
#: A listed given name before a person's act is a person's below this frequency ("Hunter"
#: 4.4, "Mason" 4.1); above it the word is English's ("Grace", "June").
MAX_GIVEN_ZIPF = 4.6
#: A given name that is also a US town is taken below this ("Kimberly" 3.4; not "Houston").
MAX_TOWN_ZIPF = 4.0
#: A word no list holds is a name when English hardly sees it ("Rennick" 1.6, "Wicahpi").
MAX_UNKNOWN_ZIPF = 2.5

_VERBS = (
    r"attends|attended|brought|brings|served|reports|reported|states|stated|said|says|told"
    r"|tells|called|calls|visited|visits|arrived|arrives|lives|lived|works|worked|picked"
    r"|dropped|agreed|agrees|denied|denies|admitted|admits|texted|texts|asked|asks|wants"
    r"|wanted|came|comes|moved|stays|stayed|cried|yelled|threatened|disclosed|refused"
    r"|declined|missed|slept|sleeps|goes|went|plays|played|loves|hates|helped|helps"
    r"|babysits|babysat|drove|drives|shared|endorsed|presented|appeared|participated"
    r"|completed|tested|was[ \t]+served|was[ \t]+arrested|was[ \t]+placed|has[ \t]+been"
)
#: Kin a child is placed with: "Wicahpi to paternal aunt", "Zuri to maternal grandmother".
_KIN = (
    r"(?:(?:her|his|their|the)[ \t]+)?(?:(?:paternal|maternal|great)[ \t-]+)*"
    r"(?:aunt|uncle|grandmother|grandfather|grandparents?|grandma|grandpa|cousin|sister"
    r"|brother|father|mother|relative|kin|foster)"
)
_ACTING = regex.compile(
    r"(?<![\p{L}\d'’@#._/-])(?P<w>\p{Lu}\p{Ll}{2,})"
    rf"[ \t]+(?:(?:{_VERBS})\b|to[ \t]+{_KIN}\b)"
)
#: A word English does not know, after a preposition that takes a person and before a
#: sentence's or a clause's end: "made ramen for Wicahpi.", "ROP f/u for Zuri." ("to" and
#: "from" take places too, and are left out).
_FOR_WHOM = regex.compile(
    r"(?<![\p{L}\d'’@#._/-])(?:for|with|w/|per|by)[ \t]+(?P<w>\p{Lu}\p{Ll}{2,})"
    r"(?=[ \t]*(?:[.,;:)!?]|$|[ \t](?:and|who|when|while|because)\b))",
    regex.MULTILINE,
)
#: A word right before that makes the capitalised word part of a phrase, not a name: "the
#: Hunter", "a Sheriff", "our Mason".
_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|this|that|our|my|your|their|its)[ \t]+)$")
#: A capitalised word before, that English does not have ("Ana Rennick"): the word is the
#: last of a longer name, NER's ("Later Tasha texted" is taken).
_CAPITALISED_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]*)[ \t]+$")
_CALENDAR = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip


def is_acting_name(word: str) -> bool:
    """Whether a capitalised word before a person's act is a name (see the module
    docstring)."""
    folded = word.casefold()
    if folded in _CALENDAR or folded in job_titles() or is_meaning(word):
        return False
    frequency = zipf(folded)
    if folded in given_names():
        bar = MAX_TOWN_ZIPF if folded in us_places() else MAX_GIVEN_ZIPF
        return frequency < bar and folded not in english_non_nouns()
    return folded not in english_words() and frequency < MAX_UNKNOWN_ZIPF


def acting_name_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for capitalised words before a person's act that no person finding
    covers (one NER read as an organisation or a place is taken over)."""
    people = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
    found: list[Finding] = []
    for match in _ACTING.finditer(text):
        start, end = match.span("w")
        if any(s <= start and end <= e for s, e in people):
            continue
        window = text[max(0, start - 24) : start]
        if _DETERMINER_BEFORE.search(window):
            continue
        before = _CAPITALISED_BEFORE.search(window)
        if before is not None and before.group(1).casefold() not in english_words():
            continue
        if is_acting_name(match.group("w")):
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    for match in _FOR_WHOM.finditer(text):
        start, end = match.span("w")
        if not any(s <= start and end <= e for s, e in people) and _unknown_word(match["w"]):
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


def _unknown_word(word: str) -> bool:
    """A capitalised word no list of ours holds and English does not know: no name of a
    place, a term of meaning or a listed name (those have their own rules)."""
    folded = word.casefold()
    return (
        folded not in english_words()
        and zipf(folded) < MAX_UNKNOWN_ZIPF
        and folded not in us_places()
        and folded not in person_names()
        and not is_meaning(word)
    )


__all__ = ["acting_name_findings", "is_acting_name"]
