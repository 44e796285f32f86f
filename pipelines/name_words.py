"""Which words of a file or folder name are identifying: the strict reading of a name.

A file name is a handful of words with no sentence around them: "Smith_John_intake",
"letter_to_Dr_Okafor", "IEP_review_QB". The model cannot read such a string reliably, so
under a policy that removes people every capitalised word that is not a common word of the
language (or of records, "Intake", "Staffing", "IEP") is taken as a name, as are initials,
lower-case words that are known given names or surnames and rare as words, or rarer than
any word of the language (a nickname, a surname typed in lower case), and number-like
tokens that are long enough to be a record number. Dates are recognised as dates, so that
the policy's date rule (a year only, for research) applies to them as it does in the text.

What survives is what a judge or a researcher reads a name for: what kind of document it
is ("intake", "court report", "letter to Dr PERSON") and its order and year.

Pure functions over strings and spans: no model. The word lists are the project's own
(`redact.detect.wordlists`), loaded once per process.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.wordlists import person_names, zipf

#: Words of records and of their file names, kept in any case: what a document is.
RECORD_WORDS = frozenset(
    """
    a an and as at by for from in into of on or re the to vs v with without about after before
    intake assessment reassessment progress note notes letter letters report reports court
    summary summaries discharge referral referrals plan plans treatment service services
    safety crisis contact contacts collateral email emails mail call calls phone text texts
    message messages log logs visit visits home school session sessions group groups family
    individual staffing staffings meeting meetings minutes conference team review reviews case
    cases record records request requests release releases consent consents authorization
    form forms order orders subpoena petition hearing hearings disposition predisposition
    adjudication placement permanency reunification custody guardianship probation parole
    incident incidents behavior behaviour behavioral behavioural discipline disciplinary
    suspension attendance transcript grades evaluation evaluations psychological psychosocial
    biopsychosocial psychiatric psychoeducational medical medication medications health mental
    substance use screening screenings diagnosis diagnostic history social work worker
    counselor counsellor counseling counselling therapy therapist supervision consultation
    correspondence memo notice statement affidavit declaration testimony exhibit attachment
    appendix draft final signed copy scan scanned export data table list index housing
    benefits income employment education educational vocational genogram ecomap timeline
    chronology juvenile dependency investigation allegation findings closing closure transfer
    transition update updates daily weekly monthly quarterly annual initial interim follow
    up followup joint part page pages no number vol volume victim witness witnesses student
    students client clients youth child children parent parents caregiver guardian mother
    father foster kinship adoption shelter program programme class classes skills parenting
    anger management mgmt judge officer nurse doctor physician teacher principal counselor
    agency department county district state federal clinic hospital office unit
    iep ieps ifsp isp fba bip pbis rti mtss sst ssw sw msw lcsw lmsw lpc cps dcfs dss gal
    casa cft mdt tanf snap wic ssi ssdi medicaid medicare adhd ptsd ocd asd odd sud hiv std
    cbt dbt emdr tbri pcit mst fft ard sped cpt mat moud tpr dv ipv er icu
    decl dvpo dvro pfa tro ppo acp jpc jpo diversion accountability
    dob ssn mrn id dx rx tx hx
    cd dvd pdf doc docx txt csv md
    dr mr mrs ms mx prof jr sr st
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: Words that join a family name to what precedes it ("van der", "de la", "bin", "Mac").
NAME_PARTICLES = frozenset(
    "van der den de del della di da dos das du von le la bin ibn al el ter ten mac mc o".split()  # noqa: SIM905
)

#: A word this common is a word, whatever names lists say ("The", "Will", "Long").
VERY_COMMON = 5.6
#: A capitalised word rarer than this is taken as a name (an unknown proper noun).
RARE = 3.0
#: A lower-case known name rarer than this is taken ("patricia", not "rose" or "hunter").
NAME_LOWER = 3.8
#: A lower-case word this rare, and not a word of records, is taken too: a nickname, a
#: handle or a surname typed in lower case ("zee", "okafor") is rarer than any word.
LOWER_RARE = 2.5
#: Digits in a number-like token from which it is a record number, not an ordinal or year.
ID_DIGITS = 5

_WORD = re.compile(r"[^\W\d_]+")
#: A token holding a digit: letters, digits and inner hyphens or slashes ("J-25-0147").
_NUMBERISH = re.compile(r"(?<![\w/-])(?=[\w/-]*\d)[^\W_]+(?:[/-][^\W_]+)*")
_DATE = re.compile(
    r"(?:19|20)\d\d[-/. ](?:0?[1-9]|1[0-2])[-/. ](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-/. ](?:0?[1-9]|[12]\d|3[01])[-/. ](?:19|20)?\d\d"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
)
#: Groups of digits joined by single spaces or dots ("2009 06 05" from `2009_06_05`).
_DIGIT_RUN = re.compile(r"(?<![\w/.-])\d+(?:[ .]\d+)+(?![\w/-]|\.\d)")
#: Digits in such a run from which it is one number (a phone or record number in parts).
RUN_DIGITS = 7

#: The kind of a span of name particles: replaced as the name after it is.
PARTICLE = "PARTICLE"
#: A span of a name's text and the entity type it is taken for.
Taken = tuple[int, int, str]


