"""NER's guesses that name nobody and date nothing: the second precision step of detection.

A court, a consulting clinician or a researcher reads the release; every common word that
became "[PERSON]" or "Organization K7QX" costs them meaning and identifies no one. The
meaning filter (`redact.detect.meaning_filter`) keeps clinical terms and programmes out of
names; this module drops the other shapes of NER's misreadings seen in real notes:

- a PERSON made of common words only, none of which could be a name: a heading with the
  group it is about ("GROUP NOTE - Women's Recovery Group"), read as one long person; and
  an ORGANIZATION that is the name of a kind of session ("Anger Management Group");
- a lone common word at a sentence start typed an organisation or a person ("Next group
  10/21", "Plan: ..."): at a sentence start capitals say nothing;
- a car's make or model ("a silver Altima", "his white F-150", "drives a Camry"): a vehicle
  is no person; its plate is the identifier (`recognizers.vehicle_plate`);
- a DATE_TIME that is a duration or a span of time ("41 days clean", "3 weeks", "2 yrs"):
  HIPAA Safe Harbor removes dates and their elements, never a length of time;
- a DATE_TIME that is a plate after a plate cue ("MD tag 8CX4417"): a VEHICLE_PLATE, so it
  is removed and never generalised into a month.

Only the guesses of NER and strict mode are read here; a cue-based recognizer's finding, a
subject's mention and a word after a title stay. A name found elsewhere in the document is
still propagated to every mention afterwards (`redact.detect.names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.case_style import caseless_spans, is_name_evidence, within
from redact.detect.lower_case_names import RELATION_WORDS
from redact.detect.place_names import us_places
from redact.detect.wordlists import (
    english_non_nouns,
    english_words,
    given_names,
    irregular_non_noun_forms,
    person_names,
    zipf,
)
from redact.findings import Finding

#: Recognizers that guess from the shape of a word, not from a cue around it.
GUESSING_SOURCES = frozenset(
    {"SpacyRecognizer", "StrictCapitalisedRecognizer", "FirmNameRecognizer"}
)
RELATION_SOURCE = "RelationNameRecognizer"
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "NRP", "LOCATION"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"\w['’]s?[ \t]+\w")
#: A word this common in English ("next", "plan", "group") opening a sentence is the
#: sentence's first word, not a name (a name at least this common is kept by the name
#: lists: "Will", "Hope").
_COMMON_ZIPF = 4.5
#: A dictionary word at least this common is a plain word ("discharged", 3.8); a nickname
#: can be a rare dictionary word ("tink", 2.7).
_PLAIN_ZIPF = 3.0
_SENTENCE_END = ".!?:;\n"
_OPENERS = " \t\"'“‘([*>•-–—#"


def _words(text: str, start: int, end: int) -> list[str]:
    return [_POSSESSIVE.sub("", m.group()) for m in _WORD.finditer(text, start, end)]


def _common_words_only(text: str, finding: Finding) -> bool:
    """A PERSON none of whose words could be a name, whose first word is no given name and
    whose last is no name at all, with a heading's capitals, a session's noun or a
    possessive inside ("GROUP NOTE - Women's Recovery Group"; never "Mark Green")."""
    words = _words(text, finding.start, finding.end)
    if not words or any(is_name_evidence(w) for w in words):
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if first in given_names() or last in person_names():
        return False
    # a proper noun of common words ("Sacred Heart", a hospital) is something's name: only
    # a heading in capitals, a session's name or a possessive inside says it is not
    mention = text[finding.start : finding.end]
    return (
        any(w.isupper() and len(w) > 1 for w in words)
        or last in _MEETING_NOUNS
        or _INNER_POSSESSIVE.search(mention) is not None
    )


def _relation_word_alone(text: str, finding: Finding) -> bool:
    """A PERSON that is one lower-case relation word and no given name ("pt seen w dtr +
    grandson", "nephew asked for the card"): terse notes write the relative so, NER reads a
    person, and the word is the record's meaning (who came), not a name. The name after
    it ("grandson kyle") is found by its cue (`redact.detect.lower_case_names`)."""
    mention = text[finding.start : finding.end]
    return mention.islower() and mention in RELATION_WORDS and mention not in given_names()


#: The head nouns of a session a note is about ("Women's Recovery Group", "Anger Management
#: Class"): with only common words before them, a kind of meeting, not an organisation.
_MEETING_NOUNS = frozenset(
    {"group", "groups", "class", "classes", "circle", "session", "sessions", "meeting",
     "meetings", "workshop", "workshops", "note", "notes"}
)  # fmt: skip


def _meeting_of_common_words(text: str, finding: Finding) -> bool:
    """An ORGANIZATION that is a session's name made of common words only, none of them a
    name ("Men's Anger Management Group"; never "Hill Group" nor "Oyelaran Group")."""
    words = _words(text, finding.start, finding.end)
    if len(words) < 2 or words[-1].casefold() not in _MEETING_NOUNS:
        return False
    return all(_plain_word(w) for w in words)


def drop_session_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without organisations that name a kind of session or a unit of an
    organisation in common words: for the head-noun patterns of `redact.detect.org_names`
    ("Management Group", "Case Management")."""
    return [
        f for f in findings
        if f.entity_type != "ORGANIZATION"
        or not (_meeting_of_common_words(text, f) or _internal_unit(text, f))
    ]  # fmt: skip


def _sentence_start(text: str, start: int) -> bool:
    """At a sentence's start, a line's, or a form field's (after a tab or a run of spaces)."""
    i = start - 1
    if i >= 1 and text[i] in " \t" and (text[i] == "\t" or text[i - 1] in " \t"):
        return True
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i >= 0 and text[i] == ":":
        return _form_label_before(text, i)
    return i < 0 or text[i] in _SENTENCE_END


def _form_label_before(text: str, colon: int) -> bool:
    """Whether the colon at `colon` ends a form's label ("Plan:", "Discharge date:"): right
    after a word, on a line whose label starts with a capital. "yesterday : Trump has" in a
    post is a sentence going on, not a field."""
    if colon == 0 or text[colon - 1] in " \t":
        return False
    line_start = text.rfind("\n", 0, colon) + 1
    label = text[line_start:colon].lstrip(_OPENERS)
    return bool(label) and label[0].isupper()


def _plain_word(word: str) -> bool:
    """An English word no one is named: in the dictionary, not rare, and no name
    ("Discharged", "Suicidal", "Next"; never "Tink", rare, nor "Rose", a name)."""
    folded = word.casefold()
    if folded in person_names():
        return False
    frequency = zipf(folded)
    if frequency >= _COMMON_ZIPF:
        return True
    return frequency >= _PLAIN_ZIPF and any(stem in english_words() for stem in _stems(folded))


#: Inflections the dictionary lists by their stem ("screened", "denies", "referred").
_ENDINGS = (("", ""), ("ed", ""), ("d", ""), ("red", "r"), ("ied", "y"), ("ies", "y"),
            ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))  # fmt: skip


