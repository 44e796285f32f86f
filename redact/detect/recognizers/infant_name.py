"""A newborn's hospital name: "Baby Girl Obiora", "OBIORA, BABY GIRL A", "BB Kahle Twin B".

Until parents choose a name, a hospital registers a newborn under the mother's surname with
the baby's sex and, for twins, a letter: "Baby Girl Okafor", "Baby Boy Okafor B", written
inverted in a chart header or a wristband ("OKAFOR, BABY GIRL A", "Okafor, Girl"). The
surname is the mother's, so a release that keeps the mother (a court's copy) read the name
as hers; but the whole form names the child, a third party, and is removed whole. "Baby
Girl" alone, with no surname ("'Baby Girl' and 'Baby Boy' are fine for now"), names nobody
and stays.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: "Baby Girl", "BABY BOY", "Infant Girl", "Girl" (inverted form only), "BG", "BB".
_BABY = r"(?:(?i:baby|infant|newborn)[ \t]+(?i:girl|boy)|BG|BB)"
#: A surname as a chart writes it: capitalised or in capitals, maybe hyphenated.
_SURNAME = r"(?:\p{Lu}['’]?\p{L}*\p{Ll}|\p{Lu}['’]?\p{Lu}+)(?:-(?:\p{Lu}\p{L}*\p{Ll}|\p{Lu}+))?"
#: A twin's or triplet's letter or number after the name ("A", "B", "#2", "Twin B").
_ORDER = r"(?:[ \t]+(?:(?i:twin|triplet)[ \t]+)?(?:[A-D]|#?[1-4])(?![\p{L}\d]))?"
#: How far before "Baby Girl" an inverted form's surname and comma may start.
_SURNAME_REACH = 40
#: Words that follow "Baby Girl" without being a surname ("Baby Girl and Baby Boy").
_NOT_SURNAME = r"(?!(?i:and|or|is|was|are|were|the|a|an|in|at|on|to|for|with|twin|triplet)\b)"


class InfantNameRecognizer(CuedPatternRecognizer):
    """Find a newborn's registered name (entity PERSON).

    - "Baby Girl Obiora", "Baby Boy Kahle B", "BG Obiora": 0.85;
    - inverted, "OBIORA, BABY GIRL A", "Obiora, Baby Boy": 0.85.

    The span is the whole form, so the mother's surname inside it goes with the child.
    """

    ENTITY: ClassVar[str] = "PERSON"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "baby + sex + surname",
            rf"(?<![\p{{L}}\d]){_BABY}[ \t]+{_NOT_SURNAME}{_SURNAME}{_ORDER}(?![\p{{L}}\d])",
            0.85,
            cue=_BABY,
            reach=0,
        ),
        CuedPattern(
            "surname, baby + sex",
            rf"(?<![\p{{L}}\d]){_SURNAME}[ \t]*,[ \t]*{_BABY}{_ORDER}(?![\p{{L}}\d])",
            0.85,
            cue=_BABY,
            reach=0,
            before=_SURNAME_REACH,
        ),
    )

    #: Case-sensitive: a surname is capitalised, "BG"/"BB" are capitals.
    FLAGS: ClassVar[int] = re.MULTILINE