def word_is_name(word: str) -> bool:
    """Whether one word of a file name is taken as (part of) a person's name."""
    lower = word.casefold()
    if lower in RECORD_WORDS or lower in NAME_PARTICLES:
        return False
    frequency = zipf(word)
    if frequency >= VERY_COMMON:
        return False
    if word[0].isupper():
        if word.isupper() and len(word) <= 3:
            return True  # initials: "QB", "J"
        return lower in person_names() or frequency < RARE
    if len(word) >= 2 and frequency < LOWER_RARE:
        return True
    return lower in person_names() and frequency < NAME_LOWER


def _could_be_a_name(word: str) -> bool:
    """A known given name or surname that is not a word of records or a very common word:
    "john" or "smith" alone may be words, but side by side they are a name."""
    lower = word.casefold()
    return (
        lower in person_names()
        and lower not in RECORD_WORDS
        and lower not in NAME_PARTICLES
        and zipf(word) < VERY_COMMON
    )


def _record_word(word: str) -> bool:
    return word.casefold() in RECORD_WORDS or word.casefold() in NAME_PARTICLES


def _number_type(token: str) -> str | None:
    """The entity type of a token holding digits, or None if it is kept (an ordinal, a year)."""
    if _DATE.fullmatch(token):
        return "DATE_TIME"
    digits = sum(ch.isdigit() for ch in token)
    if digits >= ID_DIGITS or (digits >= 3 and any(ch.isalpha() for ch in token)):
        return "CASE_NUMBER"
    return None


def number_spans(text: str) -> list[Taken]:
    """Spans holding digits that are taken, with their type: record numbers and dates,
    written as one token ("J-24-0831", "2024-11-05") or as digit groups ("2009 06 05")."""
    spans: list[Taken] = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        if _DATE.fullmatch(run):
            spans.append((match.start(), match.end(), "DATE_TIME"))
        elif sum(ch.isdigit() for ch in run) >= RUN_DIGITS:
            spans.append((match.start(), match.end(), "CASE_NUMBER"))
    for match in _NUMBERISH.finditer(text):
        kind = _number_type(match.group(0))
        inside_run = any(s <= match.start() and match.end() <= e for s, e, _ in spans)
        if kind is not None and not inside_run:
            spans.append((match.start(), match.end(), kind))
    return sorted(spans)


def _free(start: int, end: int, covered: Sequence[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in covered)


def taken_spans(
    text: str,
    covered: Sequence[tuple[int, int]],
    removed_names: Sequence[tuple[int, int]] = (),
    suspect: Sequence[tuple[int, int]] = (),
) -> list[Taken]:
    """Spans of `text` (a name with separators made spaces) to remove, outside `covered`.

    `covered` holds spans already decided (redacted, or kept as the subject or as a
    specific type such as an agency case number); nothing inside them is taken again.
    A name particle just before a taken name, or before a name in `removed_names` (names
    detection found and the policy removes), goes with it. Inside a `suspect` span (one the
    model read as a person, around words of records: "Dr" and a name) every word that is
    not a record word is taken, however common.
    """
    taken: list[Taken] = []
    for start, end, kind in number_spans(text):
        if _free(start, end, covered):
            taken.append((start, end, kind))
    words = list(_WORD.finditer(text))
    paired = _name_pairs(text, words)
    for index, match in enumerate(words):
        start, end = match.span()
        if any(s <= start and end <= e for s, e, _ in taken):
            continue
        if not _free(start, end, covered):
            continue
        word = match.group(0)
        in_suspect = any(s <= start and end <= e for s, e in suspect)
        if word_is_name(word) or index in paired or (in_suspect and not _record_word(word)):
            taken.append((start, end, "PERSON"))
    return _with_particles(text, taken, removed_names)


def _name_pairs(text: str, words: Sequence[re.Match[str]]) -> set[int]:
    """Indexes of words that stand next to another known name ("john smith", "Hope King")."""
    paired: set[int] = set()
    for index in range(len(words) - 1):
        first, second = words[index], words[index + 1]
        joined = not text[first.end() : second.start()].strip(" ,")
        if joined and _could_be_a_name(first.group(0)) and _could_be_a_name(second.group(0)):
            paired.update((index, index + 1))
    return paired


def _with_particles(
    text: str, taken: list[Taken], removed_names: Sequence[tuple[int, int]]
) -> list[Taken]:
    """Add the particles before each name ("van der" + name) as a `PARTICLE` span."""
    names = [(s, e) for s, e, kind in taken if kind == "PERSON"] + list(removed_names)
    starts = {s for s, _ in names}
    words = list(_WORD.finditer(text))
    extended = list(taken)
    for index, match in enumerate(words):
        if match.start() not in starts:
            continue
        first = index
        while first > 0 and words[first - 1].group(0).casefold() in NAME_PARTICLES:
            gap = text[words[first - 1].end() : words[first].start()]
            if gap.strip(" .'’"):
                break
            first -= 1
        if first < index:
            extended.append((words[first].start(), words[index - 1].end(), PARTICLE))
    return sorted(set(extended))