def _stems(word: str) -> list[str]:
    return [word[: len(word) - len(end)] + add for end, add in _ENDINGS if word.endswith(end)]


def _common_opener(text: str, finding: Finding) -> bool:
    """One plain word (or two joined by a hyphen: "Stress-reducing") opening a sentence, a
    line or a field, not followed by another capitalised word."""
    mention = text[finding.start : finding.end]
    words = _WORD.findall(mention)
    if not 1 <= len(words) <= 2 or (len(words) == 2 and "-" not in mention):
        return False
    if not _sentence_start(text, finding.start):
        return False
    if not words[0][0].isupper() or words[0].isupper():
        return False
    after = _WORD.match(text, _skip_spaces(text, finding.end))
    if (
        after is not None
        and after.group()[0].isupper()
        and not after.group().isupper()
        and not _WEEKDAY_WORD.fullmatch(after.group())  # "Seen Tues 5/6": a date's day
    ):
        return False  # "Screened EPDS = 8": an acronym after it is no surname
    return all(_plain_word(w) and _not_only_a_noun(w) for w in words)


#: An adverb of manner opening a line before a lower-case word: "Electronically signed by",
#: "Digitally signed", "Previously filed". No town is named so and written so.
_ADVERB_OPENER = re.compile(r"[A-Z][a-z]{3,}ly(?=[ \t]+[a-z])")


def _adverb_opener(text: str, finding: Finding) -> bool:
    """A plain adverb in "-ly" that opens a sentence or a line, read as a place."""
    adverb = _ADVERB_OPENER.match(text, finding.start)
    return (
        adverb is not None
        and adverb.end() == finding.end
        and _sentence_start(text, finding.start)
        and _plain_word(text[finding.start : finding.end])
    )


def _not_only_a_noun(word: str) -> bool:
    """Whether the dictionary has the word (or its stem) as a verb, adjective or adverb:
    "Next", "Discharged", "Suicidal" open sentences; a word that is only a noun there
    ("Marseille", a city WordNet lists) may be what the sentence is about. An irregular
    form ("Spoke w/ aunt", "Brought kids to ...") counts, unless it is a given name too
    ("Hung", "Sang", "Won": the note may open on a person)."""
    folded = word.casefold()
    if folded in irregular_non_noun_forms() and folded not in given_names():
        return True
    return any(stem in english_non_nouns() for stem in _stems(folded))


#: A run of capitalised words on one line ("Child Care Subsidy").
_TITLE_RUN = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)+")
_FUNCTION_WORDS = frozenset({"in", "at", "on", "to", "from", "the", "a", "an", "of", "for", "with"})
#: A title-case run of at least this many plain words is a phrase's name, not a person's.
_MIN_PLAIN_RUN = 3


