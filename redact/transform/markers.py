"""The text our transforms write, recognisable again.

Redacting an already redacted text must change nothing: detection drops findings that lie
inside one of these markers, so "[PERSON]" or "Person K7QX" is never redacted a second time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.transform.pseudonym import CODE_LENGTH, NOUNS

_NOUNS = "|".join(sorted({*NOUNS.values(), "Entity"}))
MARKER = re.compile(
    rf"\[[A-Z][A-Z_]*\]"  # placeholders and [REDACTED]
    r"|\[withheld(?::[^\]]*)?\]"  # withheld passages
    rf"|\b(?:{_NOUNS}) [A-Z2-7]{{{CODE_LENGTH}}}\b"  # pseudonyms
    r"|\b\d{3}XX\b"  # generalised ZIP codes
    r"|(?<![\w*])\*{3,}[0-9A-Z]{0,8}(?![\w*])"  # masked numbers, not markdown emphasis
    r"|(?<!\w)(?<!\d-)(?P<band>\d{0,2})0-(?P=band)9(?!\w|-\d)"  # ten-year age bands: 0-9, 30-39
    r"|(?<![\w:.+\-])\d{2,3}\+(?![\d:])"  # top-coded ages (90+), not a UTC offset's "00+"
)


@lru_cache(maxsize=2)
def marker_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every marker in `text`.

    Detection asks twice per text (before and after names are propagated); the scan is
    the same, so the last texts' answers are kept.
    """
    return tuple(m.span() for m in MARKER.finditer(text))
