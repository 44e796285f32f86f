"""Keep words of meaning out of name findings: the precision step of detection.

NER and strict mode take "PTSD", "Head Start", "Landlord", "LMSW", "Vanderbilt" or "F90.2"
for a person or an organisation, and a release that reads "[ORGANIZATION] (F43.10)" is of
no use to a court or a researcher. Each broad finding (PERSON, ORGANIZATION, NRP, LOCATION)
from NER or strict mode is read against the vocabulary of `redact.detect.meaning`:

- made only of terms of meaning ("PTSD", "Triple P. Guardian", "Adderall XR"): dropped;
- holding terms and words that cannot be names ("Reports SOB" at a sentence start):
  dropped; a capitalised word inside a sentence is a proper noun and keeps it;
- led or followed by a credential, role word, programme or scale ("Worker Dana Roe", "Dana
  Roe LMSW", "Lincoln Head Start"): shrunk to the rest, unless a trimmed word is also a given
  name or surname (then it may be part of the name: "Foster Jones" stays whole); a
  credential is trimmed even so. A drug or clinical abbreviation at the edge of a longer
  name stays in it ("Comradeship IV");
- a PERSON or ORGANIZATION in text without case cues (`redact.detect.case_style`: a
  capitals line, a lower-case paragraph) holding no word that could be a name ("ADMITTED
  FOR SOB", "x3"): dropped.

A named institution (AGENCY, SCHOOL, HEALTHCARE_FACILITY, EMPLOYER) whose whole text is a
clinical term ("COPD" read as a police department's acronym) is dropped, and a weak
driver-licence match inside a written ICD-10-CM code ("F90" of "F90.2") or shorter than any
licence number ("X3", "times three") too.

What is never touched: numbers, e-mails, phones, identifiers and dates (other types), a
finding of a cue-based recognizer ("Ms. Rose", "her son Will"), a word right after a title
("Dr. Vanderbilt", "Mr. Foster"), and the rest of a name next to a credential ("Jane Roe,
LMSW" loses "Jane Roe"). Names found anywhere in the document are still propagated to all
their mentions afterwards (`redact.detect.names`), so a word kept here that is also a word
of a found name ("Foster" when "Dana Foster" is named) still goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.acronym_cues import clinical_acronym
from redact.detect.case_style import caseless_spans, is_name_evidence, within
from redact.detect.citations import within_citation
from redact.detect.clock_times import date_end
from redact.detect.drug_cues import reads_as_drug
from redact.detect.lower_case_names import CHAT_WORDS
from redact.detect.meaning import (
    ICD10_CODE,
    MAX_TERM_WORDS,
    credentials,
    description_words,
    eponyms,
    is_clinical,
    is_clinical_term,
    is_icd10_code,
    is_meaning,
    is_trimmable,
    normalise,
)
from redact.detect.meaning_terms import ROLE_WORDS
from redact.detect.person_shapes import is_surname_like
from redact.detect.place_names import us_places
from redact.detect.programme_names import (
    at_a_place,
    defined_acronyms,
    is_programme_name,
    placed_names,
    programme_spans,
)
from redact.detect.signature_credentials import (
    after_name_and_credentials,
    signature_credential,
    without_credential_tail,
)
from redact.detect.state_codes import STATE_CODES
from redact.detect.wordlists import person_names, zipf
from redact.findings import Finding

#: Broad types whose findings are read against the vocabulary.
BROAD_TYPES = frozenset({"PERSON", "ORGANIZATION", "NRP", "LOCATION"})
#: Types dropped in text without case cues when no word of them could be a name; places
#: and nationalities are often common words ("belgium", "american") and stay.
CASELESS_TYPES = frozenset({"PERSON", "ORGANIZATION"})
#: Named-institution types: dropped only when their whole text is a clinical term.
INSTITUTION_TYPES = frozenset({"AGENCY", "SCHOOL", "HEALTHCARE_FACILITY", "EMPLOYER"})
#: Recognizers that guess from the shape of a word, not from a cue around it.
GUESSING_SOURCES = frozenset(
    {"SpacyRecognizer", "StrictCapitalisedRecognizer", "FirmNameRecognizer"}
)
#: Occupations are demographics in a post ("her mother is a nurse"); only a role written
#: as a form label ("Therapist: ...") is kept from it.
DEMOGRAPHIC_SOURCE = "DemographicRecognizer"
_LABEL_AFTER = re.compile(r"[ \t]*:")
LICENCE_SOURCE = "UsLicenseRecognizer"
#: No US state issues a driver licence number this short; "X3" is "times three".
MIN_LICENCE_CHARACTERS = 4

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TITLE_BEFORE = re.compile(
    r"\b(?:Mrs|Mr|Ms|Mx|Miss|Mister|Dr|Doctor|Prof|Professor|Judge|Justice|Rev|Reverend"
    r"|Officer|Det|Detective|Sgt|Sergeant|Atty|Attorney|Sister|Brother|Father)\.?[ \t]+$",
    re.IGNORECASE,
)
_TITLE_REACH = 14
#: What may stand between a sentence end and the next sentence's first word.
_OPENERS = " \t\"'“‘([*>•-–—#"
_SENTENCE_END = ".!?…:;\n"
#: A word of letters and digits this long is a code, kept removed ("FB59", not "DM2").
MIN_CODE_LENGTH = 4
#: "x3", "2x": how many times, never part of a name.
_MULTIPLIER = re.compile(r"x\d{1,2}|\d{1,2}x")
#: Punctuation around a word written as one compound ("(Check-In/Check-Out).").
_COMPOUND_EDGES = "()[]{}.,;:!?\"'“”‘’"
#: Words that join terms or names without being either ("PMH of HTN and CAD").
_CONNECTIVES = frozenset({"of", "and", "or", "the", "a", "an", "with", "in", "on", "for", "to"})
_STATES = frozenset(code.casefold() for code in STATE_CODES)


def _segments(
    text: str, start: int, end: int, acronyms: frozenset[str] = frozenset()
) -> list[tuple[int, int, bool]]:
    """The finding's words, grouped greedily into the longest terms of meaning.

    Each segment is (start, end, is_meaning); a word that starts no term is a segment alone.
    An acronym the text defines for a programme (`acronyms`, upper case) is a term too.
    """
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    segments: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_TERM_WORDS, len(tokens) - i), 0, -1):
            phrase = text[tokens[i][0] : tokens[i + size - 1][1]]
            if is_meaning(phrase) or (size == 1 and phrase.upper() in acronyms):
                segments.append((tokens[i][0], tokens[i + size - 1][1], True))
                i += size
                break
        else:
            segments.append((tokens[i][0], tokens[i][1], False))
            i += 1
    return segments


def _trimmable(text: str, start: int, end: int) -> bool:
    """A term that can be cut off a name: a credential; a role, programme or scale none of
    whose words is a name. Never a drug or a clinical abbreviation ("Comradeship IV")."""
    phrase = text[start:end]
    if normalise(phrase) in credentials():
        return True
    if not is_trimmable(phrase):
        return False
    names = person_names()
    return not any(m.group().casefold() in names for m in _TOKEN.finditer(phrase))


def _is_plain_term(phrase: str) -> bool:
    """A clinical term, a scale or a programme named alone ("COPD", "Early Head Start")."""
    return is_clinical_term(phrase) or (is_trimmable(phrase) and is_meaning(phrase))


_TITLE_WORD = re.compile(r"(?:Mrs|Mr|Ms|Mx|Dr|Prof|Rev|Det|Sgt|Atty)\.?", re.IGNORECASE)


def _title(word: str) -> bool:
    """An abbreviated title ("Dr" of "PCP Dr. Abousleiman"): never a name on its own."""
    return _TITLE_WORD.fullmatch(word) is not None


def _after_title(text: str, start: int) -> bool:
    return _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start) is not None


def _is_state(text: str, finding: Finding) -> bool:
    return (
        finding.entity_type == "LOCATION"
        and normalise(text[finding.start : finding.end]) in _STATES
    )


def _inside_icd_code(text: str, finding: Finding) -> bool:
    """Whether the finding lies inside an ICD-10-CM code written with its dot ("F90.2")."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    for match in ICD10_CODE.finditer(text, line_start, min(len(text), finding.end + 8)):
        if (
            match.group(2)
            and match.start() <= finding.start
            and finding.end <= match.end()
            and is_icd10_code(match.group())
        ):
            return True
    return False