def _inside_plain_title(text: str, finding: Finding) -> bool:
    """One or two plain words taken out of a longer title-case run of plain words
    ("Subsidy" or, after a relation word, "Care Subsidy" of "her Child Care Subsidy"): the
    run names a programme or a form, and the words no one."""
    words = _WORD.findall(text, finding.start, finding.end)
    if not 1 <= len(words) <= 2:
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    for run in _TITLE_RUN.finditer(text, line_start, line_end):
        if run.start() <= finding.start and finding.end <= run.end():
            run_words = _WORD.findall(run.group())
            if run_words[0].casefold() in _FUNCTION_WORDS:  # "In Czech Republic ..."
                run_words = run_words[1:]
            return (
                len(run_words) >= _MIN_PLAIN_RUN
                and (run.start(), run.end()) != (finding.start, finding.end)
                and all(_plain_word(w) for w in run_words)
            )
    return False


#: A range of weekdays ("Mon-Fri", "Monday through Friday"): a schedule, no body.
_WEEKDAY_RANGE = re.compile(
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?[ \t]*(?:-|–|to|through|thru)"
    r"[ \t]*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?)"
)


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


#: A heading in capitals before a dash, at a line's start ("DISCHARGE SUMMARY - "), or in
#: title case ending in a document's noun ("Couples Session Note - ", "Home Visit Report: ").
_HEADING = re.compile(
    r"(?:[A-Z][A-Z'’&/]+[ \t]+)*[A-Z][A-Z'’&/]+[ \t]+[-–—:][ \t]+"
    r"|(?:[A-Z][a-z'’&/-]+[ \t]+){0,4}(?:Note|Notes|Report|Summary|Assessment|Plan|Letter"
    r"|Record|Log|Referral|Update|Review|Evaluation|Form)[ \t]+[-–—:][ \t]+"
)


def _after_heading(text: str, finding: Finding) -> Finding | None:
    """A name finding that starts with a line's heading in capitals: the heading cut off
    ("DISCHARGE SUMMARY - Inpatient Psychiatry" -> "Inpatient Psychiatry"), or None when
    the rest is plain words too."""
    if finding.start > 0 and text[finding.start - 1] != "\n":
        return finding
    heading = _HEADING.match(text, finding.start, finding.end)
    if heading is None or not all(_plain_word(w) for w in _WORD.findall(heading.group())):
        return finding
    rest = _words(text, heading.end(), finding.end)
    if not rest or all(_plain_word(w) for w in rest):
        return None
    return replace(finding, start=heading.end())


#: The head noun that ends an organisation's name, never a surname: NER reads "Ridgeview
#: Family Counseling" as a person when its first word is rare, and that person's "name"
#: would then be spread to every "Ridgeview" of the release as someone to remove, and a
#: court copy would lose the agency that wrote it.
_ORGANISATION_HEADS = frozenset(
    {"counseling", "counselling", "services", "center", "centre", "clinic", "clinics",
     "agency", "associates", "institute", "foundation", "ministries", "hospital",
     "academy", "university", "college", "network", "alliance", "coalition", "council",
     "society", "association", "department", "dept", "programs", "partnership", "llc",
     "inc", "pllc", "shelter", "pantry", "healthcare", "behavioral", "behavioural"}
)  # fmt: skip


def _organisation_read_as_person(text: str, finding: Finding) -> bool:
    """A PERSON of two words or more, capitalised, whose last word is an organisation's
    head noun ("Ridgeview Family Counseling", "Lakemont Behavioral")."""
    words = _words(text, finding.start, finding.end)
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and words[-1].casefold().rstrip(".") in _ORGANISATION_HEADS
    )


_LABEL = re.compile(r"[^\S\n]*(?P<label>[A-Za-z][A-Za-z '’/-]{0,40}?)[ \t]*:[ \t]*")


def _after_label(text: str, finding: Finding) -> Finding | None:
    """A name finding that starts with a form's label: the label cut off ("Format:
    Individual" -> "Individual"), or None when nothing is left."""
    label = _LABEL.match(text, finding.start, finding.end)
    if label is None or not all(_plain_word(w) for w in _WORD.findall(label.group("label"))):
        return finding
    return replace(finding, start=label.end()) if label.end() < finding.end else None


#: A form field's gap (a tab, three spaces): strict mode's capitalised runs cross it
#: ("Imogen Sato-Brightwater   Session #6"), NER's are cut before this step.
_FIELD_GAP = re.compile(r"\t|[ ]{3,}")


def _before_field_gap(text: str, finding: Finding) -> Finding | None:
    gap = _FIELD_GAP.search(text, finding.start, finding.end)
    if gap is None:
        return finding
    return replace(finding, end=gap.start()) if gap.start() > finding.start else None


