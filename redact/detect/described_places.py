"""Places described in a message by what stands near them: "the plasma place on 5th", "the
park by lake underhill", "my moms place in kissimmee", "dollar general by the tracks".

Clients text where they are going the way they would say it: a kind of place and what it is
on, by or near. The gazetteers find the lake, the town or the street, but the words around
them still say which spot it is ("the park by [LOCATION]", "my moms place in [LOCATION]":
where the client's mother lives), and a chain store NER or `lower_case_places` finds is
one branch once a landmark places it ("dollar general by the tracks"). In a line or a
paragraph written in lower case, a place noun (or a chain store already found) followed by
"on", "by", "near", "off", "behind" or "in" and then a place already found, a numbered
street ("on 5th") or a landmark ("by the tracks", "near the river"), is taken whole as one
LOCATION, from its determiner or possessor ("the", "my moms"); a street right after it
("on king hwy") goes with it.

A shop named in lower case by its owner's name and placed by its street ("kowalczyks on
maple says the refill is ready"): a possessive of a word that is no English word, then "on"
or "off" and a street's name, is that shop, one LOCATION.

A lower-case name read as a person (NER, `lower_case_names`) or as a town right before a
hall, a centre or an arena ("the round dance at the sanford center") is that place's name:
the name and the noun are one LOCATION.

Only offsets leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.meaning import is_meaning
from redact.detect.org_heads import lower_case_lines
from redact.detect.wordlists import english_words, zipf
from redact.findings import Finding

SOURCE = "DescribedPlace"
SCORE = 0.6

#: Nouns of a place one goes to or stays at; a named clinic or school is the institution
#: rules', but one placed by its street in a message ("the urgent care on 38th") is here.
_PLACE_NOUN = (
    r"(?:place|park|store|shop|house|apt|apartment|trailer|spot|lot|motel|mall|gas[ \t]+station"
    r"|station|corner|bridge|laundromat|bar|duplex|urgent[ \t]+care|clinic|pharmacy|church"
    r"|shelter|library|gym|daycare)"
)
#: Who or what the place is: "the", "my moms", "her sisters", "that plasma".
_OWNER = (
    r"(?:(?:the|that|this|my|his|her|their|our|ur|your)[ \t]+)?"
    r"(?:[a-z]+(?:['’]?s)?[ \t]+)?"
)
_LINK = r"[ \t]+(?:on|by|near|off|behind|in|across[ \t]+from)[ \t]+"
_DESCRIBED = regex.compile(rf"(?<![\w'’-]){_OWNER}{_PLACE_NOUN}(?P<link>{_LINK})")
_LANDMARK = regex.compile(
    r"(?:the[ \t]+)?(?:tracks|railroad|river|bridge|lake|mall|highway|freeway|interstate"
    r"|overpass|underpass|creek|dam|water[ \t]+tower|rail[ \t]+yard|bus[ \t]+station"
    r"|\d{1,3}(?:st|nd|rd|th))(?![\w'’-])"
)
#: A street right after a place: "on king hwy", "off route 9".
_STREET_AFTER = regex.compile(
    r"[ \t]+(?:on|off)[ \t]+(?:[a-z][a-z'’-]*[ \t]+){1,2}?(?:st|street|ave|avenue|blvd|rd|road"
    r"|dr|drive|ln|lane|hwy|highway|pkwy|way|pike)\.?(?![\w'’-])"
    r"|[ \t]+(?:on|off)[ \t]+(?:hwy|highway|route|rt|us|i-?)[ \t]*\d{1,3}(?![\w'’-])"
)
#: Kinds of venue a lower-case name may name: "the sanford center".
_VENUE = regex.compile(
    r"[ \t]+(?:center|centre|arena|hall|auditorium|fieldhouse|pavilion)(?![\w'’-])"
)
#: A possessive name and a street: "kowalczyks on maple".
_OWNER_SHOP = regex.compile(
    r"(?<![\w'’-])(?P<owner>[a-z]{4,})(?:['’]s|s)[ \t]+(?:on|off)[ \t]+(?P<street>[a-z]{4,})"
    r"(?![\w'’-])"
)
#: Words after "on" that are no street: days, shifts, states of being.
_NOT_STREETS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "break",
     "shift", "duty", "call", "vacation", "leave", "probation", "parole", "meds", "hold"}
)  # fmt: skip
#: A street's name this common in English is a word after "on" ("on vacation", "on call").
MAX_STREET_ZIPF = 4.5
_PLACE_TYPES = frozenset({"LOCATION", "STREET_ADDRESS"})
#: What a venue's name may have been read as: a person, or the town it is named for.
_NAMED_TYPES = frozenset({"PERSON", "LOCATION"})
_CHAIN_TYPES = frozenset({"ORGANIZATION", "EMPLOYER", "LOCATION"})
_CHAIN_SOURCE = "LowerCasePlace"


def _target_end(text: str, at: int, end: int, places: Sequence[Finding]) -> int | None:
    """The end of the place, street or landmark that starts at `at`, or None."""
    for place in places:
        if place.start == at:
            return place.end
    landmark = _LANDMARK.match(text, at, end)
    return landmark.end() if landmark else None


def _with_street(text: str, at: int, end: int) -> int:
    street = _STREET_AFTER.match(text, at, end)
    return street.end() if street else at


def described_place_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for places described by what they are near, in lower-case lines."""
    spans = [*caseless_spans(text), *lower_case_lines(text)]
    if not spans:
        return []
    places = [f for f in findings if f.entity_type in _PLACE_TYPES]
    chains = [f for f in findings if f.source == _CHAIN_SOURCE and f.entity_type in _CHAIN_TYPES]
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for start, end in spans:
        heads = [(m.start(), m.end("link")) for m in _DESCRIBED.finditer(text, start, end)]
        for chain in chains:
            if start <= chain.start and chain.end <= end:
                link = regex.match(
                    r"[ \t]+(?:by|near|behind|across[ \t]+from)[ \t]+", text[chain.end : end]
                )
                if link:
                    heads.append((chain.start, chain.end + link.end()))
        for head_start, link_end in heads:
            target = _target_end(text, link_end, end, places)
            if target is None:
                continue
            span = (head_start, _with_street(text, target, end))
            if span not in seen:
                seen.add(span)
                found.append(Finding(*span, "LOCATION", SCORE, source=SOURCE))
        for match in _OWNER_SHOP.finditer(text, start, end):
            owner, street = match.group("owner"), match.group("street")
            if owner in english_words() or owner[:-1] in english_words():
                continue
            if zipf(street) >= MAX_STREET_ZIPF:
                continue
            if is_meaning(street) or street in _NOT_STREETS:
                continue
            if match.span() not in seen:
                seen.add(match.span())
                found.append(Finding(*match.span(), "LOCATION", SCORE, source=SOURCE))
        for finding in findings:
            if finding.entity_type not in _NAMED_TYPES or not start <= finding.start < end:
                continue
            if text[finding.start : finding.end].islower():
                venue = _VENUE.match(text, finding.end, end)
                if venue and text[max(start, finding.start - 4) : finding.start] == "the ":
                    span = (finding.start, venue.end())
                    if span not in seen:
                        seen.add(span)
                        found.append(Finding(*span, "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["described_place_findings"]
