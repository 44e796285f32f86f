"""An acronym that stands where an organisation stands: "BIB AMR", "PREV ADM MGH", "referral
to BEAS", "TPD Officer Maldonado".

Records name the ambulance company, the hospital and the state bureau by their letters,
and no list holds them all: "AMR" (an ambulance company), "MGH" (a hospital), "BEAS" (a
state's elder-protection bureau), "DFCS" (a state's child and family services). Each names
where the person was carried, treated or reported, and a state's bureau names the state's
part of the country; NER takes some for organisations and misses most, above all in a
capitals note where every word is capitals. The words around say an organisation is meant:

- before it: who carried ("BIB", "brought in by", "transported by"), where a patient was
  admitted, transferred, discharged or seen ("PREV ADM", "transferred from", "d/c to"), where
  a report or a referral went ("referral to", "reported to", "filed with", "via");
- after it: the organisation's own people and records ("worker", "caseworker", "case",
  "investigator", "intake", "hotline", "ambulance", "crew", "medics"), or a police
  officer's title ("Officer", "Det.", "Deputy"): a programme has no officers, so "TPD
  Officer Maldonado" is the police even though "TPD" is also a workers' compensation term.

Types follow the cue: a carrier ORGANIZATION, a place of care HEALTHCARE_FACILITY, a
bureau AGENCY. Never taken: a term of meaning or a clinical acronym ("referred to IOP",
"transferred to ICU", "BIB EMS"), a word English uses ("FROM", "HOME"), a state's postal
code, and a kind of care setting named by its letters ("IRF", "LTACH", "CPEP").
"""

from __future__ import annotations

import regex

from redact.detect.acronym_cues import clinical_acronym
from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.state_codes import STATE_CODES
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "AgencyAcronym"
SCORE = 0.5
#: An acronym English uses as a word at least this often is that word ("HOME", "ER", "OR").
MAX_WORD_ZIPF = 3.2
#: Kinds of care setting written as letters: where a patient goes, not which organisation.
_CARE_SETTINGS = frozenset(
    {"IRF", "LTACH", "LTAC", "CPEP", "CSU", "PHP", "SAR", "TCU", "ALS", "BLS", "ACF", "CRU",
     "EPS", "PES", "HH", "BH", "CCU", "SICU", "MICU", "PICU", "CVICU", "TICU", "OBS", "ECF",
     "ICF", "AFC", "GIP"}
)  # fmt: skip
_STATES = frozenset(STATE_CODES)
_ACRONYM = r"(?P<a>[A-Z]{2,5})(?![\p{L}\d&'’-])"
_LEFT = r"(?<![\p{L}])"
#: Cues before the acronym, each with the type it gives.
_BEFORE: tuple[tuple[regex.Pattern[str], str], ...] = (
    (
        regex.compile(
            rf"{_LEFT}(?i:bib|brought[ \t]+in[ \t]+by|transported[ \t]+by|transport[ \t]+by"
            rf"|by[ \t]+ambulance[ \t]+\(|ambulance[ \t]+company)[ \t]+{_ACRONYM}"
        ),
        "ORGANIZATION",
    ),
    (
        regex.compile(
            rf"{_LEFT}(?i:(?:prev(?:ious)?\.?[ \t]+)?adm(?:itted|ission|it)?\.?"
            r"(?:[ \t]+(?:to|at))?|transferred[ \t]+(?:to|from)|transfer[ \t]+(?:to|from)"
            r"|xfer(?:red)?[ \t]+(?:to|from)"
            r"|d/c(?:'?d)?[ \t]+(?:to|from)|discharged[ \t]+(?:to|from)|hospitali[sz]ed[ \t]+at"
            r"|seen[ \t]+at|inpatient[ \t]+at"
            r"|(?:transported|taken)[ \t]+(?:by[ \t]+[A-Z]{2,5}[ \t]+)?to)"
            rf"[ \t]+{_ACRONYM}"
        ),
        "HEALTHCARE_FACILITY",
    ),
    (
        regex.compile(
            rf"{_LEFT}(?i:referral[ \t]+to|referred[ \t]+to|report(?:ed)?[ \t]+to|filed[ \t]+with"
            r"|opened[ \t]+with|case[ \t]+open[ \t]+with|via|through|notified|called)"
            rf"[ \t]+{_ACRONYM}"
        ),
        "AGENCY",
    ),
)
#: A police officer's title after the acronym: "TPD Officer Maldonado" is the police, even
#: where the letters are also a term ("TPD", temporary partial disability).
_OFFICER_AFTER = regex.compile(
    rf"{_LEFT}{_ACRONYM}[ \t]+(?:Officers?|OFFICERS?|officers?|Ofc\.?|OFC\.?|Det\.?|DET\.?"
    r"|Detective|DETECTIVE|Sgt\.?|SGT\.?|Deputy|DEPUTY|Cpl\.?|Trooper|TROOPER)(?![\p{L}])"
)
#: Cues after the acronym: the organisation's own people and records.
_AFTER = regex.compile(
    rf"{_LEFT}{_ACRONYM}[ \t]+(?i:worker|caseworker|case[ \t]+worker"
    r"|case(?![ \t]+(?:manager|management|mgmt|conference))|investigator|investigation"
    r"|intake|hotline|ambulance|crew|medics?|paramedics?)"
    r"(?![\p{L}])"
)


def _an_organisation(text: str, start: int, end: int) -> bool:
    """Whether the acronym can be an organisation's: no term, no word, no state, no setting."""
    word = text[start:end]
    return not (
        word in _CARE_SETTINGS
        or word in _STATES
        or zipf(word.casefold()) >= MAX_WORD_ZIPF
        or is_meaning(word)
        or is_clinical(word)
        or clinical_acronym(text, start, end)
    )


def agency_acronym_findings(text: str) -> list[Finding]:
    """Findings for acronyms that stand where an organisation stands (see the module
    docstring)."""
    found: dict[tuple[int, int], str] = {}
    for pattern, entity_type in _BEFORE:
        for match in pattern.finditer(text):
            found.setdefault(match.span("a"), entity_type)
    for match in _AFTER.finditer(text):
        found.setdefault(match.span("a"), "AGENCY")
    police = {
        m.span("a")
        for m in _OFFICER_AFTER.finditer(text)
        if m.group("a") not in _STATES and zipf(m.group("a").casefold()) < MAX_WORD_ZIPF
    }
    return [
        Finding(start, end, entity_type, SCORE, source=SOURCE)
        for (start, end), entity_type in sorted(found.items())
        if (start, end) not in police and _an_organisation(text, start, end)
    ] + [Finding(start, end, "AGENCY", SCORE, source=SOURCE) for start, end in sorted(police)]


__all__ = ["SOURCE", "agency_acronym_findings"]