#: A weekday and a day in figures ("Tues 3/18", "Thurs. 4/3/25", "Monday 5-6"): NER reads
#: a capitalised short weekday as a name; it is a date, and the date policy applies to it.
_WEEKDAY_DATE = re.compile(
    r"(?i:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?"
    r"[ \t]+\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?)"
)
_WEEKDAY_WORD = re.compile(
    r"(?i:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?)"
)
#: A weekday that ends a name finding, a date after it: "Seen Tues 5/6", "Called Weds 11/2".
_TRAILING_WEEKDAY = re.compile(
    r"(?i:(?<![\w])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|sday|urday)?\.?,?)$"
)
_DATE_AFTER = re.compile(r"[ \t]+\d{1,2}[/\-.]\d{1,2}(?![\d:])")


def _before_weekday_date(text: str, finding: Finding) -> Finding | None:
    """The finding without a weekday that ends it before a date, None if nothing is left.

    NER reads "Seen Tues 5/6" as a person "Seen Tues": the weekday dates the visit, and the
    word before it is then judged on its own (a sentence's opening verb is dropped later by
    `_common_opener`); with the weekday gone, what the date recognizers find is the date.
    """
    mention = text[finding.start : finding.end]
    weekday = _TRAILING_WEEKDAY.search(mention)
    if weekday is None or not _DATE_AFTER.match(text, finding.end):
        return finding
    end = finding.start + len(mention[: weekday.start()].rstrip(" \t,"))
    return replace(finding, end=end) if end > finding.start else None


#: A weekday and a part of the day opening a name finding ("Tues PM group", "the Thurs AM
#: parenting class", "Mon PM DBT skills group"): when a group meets, a date's day, never an
#: organisation or a person.
_WEEKDAY_PART = re.compile(
    r"(?i:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
    r"(?:[ \t]+(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night))?)(?![\w])"
)
#: What may follow the weekday inside the finding and go with it: a session's kind in
#: capitals ("DBT", "IOP") or in common words ("skills", "group").
_SESSION_REST = re.compile(r"[ \t]+(?:[A-Z]{2,5}|[a-z]+)(?:[ \t]+(?:[A-Z]{2,5}|[a-z]+))*")


def _weekday_opening(text: str, finding: Finding) -> Finding | None:
    """The weekday (and part of the day) that opens a name finding, as a date, when all
    that follows it in the finding is a session's kind; None otherwise."""
    day = _WEEKDAY_PART.match(text, finding.start, finding.end)
    if day is None:
        return None
    if day.end() < finding.end and not _SESSION_REST.fullmatch(text, day.end(), finding.end):
        return None
    return replace(finding, end=day.end(), entity_type="DATE_TIME")


#: Weekdays in the plural ("visits Sundays", "on Tuesdays"): a habit, no date.
_WEEKDAYS_PLURAL = re.compile(
    r"(?i:(?:on[ \t]+|every[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
)
#: A capitalised run after a placing word that ends in a street's type ("on Keswick Ave"):
#: a street NER took for a person.
_PLACING_BEFORE = re.compile(r"\b(?:on|off|near|along|at)[ \t]+$")
_STREET_END = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Ln|Lane"
    r"|Dr|Drive|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Ct|Way|Pl|Place)\b\.?"
)


def _street_read_as_name(text: str, finding: Finding) -> bool:
    if _PLACING_BEFORE.search(text, max(0, finding.start - 8), finding.start) is None:
        return False
    match = _STREET_END.match(text, finding.start)
    return match is not None and match.end() >= finding.end


#: Car makes sold in North America, by the names notes use ("Chevy", "VW"). No package
#: ships such a list. Makes that are also given names ("Mercedes") are left out.
_MAKES = (
    "Acura|Audi|BMW|Buick|Cadillac|Chevy|Chevrolet|Chrysler|Dodge|Fiat|Ford|GMC|Honda"
    "|Hyundai|Infiniti|Jeep|Kia|Lexus|Mazda|Mercedes-Benz|Mitsubishi|Nissan|Pontiac"
    "|Porsche|Saturn|Subaru|Suzuki|Tesla|Toyota|Volkswagen|VW|Volvo"
)
#: Colours in lower case only: "the Red Cross", "the Black Hills" are names.
_COLOURS = (
    "silver|white|black|gr[ae]y|red|blue|green|tan|gold|maroon|beige|brown|navy|burgundy"
    "|champagne|purple|orange|yellow|teal|bronze"
)
_MODEL = r"[A-Z0-9][\w\-]*"
#: A vehicle: "a/his/her/the" + a colour, then a make or a capitalised model ("a silver
#: Altima", "his white F-150"), or a model year and a make ("a 2012 Toyota Camry"; "a 2017
#: Polish film" is no car); or a make and a model
#: ("Nissan Altima", "Ford F-150"); or a make before "sedan", "truck"...
_VEHICLE = re.compile(
    rf"\b(?i:an?|the|his|her|their|my|your|our|its|[a-z]+['’]s)[ \t]+"
    rf"(?:(?:{_COLOURS})[ \t]+(?:(?:19|20)\d\d[ \t]+)?"
    rf"(?P<model>(?:{_MAKES})(?:[ \t]+{_MODEL})?|[A-Z][\w\-]*(?:[ \t]+{_MODEL})?)"
    rf"|(?:19|20)\d\d[ \t]+(?P<dated>(?:{_MAKES})(?:[ \t]+{_MODEL})?))"
    rf"|\b(?P<make>(?:{_MAKES})(?:[ \t]+{_MODEL})?)(?=[ \t]+(?i:sedan|suv|truck|van|pickup"
    rf"|minivan|coupe|hatchback|car|jeep)\b)"
    rf"|\b(?P<named>(?:{_MAKES})[ \t]+(?P<word>{_MODEL}))"
)


