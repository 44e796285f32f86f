"""A name given after words that give a name: "her spirit name, Ziigwan-giizhigookwe",
"her Dakota relatives call her Hinhan Win", "at work she is known as "Vuk"", "she goes by
Juniper / Juni"; never a role word ("calls him Dad").

Cultural plans and family histories record the names a child is called by in ceremony and in
the family: a spirit name, an Indian name, what her relatives call her. Such a name is often
words no list holds and that NER takes for ordinary words ("Win", "Sky Woman") or cuts at a
hyphen ("Ziigwan" of "Ziigwan-giizhigookwe"). After these cues, one to three capitalised
words (hyphen-joined words count as one), quoted or not, are the person's name; an
English gloss in quotes after it ('("Spring Sky Woman")') is the same name translated and
goes too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.meaning import is_meaning
from redact.detect.names import fold_accents
from redact.detect.subject import SUBJECT_GROUP
from redact.detect.wordlists import english_words
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "NamingCue"
SCORE = 0.7

_WORD = r"\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_CUE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"(?i:spirit|indian|native|ojibwe|anishinaabe|dakota|lakota|tribal|clan|ceremonial"
    r"|traditional|given|baby|pet)[ \t]+name(?:s)?(?:[ \t]+(?:is|was))?"
    r"|(?i:calls?|called|calling)[ \t]+(?i:her|him|them|me)(?i:self|selves)?"
    r"|(?i:named|nicknamed)"
    # what a person is known by: "At work she is known as "Vuk."", "she goes by Juniper /
    # Juni" (a second name after a slash or "or" is hers too)
    # (after a person's pronoun only: "the programme is known as Wraparound" is no name)
    r"|(?i:(?:she|he|they|who)[ \t]+(?:(?:is|was|are|were)[ \t]+(?:also[ \t]+)?known[ \t]+as"
    r"|goes[ \t]+by|go[ \t]+by|went[ \t]+by))"
    r")[ \t]*[,:]?[ \t]*[\"“]?(?P<name>" + _NAME + r")[\"”]?"
    r"(?:[ \t]*(?:/|\bor\b)[ \t]*[\"“]?(?P<alt>" + _WORD + r")[\"”]?)?"
    r"(?:[ \t]*\([ \t]*[\"“](?P<gloss>[^\"”\n]{1,40})[\"”][ \t]*\))?"
)


#: A lower-case name in quotes after a cue of one naming oneself, as a parent types it
#: ('calling himself "jj"', 'goes by "kofi"'): a chosen name, never a kin term ('the kids
#: call him "nana"' names the grandfather by his role); quoted, and no English word ('calls
#: herself "stupid"' is no name).
_LOWER_QUOTED = regex.compile(
    r"(?<![\p{L}])(?:(?i:calls?|called|calling)[ \t]+(?i:himself|herself|themselves|myself)"
    r"|(?i:goes|going|went)[ \t]+by)[ \t]*[\"“](?P<name>\p{Ll}[\p{Ll}'’-]{1,14})[\"”]"
)


def self_named(text: str) -> list[Finding]:
    """The lower-case names a text says someone calls himself or goes by ('calling himself
    "jj"'): certainly a person's, searched for in the release's other texts too."""
    if '"' not in text and "“" not in text:
        return []
    found = []
    for match in _LOWER_QUOTED.finditer(text):
        name = match.group("name")
        if name in english_words() or is_meaning(name):
            continue
        found.append(Finding(*match.span("name"), "PERSON", SCORE, source=SOURCE))
    return found


def naming_cue_findings(text: str) -> list[Finding]:
    """PERSON findings for each name (and its quoted gloss) after a naming cue."""
    found = self_named(text)
    for match in _CUE.finditer(text):
        if is_meaning(match.group("name")):
            continue  # "she calls him Dad", "calls her Kookum": a role word, not a name
        found.append(Finding(*match.span("name"), "PERSON", SCORE, source=SOURCE))
        if match.group("alt") and not is_meaning(match.group("alt")):
            found.append(Finding(*match.span("alt"), "PERSON", SCORE, source=SOURCE))
        if match.group("gloss"):
            found.append(Finding(*match.span("gloss"), "PERSON", SCORE, source=SOURCE))
    return found


#: A sentence's end before a cue, or a paragraph's.
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*[ \t]+(?=\p{Lu})|\n[ \t]*\n")
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
#: Findings inside a cued name that are the name, whatever NER took it for.
_NAME_OR_MISREAD = NAME_TYPES | {"LOCATION", "ORGANIZATION", "NRP"}


def _hers(text: str, start: int, names: Sequence[Finding]) -> bool:
    """Whether the person a cue at `start` speaks of is the subject: the nearest name before
    it in its sentence is hers ("Amara received her spirit name, ..."), or its sentence names
    no one before it and the first name of its paragraph is hers ("... Her Dakota relatives
    call her ...", in a paragraph about her)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    sentence = ends[-1] if ends else 0
    paragraphs = [m.end() for m in _PARAGRAPH_END.finditer(text, 0, start)]
    paragraph = paragraphs[-1] if paragraphs else 0
    before = [n for n in names if sentence <= n.start and n.end <= start]
    if before:
        return max(before, key=lambda n: n.end).is_subject
    opening = [n for n in names if paragraph <= n.start and n.end <= start]
    return bool(opening) and min(opening, key=lambda n: n.start).is_subject


#: A clipped name has at least this many letters, and leaves at least two of the name out.
MIN_CLIPPED = 3


def _clipped_from(name: str, subject: Sequence[str]) -> bool:
    """Whether a one-word cued name is the start of one of the subject's name words: "Vuk"
    for Vukovich, "Conch" for Concepción. A nickname cut from her own name is hers, whoever
    the sentence around it names."""
    folded = fold_accents(name).casefold()
    if len(folded) < MIN_CLIPPED or not folded.isalpha():
        return False
    words = {fold_accents(w).casefold() for n in subject for w in regex.split(r"[\s-]+", n)}
    return any(len(w) >= len(folded) + 2 and w.startswith(folded) for w in words)


def mark_subject_cued_names(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """Names a naming cue gives the subject ("her spirit name, X", "her relatives call her
    X", 'she is known as "Vuk"' of Vukovich) become the subject's: under a policy that keeps
    her, the name the record says is hers stays, whatever words it is made of. `findings`
    hold her marked mentions."""
    cued = [f for f in findings if f.source == SOURCE and not f.is_subject]
    if not cued or not any(f.is_subject for f in findings):
        return list(findings)
    names = [f for f in findings if f.entity_type in NAME_TYPES and f.source != SOURCE]
    spans = {(f.start, f.end) for f in cued}
    hers: set[tuple[int, int]] = set()
    for match in _CUE.finditer(text):
        if match.span("name") not in spans:
            continue
        if _hers(text, match.start(), names) or _clipped_from(match.group("name"), subject):
            hers.add(match.span("name"))
            if match.group("alt"):
                hers.add(match.span("alt"))
            if match.group("gloss"):
                hers.add(match.span("gloss"))
    return [
        replace(f, entity_type="PERSON", group=SUBJECT_GROUP, is_subject=True)
        if f.entity_type in _NAME_OR_MISREAD and any(s <= f.start and f.end <= e for s, e in hers)
        else f
        for f in findings
    ]


__all__ = ["mark_subject_cued_names", "naming_cue_findings"]
