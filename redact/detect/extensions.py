"""An extension or a pager number alone: "ext. 2241", "pager 4471", "security called x 4100".

The phone recognizers find an extension glued to its number ("608-241-6677 ext. 24"); a
hospital's notes and letters write the extension or the pager alone, under a worker's
signature or after "called". Alone, its four digits read as a year, and a consultation copy
printed "pager [DATE]", naming the worker's desk to anyone who calls the switchboard. Here
the number after "ext", "extension", "pager", "beeper" or "pgr" is a phone number, and so
is the number after a bare "x" when a calling word comes just before it ("called x 4100",
"page x2241") or the contact line it ends holds an e-mail address or a phone word
("jo.oyenuga@county.example.gov   x8741", "Office: x4410"): elsewhere "x 2" is a count
("BID x 3 days"). A campus writes its extensions with the exchange's last digit before a
dash ("ext. 4-1703"). A date, a year or anything else found on the digits gives way to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.findings import Finding

SOURCE = "Extension"
SCORE = 0.8
ENTITY_TYPE = "PHONE_NUMBER"

#: A label word and its number: three to six digits, not the start of a longer number,
#: a decimal or a measure.
_LABELLED = re.compile(
    r"\b(?i:ext|extension|pager|beeper|pgr)\b\.?[ \t]*(?:#|no\.?|:)?[ \t]*"
    r"(?P<number>\d{3,6}|\d-\d{4})"
    r"(?![\d.,:/\-]\d|[ \t]*(?i:mg|ml|am|pm|days?|hrs?|hours?|times)\b)"
)
#: A bare "x" and its number, after a word for calling within a few words.
_CALLED_X = re.compile(
    r"\b(?i:call(?:ed|ing|s)?|pag(?:e|ed|ing)|dial(?:l?ed)?|phoned?|reach(?:ed)?|tel)"
    r"\b[^\n.;]{0,20}?\b[xX][ \t]?(?P<number>\d{3,6})(?![\d.,:/\-]\d|\w)"
)
#: A bare "x" and its number later on a contact line: after an e-mail address or a phone
#: word ("jo@county.example.gov   x8741", "Office: x4410", "direct line x 2231"); never
#: after a number ("10 x 1500": a measure).
_CONTACT_X = re.compile(
    r"(?:@[\w-]+(?:\.[\w-]+)+|\b(?i:office|desk|direct(?:[ \t]+line)?|phone|ph|tel)\b)"
    r"[^\n]{0,24}?(?<!\w)(?<!\d[ \t])[xX][ \t]?(?P<number>\d{3,6})(?![\d.,:/\-]\d|\w)"
)


def extension_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every extension or pager number standing alone in `text`."""
    if not any(cue in text for cue in ("xt", "XT", "ager", "AGER", "eeper", "gr", "GR", "x", "X")):
        return []
    spans = {m.span("number") for m in _LABELLED.finditer(text)}
    spans |= {m.span("number") for m in _CALLED_X.finditer(text)}
    spans |= {m.span("number") for m in _CONTACT_X.finditer(text)}
    return sorted(spans)


def with_extensions(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each lone extension a phone number, and nothing else on its digits.

    A finding that holds the extension and more (the whole "608-241-6677 ext. 24" the phone
    recognizer found, a signature's organisation) stays; one inside it gives way.
    """
    spans = extension_spans(text)
    if not spans:
        return list(findings)
    kept = [f for f in findings if not any(s <= f.start and f.end <= e for s, e in spans)]
    phones = [f for f in kept if f.entity_type == ENTITY_TYPE]
    added = [
        Finding(s, e, ENTITY_TYPE, SCORE, source=SOURCE)
        for s, e in spans
        if not any(f.start <= s and e <= f.end for f in phones)
    ]
    return kept + added