def _vehicle_spans(text: str) -> list[tuple[int, int]]:
    """Where a vehicle's make and model are written. A make before a person's name ("Ford
    Lopez") names the person: a model that is a name and has no digit is no model."""
    spans = []
    for match in _VEHICLE.finditer(text):
        if match.group("named") is not None:
            word = match.group("word")
            if not any(ch.isdigit() for ch in word) and word.casefold() in person_names():
                continue
            spans.append(match.span("named"))
            continue
        group = next(g for g in ("model", "dated", "make") if match.group(g) is not None)
        spans.append(match.span(group))
    return spans


#: A duration or a span of time: a count and a unit, with what may follow it ("41 days
#: clean", "3 weeks sober", "2 yrs", "six months", "a few weeks", "14 additional days").
#: A relative date ("3 days ago") states no calendar date either.
_NUMBER_WORDS = (
    r"\d+(?:\.\d+)?|\d+\s*(?:-|to|or)\s*\d+|a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a\s+few|few|several"
    r"|a\s+couple(?:\s+of)?|couple(?:\s+of)?|many|some|half\s+a|a\s+half"
)
_UNITS = r"days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?|decades?"
_DURATION = re.compile(
    rf"(?i:(?:(?:clean|sober|abstinent)(?:\s+(?:for|x))?\s+)?(?:about|around|over|under|almost|nearly|roughly|approx\.?|~|another|the\s+past"
    rf"|the\s+last|past|last|first|for|x)?\s*(?:{_NUMBER_WORDS})\s*\+?[\s-]*"
    rf"(?:(?:additional|more|extra|further|consecutive|straight|full|whole|calendar|business"
    rf"|working)\s+)?(?:{_UNITS})"
    rf"(?:\s+(?:clean|sober|abstinent|ago|long|later|earlier|prior|before|after"
    rf"|of\s+sobriety|straight|now|total))?)"
)
#: "tag"/"plate" before a code: the code is a plate whatever NER called it.
_PLATE_CUE = re.compile(r"(?i:\b(?:tags?|plates?|licen[cs]e)[ \t]*(?:#|no\.?|number)?[ \t:]*)$")
_PLATE_SHAPE = re.compile(r"(?=[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9][A-Z0-9\- ]{2,9}")


#: Acronyms of programmes, benefits, plan types, levels of care and roles that every state
#: and every agency uses, so they name no one: a mutual-help fellowship ("attended NA"), a
#: benefit or its card ("MA ID", Medical Assistance; "EBT"), a kind of health plan ("MCO",
#: "HMO"), a level of care or a treatment ("IOP", "PHP", "MAT", "OTP"), a role ("CM", "PO"),
#: NER types them ORGANIZATION; no package lists
#: them (the clinical and programme lists of `redact.detect.meaning_terms` hold the ones a
#: clinician or a school writes; these are the ones a case manager writes). An agency's
#: acronym ("DSS", "CPS") names a state's agency and follows the AGENCY rule: not here. An
#: acronym after a capitalised word ("Kent County MCO") is part of a name and stays.
GENERIC_ACRONYMS: frozenset[str] = frozenset(
    {
        "NA", "AA", "CA", "GA", "OA", "SMART", "MCO", "HMO", "PPO", "EPO", "ACO", "MA", "MCD",
        "EBT", "TCA", "IOP", "PHP", "MAT", "MOUD", "OTP", "OBOT", "CM", "PO", "CSW",
        "TCM", "ICM", "HMIS", "CoC", "FMLA", "ADA", "ELA", "ESOL", "STEM", "TIPP",
    }
)  # fmt: skip


#: Words of a number's label that NER takes into the acronym before it ("MA ID").
_LABEL_WORDS = frozenset({"id", "", "no", "number", "num", "card", "case", "member"})


def _generic_acronym(text: str, finding: Finding) -> bool:
    words = text[finding.start : finding.end].strip(" \t.,;:()").split()
    if not words or words[0] not in GENERIC_ACRONYMS:
        return False
    if any(
        w.casefold().strip(".#:") not in _LABEL_WORDS and not any(ch.isdigit() for ch in w)
        for w in words[1:]
    ):  # the number itself is the labelled value's (`redact.detect.labelled`)
        return False
    before = text[max(0, finding.start - 2) : finding.start]
    return not (before.endswith(" ") and before[:1].isupper())


