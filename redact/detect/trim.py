"""Trim what NER puts around an identifier, and drop relative dates that identify no one.

spaCy tags "the morning", "last year" or "a couple of months" as dates, and "the
Ministry" with its article. Removing those words costs readability and protects nothing:
a leading article or a relative-date word is trimmed off any finding, a possessive "'s" off
a name or a strict-mode proper noun, and an NER date left with only generic time words
("year", "weekend") and no number, month or day name is dropped, and so is an NER date that
is a score or a fraction ("rated 7/10", "BP 120/80", "3/4 of the time") or a frequency
("3x/week", "twice a day"); "have a good weekend" loses "good" with the other edge words.
A phone number that is a day and two clock times ("6/24 0830-1030", a visit's times in an
aide's log) is dropped, and so is a shift and its day ("0700-1900 7/22"). NER's person,
organisation or place that is a day and month ("Mar 26th") is dropped, and one read on into
a numeric date ("D. Ekwueme 7/10/25") ends before it: the date is the date recognizer's,
and a policy that keeps dates keeps it. "Three years ago"
keeps "three years"; "on 12 May" keeps "12 May".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.case_style import is_dictionary_form
from redact.detect.lower_case_places import CHAIN_STORES
from redact.detect.meaning import drug_names, normalise
from redact.detect.particles import PARTICLES
from redact.detect.person_shapes import opens_sentence
from redact.detect.recognizers.date import reads_as_score
from redact.detect.wordlists import english_words, given_names, person_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

NER_SOURCE = "SpacyRecognizer"
#: Strict mode's proper nouns ("Meza's") lose their possessive like names do.
STRICT_SOURCE = "StrictCapitalisedRecognizer"

#: Words trimmed off the edges of any finding but a name.
_EDGE_WORDS = frozenset({"the", "a", "an"})
#: Words trimmed off the edges of an NER date.
_DATE_EDGE_WORDS = _EDGE_WORDS | frozenset(
    {
        "this", "that", "these", "those", "last", "next", "past", "previous", "following",
        "coming", "few", "couple", "of", "ago", "every", "each", "some", "several", "about",
        "around", "approximately", "on", "in", "at", "by", "since", "until", "later",
        "earlier", "same", "recent", "recently", "other", "good", "great", "nice", "whole",
        "entire",
    }
)  # fmt: skip
#: An NER date made only of these words (after trimming) is relative: it is dropped.
_GENERIC_TIME_WORDS = frozenset(
    {
        "morning", "mornings", "afternoon", "evening", "evenings", "night", "nights", "day",
        "days", "daily", "week", "weeks", "weekly", "weekend", "weekends", "month", "months",
        "monthly", "year", "years", "yearly", "annual", "annually", "today", "tonight",
        "yesterday", "tomorrow", "now", "decade", "decades", "hour", "hours", "minute",
        "minutes", "moment", "time", "times", "season", "quarter", "once", "twice", "s",
        "daytime", "overnight", "lately", "recently", "holiday", "holidays",
    }
)  # fmt: skip
_WORD = re.compile(r"\w+")
#: A visit's clock times, after a day or not, read as a phone number: "6/24 0830-1030",
#: "24 0830-1030", a group's "Time: 1800-1930".
_TIME_RANGE = re.compile(
    r"(?:(?:\d{1,2}/)?\d{1,2}[ \t]+)?"
    r"(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d"
    r"(?:[ \t]+\d{1,2}/\d{1,2})?"  # a shift and its day: "NOTE 0700-1900 7/22"
)
#: A day and month NER read as a person or a place: "Mar 26th - missed appt".
_MONTH_DAY = re.compile(
    r"(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
)
#: A numeric date NER read on into after a name or an organisation: "review: D. Ekwueme
#: 7/10/25" (a sign-off and its date).
_DATE_TAIL = re.compile(r"[ \t]+\d{1,2}/\d{1,2}(?:/(?:\d\d){1,2})?$")
#: A frequency is no date: "3x/week", "2 x/wk", "three times a week", "twice per day".
#: A strength pair of a combination drug ("Suboxone 8/2", "16/4 mg SL", "+4/1", "Norco
#: 10/325"): what was given, never when. Read from the pair's neighbours: a drug's name or
#: "+" right before it, or a unit, route or form right after it.
_PAIR_ONLY = re.compile(r"\d{1,4}/\d{1,4}")
_DOSE_AFTER = re.compile(
    r"[ \t]*(?:mg|mcg|µg|ug|ml|SL|sublingual|films?|strips?|tabs?|tablets?|PO|IM|po)\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)[ \t]+$")


def _reads_as_dose(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a bare number pair that states a drug's strength."""
    if not _PAIR_ONLY.fullmatch(text, start, end):
        return False
    if _DOSE_AFTER.match(text, end) or text[max(0, start - 1) : start] == "+":
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and normalise(before.group(1)) in drug_names()