def _too_short_for_licence(text: str, finding: Finding) -> bool:
    """A weak licence match of fewer than four letters and digits ("X3" of "CABG X3")."""
    characters = sum(ch.isalnum() for ch in text[finding.start : finding.end])
    return characters < MIN_LICENCE_CHARACTERS


def _shrunk(finding: Finding, start: int, end: int) -> Finding:
    return Finding(
        start, end, finding.entity_type, finding.score, finding.action, finding.source,
        finding.group, finding.is_subject,
    )  # fmt: skip


def _piece(
    text: str, finding: Finding, segments: list[tuple[int, int, bool]], caseless: bool
) -> Finding | None:
    """One run of a finding's segments, trimmed, or None when it names no one."""
    first, last = 0, len(segments)
    while first < last and _at_edge_cut(text, segments[first]):
        if _opens_a_body(text, finding, segments, first):
            break
        first += 1
    while last > first and _at_edge_cut(text, segments[last - 1]):
        last -= 1
    kept = segments[first:last]
    others = [
        (s, e)
        for s, e, is_term in kept
        if not is_term
        and not _connective(text, (s, e))
        and not _title(text[s:e])
        and text[s:e].casefold() not in _WHOLE_WEEKDAYS  # "NA Tuesday": the meeting's day
    ]
    if not others:  # a title is no name: the name after it is found by its own cue
        return None  # terms and connectives only: "PMH of HTN, COPD and CABG"
    # a term cut off the edge still says the rest is no name ("Weekly CPP", "Reports SOB")
    has_term = any(is_term for _, _, is_term in segments)
    if (has_term or caseless) and not any(
        _identifying(text[s:e]) or (not caseless and _proper_noun(text, s)) for s, e in others
    ):
        return None  # "Reports SOB", "ADMITTED FOR SOB": no word of it could be a name
    if caseless and finding.entity_type == "PERSON":
        kept = _without_long_tails(text, kept)
    start, end = kept[0][0], kept[-1][1]
    if (start, end) == (finding.start, finding.end):
        return finding
    return _shrunk(finding, start, end)


#: A name has at most this many words that are no evidence of one in a row ("MARY ANN
#: WILL"); a longer run at a person's edge is the rest of a capitals line.
MAX_PLAIN_RUN = 2


