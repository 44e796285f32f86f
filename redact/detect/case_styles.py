"""A case style in running text: "Szymanski v. Brightwater, Dane County Case No. ...".

Exhibits, headers and cover letters name a case by its parties ("Okafor v. Lindqvist",
"Voss vs. Voss-Hale", "State v. Marrero"), often with the county of the court after a
comma. NER reads the whole of it as one person: "Szymanski v. Brightwater, Dane". One span
for two people hides which is the subject (a subject-keeping release then removes the
subject's own name with the other party's), and the county's name, taken as a name, is
then looked for, and removed, everywhere ("23FA847 (Dane)", "dane co.").

Each side of "v." is a name of its own; a last word after a comma that a county word
follows ("Dane" of ", Dane County", ", Dane Co.") is the court's place, not a name. A
surname-like word right beside "v." that NER passed over ("Okonjo v. Tremblay-Aske") is a
party too; "State", "People" or "Commonwealth" are common words, and stay. A clinical
term beside "vs" is a choice between settings or treatments ("rec SNF vs home"), no party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.counties import county_follows
from redact.detect.meaning import is_clinical_term
from redact.detect.person_shapes import is_surname_like
from redact.findings import Finding

_VERSUS = regex.compile(r"[ \t]+(?:v\.|vs\.?|versus)[ \t]+")
_EDGES = " \t,;"
SOURCE = "CaseStyleParty"
#: A party's one word (maybe double) right before or after "v.".
_PARTY_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?$")
_PARTY_AFTER = regex.compile(r"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?![\p{L}'’-])")


def split_case_styles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each PERSON span holding "A v. B" split into its two parties, and a
    county named after the second party left out."""
    out: list[Finding] = []
    for finding in findings:
        versus = (
            _VERSUS.search(text, finding.start, finding.end)
            if finding.entity_type == "PERSON"
            else None
        )
        if versus is None:
            out.append(finding)
            continue
        end = finding.end
        comma = text.rfind(",", versus.end(), end)
        if comma != -1 and county_follows(text, end):
            end = comma
        for start, stop in ((finding.start, versus.start()), (versus.end(), end)):
            while start < stop and text[start] in _EDGES:
                start += 1
            while stop > start and text[stop - 1] in _EDGES:
                stop -= 1
            if stop > start:
                out.append(replace(finding, start=start, end=stop))
    return out + _parties(text, out)


def _parties(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for surname-like words beside "v." that no finding covers."""
    if " v" not in text:
        return []
    added: list[Finding] = []
    for versus in _VERSUS.finditer(text):
        line_start = text.rfind("\n", 0, versus.start()) + 1
        before = _PARTY_BEFORE.search(text, line_start, versus.start())
        after = _PARTY_AFTER.match(text, versus.end())
        for party in (before, after):
            if party is None or not is_surname_like(party.group()):
                continue
            if is_clinical_term(party.group()):
                continue  # "rec SNF vs home": a choice of care settings, no lawsuit

            start, end = party.span()
            if any(f.start < end and start < f.end for f in findings):
                continue
            added.append(Finding(start, end, "PERSON", 0.6, source=SOURCE))
    return added


__all__ = ["split_case_styles"]