#: The last word of a unit inside an organisation: "Civil Division", "Case Management",
#: "Utilization Review", "Social Work". Made of common words, such a name says which desk
#: of an organisation, never which organisation; NER types it one anyway.
_UNIT_HEADS = frozenset(
    {"division", "department", "dept", "unit", "management", "review", "work", "desk",
     "intake", "billing", "admissions", "registration", "records"}
)  # fmt: skip
#: A kind of body after "the" ("appeared for the State", "the Court", "the Agency"): the
#: parties and offices of any case, no name.
_BODY_NOUNS = frozenset(
    {"state", "court", "county", "agency", "department", "division", "unit", "program",
     "programme", "clinic", "hospital", "center", "centre", "shelter", "school", "district",
     "city", "bureau", "office", "team", "board", "commission", "tribe", "nation"}
)  # fmt: skip
_UNIT_ZIPF = 3.0
_PARTS = re.compile(r"[ \t]*[/&][ \t]*|[ \t]+and[ \t]+")


def _internal_unit(text: str, finding: Finding) -> bool:
    """An organisation that is a unit of one ("Utilization Review / Case Management") or a
    kind of body after "the" ("for the State"), all in common words that name nobody."""
    mention = text[finding.start : finding.end].strip(" \t.,;:()")
    words = [w.casefold() for w in _words(mention, 0, len(mention))]
    if not words or any(
        (w in given_names() or w in person_names()) and zipf(w) < _COMMON_ZIPF for w in words
    ):  # "Case" is a surname too, but far more often a word
        return False
    if len(words) == 1:
        return words[0] in _BODY_NOUNS and text[: finding.start].rstrip(" \t").endswith(
            ("the", "The")
        )
    if any(w in us_places() for w in words):
        return False  # "Riverside Case Management": a town's agency, not a desk
    parts = [part.split() for part in _PARTS.split(mention) if part]
    return all(
        len(part) >= 2 and part[-1].casefold().strip(".") in _UNIT_HEADS for part in parts
    ) and all(zipf(w) >= _UNIT_ZIPF for w in words)


#: A number of five to seven digits: no day, month or year has one ("90837 x 12, 90847
#: x 4" read as a date by NER); eight digits may be a compact date ("20251103").
_CODE_DIGITS = re.compile(r"(?<!\d)\d{5,7}(?!\d)")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


#: One token of letters, a hyphen or "#", and five digits or more: a file's or a
#: system's reference ("ccs-118204", "TX#449120"), whatever NER typed it.
_REFERENCE_TOKEN = re.compile(r"[A-Za-z]{2,6}[-#]?\d{5,}")


def _holds_a_code(text: str, finding: Finding) -> bool:
    """A NER date around a code of five to seven digits and no month's name: a billing
    code, a case number or a ZIP code, never a date."""
    mention = text[finding.start : finding.end]
    return _CODE_DIGITS.search(mention) is not None and _MONTH_WORD.search(mention) is None


#: A word in capitals at least this common in English is a word ("MET criteria", "BAC",
#: not; "CODE"), read as an organisation by NER only for its capitals.
_CAPITALS_WORD_ZIPF = 4.0
_MAX_CAPITALS_WORD = 6


def _common_word_in_capitals(text: str, finding: Finding) -> bool:
    """One common English word in capitals in a mixed-case line ("6-1, MET criteria",
    "CODE called", "the ERA packet") that NER typed an organisation: an emphasis, a
    checkbox or an acronym that spells a word, never a body's name. A capitals line, where
    every word is in capitals, is left to the other rules."""
    word = text[finding.start : finding.end]
    return (
        word.isalpha()
        and word.isupper()
        and 2 < len(word) <= _MAX_CAPITALS_WORD
        and zipf(word) >= _CAPITALS_WORD_ZIPF
        and not within(caseless_spans(text), finding.start, finding.end)
    )


#: A word for a place that is numbered, right before a number NER took for a year:
#: "bldg 9220", "Suite 1400", "Exit 2210", "gate 1919".
_NUMBERED_PLACE_BEFORE = re.compile(
    r"\b(?i:bldg|building|suite|ste|unit|apt|room|rm|box|exit|route|rte|hwy|highway|lot"
    r"|space|gate|dock|bay|floor|station|locker|cell|pod|bed|hangar|pier)\.?[ \t]*#?[ \t]*$"
)
_BARE_NUMBER = re.compile(r"\d{3,5}")


def _numbered_place(text: str, finding: Finding) -> bool:
    """A NER date that is a bare number after a numbered place's word: a building, a suite,
    an exit, never a year."""
    return _BARE_NUMBER.fullmatch(text, finding.start, finding.end) is not None and (
        _NUMBERED_PLACE_BEFORE.search(text, max(0, finding.start - 16), finding.start) is not None
    )


def _is_duration(text: str, finding: Finding) -> bool:
    mention = text[finding.start : finding.end].strip(" \t.,;:()")
    return _DURATION.fullmatch(mention) is not None


