"""A school named by where a student is: "in 10th grade at Ridgecrest", "Aspen Hill school nurse".

A child's school, with a grade, narrows a family to a few hundred people, and records name
it in passing, by its short name, with no "School" or "Elementary" for the institution
recognizer to find: "finished 11th grade at Maple Ridge CLC", "enrolled at Brookfield",
"Report from Aspen Hill school nurse". The words there are often English ("Aspen Hill",
"Ridgecrest" is a town), so neither NER nor the rare-word rules take them. The cue decides:
the capitalised words right after a grade or enrolment phrase, or right before a school
role, are a SCHOOL (a run of up to five words, a trailing abbreviation "CLC", "HS" with
them). A run that is a term of meaning ("enrolled at Head Start", a programme) stays.

In a message or a lower-case line the school's own kind word is the cue: "(half moon lake
hs)", "got jumped at cedar bluff middle". The words before it name the school unless they
say only what kind it is ("the local public high school", "senior high"), and one word
alone must be one English hardly uses ("ridgecrest hs", not "north high").
"""

from __future__ import annotations

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.meaning import is_meaning
from redact.detect.org_heads import lower_case_lines
from redact.detect.programme_names import programme_spans
from redact.detect.wordlists import english_non_nouns, given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "SchoolCue"
SCORE = 0.6

