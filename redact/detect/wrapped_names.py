"""A person NER read as an organisation with the word after: "Tyrell Banks w/ son Jayden".

A short table row runs a name straight into "w/" or "with" ("Other family: Renata Cole w/
son Ivo"), and NER, seeing capitals without a sentence, takes "Renata Cole w/" for an
organisation. A policy that keeps organisations then releases the name. `unwrap_people`
drops such an organisation when a person was found inside it; here none was: when the
organisation is two or three capitalised words and then only a joining word ("w/", "with",
"and", "&"), and its first word is a given name that stands for a person alone
(`lone_given_names.is_lone_name`: rare as a word, or no word of English), the words are a
person.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.lone_given_names import is_lone_name
from redact.detect.meaning import is_meaning
from redact.findings import Finding

SOURCE = "WrappedName"
SCORE = 0.6
NER_SOURCE = "SpacyRecognizer"
#: Two or three capitalised words, then a joining word that ends the organisation.
_WRAPPED = regex.compile(
    r"(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2})[ \t]+(?:w/|with|and|&)[ \t]*"
)


def people_before_wrappers(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, with each organisation or place of NER that is a given name and a
    surname before a joining word replaced by a PERSON finding of the name."""
    result = []
    for finding in findings:
        if finding.entity_type in {"ORGANIZATION", "LOCATION"} and finding.source == NER_SOURCE:
            m = _WRAPPED.fullmatch(text, finding.start, finding.end)
            if m and is_lone_name(m.group(1).split()[0]) and not is_meaning(m.group(1)):
                result.append(Finding(m.start(1), m.end(1), "PERSON", SCORE, source=SOURCE))
                continue
        result.append(finding)
    return result


__all__ = ["people_before_wrappers"]