#: Nouns that end a body's name: an organisation finding ending in one is a named place.
_BODY_HEADS = frozenset(
    {
        "center", "centre", "clinic", "services", "agency", "house", "home", "homes",
        "program", "programs", "network", "collaborative", "partnership", "alliance",
        "institute", "foundation", "society", "association", "ministries",
    }
)  # fmt: skip


def _opens_a_body(
    text: str, finding: Finding, segments: list[tuple[int, int, bool]], index: int
) -> bool:
    """Whether a term is the first word of an organisation's name, not a word NER took in
    before it: a single word of meaning ("Kinship", "Wraparound") leading an organisation
    that ends in a head noun ("... Family Visitation Center"), followed by a capitalised
    word that is no term ("Kinship Bridge ..."). The term then names the body with the
    rest, and cutting it would release that word beside the placeholder."""
    if finding.entity_type != "ORGANIZATION" or index != 0 or len(segments) < 3:
        return False
    start, end, is_term = segments[0]
    if not is_term or " " in text[start:end]:
        return False
    after = segments[1]
    if after[2] or not text[after[0]].isupper():
        return False
    return text[segments[-1][0] : segments[-1][1]].casefold() in _BODY_HEADS


def _without_long_tails(
    text: str, segments: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """A person found in a capitals line without a long run of words at its edges that
    could not be a name ("Holden ACCEPTED PENDING MASSHEALTH LTC APPLICATION ...")."""

    def plain(segment: tuple[int, int, bool]) -> bool:
        return segment[2] or not _identifying(text[segment[0] : segment[1]])

    def counted(run: list[tuple[int, int, bool]]) -> int:
        return sum(1 for segment in run if not _connective(text, segment))

    first = 0
    while first < len(segments) and plain(segments[first]):
        first += 1
    last = len(segments)
    while last > first and plain(segments[last - 1]):
        last -= 1
    if first == last:
        return segments
    if counted(segments[:first]) <= MAX_PLAIN_RUN:
        first = 0
    if counted(segments[last:]) <= MAX_PLAIN_RUN:
        last = len(segments)
    return segments[first:last]


def _at_edge_cut(text: str, segment: tuple[int, int, bool]) -> bool:
    """Cut off a finding's edge: a connective, or a term that `_trimmable` lets go."""
    return _connective(text, segment) or (segment[2] and _trimmable(text, *segment[:2]))


def _proper_noun(text: str, start: int) -> bool:
    """In prose, a capitalised word inside a sentence is a proper noun ("Sp Capital Iq");
    at a sentence start it says nothing ("Reports SOB")."""
    if not text[start].isupper():
        return False
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\t":  # a table cell starts like a sentence ("met\tWeekly TF-CBT")
            return False
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_END


_WHOLE_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: A word that ends in a possessive: "Amara's", "Roe’s".
_POSSESSIVE_END = re.compile(r"['’]s\Z")


def _identifying(word: str) -> bool:
    """A word that could be a name, or a code of letters and digits ("FB59", not "X3")."""
    if is_name_evidence(word):
        return True
    has_digit = any(ch.isdigit() for ch in word)
    has_letter = any(ch.isalpha() for ch in word)
    return has_digit and has_letter and len(word) >= MIN_CODE_LENGTH and not is_clinical(word)


def _connective(text: str, segment: tuple[int, ...]) -> bool:
    word = text[segment[0] : segment[1]].casefold()
    return word in _CONNECTIVES or _MULTIPLIER.fullmatch(word) is not None


#: A slash between spaces joins two names in one finding ("Ohio Medicaid / Keystone Health
#: Plan"): each side is read alone.
_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]+")


def _filter_broad(
    text: str,
    finding: Finding,
    caseless_text: tuple[tuple[int, int], ...],
    acronyms: frozenset[str] = frozenset(),
) -> list[Finding]:
    slash = _SPACED_SLASH.search(text, finding.start, finding.end)
    if slash is not None:
        left = _shrunk(finding, finding.start, slash.start())
        right = _shrunk(finding, slash.end(), finding.end)
        sides = [
            *_filter_broad(text, left, caseless_text, acronyms),
            *_filter_broad(text, right, caseless_text, acronyms),
        ]
        return [finding] if sides == [left, right] else sides
    segments = _segments(text, finding.start, finding.end, acronyms)
    if not segments:
        return [finding]
    caseless = finding.entity_type in CASELESS_TYPES and (
        within(caseless_text, finding.start, finding.end) or _in_capitals(text, finding)
    )
    if not caseless and not any(is_term for _, _, is_term in segments):
        return [finding]
    if (
        len(segments) > 1
        and segments[-1][2]
        and _POSSESSIVE_END.search(text, segments[-2][0], segments[-2][1])
    ):
        segments = segments[:-1]  # "Amara's ADHD": what is hers is no part of her name
    pieces: list[list[tuple[int, int, bool]]] = [[]]
    for segment in segments:  # "Tomas Ortiz, LCSW, and Ana Reyes": two names
        if segment[2] and normalise(text[segment[0] : segment[1]]) in credentials():
            pieces.append([])
        else:
            pieces[-1].append(segment)
    kept = []
    for piece in pieces:
        if piece:
            found = _piece(text, finding, piece, caseless)
            if found is not None:
                kept.append(found)
    return kept


