"""Titles of office written where a title stands: "Area Coordinator", "Dean of Students".

Universities, school districts and public offices name their staff by titles no closed list
of trades holds: "Deputy Title IX Coordinator", "Accessibility Coordinator", "Resident
Advisor", "Dean of Students", "Director of Residence Life". NER reads their first words as
an organisation ("Area", "Deputy Title IX") or grows a person over them ("Marcus Whitlock,
Dean"), and the recipient reads "[ORGANIZATION] Coordinator" or "[PERSON] of Students":
who acted in the case is lost although the title names no one.

A title of office here is up to three capitalised words (or a short acronym, "IX", "ADA")
before a head word of office (coordinator, director, advisor, dean, investigator, ...), in
the singular (a plural is a firm: "Harbor Investigators"), and optionally "of" or "for" and
the office's domain in common words ("of Students", "for Student Affairs"). It counts only
where a signature, a cc list or a form writes a title: at the start of a line, or after a
comma, and followed by the end of the line, a comma, a slash, a bar, a bracket or "and".

Name-like and organisation findings lose the characters of such a title, unless what lies
inside its first words is written again elsewhere in the text outside any title: then it is
a name ("Maya Roe, Harbor House Coordinator" beside "Harbor House" in the letter) and stays
found whole.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.spans import cut_out
from redact.findings import Finding

#: Head words of an office, singular.
_HEAD = (
    r"Coordinator|Director|Advisor|Adviser|Investigator|Specialist|Officer|Manager|Dean"
    r"|Provost|Registrar|Ombudsperson|Ombuds|Chair|Chairperson|Administrator"
)
#: A word of the title before its head: "Area", "Deputy", "Title", "IX".
_QUALIFIER = r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,4})"
#: The domain of an office after "of" / "for": common words only, so that no organisation's
#: name is taken into a title ("Director of Harbor House" keeps its finding).
_DOMAIN_WORDS = (
    r"Students?|Student[ \t]+(?:Affairs|Life|Success|Conduct|Services)|Residence[ \t]+Life"
    r"|Residential[ \t]+Life|Housing|Admissions?|Nursing|Human[ \t]+Resources|Academic[ \t]+Affairs"
    r"|Equity|Diversity|Inclusion|Compliance|Operations|Programs?|Services|Counseling"
    r"|Counselling|Clinical[ \t]+Services|Social[ \t]+Work|Social[ \t]+Services|Education"
    r"|Health|Wellness|Wellbeing|Well-[Bb]eing|Athletics|Advising|Accessibility|Disability"
    r"|Disability[ \t]+Services|Safety|Public[ \t]+Safety|Security|Records|Training|Quality"
    r"|Intake|Outreach|Prevention|Advocacy|Faculty|Community[ \t]+Standards|Care"
)
_TITLE = regex.compile(
    rf"(?:(?<=^[ \t]*(?:(?i:cc|bcc)[ \t]*:[ \t]*)?)|(?<=,[ \t]*))"
    rf"(?P<qualifiers>(?:{_QUALIFIER}[ \t]+){{0,3}})(?:{_HEAD})"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{_DOMAIN_WORDS})"
    rf"(?:(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+(?:{_DOMAIN_WORDS}))?)?"
    r"(?=[ \t]*(?:[,;/|()\n]|(?:and|&)[ \t]|$))",
    regex.MULTILINE,
)
#: Findings a title of office is cut out of: what NER and the name steps misread.
CUT_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})


def office_title_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the qualifier words, end) of each title of office in `text`."""
    return [(m.start(), m.end("qualifiers"), m.end()) for m in _TITLE.finditer(text)]


def _named_elsewhere(text: str, piece: str, titles: Sequence[tuple[int, int, int]]) -> bool:
    """Whether `piece` is written in `text` outside every title of office."""
    pattern = regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(piece)}(?![\p{{L}}\d])")
    return any(
        not any(start <= m.start() < end for start, _, end in titles)
        for m in pattern.finditer(text)
    )


def keep_office_titles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with name-like findings cut off the titles of office in `text`."""
    if not findings:
        return list(findings)
    titles = office_title_spans(text)
    if not titles:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        if finding.entity_type not in CUT_TYPES or finding.is_subject:
            kept.append(finding)
            continue
        touching = [(s, e) for s, _, e in titles if s < finding.end and finding.start < e]
        if not touching:
            kept.append(finding)
            continue
        named = False
        for start, qualifiers_end, _ in titles:
            lo, hi = max(start, finding.start), min(qualifiers_end, finding.end)
            piece = text[lo:hi].strip()
            if hi > lo and piece and _named_elsewhere(text, piece, titles):
                named = True
        kept += [finding] if named else cut_out(text, finding, touching)
    return kept


__all__ = ["keep_office_titles", "office_title_spans"]
