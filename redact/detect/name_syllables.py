"""The first syllable of a Hmong woman's given name, written apart: "pa houa", "Mai Yer".

Hmong given names of women often open on a syllable written as a word of its own ("Pa",
"Mai", "Nou", "Kia": "Pa Houa", "Mai Yer", "Nou Chee"); a message types them in lower case
("fixed it with pa houa husband"). The second syllable is rare and found as a name; the
first, alone, is a word of English or of chat ("pa", "mai") and left behind, so that a
recipient reads half the name. A PERSON finding preceded by such a syllable, in the same
case, takes it into its span.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.findings import Finding

_SYLLABLE = regex.compile(r"(?<![\p{L}\d'’@.#-])(?:pa|mai|nou|kia)[ \t]+$", regex.IGNORECASE)
_WINDOW = 6


def with_name_syllables(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, each PERSON name widened by a first syllable written before it."""
    result = []
    for finding in findings:
        before = (
            _SYLLABLE.search(text, max(0, finding.start - _WINDOW), finding.start)
            if finding.entity_type == "PERSON"
            else None
        )
        name = text[finding.start : finding.end]
        syllable = before.group().rstrip(" \t") if before else ""
        same_case = (syllable.islower() and name.islower()) or (
            syllable.istitle() and name[:1].isupper() and not name.isupper()
        )
        if before is None or not same_case or " " in name.strip():
            result.append(finding)
            continue
        result.append(
            Finding(before.start(), finding.end, finding.entity_type, finding.score,
                    source=finding.source, group=finding.group)
        )  # fmt: skip
    return result


__all__ = ["with_name_syllables"]
