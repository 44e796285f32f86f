"""A clinical acronym no list holds, known by the words around it: "PPS 30%", "8 of 10 ART
sessions", "LS/CMI score moderate", "continue GIP", "latent TB".

Scales, treatments and levels of care are written as capitals, and there are more of them
than any hand list (`redact.detect.meaning_terms`) holds; NER types each unknown one an
ORGANIZATION, and a court or a researcher reads "[ORGANIZATION] 30%". An organisation's
acronym is written with what it does or where it is ("DCFS worker", "at ACME"); a scale's
or a treatment's with what it gives or how it goes on:

- a score right after it: a number of up to three digits, maybe a percentage or a letter
  ("PPS 30%", "FAST 7c"), perhaps after a sub-scale's letters ("SIS SNI 108"), after
  three letters or more and never an age ("JT 14", "JRT 9 y/o" are initials); or a word
  of scoring or attending ("score", "screening", "sessions", "module", "protocol");
- a lower-case description in brackets after it, naming a benefit or a service ("HICP
  (premium assistance)");
- a laboratory value right after it, with a thousands separator, a decimal or a percentage
  ("CK 1,840", "EF 30%");
- a benefit's own noun right after it ("ALTCS application", "NHRS pension"), or a
  benefit in words right before it in brackets ("pension check (NHRS)");
- a lower-case verb of continuing or finishing, a clinical adjective, or a history's
  shorthand right before it ("continue GIP", "completed ART", "latent TB", "hx MI").

Only NER's and strict mode's guesses are read so (a cue-based agency finding such as "CPS"
stays), only a word of capitals (slash- or hyphen-joined parts read as one: "LS/CMI"), and
never one written after a capitalised word ("Kent County MCO"): there it ends a name (a
sentence's first word says nothing by its capital).
"""

from __future__ import annotations

import re

#: An acronym: capitals, maybe joined by a slash or a hyphen to more ("LS/CMI", "NTG-EDSD").
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:[/-][A-Z]{2,6})?")
#: A score or a word of scoring or attending after the acronym.
_SCORE_AFTER = re.compile(
    r"[ \t]+(?:[A-Z]{2,5}[ \t]+)?\d{1,3}(?:\.\d)?(?:%|[a-e])?(?![\w/-]|[.,]\d)"
    r"(?![ \t]*(?:y/?o|yrs?|years?|mos?|months?|wks?|weeks?|days?|times|x|visits?|calls?"
    r"|staff|people|clients|kids|children|beds|units)(?![a-z]))"
)
#: Letters before a score are at least this many: "JT 14" is initials and an age.
MIN_SCORED_LETTERS = 3
_CUE_AFTER = re.compile(
    r"[ \t]+(?:(?:score[sd]?|screen(?:ing)?|sessions?|modules?|protocol|subscales?|domains?"
    r"|total|t-score|percentile)(?![\w-]))"
)
#: A lower-case description in brackets after the acronym, ending in a word of a benefit or
#: a service ("HICP (premium assistance)", "EFA (emergency financial assistance)"); an
#: organisation's name would be written in capitals.
_DESCRIBED_AFTER = re.compile(
    r"[ \t]*\((?:[a-z][a-z'-]*[ \t]+){0,5}(?:assistance|program|programme|benefits?|coverage"
    r"|insurance|subsidy|services|support|screen|scale|inventory|therapy|treatment)\)"
)
#: A verb of continuing or finishing, or a clinical adjective, before the acronym; or a
#: clinician's shorthand for a history or a diagnosis ("hx MI", "s/p CABG", "r/o PE").
_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:continues?|continued|continuing|completed?|completing|completes"
    r"|started|starting|resumed?|restarted|latent|active|untreated|chronic"
    r"|(?i:hx|h/o|s/p|r/o|dx|pmh)[:.]?)[ \t]+$"
)
#: A laboratory or measured value after the acronym: a thousands separator, a decimal or a
#: percentage ("CK 1,840", "BNP 2,310", "EF 30%", "INR 2.4"); initials are followed by an
#: age or a count, never by such a value.
_LAB_VALUE_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?:\d{1,3}(?:,\d{3})+|\d{1,4}\.\d{1,2}|\d{1,2}(?:-\d{1,2})?%)"
    r"(?![\w/-]|[.,]\d)"
)
#: A benefit's own nouns after the acronym: what a programme or a pension system gives or
#: asks ("ALTCS application", "ALTCS share of cost", "NHRS pension", "MCO card"). An
#: agency's acronym is written with a case or a worker, which are not among them.
_BENEFIT_AFTER = re.compile(
    r"[ \t]+(?:application|share[ \t]+of[ \t]+cost|pension|benefits?|coverage|eligibility"
    r"|premiums?|redetermination|re-determination|enrol+ment|member[ \t]+services|waiver"
    r"|card|copay|spend-?down)(?![\w-])"
)
#: A benefit named in words, then the acronym in brackets: "pension check (NHRS)".
_BENEFIT_BEFORE = re.compile(
    r"(?:pension|benefits?|coverage|insurance|assistance|waiver|subsidy|allowance)"
    r"(?:[ \t]+[a-z]+)?[ \t]*\(\Z"
)
#: A capitalised word right before: the acronym ends a name ("Kent County MCO").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_REACH = 24


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens its line or sentence ("Baseline QRS-TX ...")."""
    head = text[max(0, start - 3) : start].rstrip(" \t\"'(*-•")
    return start == 0 or not head or head[-1] in ".!?:;\n"


def _whole_acronym(text: str, start: int, end: int) -> tuple[int, int]:
    """The acronym with the parts NER split off it ("LS" and "CMI" of "LS/CMI")."""
    while start > 1 and text[start - 1] in "/-" and text[start - 2].isupper():
        start -= 2
        while start > 0 and text[start - 1].isupper():
            start -= 1
    while end + 1 < len(text) and text[end] in "/-" and text[end + 1].isupper():
        end += 2
        while end < len(text) and text[end].isupper():
            end += 1
    return start, end


def clinical_acronym(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an acronym written as a scale, a treatment or a level of
    care is written (a score or a session after it, a verb of continuing before it)."""
    start, end = _whole_acronym(text, start, end)
    if _ACRONYM.fullmatch(text, start, end) is None:
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "'’"):
        return False
    window = max(0, start - _REACH)
    before = _CAPITALISED_BEFORE.search(text, window, start)
    if before is not None and not _opens_sentence(text, before.start()):
        return False
    letters = sum(ch.isalpha() for ch in text[start:end])
    if letters >= MIN_SCORED_LETTERS and _SCORE_AFTER.match(text, end):
        return True
    if _DESCRIBED_AFTER.match(text, end) or _LAB_VALUE_AFTER.match(text, end):
        return True
    if _BENEFIT_AFTER.match(text, end) or _BENEFIT_BEFORE.search(text, window, start):
        return True
    return bool(_CUE_AFTER.match(text, end) or _CUE_BEFORE.search(text, window, start))


__all__ = ["clinical_acronym"]