#: A finding of this many words or more, nearly all in capitals, is read as a capitals
#: line is, even in a line of mixed case ("... (ADM 7/19). Holden ACCEPTED PENDING
#: MASSHEALTH LTC APPLICATION FOR ...").
MIN_CAPITALS_WORDS = 4
_CAPITALS_SHARE = 0.75
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_capitals(text: str, finding: Finding) -> bool:
    words = _LETTER_WORD.findall(text, finding.start, finding.end)
    upper = sum(1 for w in words if w.isupper())
    return len(words) >= MIN_CAPITALS_WORDS and upper >= _CAPITALS_SHARE * len(words)


def _inside_longer_term(text: str, finding: Finding) -> bool:
    """Whether the finding is part of a term written as one word with it: "Check-In" of
    "Check-In/Check-Out", "F90" of "F90.2"."""
    start, end = finding.start, finding.end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    compound = text[start:end].strip(_COMPOUND_EDGES)
    return len(compound) > finding.end - finding.start and is_meaning(compound)


def _surname_read_as_place(text: str, finding: Finding) -> bool:
    """A place or firm NER found that is a surname in shape ("Khatri" of "Anand Khatri,
    MD"): a credential after it is still a credential."""
    words = text[finding.start : finding.end].split()
    return (
        finding.entity_type in {"LOCATION", "ORGANIZATION"}
        and 0 < len(words) <= 2
        and all(is_surname_like(w) for w in words)
    )


def _credential_after_name(text: str, finding: Finding, names: list[Finding]) -> bool:
    """ "MD" of "Anneke Roe, MD" read as Maryland: a credential right after a name; or
    letters shaped like one that end a signature line ("Ruth Roe, MDiv")."""
    if normalise(text[finding.start : finding.end]) not in credentials() and not (
        signature_credential(text, finding.start, finding.end)
    ):
        return False
    before = text[: after_name_and_credentials(text, finding.start)].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    return any(f.end <= comma and not text[f.end : comma].strip() for f in names)


#: A number in an address pattern, or a stage or grade written so ("3b" of "CKD 3b").
_NUMBER_OR_STAGE = re.compile(r"\d{1,4}[a-e]?")
#: A sub-scale's or a stage's letters after a term ("SNI" of "SIS SNI 108").
_SUB_SCALE = re.compile(r"[A-Z]{2,5}")


def _address_of_terms(text: str, finding: Finding) -> bool:
    """An address pattern over terms and a number ("PBIS Tier 2", "WISC-V FSIQ 94"), or
    over a term, a sub-scale's capitals and a score or stage ("SIS SNI 108", "CKD 3b"): a
    street is never named by a clinical term."""
    segments = _segments(text, finding.start, finding.end)
    words = [(s, e, t) for s, e, t in segments if not _NUMBER_OR_STAGE.fullmatch(text[s:e])]
    if not words or len(words) == len(segments):
        return bool(words) and all(t for _, _, t in words)
    first, rest = words[0], words[1:]
    return first[2] and all(t or _sub_scale(text[s:e]) for s, e, t in rest)


_STREET_WORDS = frozenset(
    {"st", "rd", "ave", "av", "dr", "ln", "blvd", "ct", "hwy", "pl", "pkwy", "cir", "ter",
     "way", "road", "street", "lane", "drive", "court", "place", "route", "rte", "apt", "ste"}
)  # fmt: skip


def _sub_scale(word: str) -> bool:
    return _SUB_SCALE.fullmatch(word) is not None and word.casefold() not in _STREET_WORDS


#: Days of the week, whole or short: "pill box Tues/Wed AM" names no one.
_WEEKDAYS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    }
)  # fmt: skip


#: Lower-case words after which a capitalised word leads a diagnosis: "Posttraumatic
#: stress disorder, chronic", "Neurocognitive disorder, mild", "Traumatic brain injury".
_DIAGNOSIS_TAIL = re.compile(
    r"(?:[ \t/]+[a-z][a-z'’-]*){0,3}?[ \t]+(?:disorders?|disease|syndrome|dementia|deficiency"
    r"|impairment|delirium|psychosis|neuropathy|dependence|retardation|injury|palsy)(?![\w-])"
)
#: An eponym's possessive before the tail: "Parkinson's disease", "Tourette's syndrome".
_POSSESSIVE_AFTER = re.compile(r"['’]s")
#: Endings of the adjectives diagnoses are named with ("posttraumatic", "neurocognitive").
_CLINICAL_ADJECTIVE = re.compile(r"(?:ic|ical|al|ive|ary|ory|ed|ing|ent|ant|oid|ar)$")
#: A capitalised word, maybe hyphenated, maybe with a type in Roman numerals ("Bipolar I").
_CAPITALISED_WORD = re.compile(r"(?P<word>[A-Z][a-z]+(?:-[a-z]+)*)(?:[ \t]+I{1,3})?")


def _leads_a_diagnosis(text: str, finding: Finding) -> bool:
    """A capitalised word that a lower-case diagnosis head follows: the first word of a
    diagnosis ("Posttraumatic stress disorder", "Attention-deficit/hyperactivity disorder",
    "Bipolar I disorder", "Parkinson's disease"), which strict mode and NER take for a name
    because the clinic's adjectives are rare in English and its eponyms are surnames.

    The word must be an ICD-10-CM description word, or at a sentence start also an
    adjective by its ending, and no given name or surname ("Roe disorder" is not read so);
    or a name ICD-10-CM names a disease after, with its possessive ("Parkinson's disease";
    "Maria's disease" stays found)."""
    shape = _CAPITALISED_WORD.fullmatch(text, finding.start, finding.end)
    if shape is None:
        return False
    folded = shape.group("word").casefold()
    possessive = _POSSESSIVE_AFTER.match(text, finding.end)
    if possessive is not None:
        return folded in eponyms() and _DIAGNOSIS_TAIL.match(text, possessive.end()) is not None
    if _DIAGNOSIS_TAIL.match(text, finding.end) is None or folded in person_names():
        return False
    parts = folded.split("-")
    if all(p in description_words() for p in parts):
        return True
    return not _proper_noun(text, finding.start) and bool(_CLINICAL_ADJECTIVE.search(folded))


