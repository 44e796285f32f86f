"""Findings that name a role or a programme, whatever cue found them, are not names.

`redact.detect.meaning_filter` reads what NER and strict mode guess against the vocabulary
of meaning, and leaves cue-based findings alone: after "her son" or "Insurance:" a word like
"Will" or "Rose" is a name. But a cue can point at a term too. "Insurance: Apple Health
ProviderOne" is the state's Medicaid plan, not an insurer a person could be found through;
"Intake advocate: Dana Roe, Youth Advocate" puts a job title after the name; an institution
recognizer reads "Juvenile Probation" as an agency when the next word makes the whole a job
title ("Juvenile Probation Counselor"). A court or a researcher needs those words.

Here a name-like finding is dropped when every word of it belongs to a hand-listed term of
meaning (a programme, role, credential or scale, `redact.detect.meaning.is_trimmable`) and
no word is a given name or surname (Faker's lists, every locale), or when its text and the
word or two after it make such a term. Words that are also names ("Foster", "Grace"), and a
title ("Dr. Vanderbilt"), keep the finding: a cue before a name wins. Run before names
spread, so a dropped term is never propagated to its other mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.agency_acronyms import SOURCE as ACRONYM_SOURCE
from redact.detect.meaning import MAX_TERM_WORDS, is_trimmable, normalise
from redact.detect.meaning_terms import PUBLIC_INSURANCE
from redact.detect.observances import is_observance
from redact.detect.state_codes import STATE_CODES
from redact.detect.street_names import US_STATES
from redact.detect.wordlists import person_names, zipf
from redact.findings import Finding

#: Types a cue or a shape may put on a term.
NAME_LIKE = frozenset(
    {
        "PERSON", "ORGANIZATION", "NRP", "AGENCY", "SCHOOL", "HEALTHCARE_FACILITY", "EMPLOYER",
    }
)  # fmt: skip
#: A title before or at the start of a finding makes it a name ("Dr. Vanderbilt").
_TITLE = re.compile(
    r"(?i:mrs|mr|ms|mx|miss|dr|doctor|prof|judge|justice|rev|officer|det|sgt|atty)\.?$"
)
_TITLE_BEFORE = re.compile(r"(?i:mrs|mr|ms|mx|miss|dr|doctor|prof|judge|rev|officer)\.?[ \t]+$")
_WORD = re.compile(r"[^\W_]+(?:['’\-/][^\W_]+)*")
#: One or two words right after a finding, on its line ("Counselor", "Probation Officer").
_NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)(?:[ \t]+([^\W\d_][\w'’\-]*))?")


#: The rest of a word a finding stops inside of ("/B" of "MEDICARE A/B").
_TOKEN_REST = re.compile(r"[^\s,;:()]*")


def _all_terms(words: list[str]) -> bool:
    """Whether `words`, grouped greedily, are all hand-listed terms of meaning."""
    i = 0
    while i < len(words):
        for size in range(min(MAX_TERM_WORDS, len(words) - i), 0, -1):
            if is_trimmable(" ".join(words[i : i + size])):
                i += size
                break
        else:
            return False
    return True


_PUBLIC_INSURANCE = frozenset(normalise(p) for p in PUBLIC_INSURANCE)
#: The plan's other words are this common ("Standard", "Basic", "Family Assistance").
MIN_PLAN_WORD_ZIPF = 4.0


#: US states, by name and postal code: "WV Medicaid", "Ohio Medicaid" is the state's programme,
#: and a state locates nobody (Safe Harbor removes only what is smaller than a state).
_STATE_CODES = frozenset(STATE_CODES)


def _after_state(words: list[str]) -> list[str]:
    """`words` without a state's name or postal code in front ("WV", "West Virginia")."""
    if len(words) > 1 and words[0] in _STATE_CODES:
        return words[1:]
    for size in (2, 1):
        if len(words) > size and normalise(" ".join(words[:size])) in US_STATES:
            return words[size:]
    return words


def _public_plan(words: list[str]) -> bool:
    """A plan of a public insurance programme: "MASSHEALTH STANDARD", "Medicaid Basic",
    the state's programme "WV Medicaid"; not "Medicaid Molina", an insurer's name after the
    programme's."""
    words = _after_state(words)
    for size in (2, 1):
        if len(words) > size and normalise(" ".join(words[:size])) in _PUBLIC_INSURANCE:
            return all(zipf(w.casefold()) >= MIN_PLAN_WORD_ZIPF for w in words[size:])
    return False


def _state_programme(words: list[str]) -> bool:
    """A state's public insurance programme: "WV Medicaid", "West Virginia Medicaid" (a
    state's name may be a given name too: "Virginia")."""
    stated = _after_state(words)
    return len(stated) < len(words) and normalise(" ".join(stated)) in _PUBLIC_INSURANCE


