"""An employer named once by a work cue is the same employer wherever the release names it.

An intake says "quality technician on second shift at Tarrow Polymer, LLC"; the session
notes of the same release say "at Tarrow with a pallet jack", "back at tarrow went ok",
"the RTW letter can go to HR at Tarrow Polymer", and the client's portal messages "drove by
tarrow today". Only the intake has a work cue: NER reads the other mentions as any
organisation (or nothing, in lower case), which a policy that keeps organisations keeps.

The release's first pass (`redact.detect.lexicon.gather_names`) gathers each employer a work
cue names (`employers_in`): its name without its legal form ("Tarrow Polymer"), and its
first word when that word is rare enough to be the name and not a word ("Tarrow", not
"Great" of "Great Lakes Cold Storage" nor "Capitol" of "Capitol Square Dental"). Each
document's own employer findings join them. `employer_name_findings` then finds each name
as written, in capitals and, where English has no such word, in lower case.

A word that names a person is never taken: a family business carries the family's surname
("Kovalenko Tree Service"), and the surname alone is the person (the subject, whom the
policy keeps, or a relative): a first word that is a listed person name, one of the release's
people, a word of the subject's names, or inside a person found in the text is left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from redact.detect.names import whole_word_mentions
from redact.detect.wordlists import english_words, person_names, zipf
from redact.detect.work_cues import JOB_TITLE, WORK_CUE
from redact.detect.workplaces import is_care_name, workplace_findings
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "EmployerName"
SCORE = 0.6
#: A first word more common than this as English is a word, not the employer's short name.
MAX_SHORT_ZIPF = 3.0
#: A short name shorter than this is too ambiguous.
MIN_SHORT = 4
#: A business's legal form or branch after its name, left out of the name searched for.
_TAIL = regex.compile(
    r"(?:,?[ \t]+(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Corp\.?|Co\.|Ltd\.?)|[ \t]+on[ \t].*)$"
)
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_LEGAL_AFTER = regex.compile(
    r",?[ \t]+(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Corp\.?|Co\.|Ltd\.?)(?![\p{L}\d])"
)


#: A work cue (a verb, a job title, a job lost: `redact.detect.work_cues`, the recognizer's
#: own, which the release's first pass can import where Presidio is not loaded) or a form's
#: "Employer:" label, and the capitalised name after it.
_WORK_CUED = regex.compile(
    rf"\b(?i:{WORK_CUE}|(?:{JOB_TITLE})s?[ \t]+(?:at|for)|employer[ \t]*:)"
    r"[ \t]+(?:the[ \t]+)?(?P<name>\p{Lu}[\p{L}\d'’&-]*(?:(?:[ \t]+(?:&|and|of)[ \t]+|[ \t]+)"
    r"\p{Lu}[\p{L}\d'’&-]*){0,4}(?:,?[ \t]*(?:LLC|Inc\.?|Co\.|Corp\.?|Ltd\.?))?)"
)


def _forms(name: str) -> list[str]:
    """The name without its legal form or branch, and its first word when that is rare."""
    if is_care_name(name):
        return []
    name = _TAIL.sub("", name.strip()).strip(" ,.")
    if not name:
        return []
    forms = [name] if len(name.split()) > 1 or zipf(name.casefold()) <= MAX_SHORT_ZIPF else []
    first = _WORD.match(name)
    if first is not None and len(name.split()) > 1:
        word = first.group()
        folded = word.casefold()
        if len(word) >= MIN_SHORT and zipf(folded) <= MAX_SHORT_ZIPF and word[0].isupper():
            forms.append(word)
    return forms


def employers_in(text: str) -> Iterable[str]:
    """The names (and rare first words) of the employers a work cue names in `text`."""
    spans = [m.span("name") for m in _WORK_CUED.finditer(text)]
    spans += [(f.start, f.end) for f in workplace_findings(text, [])]
    for start, end in spans:
        yield from _forms(text[start:end])


def letterhead(text: str) -> str:
    """The first line of `text`, folded: a letterhead or a header names the agency that
    writes, whose own name is never an employer to remove."""
    for line in text.splitlines():
        if line.strip():
            return line.strip().casefold()
    return ""


def outside_letterheads(employers: Iterable[str], heads: Iterable[str]) -> list[str]:
    """The employers that open no document of the release (`letterhead`)."""
    opened = [h for h in heads if h]
    return sorted(e for e in employers if not any(h.startswith(e.casefold()) for h in opened))


def _people_words(findings: Sequence[Finding], text: str, subject: Sequence[str]) -> set[str]:
    words = {w.casefold() for name in subject for w in _WORD.findall(name)}
    for finding in findings:
        if finding.entity_type in NAME_TYPES:
            words.update(w.casefold() for w in _WORD.findall(text[finding.start : finding.end]))
    return words


def employer_name_findings(
    text: str,
    findings: Sequence[Finding],
    release_employers: Iterable[str] = (),
    subject: Sequence[str] = (),
) -> list[Finding]:
    """EMPLOYER findings for each mention of an employer of the release or of this text."""
    own = [
        form
        for f in findings
        if f.entity_type == "EMPLOYER"
        for form in _forms(text[f.start : f.end])
    ]
    names = set(release_employers) | set(own)
    if not names:
        return []
    people = _people_words(findings, text, subject)
    wanted: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) == 1 and (name.casefold() in people or name.casefold() in person_names()):
            continue  # "Kovalenko" of "Kovalenko Tree Service": the family's surname
        wanted.update({name, name.upper()})
        folded = name.casefold()
        if all(w.casefold() not in english_words() for w in _WORD.findall(name)):
            wanted.add(folded)  # "back at tarrow": English has no such word
    persons = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    taken = [(f.start, f.end) for f in findings if f.entity_type == "EMPLOYER"]
    found = []
    for start, end, _ in whole_word_mentions(text, wanted):
        form = _LEGAL_AFTER.match(text, end)
        end = form.end() if form is not None else end  # "Tarrow Polymer, LLC" in an address
        if any(s <= start and end <= e for s, e in taken):
            continue
        if any(s < end and start < e for s, e in persons) and len(text[start:end].split()) == 1:
            continue  # "Tarrow" inside a person found as "Dana Tarrow"
        found.append(Finding(start, end, "EMPLOYER", SCORE, source=SOURCE))
    return found


__all__ = ["employer_name_findings", "employers_in", "letterhead", "outside_letterheads"]