#: Endings of the nouns diseases are named with ("dyslexia", "scoliosis", "autism").
_DISEASE_NOUN = re.compile(
    r"(?:ia|osis|itis|ism|emia|aemia|pathy|plegia|algia|iasis|lysis|epsy|oma|trophy|phobia)$"
)
_CAPITALISED_ONLY = re.compile(r"[A-Z][a-z]{4,}")
#: A disease shouted in capitals inside a line of mixed or lower case ("K 5.1.
#: HYPERKALEMIA resolving", "potassium 6.4 (HYPERKALEMIA)"): nurses write a diagnosis so.
_CAPITALS_ONLY = re.compile(r"[A-Z]{5,}")


def _names_a_disease(text: str, finding: Finding) -> bool:
    """One capitalised word that is a disease by ICD-10-CM and by its ending ("Dyslexia",
    "Scoliosis", "Anorexia", "HYPERKALEMIA"), and no given name or surname ("Olivia",
    "SOFIA" stay found): strict mode takes it for an organisation because it is rare in
    English, and outside a capitals line nothing tells it the word is a term."""
    word = text[finding.start : finding.end]
    if _CAPITALISED_ONLY.fullmatch(word) is None and _CAPITALS_ONLY.fullmatch(word) is None:
        return False
    folded = word.casefold()
    return (
        _DISEASE_NOUN.search(folded) is not None
        and folded in description_words()
        and folded not in person_names()
    )


def _eponym_disease(text: str, finding: Finding) -> bool:
    """A disease's eponym with its possessive and nothing after ("w/ Alzheimer's, PPS 30"):
    ICD-10-CM names the disease after the person, and no given name or surname lists the
    word ("Parkinson" is a surname too, and stays found)."""
    word = text[finding.start : finding.end]
    if _CAPITALISED_ONLY.fullmatch(word) is None:
        return False
    folded = word.casefold()
    return (
        _POSSESSIVE_AFTER.match(text, finding.end) is not None
        and folded in eponyms()
        and folded not in person_names()
    )


#: A hand-listed term joined by a hyphen to a short suffix of capitals: "DPOA-HC" (for
#: health care), "POA-F", "SNF-LTC".
_SUFFIXED = re.compile(r"([A-Za-z]{2,6})-[A-Z]{1,3}")


def _suffixed_term(text: str, finding: Finding) -> bool:
    """A term of meaning with a short capitals suffix ("DPOA-HC"): the kind of the term,
    never a name (a hyphenated surname has small letters)."""
    shape = _SUFFIXED.fullmatch(text, finding.start, finding.end)
    return shape is not None and is_clinical_term(shape.group(1))


#: The word before a finding, with the spaces after it: "BadgerCare " of "BadgerCare Plus".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+\Z")
#: A tier word this common in English is no name ("Plus", "Standard", "Basic", "Select").
MIN_TIER_ZIPF = 4.0


def _programme_tier(text: str, finding: Finding) -> bool:
    """One everyday word right after a programme's name ("BadgerCare Plus", "MassHealth
    Standard", "Medicaid Basic"): the plan's tier, no organisation; a given name or surname
    ("Head Start Grace") stays found."""
    word = text[finding.start : finding.end]
    if not word.isalpha() or word.casefold() in person_names() or zipf(word) < MIN_TIER_ZIPF:
        return False
    before = _WORD_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    return before is not None and is_trimmable(before.group(1))


#: An order or a visit after an abbreviation: "OT eval", "PT evaluation", "SLP consult".
_ORDER_AFTER = re.compile(
    r"[ \t]+(?:eval|evaluation|evals|consult|referral|order|orders|treat|visits?|sessions?"
    r"|f/u|follow-up)(?![\w-])"
)
#: A neighbour in a list: a word before ", " or after it.
_LIST_BEFORE = re.compile(r"([A-Za-z][\w/-]*)[ \t]*[,;/][ \t]*\Z")
_LIST_AFTER = re.compile(r"[ \t]*[,;/][ \t]*([A-Za-z][\w/-]*)")


def _abbreviation_among_terms(text: str, finding: Finding) -> bool:
    """An abbreviation that is a term only out of prose ("OT", "PT", "MRI": also the
    acronyms of firms and parties), written in capitals before an order ("OT eval") or in a
    list beside a clinical term ("Skilled nursing, PT, OT"): there it is a service."""
    word = text[finding.start : finding.end]
    if not word.isupper() or len(word) > _MAX_LISTED_ABBREVIATION or not is_clinical(word):
        return False
    if _ORDER_AFTER.match(text, finding.end):
        return True
    before = _LIST_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    after = _LIST_AFTER.match(text, finding.end)
    return any(
        side is not None and side.group(1).isupper() and is_clinical(side.group(1))
        for side in (before, after)
    )


_MAX_LISTED_ABBREVIATION = 4


#: An ICD-10-CM code in parentheses right after a word: "LTBI (Z22.7)" codes the word.
_CODE_AFTER = re.compile(r"[ \t]*\([ \t]*([A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)[ \t]*[),;]")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z0-9-]{1,7}")


