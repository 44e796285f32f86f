"""Hospitals named by one or two words after a hospital stay: "hospitalized at Rush in
August", "admitted to Mercy last spring", "discharged from Sinai on 3/2", "inpatient at
Hopkins twice".

A note calls a hospital by the short name everyone in town uses, and that name is often an
English word (Rush, Mercy, Christ, Advocate) or a surname, so neither the word lists nor NER
read it as a place of care: NER calls it a person, an organisation or nothing, and a policy
that removes facilities released it. The stay itself is the cue: a capitalised word right
after "hospitalized at" is where the client stayed. What follows such a cue may also be a
level of care or a unit ("admitted to Detox", "transferred to Inpatient"), which is meaning
and stays.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_meaning
from redact.findings import Finding

SOURCE = "HospitalStay"
SCORE = 0.6

#: A stay in hospital and the preposition that places it ("hospitalized at", "admitted to",
#: "readmitted to", "discharged from", "inpatient at", "seen in the ED at", "transferred
#: to"); an optional "the" may follow.
_STAY = (
    r"(?:hospitali[sz]ed|(?:re)?admitted|discharged|inpatient|transferred"
    r"|seen[ \t]+in[ \t]+the[ \t]+(?:ED|ER|emergency[ \t]+(?:room|department)))"
    r"[ \t]+(?:(?:at|to|from|in)[ \t]+)(?:the[ \t]+)?"
)
#: One or two capitalised words (a second only when it is capitalised too: "Good Sam",
#: "Saint Francis"), not followed by a word that makes them a programme or a person's
#: possessive.
_NAME = r"(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?)(?![\p{L}\d'’&-])"
_HOSPITAL_STAY = regex.compile(rf"(?i:\b{_STAY})(?-i:{_NAME})")

#: Levels of care, units and settings that follow a stay cue and are no hospital's name.
SETTINGS = frozenset({
    "detox", "hospice", "rehab", "inpatient", "outpatient", "residential", "psych",
    "psychiatry", "medicine", "surgery", "pediatrics", "peds", "oncology", "cardiology",
    "maternity", "labor", "crisis", "respite", "hospital", "emergency", "intensive",
    "acute", "behavioral", "behavioural", "stepdown", "step", "home", "jail", "prison",
    "juvenile", "shelter", "foster", "probation", "parole", "court", "school", "college",
    "university", "kindergarten", "honors", "group", "program", "programme", "unit",
    "floor", "ward", "wing", "room", "bed", "care", "services", "treatment", "recovery",
    "sober", "transitional", "skilled", "nursing", "memory", "assisted", "long",
})  # fmt: skip


#: Parts of the stay cues, one of which a text must hold before the pattern is run.
_CUES = ("admit", "pital", "charged", "patient", "transferred", "seen in")


def _is_setting(name: str) -> bool:
    """Whether the words name a level of care, a unit or a setting, not a hospital."""
    words = name.casefold().split()
    return words[0] in SETTINGS or any(w in SETTINGS for w in words[1:]) or is_meaning(name)


def hospital_stay_findings(text: str) -> list[Finding]:
    """HEALTHCARE_FACILITY findings for a hospital's short name after a hospital stay."""
    lowered = text.casefold()
    if not any(cue in lowered for cue in _CUES):
        return []
    found = []
    for match in _HOSPITAL_STAY.finditer(text):
        if _is_setting(match.group(1)):
            continue
        found.append(Finding(*match.span(1), "HEALTHCARE_FACILITY", SCORE, source=SOURCE))
    return found