#: A clock time and a number pair read as one phone number ("0910 16/4" of "0910 16/4 mg").
#: Months of a year, or a span of them, that a phone pattern took: "3/2023–11/2024".
_MONTH_YEARS = re.compile(
    r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)?"
)
#: A code's letters and hyphen glued before digits: "AP-" of "AP-2024-337120".
_CODE_HEAD = re.compile(r"(?<![\w-])[A-Z]{1,5}-$")
_NANP_SHAPE = re.compile(r"\(?\d{3}\)?[ .\-]?\d{3}[.\-]\d{4}")


def _code_tail(text: str, start: int, end: int) -> bool:
    """Whether a phone finding is the digits of a code that capitals and a hyphen open
    ("AP-2024-337120": a reference number, which the case number recognizers find whole),
    and not a telephone number's own shape."""
    return (
        _CODE_HEAD.search(text, max(0, start - 6), start) is not None
        and _NANP_SHAPE.fullmatch(text, start, end) is None
    )


_CLOCK_AND_PAIR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ \t]+\d{1,3}/\d{1,3}")

_FREQUENCY = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven)?\s*(?:x|times|once|twice)\s*"
    r"(?:/|a|an|per|each|every)?\s*(?:wk|week|d|day|mo|month|yr|year)s?\.?",
    re.IGNORECASE,
)
#: "The corner of Elm and 5th" is replaced whole: "lives at [ADDRESS]", not "at the [ADDRESS]".
_CORNER = re.compile(r"the\s+corner\s+of\b", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: What ends a person's name inside a longer span: a dash before lower-case words (a
#: subject line's "Jaylen W. - attendance") or a possessive before the thing owned
#: ("Jaylen's 504"). The words after are no part of the name, and spreading them as one
#: would remove "attendance" wherever it stands.
_NAME_STOP = re.compile(r"[ \t]+[-–—][ \t]+(?=[a-z])|['’]s[ \t]+(?=[\w(])")


#: An age between two listed people inside one NER name: "Zion 4 & Nevaeh" of "kids Zion 4
#: & Nevaeh 22mo".
_AGE_AND_JOIN = re.compile(r"[ \t]+\d{1,2}[ \t]*(?:&|and|,|\+)[ \t]*")


#: A join after a name's closing initial inside one NER name: "Jaylen O., Kai D." of a
#: roster. A name written given name first ends at its initial; an inverted one
#: ("Okonkwo, Jaylen O.") has its comma before the given name, not after an initial.
_INITIAL_AND_JOIN = re.compile(r"(?<![A-Za-z'’])[A-Z]\.([ \t]*(?:,|&|\+|and\b)[ \t]*)(?=[A-Z])")


def _split_at_listed_ages(finding: Finding, text: str) -> list[Finding]:
    """A name NER ran over a list of children and their ages, or of given names and
    initials, as its names: the ages are meaning (a research copy lost "4"), and each
    person is a person of their own (one pseudonym for two group members would make each
    the other's)."""
    parts = []
    start = finding.start
    joins = [m.span() for m in _AGE_AND_JOIN.finditer(text, finding.start, finding.end)]
    joins += [m.span(1) for m in _INITIAL_AND_JOIN.finditer(text, finding.start, finding.end)]
    for join_start, join_end in sorted(joins):
        if join_start > start and join_end < finding.end:
            parts.append(replace(finding, start=start, end=join_start))
            start = join_end
    if not parts:
        return [finding]
    return [*parts, replace(finding, start=start)]


def _split_at_open_bracket(finding: Finding, text: str) -> list[Finding]:
    """A name NER read on into an aside it does not close, as the name and the aside's
    words ("Nwosu, Ifeoma (DCFS" of "Nwosu, Ifeoma (DCFS) <...>", "Lakeview (Oak Lawn" of
    "Lakeview (Oak Lawn office)"): whole, the recipient would read "Person K7QX)"; each
    part is still what NER said it was."""
    start, end = finding.start, finding.end
    bracket = text.rfind("(", start, end)
    if bracket <= start or ")" in text[bracket:end]:
        return [finding]
    parts = [replace(finding, end=start + len(text[start:bracket].rstrip(" \t,")))]
    inner = bracket + 1 + len(text[bracket + 1 : end]) - len(text[bracket + 1 : end].lstrip())
    if re.search(r"\w", text[inner:end]):
        parts.append(replace(finding, start=inner))
    return [p for p in parts if p.end > p.start]


def _person_end(text: str, start: int, end: int) -> int:
    stop = _NAME_STOP.search(text, start, end)
    return stop.start() if stop is not None and stop.start() > start else end


#: A word this common that no name list holds is no part of a name NER read around it.
_COMMON_WORD = 4.0
#: A lower-case word this common ends a name NER read on into the sentence.
_COMMON_LOWER = 3.0
#: A given name more common than this as a word may be a place or a thing ("Florida").
_MAX_GIVEN_ZIPF = 4.5
_TOKEN = re.compile(r"\S+")
_LONE_INITIAL = re.compile(r"[A-Z]\.?")


def _not_name_word(token: str, bar: float) -> bool:
    word = token.strip(".,;:!?()\"'“”‘’").casefold()
    return bool(word) and word not in person_names() and zipf(word) >= bar


def _names_a_person(token: str) -> bool:
    """A given name of the lists or an initial: what a name NER read after a verb starts
    with."""
    word = token.strip(".,;:()\"'“”‘’").casefold()
    given = word in given_names() and zipf(word) < _MAX_GIVEN_ZIPF  # not "Florida"
    return bool(_LONE_INITIAL.fullmatch(token)) or given


def _ner_person_core(text: str, start: int, end: int) -> tuple[int, int]:
    """An NER person less the sentence it read on into: a common word that no name list
    holds opening the sentence before a given name or an initial ("Placed A. w/" opens
    with a verb, "Dear Sarah" with a greeting) and everything from a lower-case common
    word or a "w/" on ("Juan Ortiz w/ mom"); a name in lower case is left as read. Name
    particles ("de la Cruz") stay. Where only an initial would be left, NER's span stays:
    later steps drop a lone initial, and the person it stands for would be released."""
    tokens = list(_TOKEN.finditer(text, start, end))
    if len(tokens) < 2 or not tokens[0].group()[:1].isupper():
        return start, end  # "late night lofi gang": a lower-case name is read as written
    for index, token in enumerate(tokens[1:], start=1):
        word = token.group()
        if "/" in word or (
            word.islower()
            and word.strip(".,;:!?") not in PARTICLES
            and _not_name_word(word, _COMMON_LOWER)
        ):
            tokens = tokens[:index]
            break
    first = tokens[0].group()
    if (
        len(tokens) > 1
        and not first.isupper()
        and opens_sentence(text, tokens[0].start())
        and _not_name_word(first, _COMMON_WORD)
        and _names_a_person(tokens[1].group())
    ):
        tokens.pop(0)  # "Placed A.", "Dear Sarah"; not "Central Florida Crisis Network"
    if not tokens or (len(tokens) == 1 and _LONE_INITIAL.fullmatch(tokens[0].group())):
        return start, end  # "Placed A. w/": an initial alone is no name to later steps
    return tokens[0].start(), min(end, tokens[-1].end())


def _trim_edges(text: str, finding: Finding, words: frozenset[str]) -> tuple[int, int]:
    """The span without edge `words`; a finding with no word at all is left whole.

    Only a word that white space parts from the rest is trimmed: the "a" of
    "a@example.com" or of an IBAN is part of the identifier, not an article. A finding
    with no letter or digit ("::", an IPv6 address) has nothing to trim.
    """
    tokens = [m for m in _WORD.finditer(text, finding.start, finding.end)]
    if not tokens:
        return finding.start, finding.end
    while tokens and tokens[0].group().casefold() in words and _spaced_after(text, tokens[0]):
        tokens.pop(0)
    while tokens and tokens[-1].group().casefold() in words and _spaced_before(text, tokens[-1]):
        tokens.pop()
    if not tokens:
        return finding.start, finding.start
    start = finding.start if tokens[0].start() == _first_word_start(text, finding) else None
    return (finding.start if start is not None else tokens[0].start()), (
        finding.end if tokens[-1].end() == _last_word_end(text, finding) else tokens[-1].end()
    )


def _spaced_after(text: str, token: re.Match[str]) -> bool:
    return token.end() >= len(text) or text[token.end()].isspace()


def _spaced_before(text: str, token: re.Match[str]) -> bool:
    return token.start() == 0 or text[token.start() - 1].isspace()


def _first_word_start(text: str, finding: Finding) -> int:
    match = _WORD.search(text, finding.start, finding.end)
    return match.start() if match else finding.start


def _last_word_end(text: str, finding: Finding) -> int:
    end = finding.start
    for match in _WORD.finditer(text, finding.start, finding.end):
        end = match.end()
    return end


#: Ordinals before generic time words say which, not when: "the first year of
#: employment", "her 10th year" are no dates ("the first of May" is one; "one year" is a
#: duration, kept).
_ORDINAL = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final"
    r"|\d{1,3}(?:st|nd|rd|th))"
)