#: A length in digits made an adjective before its noun: "72-hour hold", "90-day review",
#: "30-day notice", "24-hour supervision", "a 10-day supply".
_LENGTH_ADJECTIVE = re.compile(r"\d{1,3}-(?i:hour|hr|day|week|wk|month|year|yr)")
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _length_adjective(text: str, finding: Finding) -> bool:
    """A length that names a kind of thing (a hold, a notice, a supply), not when anything
    happened: it dates no event, even in a public post where durations go."""
    return (
        _LENGTH_ADJECTIVE.fullmatch(text, finding.start, finding.end) is not None
        and _NOUN_AFTER.match(text, finding.end) is not None
    )


def _plate(text: str, finding: Finding) -> bool:
    mention = text[finding.start : finding.end]
    before = text[max(0, finding.start - 24) : finding.start]
    return _PLATE_SHAPE.fullmatch(mention) is not None and _PLATE_CUE.search(before) is not None


#: A period, then a capitalised word: where NER runs over a sentence end ("on Fleet St.
#: She said").
_INNER_STOP = re.compile(r"\.[ \t]+(?=[A-Z][a-z]+\b)")


def _cut_at_sentence_end(text: str, finding: Finding) -> Finding | None:
    """`finding` cut where a sentence ends inside it and the next opens with a common word
    ("Fleet St. She" -> "Fleet St"); None when nothing is left. The word must be a
    function word (a pronoun, an article: no noun, verb or adjective of the lemma index),
    since after an abbreviation's period a name goes on with a noun ("Inc. Store")."""
    for stop in _INNER_STOP.finditer(text, finding.start, finding.end):
        word = _WORD.match(text, stop.end())
        if word is None or word.end() > finding.end:
            continue
        folded = word.group().casefold()
        if (
            zipf(folded) >= _COMMON_ZIPF
            and folded not in person_names()
            and folded not in english_words()
        ):
            end = stop.start()  # the period ends the sentence: it stays in the text
            if end <= finding.start:
                return None
            return replace(finding, end=end)
    return finding


#: A clock time with its half of the day, or the half alone after the clock: "~11pm",
#: "9:30 a.m."; NER reads "~11pm" as an organisation.
_CLOCK_TIME = re.compile(
    r"[~≈]?[ \t]*(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]*)?(?i:am|pm|a\.m\.?|p\.m\.?)"
)
_CLOCK_BEFORE = re.compile(r"\d[ \t]?$")


def _clock_time(text: str, finding: Finding) -> bool:
    mention = text[finding.start : finding.end]
    found = _CLOCK_TIME.fullmatch(mention)
    if found is None:
        return False
    before = text[max(0, finding.start - 2) : finding.start]
    return any(ch.isdigit() for ch in mention) or _CLOCK_BEFORE.search(before) is not None


def _shorthand_with(text: str, finding: Finding) -> bool:
    """A lower-case verb and the "w" of "w/" ("spoke w/ aunt", "met w/ PO"): a note's
    shorthand for "with", which NER reads as an organisation."""
    mention = text[finding.start : finding.end]
    if mention.endswith(" w/"):
        mention = mention[:-1]
    elif not mention.endswith(" w") or text[finding.end : finding.end + 1] != "/":
        return False
    words = mention[:-2].split()
    return bool(words) and all(
        w.islower() and zipf(w) >= _PLAIN_ZIPF and w not in given_names() for w in words
    )


def _inside(spans: Sequence[tuple[int, int]], finding: Finding) -> bool:
    return any(s <= finding.start and finding.end <= e for s, e in spans)


def _without_open_bracket(text: str, finding: Finding) -> Finding:
    """A phone number that took the bracket opening an aside ("sister (410-555-0133) has")
    without its close: the bracket stays in the text, or the recipient reads "[PHONE])";
    and one that took the bracket closing an aside it did not open ("(cell 708.555.0147)
    since"), or the recipient reads "(cell [PHONE] since"."""
    mention = text[finding.start : finding.end]
    if mention.startswith("(") and ")" not in mention:
        return replace(finding, start=finding.start + 1)
    if mention.endswith(")") and "(" not in mention:
        return replace(finding, end=finding.end - 1)
    return finding


#: A day written in figures with dashes or dots and a four-digit year ("02-11-1989",
#: "04.15.2025", "15.04.2025"): libphonenumber's matcher turns down slash dates only, and reads
#: these as numbers of a region with eight-digit numbers. No phone is written as a month, a
#: day and a year.
_NUMERIC_DATE = re.compile(
    r"(?:(?:0?[1-9]|1[0-2])([-.])(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([-.])(?:0?[1-9]|1[0-2]))(?:\1|\2)(?:19|20)\d\d"
)
_LIBRARY_PHONE_SOURCE = "PhoneRecognizer"