def _coded_diagnosis(text: str, finding: Finding) -> bool:
    """A word in capitals right before its ICD-10-CM code in parentheses ("LTBI (Z22.7)",
    "ODD (F91.3)"): the record says what the abbreviation is, a diagnosis."""
    if _CAPITALS_WORD.fullmatch(text, finding.start, finding.end) is None:
        return False
    code = _CODE_AFTER.match(text, finding.end)
    return code is not None and is_icd10_code(code.group(1))


def _diagnosis_word_opening(text: str, finding: Finding) -> bool:
    """One capitalised word that opens a sentence and is a word of ICD-10-CM's descriptions,
    no given name or surname and no US town ("Varicella immune.", "Pertussis booster
    given."): there case says nothing, and strict mode took the rare word for a name."""
    word = text[finding.start : finding.end]
    if _CAPITALISED_ONLY.fullmatch(word) is None or _proper_noun(text, finding.start):
        return False
    folded = word.casefold()
    return (
        folded in description_words() and folded not in person_names() and folded not in us_places()
    )


_LOWER_WORD = re.compile(r"[^\W\d_]+")


def _lower_case_diagnosis(text: str, finding: Finding) -> bool:
    """A diagnosis written in lower case ("anorexia nervosa", "bulimia nervosa"): every word
    a lower-case ICD-10-CM description word of four letters or more, none a given name or
    surname. NER took the Latin pair for a person; a name in lower case ("maria lopez" in a
    text log) has a word of the name lists and stays found."""
    words = _LOWER_WORD.findall(text, finding.start, finding.end)
    return bool(words) and all(
        w.islower()
        and len(w) >= _MIN_DIAGNOSIS_WORD
        and w in description_words()
        and w not in person_names()
        for w in words
    )


_MIN_DIAGNOSIS_WORD = 4


def _never_a_name(text: str, finding: Finding) -> bool:
    """A chat filler ("ya.", "lol"), a weekday ("Tues") or, for a place, organisation or
    group, a single letter ("L forearm", "R hip": laterality): NER's guesses that name
    nothing."""
    mention = text[finding.start : finding.end].strip(_COMPOUND_EDGES)
    if mention.casefold() in CHAT_WORDS or mention.casefold().rstrip(".") in _WEEKDAYS:
        return True
    if mention.casefold().removesuffix("s") in _WEEKDAYS:
        return True  # "Thursdays" of a schedule
    if _abbreviation(text, finding, mention):
        return True
    if mention.upper() in _ROUTES and _DOSE_BEFORE.search(
        text, max(0, finding.start - 12), finding.start
    ):
        return True  # "16 mg/4 mg SL", "2 mg IM": how a dose is given, not initials
    return finding.entity_type != "PERSON" and sum(ch.isalpha() for ch in mention) <= 1


#: A word of three to five letters without a vowel (nor "y": "Lynn", "Glynn"), as court
#: papers shorten a label ("Dkt.", "Pltf."); a two-letter one may be a name ("Ng").
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{3,5}")


def _abbreviation(text: str, finding: Finding, mention: str) -> bool:
    """A title or a label shortened with a dot, which NER reads as a name of its own: a
    title before the name it titles ("Atty. Ana Ruiz" read as two people) or a word with no
    vowel before a dot ("(Dkt. 112)", "Pltf. Ex. 4"). A name is not written so."""
    if text[finding.end : finding.end + 1] != ".":
        return False
    return _title(mention) or _VOWELLESS.fullmatch(mention) is not None


#: Routes of a dose, and the unit that puts one right before them ("8 mg SL", "1 mL IM").
_ROUTES = frozenset({"SL", "IM", "IV", "PO", "SQ", "SC", "PR", "TD", "ODT", "IN"})
_DOSE_BEFORE = re.compile(r"\d[ \t]*(?i:mg|mcg|µg|ml|g|units?|u)[ \t]*\Z")


#: Something of a date or a time: a month, a weekday, a year, a day and month in figures, an
#: ordinal day, a clock time, or a word of time. NER calls "HbA1c 7.2", "28" (an age in a
#: list) and "x4" dates; a finding with none of these is no date.
_DATE_ELEMENT = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"|\b(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|midnight"
    r"|week|weekend|month|year|day|days|ago|daily|weekly|monthly|annual|yearly|spring|summer"
    r"|fall|autumn|winter|christmas|thanksgiving|easter|holiday|birthday|hour|minute|decade"
    r"|century|season|semester|quarter|term|now|recently|currently|later|earlier|past|last"
    r"|next|previous|current|early|late|mid)"
    r"|\b(?:1[89]|20)\d\d\b|['’]\d\d\b|\d{1,2}\s*[/-]\s*\d{1,2}|\d(?:st|nd|rd|th)\b"
    r"|\d:\d\d|\d\s*(?:am|pm|a\.m|p\.m)\b|\b\d{2}s\b"
    # not a date, but a long number identifies whatever NER called it ("build 330915556",
    # "acct ending 4471")
    r"|\d{4,})"
)


#: A three-digit service line at the end of what NER took for a date: the 988 crisis line,
#: 211, 311, 911 ("AT 0031 988 CALL FROM ROOMMATE"). A number that says whom one called,
#: no one's number.
_SERVICE_LINE_END = re.compile(r"(?:^|(?<=\d)[ \t]+)(?:988|[2-9]11)\Z")