def _is_relative_date(text: str, start: int, end: int) -> bool:
    words = [w.casefold() for w in _WORD.findall(text, start, end)]
    generic = [w for w in words if not _ORDINAL.fullmatch(w)]
    return bool(generic) and all(w in _GENERIC_TIME_WORDS for w in generic)


#: A transcription's annotation: one word alone in square brackets ("[Voicemail]",
#: "[Inaudible]", "[Crosstalk]"). NER and strict mode read its capital as a name's.
_BRACKETED = re.compile(r"\[([A-Za-z]+)\]")


def _annotation(text: str, finding: Finding) -> bool:
    """Whether a broad finding is a bracketed English word that is no listed name."""
    if finding.source not in {NER_SOURCE, STRICT_SOURCE}:
        return False
    start, end = finding.start, finding.end
    if text[start - 1 : start] != "[" or text[end : end + 1] != "]":
        return False
    word = _BRACKETED.fullmatch(text, start - 1, end + 1)
    if word is None:
        return False
    folded = word.group(1).casefold()
    return folded in english_words() and folded not in person_names()


#: A note entry's stamp at a line's start: a date, a clock time, or both ("06/05/2025 0900",
#: "6/5 14:30", "0900"); the first word after it is capitalised as a sentence's is.
_CLOCK = r"(?:[01]\d|2[0-3]):?[0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_ENTRY_STAMP = re.compile(
    rf"(?:(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})(?:[ \t]+{_CLOCK})?"
    rf"|{_CLOCK})[ \t]+"
)
_LAST_WORD = re.compile(r"[A-Z][a-z]+\Z")
#: The first word of an entry is a common word when English uses it at least this often.
MIN_ENTRY_WORD_ZIPF = 4.0
_BROAD_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _entry_opener(text: str, finding: Finding) -> bool:
    """Whether a broad finding is only a note entry's stamp and its capitalised first word,
    a common English word ("06/05/2025 Rent paid.", "06/05/2025 0900 Home visit"): NER reads
    a sentence's capital after a stamp as a name's, and takes the stamp with it."""
    if finding.source not in {NER_SOURCE, STRICT_SOURCE}:
        return False
    if finding.entity_type not in _BROAD_TYPES:
        return False
    word = _LAST_WORD.search(text, finding.start, finding.end)
    if word is None:
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    if finding.start - line_start > MAX_STAMP_CHARS or not _ENTRY_STAMP.fullmatch(
        text, line_start, word.start()
    ):
        return False
    folded = word.group().casefold()
    if folded in person_names() or folded in CHAIN_STORES:
        return False  # "06/05 Target called": a store
    return zipf(folded) >= MIN_ENTRY_WORD_ZIPF


