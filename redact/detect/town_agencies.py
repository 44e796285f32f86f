"""The town in a police, probation or sheriff's office's name: "questioned by Battle Creek PD".

The same holds for other offices named by their town: a benefits "Altoona field office", a
border patrol "Laredo Station", a "Fairview Family Practice", and a health system's
"Valley Health Wayne clinic" (a town before "clinic" only after another capitalised word,
so "Dr. Wayne's clinic" and a lone "Wayne clinic" of a person stay).

A policy that keeps agencies (a court, a referral) keeps "Battle Creek PD" whole, and with it
the town where the client was stopped or is supervised: where a client lives, one of the
Safe Harbor places. The agency's kind stays ("[LOCATION] PD"); the town goes as a
LOCATION. Only a US town of the gazetteer (`place_names.us_places`) at the head of a name
that ends in a word of policing or supervision is taken; a court's county ("Pueblo County
Court") is the court's own and is left to the agency rules, as is the agency's own
letterhead (`redact.detect.roles`), which names it on its own line.

A town written with a capital inside it ("McAllen", "DeKalb", "LaGrange") is one word. A
name found over the town and more ("Mr. Odom, Erie" read as an inverted name before "Erie
field office"; "Millcreek Family Practice" read as a person and, after a doctor's name, as
the signer's agency) is cut at the town: the town goes, the rest follows its own rule (a
practice's kind is an organisation, the claims rep's name a person), so that a policy that
keeps professionals or agencies does not keep the town with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.place_names import us_places
from redact.findings import Finding

SOURCE = "TownAgency"
SCORE = 0.6
#: Findings a town at the head of an office's name is cut out of.
_CUT_TYPES = frozenset(
    {"PERSON", "ORGANIZATION", "AGENCY", "NRP", "HEALTHCARE_FACILITY", "EMPLOYER"}
)
#: One capitalised word, with a capital inside it or not ("McAllen", "DeKalb", "Erie").
_WORD = r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?"
#: One to three capitalised words, then a word of policing or supervision.
_TOWN_AGENCY = regex.compile(
    rf"(?<![\p{{L}}\d'’-])({_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]+"
    r"(?:PD|P\.D\.|Police(?:[ \t]+Department|[ \t]+Dept\.?)?|Probation|Parole"
    r"|Sheriff(?:['’]s)?(?:[ \t]+Office)?|(?i:field[ \t]+office)|Station|Family[ \t]+Practice"
    r"|(?<=\p{Lu}\p{L}*[ \t]+\p{Lu}\p{L}+[ \t]+)(?i:clinic))(?![\p{L}])"
)


def _town_span(match: regex.Match[str]) -> tuple[int, int] | None:
    """The longest run of the name's last words that is a listed town ("Valley Health Wayne"
    names the town "Wayne")."""
    head = match.group(1)
    offsets = [0] + [i + 1 for i, ch in enumerate(head) if ch in " \t"]
    for offset in offsets:
        if head[offset:].casefold() in us_places():
            return match.start(1) + offset, match.end(1)
    return None


def _towns(text: str) -> list[tuple[int, int]]:
    """Spans of the towns heading an office's name."""
    return [span for match in _TOWN_AGENCY.finditer(text) if (span := _town_span(match))]


def town_agency_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for the town at the head of a police or probation office's name."""
    found: list[Finding] = []
    for start, end in _towns(text):
        if any(f.entity_type == "LOCATION" and f.start <= start and end <= f.end for f in findings):
            continue
        found.append(Finding(start, end, "LOCATION", SCORE, source=SOURCE))
    return found


#: What links a name to the office after it, trimmed with the spaces and commas before the
#: town: "returned by Sgt. Almeida of Kent PD" leaves "Almeida", not "Almeida of".
_TRAILING_LINK = regex.compile(r"(?:[ \t,]+(?i:of|from|at|with|for|in|the))*[ \t,]*$")


def _cut(text: str, finding: Finding, start: int, end: int) -> list[Finding]:
    """The parts of `finding` before and after the town at start..end, each trimmed of
    white space and commas (and the part before of the words that link it to the office);
    a part after the town that NER read as a person is the
    office's kind ("Family Practice"), an organisation."""
    parts: list[Finding] = []
    before = _TRAILING_LINK.sub("", text[finding.start : start])  # "Sgt. Almeida [of] Kent PD"
    before_end = finding.start + len(before)
    if before_end > finding.start:
        parts.append(replace(finding, end=before_end))
    after_start = end + len(text[end : finding.end]) - len(text[end : finding.end].lstrip(" \t"))
    if after_start < finding.end:
        kind = "ORGANIZATION" if finding.entity_type == "PERSON" else finding.entity_type
        parts.append(replace(finding, start=after_start, entity_type=kind))
    return parts


def with_town_agencies(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each town heading an office's name found as a LOCATION, and cut out
    of any name, organisation or agency finding that runs over it."""
    towns = _towns(text)
    if not towns:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        inside = [
            (s, e) for s, e in towns
            if finding.entity_type in _CUT_TYPES and finding.start <= s and e <= finding.end
            and (finding.start, finding.end) != (s, e)
        ]  # fmt: skip
        if inside:
            kept += _cut(text, finding, *inside[0])
        else:
            kept.append(finding)
    return kept + town_agency_findings(text, kept)


__all__ = ["town_agency_findings", "with_town_agencies"]