def _dated(text: str, finding: Finding) -> bool:
    """Whether a DATE_TIME guessed by NER holds anything of a date or a time."""
    return _DATE_ELEMENT.search(text, finding.start, finding.end) is not None


def _role_label(text: str, finding: Finding) -> bool:
    """A role word written as a form label: "Therapist:" heads a field, it is no occupation."""
    phrase = text[finding.start : finding.end]
    return is_trimmable(phrase) and _LABEL_AFTER.match(text, finding.end) is not None


#: How far around an occupation to look for the term that holds it, in characters.
_TERM_REACH = 40


def _inside_a_term(text: str, finding: Finding, longer: bool = False) -> bool:
    """A finding inside a term of meaning of up to `MAX_TERM_WORDS` words, or (`longer`)
    inside one with more words than the finding has.

    An occupation the demographic recognizer found in "Parents as Teachers" or "Home
    Health Aide" is a programme or a role in someone's care, not what a private person does
    for a living; a word strict mode took alone ("Guard" of "National Guard", "Grant" of
    "Grant and Per Diem", "Aide" of "Home Health Aide") is a word of the term."""
    window_start = max(0, finding.start - _TERM_REACH)
    tokens = [
        (m.start(), m.end())
        for m in _TOKEN.finditer(text, window_start, min(len(text), finding.end + _TERM_REACH))
    ]
    first = next((i for i, (s, e) in enumerate(tokens) if e > finding.start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < finding.end), None)
    if first is None or last is None or last < first:
        return False
    inner = last - first + 1 + (1 if longer else 0)
    for size in range(inner, MAX_TERM_WORDS + 1):
        for begin in range(max(0, last - size + 1), min(first, len(tokens) - size) + 1):
            if is_meaning(text[tokens[begin][0] : tokens[begin + size - 1][1]]):
                return True
    return False


def _occupation_in_a_term(text: str, finding: Finding) -> bool:
    """An occupation of several words that is a term ("Home Health Aide"), or one word
    inside a longer term ("Teachers" of "Parents as Teachers"). One word alone ("works as
    a doctor") is what a private person does for a living: a demographic detail."""
    single = len(_TOKEN.findall(text, finding.start, finding.end)) < 2
    return _inside_a_term(text, finding, longer=single)


def _role_in_care(text: str, finding: Finding) -> bool:
    """An occupation named by the service it works in ("hospice aide", "VR counselor", "EFA
    program coordinator", "STD examiner") or by whose it is ("guardian's case manager"): a
    role in the client's care, not what a private person does for a living."""
    words = _TOKEN.findall(text, finding.start, finding.end)
    if len(words) < 2 or any(w.casefold() == "of" for w in words):
        return False  # "mom of 2": a family's size, a demographic detail
    first = words[0]
    if normalise(first) in _ROLE_WORDS:
        return False  # "dad of 4", "mom truck driver": whose job it is, no service
    if _POSSESSIVE_END.search(first) is not None:
        return first[:-2].casefold() in _CARE_OWNERS
    return is_clinical(first) or is_meaning(first) or first.casefold() in _CARE_SERVICES


_ROLE_WORDS = frozenset(normalise(w) for w in ROLE_WORDS)
#: Services a role is named by in a client's care ("hospice aide", "respite worker"): no
#: workplace a private person's job would be told by.
_CARE_SERVICES = frozenset({"hospice", "respite", "wraparound", "shelter", "crisis"})
#: Whose a role in care is: "guardian's case manager", "the court's evaluator".
_CARE_OWNERS = frozenset(
    {"guardian", "court", "client", "patient", "agency", "program", "programme", "family",
     "hospice", "hospital", "clinic", "school", "county", "state", "conservator", "payee"}
)  # fmt: skip


#: A section sign right before a number: what follows is a section of a statute.
_SECTION_SIGN_BEFORE = re.compile(r"§§?[ \t]*\Z")


#: A possessive and the spaces after it: "Kayleigh's " before what is hers.
_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t]+$")


def _before_owned_programme(
    text: str, finding: Finding, programmes: tuple[tuple[int, int], ...]
) -> Finding:
    """ "Kayleigh's Child-Parent Psychotherapy" as one name: shrunk to the owner, whose
    programme it is. A name that ends in a programme head without a possessive ("Lincoln
    Head Start", "Riverside Family Therapy") names a place or a practice and stays whole."""
    for start, end in programmes:
        if finding.start < start and end == finding.end:
            owner = _POSSESSIVE_BEFORE.search(text, finding.start, start)
            if owner is not None and owner.start() > finding.start:
                return _shrunk(finding, finding.start, owner.start())
    return finding


def _programme_before_terms(text: str, finding: Finding, placed: frozenset[str]) -> bool:
    """A programme name of plain words followed only by terms of meaning ("Comprehensive
    Waiver ISP", "Kinship Navigator CM"): the terms say what of the programme, and neither
    names anyone."""
    segments = _segments(text, finding.start, finding.end)
    while segments and segments[-1][2]:
        segments.pop()
    if not segments or segments[-1][1] == finding.end:
        return False
    phrase = text[finding.start : segments[-1][1]]
    return (
        is_programme_name(phrase)
        and not at_a_place(text, finding.start)
        and phrase.casefold() not in placed
    )


def _inside_any(spans: tuple[tuple[int, int], ...], finding: Finding) -> bool:
    return any(s <= finding.start and finding.end <= e for s, e in spans)