_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth)"
)
#: A capitalised word of a school's name, or an upper-case abbreviation ("CLC", "HS").
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}'’.-]*\p{Ll}|\p{Lu}{2,4}|St\.)"
_NAME = rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})(?![\p{{L}}\d'’-])"
#: A phrase that puts a student at a school: a grade, enrolment, attendance.
_AT_SCHOOL = regex.compile(
    r"(?<![\p{L}])(?i:"
    rf"{_ORDINAL}[ \t-]+grade(?:r|rs)?(?:[ \t]+student)?[ \t]+(?:at|@)"
    r"|grade[ \t]+\d{1,2}[ \t]+(?:at|@)"
    r"|(?:kindergarten|pre-?k|preschool|freshman|sophomore)[ \t]+(?:at|@)"
    r"|(?:enrolled|re-?enrolled|registered|suspended|expelled|graduated)[ \t]+(?:at|from|in)"
    r"|(?:withdrew|withdrawn|transferred)[ \t]+from"
    r"|dropped[ \t]+out[ \t]+of"
    r"|(?:student|students|senior|junior)[ \t]+at"
    r")[ \t]+(?:(?i:the)[ \t]+)?" + _NAME
)
#: A school role after the school's name: "Aspen Hill school nurse called".
_BEFORE_ROLE = regex.compile(
    r"(?<![\p{L}\d'’.-])"
    + _NAME
    + r"[ \t]+(?=(?:school[ \t]+(?:nurse|counselor|counsellor|social[ \t]+worker|psychologist"
    r"|resource[ \t]+officer|secretary|office|principal)|attendance[ \t]+(?:teacher|officer"
    r"|clerk|office)|guidance[ \t]+(?:counselor|counsellor|office))(?![\p{L}]))"
)
#: Words that open a run without naming a school ("The school nurse", "Today school").
_NOT_SCHOOL = frozenset(
    {
        "the", "a", "an", "her", "his", "their", "our", "my", "your", "this", "that", "new",
        "old", "former", "current", "today", "yesterday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "per", "from", "and", "with", "called",
        "report", "spoke", "message", "email", "phone", "via", "by", "to",
    }
)  # fmt: skip


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run less leading words that name no school; None when nothing is left or the
    run is a term of meaning or a person's given name alone."""
    words = list(regex.finditer(r"\S+", text[start:end]))
    while words and words[0].group().casefold() in _NOT_SCHOOL:
        words.pop(0)
    if not words:
        return None
    begin, finish = start + words[0].start(), start + words[-1].end()
    phrase = text[begin:finish]
    if is_meaning(phrase) or any(s <= begin and finish <= e for s, e in programme_spans(text)):
        return None  # "enrolled in the Parents Apart class": a course, no school
    if len(words) == 1 and phrase.casefold() in given_names():
        return None  # "Maria school nurse": a person, the name recognizers'
    return begin, finish


#: A school typed in lower case, in a message or an export's header: "(half moon lake hs)",
#: "got jumped at cedar bluff middle", "ridgecrest elem". Its own kind word is the cue; the
#: words before it are its name (up to three).
_LOWER_SCHOOL = regex.compile(
    r"(?<![\p{L}\d'’@.#/-])((?:[a-z][a-z'’-]*[ \t]+){1,3}?)"
    r"(?:hs|high(?:[ \t]+school)?|middle(?:[ \t]+school)?|elementary|elem|jr\.?[ \t]+high"
    r"|junior[ \t]+high|academy)(?![\p{L}\d'’-])"
)
#: Words before a school's kind that say what kind of school, not which one ("the local
#: public high school", "her old middle school", "senior high").
_GENERIC = frozenset(
    {
        "local", "public", "private", "alternative", "alt", "regular", "charter", "catholic",
        "christian", "online", "virtual", "continuation", "neighborhood", "neighbourhood",
        "district", "community", "boarding", "senior", "junior", "jr", "sr", "same", "other",
        "different", "big", "small", "next", "last", "first", "second", "at", "in", "of",
        "went", "go", "goes", "going", "attends", "attend", "into", "for", "is", "was", "s",
        "its", "it's", "got", "jumped", "been", "still", "even", "like", "some",
        "any", "every", "no", "all", "whole", "entire", "whats", "what", "which", "thru",
    }
)  # fmt: skip
#: One word alone names a school only when English hardly uses it ("ridgecrest hs"), not
#: "north high" or "lincoln elementary" said of any of the country's schools of that name.
MAX_SINGLE_NAME_ZIPF = 2.5


#: Words of the sentence before a school's name, never of the name ("now not lincoln
#: elem"); a school's own first word may be a common one ("new hope", "high point").
_FUNCTION_WORDS = frozenset(
    {"now", "not", "then", "also", "still", "just", "too", "so", "but", "when", "while",
     "since", "until", "til", "till", "after", "before", "cause", "because", "bc", "if",
     "maybe", "really", "already", "always", "never", "im", "i'm", "shes", "hes", "he",
     "she", "they", "we", "i", "u", "you", "me", "him", "her", "them", "there", "here"}
)  # fmt: skip
#: A surname a school is named for, with an abbreviated kind ("lincoln elem", "roosevelt
#: middle"), is a school of the client's town below this frequency.
MAX_SURNAME_SCHOOL_ZIPF = 5.0
_INITIALS = regex.compile(r"[b-df-hj-np-tv-xz]{2,4}")


#: Words that place a student at a school, right before its name: after them a given name
#: with a school's kind is the school ("at lincoln elem", "not roosevelt middle").
_PLACING = frozenset({"at", "in", "to", "from", "not", "attends", "thru", "@", "near", "by"})
_WORD_BEFORE = regex.compile(r"(\S+)[ \t]+$")


def _placed(text: str, begin: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, begin - 16), begin)
    return before is not None and before.group(1).casefold() in _PLACING


def _function_word(word: str) -> bool:
    return word.casefold() in _FUNCTION_WORDS


def _single_name(word: str) -> bool:
    """Whether one word before a school's kind names the school: a word English hardly
    uses ("ridgecrest"), initials ("jfk middle", "mlk elem"), or a person's name that is no
    adjective or adverb of direction ("lincoln elem", not "north high")."""
    if zipf(word) < MAX_SINGLE_NAME_ZIPF or _INITIALS.fullmatch(word):
        return True
    return (
        word in person_names()
        and word not in english_non_nouns()
        and word not in _GENERIC
        and zipf(word) < MAX_SURNAME_SCHOOL_ZIPF
    )


def _lower_case_schools(text: str) -> list[tuple[int, int]]:
    """(start, end) of lower-case school names, kind word included, in lower-case lines."""
    spans = []
    for start, end in [*caseless_spans(text), *lower_case_lines(text)]:
        for match in _LOWER_SCHOOL.finditer(text, start, end):
            words = list(regex.finditer(r"\S+", match.group(1)))
            stops = [i for i, w in enumerate(words) if w.group() in _NOT_SCHOOL | _GENERIC]
            words = words[stops[-1] + 1 :] if stops else words  # the name after the last
            while words and _function_word(words[0].group()):
                words.pop(0)  # "now not lincoln elem": the name is "lincoln"
            if not words:
                continue
            if len(words) == 1 and not _single_name(words[0].group()):
                continue
            phrase = " ".join(w.group() for w in words)
            begin = match.start(1) + words[0].start()
            if is_meaning(phrase) or (phrase in given_names() and not _placed(text, begin)):
                continue
            spans.append((begin, match.end()))
    return spans


def school_cue_findings(text: str) -> list[Finding]:
    """SCHOOL findings for the names a grade, an enrolment or a school role places, and for
    a school typed in lower case with its kind word."""
    found: list[Finding] = []
    for pattern_matches in (_AT_SCHOOL.finditer(text), _BEFORE_ROLE.finditer(text)):
        for match in pattern_matches:
            span = _trimmed(text, *match.span(1))
            if span is not None:
                found.append(Finding(*span, "SCHOOL", SCORE, source=SOURCE))
    seen = {(f.start, f.end) for f in found}
    for span in dict.fromkeys(_lower_case_schools(text)):
        if span not in seen:
            found.append(Finding(*span, "SCHOOL", SCORE, source=SOURCE))
    return found


__all__ = ["school_cue_findings"]
