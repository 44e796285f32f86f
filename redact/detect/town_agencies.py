"""The town in a police, probation or sheriff's office's name: "questioned by Battle Creek PD".

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
    r"|Sheriff(?:['’]s)?(?:[ \t]+Office)?)(?![\p{L}])"
)


def town_agency_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """LOCATION findings for the town at the head of a police or probation office's name."""
    found: list[Finding] = []
    for match in _TOWN_AGENCY.finditer(text):
        town = match.group(1)
        if town.casefold() not in us_places():
            continue
        start, end = match.span(1)
        if any(f.entity_type == "LOCATION" and f.start <= start and end <= f.end for f in findings):
            continue
        found.append(Finding(start, end, "LOCATION", SCORE, source=SOURCE))
    return found


__all__ = ["town_agency_findings"]