def _date_read_as_phone(text: str, finding: Finding) -> bool:
    """Whether the phone library's finding is a day in figures ("DOB: 02-11-1989"), to be
    typed a date: a birth-date label's recognizer still claims its own."""
    return (
        finding.entity_type == "PHONE_NUMBER"
        and finding.source == _LIBRARY_PHONE_SOURCE
        and _NUMERIC_DATE.fullmatch(text, finding.start, finding.end) is not None
    )


def drop_misreadings(
    text: str, findings: Sequence[Finding], durations_are_dates: bool = False
) -> list[Finding]:
    """`findings` without NER's misreadings: common-word names, a sentence's opening word,
    cars, durations; a plate NER called a date becomes a VEHICLE_PLATE; a phone number
    leaves an aside's opening bracket alone. Where a policy removes dates outright
    (`durations_are_dates`: a public post) a duration stays a finding too: "after two weeks
    on the job" dates an event there as surely as a date does; where it generalises them (a
    research extract keeps the year, a consultation the month) a duration has nothing to
    generalise and stays in the text. "90 years old" is an age, never a duration."""
    vehicles: list[tuple[int, int]] | None = None
    kept: list[Finding] = []
    for finding in findings:
        if _date_read_as_phone(text, finding):  # a day in figures: the date policy applies
            kept.append(replace(finding, entity_type="DATE_TIME"))
            continue
        if finding.entity_type == "PHONE_NUMBER":
            finding = _without_open_bracket(text, finding)
        if finding.source == RELATION_SOURCE and _inside_plain_title(text, finding):
            continue  # the relation word is capitalised: a title's word, no relative's cue
        if finding.is_subject or finding.source not in GUESSING_SOURCES:
            kept.append(finding)
            continue
        kind = finding.entity_type
        if kind in _NAME_TYPES:
            cut = _before_field_gap(text, finding)
            cut = None if cut is None else _after_heading(text, cut)
            cut = None if cut is None else _after_label(text, cut)
            cut = None if cut is None else _cut_at_sentence_end(text, cut)
            if cut is None:
                continue
            finding = cut
            cut = _before_weekday_date(text, finding)
            if cut is None:
                continue
            finding = cut
            if _street_read_as_name(text, finding):
                kept.append(replace(finding, entity_type="STREET_ADDRESS"))
                continue
        if kind == "DATE_TIME":
            if (
                (not durations_are_dates and _is_duration(text, finding))
                or _length_adjective(text, finding)
                or _WEEKDAYS_PLURAL.fullmatch(text[finding.start : finding.end].strip(" \t.,;:()"))
            ):
                continue
            if _plate(text, finding):
                kept.append(replace(finding, entity_type="VEHICLE_PLATE"))
                continue
            if finding.source == "SpacyRecognizer" and _REFERENCE_TOKEN.fullmatch(
                text, finding.start, finding.end
            ):  # "(ccs-118204)": a reference NER took for a date is still a reference
                kept.append(replace(finding, entity_type="ID_NUMBER"))
                continue
            if finding.source == "SpacyRecognizer" and (
                _holds_a_code(text, finding) or _numbered_place(text, finding)
            ):
                continue
        if kind in _NAME_TYPES:
            if _clock_time(text, finding):
                kept.append(replace(finding, entity_type="DATE_TIME"))
                continue
            if _shorthand_with(text, finding):
                continue
            if kind == "PERSON" and _common_words_only(text, finding):
                continue
            if kind == "PERSON" and _organisation_read_as_person(text, finding):
                kept.append(replace(finding, entity_type="ORGANIZATION"))
                continue
            if kind == "PERSON" and _relation_word_alone(text, finding):
                continue
            if kind == "ORGANIZATION" and _meeting_of_common_words(text, finding):
                continue
            if kind == "ORGANIZATION" and _internal_unit(text, finding):
                continue
            if kind == "ORGANIZATION" and _common_word_in_capitals(text, finding):
                continue
            if kind != "LOCATION" and _generic_acronym(text, finding):
                continue
            if kind in {"PERSON", "ORGANIZATION"} and _common_opener(text, finding):
                continue
            if kind == "LOCATION" and _adverb_opener(text, finding):
                continue  # "Electronically signed by ..." under a court report
            if _WEEKDAYS_PLURAL.fullmatch(text[finding.start : finding.end]):
                continue  # "visits Sundays" read as a body
            if _WEEKDAY_RANGE.fullmatch(text[finding.start : finding.end]):
                continue
            if _WEEKDAY_DATE.fullmatch(text[finding.start : finding.end]):
                kept.append(replace(finding, entity_type="DATE_TIME"))
                continue  # "Tues 3/18" read as a person: a date, as the policy says
            day = _weekday_opening(text, finding)
            if day is not None:
                kept.append(day)
                continue
            if kind in {"PERSON", "ORGANIZATION"} and _inside_plain_title(text, finding):
                continue
            if vehicles is None:
                vehicles = _vehicle_spans(text)
            if vehicles and _inside(vehicles, finding):
                continue
        kept.append(finding)
    return kept