#: A stamp is at most this long ("2025-06-05 11:45 PM ").
MAX_STAMP_CHARS = 24

#: A day's name after a stamp: "06/12/25 Thu DM".
_WEEKDAY = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?[ \t]+",
    re.IGNORECASE,
)


def _after_stamp(text: str, finding: Finding) -> int:
    """Where a broad NER finding starts once a note entry's stamp and day name at its head
    are cut off: NER takes "06/12/25 Thu DM" (a date and the worker's initials) for one
    person, and the date, which a policy may keep, went with it."""
    if finding.source != NER_SOURCE or finding.entity_type not in _BROAD_TYPES:
        return finding.start
    if not text[finding.start : finding.start + 1].isdigit():
        return finding.start
    stamp = _ENTRY_STAMP.match(text, finding.start, finding.end)
    if stamp is None:
        return finding.start
    day = _WEEKDAY.match(text, stamp.end(), finding.end)
    start = day.end() if day is not None else stamp.end()
    return start if start < finding.end and text[start].isalpha() else finding.start


#: NER types that read on into a date beside a name, or read a date as a name.
_READ_ON_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "GPE"})


#: An age NER read on into after a date: "11/14/2009, age 15", "2009 (age 15)".
_AGE_TAIL = re.compile(r"[ \t]*[,;(][ \t]*(?i:age[ds]?)\b")
#: A line's label and a dash before what NER read on into: "Attendees - D. Kowalczyk".
_LINE_LABEL = re.compile(r"([A-Za-z]+)[ \t]+[-–—][ \t]+(?=\S)")


