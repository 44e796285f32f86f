"""A venue placed by its street: "Arby's on Kellogg", "the quik trip on grand", "at jump zone
on mineral point rd", "staying at Motel 6 on Stadium".

A shop, a chain restaurant, a motel or a trampoline park named with the street it stands on
is one branch in one town: where the client works, stays, or was found wandering. NER reads
the chain's name as an organisation (which a court's copy keeps) and leaves "on Kellogg"
behind, or in a lower-case message finds neither; the street alone tells the recipient which
branch. Two shapes are taken as one LOCATION, venue and street together:

- an organisation or employer already found, then "on" and a street: one word (or two in
  title case) with an optional street type ("Rd", "ave");
- after a placing word ("at", "to", "toward", "near", "outside", "from", "@") and an optional
  "the", one to three words of a venue's name, then "on" and a street that another step found
  or that is a street as above. The venue's words must show they are a name: a capitalised
  word in a line of mixed case, a word English hardly uses ("kum"), "&" or a number ("Motel
  6"), or be followed by a found street; "the store on monday" and "the ER on arrival" are left.

A street word is no weekday, month, holiday or term of meaning, and no word that "on" makes an
everyday phrase ("on time", "on file", "on hold", "on probation"); in lower case it must be
rarer than Zipf 5 ("grand" is, "time" is not). Only offsets leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "VenueStreet"
SCORE = 0.6
#: Types of a venue found before "on": its name with the street is the branch.
_VENUE_TYPES = frozenset({"ORGANIZATION", "EMPLOYER"})
#: A lower-case street word must be rarer than this as English.
MAX_STREET_ZIPF = 5.0
#: A venue's word rarer than this as English is a name ("kum", "culvers").
MAX_VENUE_ZIPF = 3.5

_STREET_TYPE = (
    r"(?i:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|pkwy|parkway|hwy"
    r"|highway|pike|trl|trail|ct|cir|ter|pl)\.?"
)
_ON_STREET = regex.compile(
    rf"[ \t]+on[ \t]+(?P<street>(?P<first>\p{{L}}[\p{{L}}'’-]*)"
    rf"(?:[ \t]+(?P<second>\p{{Lu}}[\p{{L}}'’-]*))?(?:[ \t]+{_STREET_TYPE}(?![\p{{L}}\d]))?)"
    r"(?![\p{L}\d'’-])"
)
#: "on" + these is an everyday phrase or a time, never a street.
_NOT_STREETS = frozenset(
    {
        "the", "a", "an", "my", "his", "her", "their", "our", "your", "its", "it", "them",
        "him", "me", "us", "this", "that", "these", "those", "time", "call", "hold", "file",
        "foot", "site", "campus", "duty", "leave", "probation", "parole", "meds", "medication",
        "medications", "break", "shift", "record", "phone", "line", "sale", "video", "camera",
        "tape", "schedule", "arrival", "admission", "discharge", "weekends", "weekdays",
        "vacation", "holiday", "birthday", "board", "track", "top", "way", "bus", "disability",
        "welfare", "insurance", "oxygen", "room", "air", "paper", "purpose", "average",
        "behalf", "and", "or", "to", "at", "in", "for", "with", "from", "of", "by", "both",
        "each", "all", "one", "two", "her's", "today", "tonight", "tomorrow", "yesterday",
        "weekend", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "christmas", "thanksgiving",
        "easter", "halloween", "new", "memorial", "labor", "mother's", "father's",
        "independence", "valentine's", "ssi", "ssdi", "snap", "wic", "medicaid", "medicare",
    }
)  # fmt: skip
_PLACING = regex.compile(
    r"(?<![\p{L}\d])(?i:at|to|toward|towards|near|outside|from|@)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<venue>(?:[\p{L}\d][\p{L}\d'’.-]*|&)(?:[ \t]+(?:[\p{L}\d][\p{L}\d'’.-]*|&)){0,3}?)"
    r"(?=[ \t]+on[ \t]+)"
)
_VENUE_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’.-]*|&")
#: Words that start no venue's name after a placing word.
_NOT_VENUE_FIRST = frozenset(
    {
        "a", "an", "my", "his", "her", "their", "our", "your", "its", "this", "that", "work",
        "home", "school", "court", "church", "bed", "him", "them", "me", "us", "it", "mom",
        "dad", "see", "be", "go", "get", "take", "put", "keep", "call", "talk", "speak",
    }
)  # fmt: skip


def _street_ok(text: str, match: regex.Match[str]) -> bool:
    first = match.group("first")
    folded = first.casefold()
    if folded in _NOT_STREETS or is_meaning(first) or any(ch.isdigit() for ch in first):
        return False
    if first[0].isupper():
        return not first.isupper() or len(first) > 3  # "on ED", "on SSI": no street
    return match.group("second") is None and zipf(folded) < MAX_STREET_ZIPF


def _line_in_mixed_case(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(ch.isupper() for ch in line) and any(ch.islower() for ch in line)


def _named_venue(text: str, start: int, end: int) -> bool:
    """Whether the words of a venue show they are a name, not "the store"."""
    words = [w.group() for w in _VENUE_WORD.finditer(text, start, end)]
    if not words or words[0].casefold() in _NOT_VENUE_FIRST:
        return False
    if any(w == "&" or any(ch.isdigit() for ch in w) for w in words):
        return True
    if any(w[0].isupper() and not w.isupper() for w in words) and _line_in_mixed_case(text, start):
        return not all(is_meaning(w) for w in words)
    return any(zipf(w.casefold().replace("’", "'")) < MAX_VENUE_ZIPF for w in words)


def venue_street_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for a venue named with the street it stands on."""
    if " on " not in text and "\ton" not in text:
        return []
    streets = {f.start: f.end for f in findings if f.entity_type == "STREET_ADDRESS"}
    found: list[Finding] = []
    for finding in findings:
        if finding.entity_type not in _VENUE_TYPES:
            continue
        match = _ON_STREET.match(text, finding.end)
        if match is not None and (match.start("street") in streets or _street_ok(text, match)):
            end = max(match.end(), streets.get(match.start("street"), 0))
            found.append(Finding(finding.start, end, "LOCATION", SCORE, source=SOURCE))
    for placed in _PLACING.finditer(text):
        match = _ON_STREET.match(text, placed.end("venue"))
        if match is None:
            continue
        start, end = placed.span("venue")
        street_end = streets.get(match.start("street"))
        if street_end is not None:
            if _VENUE_WORD.match(text, start) and text[start:end].casefold().split()[0] not in (
                _NOT_VENUE_FIRST
            ):
                found.append(Finding(start, max(street_end, match.end()), "LOCATION", SCORE,
                                     source=SOURCE))  # fmt: skip
            continue
        if _street_ok(text, match) and _named_venue(text, start, end):
            found.append(Finding(start, match.end(), "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["venue_street_findings"]
