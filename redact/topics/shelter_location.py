"""Domestic-violence shelter and safe-house locations.

A survivor's safety depends on the abuser not learning where she sleeps, and the Family
Violence Prevention and Services Act forbids making a shelter's location public
(42 U.S.C. 10406(c)(5)). Withheld: any sentence that places someone in, or points to, a
domestic-violence shelter, safe house, or confidential or undisclosed location; and
"shelter" in a sentence that also speaks of domestic violence, an abuser or fleeing. Not
withheld: animal, homeless, bus and tax shelters, "shelter in place", "sheltered
workshop", safety planning that names no place, and a state's address confidentiality
programme (ACP): it gives a survivor a substitute address so that her real one is never
written, and that she is enrolled, a programme the court and a reader need, places her
nowhere. A shelter's name or street address is also an identifier; detection handles those.
"""

from __future__ import annotations

from redact.topics.base import PhraseTopic, words

PHRASES = words(
    r"(?:domestic[- ]violence|DV|family[- ]violence|women'?s|battered women'?s|survivors'?)"
    r" (?:shelter|safe house|refuge|residential program|housing program|transitional housing)",
    r"safe[- ]?houses?|refuge for (?:women|survivors)|emergency (?:safe )?housing for survivors",
    r"(?:confidential|undisclosed|secret|secure) (?:location|address|shelter|site|residence)",
    r"(?:the )?shelter'?s? (?:address|location|is (?:located|on|at|near|in)|on \w+|at \w+|near)",
    r"(?:moved|relocated|placed|admitted|staying|living|residing|arrived|entered|transferred) "
    r"(?:in|into|to|at) (?:a |the )?(?:domestic[- ]violence |DV )?shelter",
    r"shelter (?:advocate|staff|curfew|intake|bed|room)s?",
)

#: "Shelter" counts with one of these in the same sentence.
WEAK = words(r"shelter\w*")
ANCHORS = words(
    r"domestic[- ]violence|(?-i:DV|IPV)|intimate partner|abus\w+|batter\w+|assault\w*|fled|flee\w*"
    r"|escap\w+|protective order|restraining order|order of protection|safety plan\w*|survivors?"
    r"|(?:her|his) (?:ex|partner|husband|boyfriend|wife|girlfriend)",
)

#: Other shelters, blanked out first.
BLOCKERS = words(
    r"(?:animal|pet|dog|cat|homeless|bus|tax|storm|tornado|fallout|emergency weather|warming"
    r"|cooling)"
    r" shelters?",
    r"shelter(?:ed|ing)? in place|sheltered (?:workshop|employment|housing|accommodation)",
    r"(?:food|clothing),? (?:and |or )?shelter|shelter,? (?:and |or )?(?:food|clothing)",
)

TOPIC = PhraseTopic(
    id="shelter_location",
    label="shelter or safe-house location",
    citation="42 U.S.C. 10406(c)(5)",
    phrases=PHRASES,
    blockers=BLOCKERS,
    weak=WEAK,
    anchors=ANCHORS,
)