#: A lone letter before a term, as a table's sex or grade column leaves it ("M   Early
#: Head Start"): no part of an institution's name.
_LETTER_CELL = re.compile(r"^[A-Za-z](?:[ \t]{2,}|\t)")


def _without_letter_cells(text: str, finding: Finding) -> str:
    return _LETTER_CELL.sub("", text[finding.start : finding.end])


def _cells(text: str, finding: Finding) -> list[Finding]:
    """A name finding run across a table's tab cut into one finding per cell ("OT<TAB>
    Riverbend Home Care", "Day Habilitation<TAB>Blue Heron Day Services"): a cell is read
    alone, so that a service in one is not removed with the provider in the next."""
    kinds = BROAD_TYPES | INSTITUTION_TYPES
    if finding.entity_type not in kinds or "\t" not in text[finding.start : finding.end]:
        return [finding]
    cells = []
    for cell in _CELL.finditer(text, finding.start, finding.end):
        cells.append(_shrunk(finding, cell.start(), cell.end()))
    return cells or [finding]


#: A table cell's text: what stands between tabs, without the spaces at its edges.
_CELL = re.compile(r"[^\t\s](?:[^\t]*[^\t\s])?")


def keep_meaning(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the terms of meaning that NER and strict mode took for names."""
    findings = [cell for finding in findings for cell in _cells(text, finding)]
    caseless = caseless_spans(text)
    programmes = programme_spans(text)
    acronyms = defined_acronyms(text)
    placed = placed_names(text)
    names = [f for f in findings if f.entity_type == "PERSON" or _surname_read_as_place(text, f)]
    kept: list[Finding] = []
    for finding in findings:
        kind, source = finding.entity_type, finding.source
        if finding.is_subject or _after_title(text, finding.start):
            kept.append(finding)
            continue
        if kind in BROAD_TYPES and _credential_after_name(text, finding, names):
            continue  # "Gideon Ashby, Esq." read as a second name by any recognizer
        if kind in BROAD_TYPES and within_citation(text, finding.start, finding.end):
            continue  # "ORC" of "ORC 2151.421", "Indian" of "Indian Child Welfare Act"
        if kind in BROAD_TYPES and source in GUESSING_SOURCES:
            if (
                _never_a_name(text, finding)
                or _leads_a_diagnosis(text, finding)
                or _names_a_disease(text, finding)
                or _eponym_disease(text, finding)
                or _coded_diagnosis(text, finding)
                or _diagnosis_word_opening(text, finding)
                or _lower_case_diagnosis(text, finding)
                or reads_as_drug(text, finding.start, finding.end)
                or clinical_acronym(text, finding.start, finding.end)
                or _suffixed_term(text, finding)
                or _programme_tier(text, finding)
                or _abbreviation_among_terms(text, finding)
            ):
                continue
            if (
                is_programme_name(text[finding.start : finding.end])
                and not at_a_place(text, finding.start)
                and text[finding.start : finding.end].casefold() not in placed
            ) or _inside_any(programmes, finding):
                continue  # "Gottman Method", "Circle" of "Circle of Security Parenting"
            if _programme_before_terms(text, finding, placed):
                continue  # "Comprehensive Waiver ISP": the waiver's plan, no name
            finding = _before_owned_programme(text, finding, programmes)
            cut = without_credential_tail(text, finding.start, finding.end)
            if cut < finding.end:  # "Jo Roe, SPHR": the name, not the letters after it
                finding = _shrunk(finding, finding.start, cut)
            if _is_state(text, finding):
                kept.append(finding)
                continue
            if _inside_longer_term(text, finding) or _inside_a_term(text, finding, longer=True):
                continue
            pieces = _filter_broad(text, finding, caseless, acronyms)
            kept.extend(p for p in pieces if not _programme_tier(text, p))  # "BadgerCare Plus"
            continue
        if kind == "DATE_TIME" and source in GUESSING_SOURCES:
            line = _SERVICE_LINE_END.search(text, finding.start, finding.end)
            if line is not None:  # "0031 988 CALL": the clock time, then the crisis line
                finding = _shrunk(finding, finding.start, line.start())
            end = date_end(text, finding.start, finding.end)
            if end < finding.end:  # "4 pm Meals": the time, not the programme after it
                finding = _shrunk(finding, finding.start, end)
            if finding.end <= finding.start or not _dated(text, finding):
                continue
        if kind == "STREET_ADDRESS" and _address_of_terms(text, finding):
            continue
        if source == DEMOGRAPHIC_SOURCE and (
            _role_label(text, finding)
            or _occupation_in_a_term(text, finding)
            or _inside_any(programmes, finding)
            or _role_in_care(text, finding)
        ):
            continue  # "Indian" of "Indian Education": a programme, no one's nationality
        if kind in INSTITUTION_TYPES and (
            _is_plain_term(_without_letter_cells(text, finding))
            or _inside_any(programmes, finding)
            or _inside_longer_term(text, finding)  # "EDSD" of "NTG-EDSD": a scale's name
        ):
            continue
        if kind == "DATE_TIME" and _SECTION_SIGN_BEFORE.search(
            text, max(0, finding.start - 6), finding.start
        ):
            continue  # "O.C.G.A. § 24-12-21": a section of a code, no date
        if source == LICENCE_SOURCE and (
            _inside_icd_code(text, finding) or _too_short_for_licence(text, finding)
        ):
            continue
        kept.append(finding)
    return kept
