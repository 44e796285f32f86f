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
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.place_names import us_places
from redact.findings import Finding

SOURCE = "TownAgency"
SCORE = 0.6
_AGENCY_TYPES = frozenset({"ORGANIZATION", "AGENCY", "LOCATION"})
#: One to three capitalised words, then a word of policing or supervision.
_TOWN_AGENCY = regex.compile(
    r"(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})[ \t]+"
    r"(?:PD|P\.D\.|Police(?:[ \t]+Department|[ \t]+Dept\.?)?|Probation|Parole"
    r"|Sheriff(?:['’]s)?(?:[ \t]+Office)?|(?i:field[ \t]+office)|Station|Family[ \t]+Practice"
    r"|(?<=\p{Lu}\p{L}*[ \t]+\p{Lu}\p{Ll}+[ \t]+)(?i:clinic))(?![\p{L}])"
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


def town_agency_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for the town at the head of a police or probation office's name."""
    found: list[Finding] = []
    for match in _TOWN_AGENCY.finditer(text):
        span = _town_span(match)
        if span is None:
            continue
        start, end = span
        if any(f.entity_type == "LOCATION" and f.start <= start and end <= f.end for f in findings):
            continue
        found.append(Finding(start, end, "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["town_agency_findings"]
