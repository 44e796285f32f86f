"""A name given after words that give a name: "her spirit name, Ziigwan-giizhigookwe",
"her Dakota relatives call her Hinhan Win"; never a role word ("calls him Dad").

Cultural plans and family histories record the names a child is called by in ceremony and in
the family: a spirit name, an Indian name, what her relatives call her. Such a name is often
words no list holds and that NER takes for ordinary words ("Win", "Sky Woman") or cuts at a
hyphen ("Ziigwan" of "Ziigwan-giizhigookwe"). After these cues, one to three capitalised
words (hyphen-joined words count as one), quoted or not, are the person's name; an
English gloss in quotes after it ('("Spring Sky Woman")') is the same name translated and
goes too.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_meaning
from redact.findings import Finding

SOURCE = "NamingCue"
SCORE = 0.7

_WORD = r"\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_CUE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"(?i:spirit|indian|native|ojibwe|anishinaabe|dakota|lakota|tribal|clan|ceremonial"
    r"|traditional|given|baby|pet)[ \t]+name(?:s)?(?:[ \t]+(?:is|was))?"
    r"|(?i:calls?|called|calling)[ \t]+(?i:her|him|them|me)"
    r"|(?i:named|nicknamed)"
    r")[ \t]*[,:]?[ \t]*[\"“]?(?P<name>" + _NAME + r")[\"”]?"
    r"(?:[ \t]*\([ \t]*[\"“](?P<gloss>[^\"”\n]{1,40})[\"”][ \t]*\))?"
)


def naming_cue_findings(text: str) -> list[Finding]:
    """PERSON findings for each name (and its quoted gloss) after a naming cue."""
    found = []
    for match in _CUE.finditer(text):
        if is_meaning(match.group("name")):
            continue  # "she calls him Dad", "calls her Kookum": a role word, not a name
        found.append(Finding(*match.span("name"), "PERSON", SCORE, source=SOURCE))
        if match.group("gloss"):
            found.append(Finding(*match.span("gloss"), "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["naming_cue_findings"]