#: Up to three words after a finding, a slash inside a word ("HIV/AIDS Program").
_TERM_TAIL = re.compile(r"(?:[ \t]+([^\W\d_][\w'’/\-]*))" + r"(?:[ \t]+([^\W\d_][\w'’/\-]*))?" * 2)


def _opens_listed_term(text: str, finding: Finding, words: list[str]) -> bool:
    """Whether the finding and the word or two after it are a listed programme that bears
    a person's or a state's name ("Ryan White Part A", "Ryan White HIV/AIDS Program"), or
    the finding is a state before a listed programme ("Georgia ADAP", "Texas HOPWA"): a
    state's name may be a given name ("Georgia", "Virginia"), a programme's a full name."""
    after = _TERM_TAIL.match(text, finding.end)
    if after is None:
        return False
    tail = [w for w in after.groups() if w]
    spans = range(1, len(tail) + 1)
    if any(is_trimmable(" ".join(words + tail[:n])) for n in spans):
        return True
    is_state = normalise(" ".join(words)) in US_STATES
    return is_state and any(is_trimmable(" ".join(tail[:n])) for n in spans)


def _names_a_term(text: str, finding: Finding) -> bool:
    words = _WORD.findall(text, finding.start, finding.end)
    if words and _state_programme(words):
        return True
    if words and _opens_listed_term(text, finding, words):
        return True  # "Ryan White" of "Ryan White Part A", "Georgia" of "Georgia ADAP"
    if not words or any(w.casefold() in person_names() for w in words):
        return False
    if _TITLE.match(words[0]) or _TITLE_BEFORE.search(
        text, max(0, finding.start - 10), finding.start
    ):
        return False
    if _all_terms(words) or _public_plan(words):
        return True
    whole = _TOKEN_REST.match(text, finding.end)  # "MEDICARE A" of "MEDICARE A/B"
    if (
        whole is not None
        and whole.end() > finding.end
        and is_trimmable(text[finding.start : whole.end()])
    ):
        return True
    after = _NEXT_WORDS.match(text, finding.end)
    if after is None:
        return False
    tail = [w for w in after.groups() if w]
    is_state = normalise(" ".join(words)) in US_STATES or " ".join(words) in _STATE_CODES
    if is_state and any(_state_programme(words + tail[:n]) for n in range(1, len(tail) + 1)):
        return True  # "Ohio" of "Ohio Medicaid": the state's programme, no body
    return any(is_trimmable(" ".join(words + tail[:n])) for n in range(1, len(tail) + 1))


def _state_of_a_programme(text: str, finding: Finding) -> bool:
    """A place finding that is a state's name before a listed programme ("Texas HOPWA",
    "Georgia ADAP"): the programme's name, which a court or a researcher needs."""
    words = _WORD.findall(text, finding.start, finding.end)
    return normalise(" ".join(words)) in US_STATES and _opens_listed_term(text, finding, words)


#: A word that puts a place after it: a hospital, school or church named for a feast.
_PLACE_BEFORE = re.compile(r"(?i:\b(?:to|at|from|into|near|outside|inside)[ \t]+)$")


def _names_an_observance(text: str, finding: Finding) -> bool:
    """A finding whose whole text is a holiday or an observance ("Juneteenth", "Día de los
    Muertos", `redact.detect.observances`), with no title before it: what the family
    keeps, whatever cue took it for a name. A one-word holiday that is also a name is no
    observance there ("Noel"), and a longer finding that holds one ("Eid Ahmed") is a name."""
    if finding.entity_type not in NAME_LIKE and finding.entity_type != "LOCATION":
        return False
    if not is_observance(text[finding.start : finding.end]):
        return False
    if _PLACE_BEFORE.search(text, max(0, finding.start - 12), finding.start):
        return False  # "go to Sacred Heart", "admitted at Holy Cross": named for a feast
    return _TITLE_BEFORE.search(text, max(0, finding.start - 10), finding.start) is None


def drop_named_terms(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the name-like ones that name a role, a programme or a holiday. An
    acronym a police officer's title follows ("TPD Officer Maldonado", `agency_acronyms`) is
    the police, though the same letters name a benefit elsewhere."""
    kept = [
        f
        for f in findings
        if f.is_subject
        or f.source == ACRONYM_SOURCE
        or (f.entity_type == "LOCATION" and not _state_of_a_programme(text, f))
        or (f.entity_type not in NAME_LIKE and f.entity_type != "LOCATION")
        or (f.entity_type in NAME_LIKE and not _names_a_term(text, f))
    ]
    return drop_observances(text, kept)


def drop_observances(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the name-like ones that are a holiday or an observance: run
    again after the cues that join names ("Juneteenth and Día de los Muertos" read as two
    people), before names spread."""
    return [f for f in findings if f.is_subject or not _names_an_observance(text, f)]