def _after_line_label(text: str, start: int, end: int) -> int:
    """Where an NER finding starts once a line's label before a spaced dash is off it: an
    English word that opens the line is a heading ("Attendees - ", "Present - "), and
    taken with the name it turns the list's heading into the person's placeholder."""
    label = _LINE_LABEL.match(text, start, end)
    if label is None or text[text.rfind("\n", 0, start) + 1 : start].strip():
        return start
    word = label.group(1).casefold()
    known = word in english_words() or is_dictionary_form(word)
    if not known or word in given_names():
        return start
    return label.end()


def trim_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings without leading articles, relative-date words or a name's possessive, and
    none that is a transcription's bracketed annotation."""
    trimmed = []
    split = [
        part
        for finding in findings
        for bracketed in (
            _split_at_open_bracket(finding, text)
            if finding.entity_type in _BROAD_TYPES
            else [finding]
        )
        for part in (
            _split_at_listed_ages(bracketed, text)
            if bracketed.source == NER_SOURCE and bracketed.entity_type in _BROAD_TYPES
            else [bracketed]
        )
    ]
    for finding in split:
        start, end = finding.start, finding.end
        if _annotation(text, finding):
            continue  # "[Voicemail] 6/3 4:12 PM": a label of the transcript, no one
        if _entry_opener(text, finding):
            continue  # "[06/05/2025 0900 Home] visit": a stamp and the entry's first word
        start = _after_stamp(text, finding)
        if finding.source == NER_SOURCE:
            start = _after_line_label(text, start, end)  # "Attendees - D. Kowalczyk"
        if finding.entity_type == "DATE_TIME" and _reads_as_dose(text, start, end):
            continue  # "Suboxone 8/2 SL", "16/4 mg": a strength, not a day and month
        if finding.entity_type in NAME_TYPES or finding.source == STRICT_SOURCE:
            if finding.entity_type == "PERSON":
                end = _person_end(text, start, end)
                if finding.source == NER_SOURCE:
                    start, end = _ner_person_core(text, start, end)
                    if end <= start:
                        continue
            possessive = _POSSESSIVE_END.search(text, start, end)
            if possessive is not None and possessive.start() > start:
                end = possessive.start()
        elif finding.entity_type == "DATE_TIME" and finding.source == NER_SOURCE:
            start, end = _trim_edges(text, finding, _DATE_EDGE_WORDS)
            age = _AGE_TAIL.search(text, start, end)
            if age is not None and age.start() > start:
                end = age.start()  # "DOB 11/14/2009, age 15": the age is the policy's to keep
            if end <= start or _is_relative_date(text, start, end):
                continue
            if _FREQUENCY.fullmatch(text, start, end):  # "aide 3x/week": how often, not when
                continue
            if reads_as_score(text, start, end):  # "rated 7/10", "BP 120/80"
                continue
        elif finding.entity_type == "PHONE_NUMBER" and _TIME_RANGE.fullmatch(text, start, end):
            continue  # "6/24 0830-1030": a visit from 08:30 to 10:30 (NANP has no 083 exchange)
        elif finding.entity_type == "PHONE_NUMBER" and _CLOCK_AND_PAIR.fullmatch(text, start, end):
            continue  # "0910 16/4 mg": a dose given at 09:10, no phone number
        elif finding.entity_type == "PHONE_NUMBER" and _MONTH_YEARS.fullmatch(text, start, end):
            continue  # "1/2023–6/2024": a statement period's months, no phone number
        elif finding.entity_type == "PHONE_NUMBER" and _code_tail(text, start, end):
            continue  # "ref AP-2024-337120": the tail of a code, found whole as a number
        elif not _CORNER.match(text, start, end):
            start, end = _trim_edges(text, finding, _EDGE_WORDS)
            if end <= start:
                continue
        if finding.source == NER_SOURCE and finding.entity_type in _READ_ON_TYPES:
            if _MONTH_DAY.fullmatch(text, finding.start, finding.end) or _MONTH_DAY.fullmatch(
                text, start, end
            ):  # as read, or once the words NER ran on into are off ("-KS\nMar 26th")
                continue  # a date, found as a date by its own recognizer
            tail = _DATE_TAIL.search(text, start, end)
            end = tail.start() if tail is not None and tail.start() > start else end
        if finding.source == NER_SOURCE:  # again: edge trimming starts from NER's own span
            start = _after_line_label(text, start, end)
        if (start, end) != (finding.start, finding.end):
            finding = Finding(
                start, end, finding.entity_type, finding.score, finding.action,
                finding.source, finding.group, finding.is_subject,
            )  # fmt: skip
        trimmed.append(finding)
    return trimmed
